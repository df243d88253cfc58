"""The shared postal address formatter follows each destination country's layout."""

from __future__ import annotations

from ua_desktop.core.address import PostalAddress, format_postal_address, postal_code_is_valid

DHS = PostalAddress(
    name_lines=("The Honorable Kristi Noem", "Secretary of Homeland Security"),
    organisation="U.S. Department of Homeland Security",
    street=("2707 Martin Luther King Jr. Avenue, SE",),
    postal_code="20528",
    city="Washington",
    region="DC",
    country="US",
)


def test_us_address_from_abroad_has_country_line_last_in_capitals() -> None:
    assert format_postal_address(DHS, sender_country="CH") == [
        "The Honorable Kristi Noem",
        "Secretary of Homeland Security",
        "U.S. Department of Homeland Security",
        "2707 Martin Luther King Jr. Avenue, SE",
        "WASHINGTON, DC 20528",
        "UNITED STATES",
    ]


def test_usps_style_is_capitals_without_punctuation() -> None:
    lines = format_postal_address(DHS, sender_country="DE", usps_style=True)
    assert lines[-3:] == ["2707 MARTIN LUTHER KING JR AVENUE SE", "WASHINGTON DC 20528", "UNITED STATES"]
    assert all(line == line.upper() and "." not in line and "," not in line for line in lines)


def test_domestic_mail_has_no_country_line() -> None:
    assert format_postal_address(DHS, sender_country="US")[-1] == "WASHINGTON, DC 20528"


def test_postcode_before_city_in_switzerland_without_prefix() -> None:
    anna = PostalAddress(("Anna Muster",), "", ("Bahnhofstrasse 1",), "8001", "Zürich", "", "CH")
    assert format_postal_address(anna, sender_country="CH") == [
        "Anna Muster",
        "Bahnhofstrasse 1",
        "8001 Zürich",
    ]
    assert format_postal_address(anna, sender_country="DE", country_language="de")[-1] == "SCHWEIZ"


def test_postcode_after_city_in_great_britain() -> None:
    lines = format_postal_address(
        PostalAddress(("J Smith",), "", ("1 High St",), "SW1A 1AA", "London", "", "GB"), "CH"
    )
    assert lines == ["J Smith", "1 High St", "LONDON", "SW1A 1AA", "UNITED KINGDOM"]


def test_cyrillic_and_unknown_country() -> None:
    lines = format_postal_address(
        PostalAddress(("Дмитрий Иванов",), "", ("ул. Ленина 1",), "101000", "Москва", "", "RU"), "CH"
    )
    assert lines[0] == "Дмитрий Иванов" and lines[-1] == "RUSSIAN FEDERATION"
    generic = format_postal_address(PostalAddress(("X",), "", ("Street 1",), "999", "Town", "", "QQ"), "CH")
    assert generic == ["X", "Street 1", "999 Town", "QQ"]


def test_postcode_shapes() -> None:
    assert postal_code_is_valid("CH", "8001")
    assert not postal_code_is_valid("CH", "80011")
    assert postal_code_is_valid("US", "20528-0001")
    assert postal_code_is_valid("", "anything")
