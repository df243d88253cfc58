"""The shared postal address formatter follows each destination country's layout."""

from __future__ import annotations

from ua_desktop.core.address import PostalAddress, format_postal_address, postal_code_is_valid, upper_case

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


def test_greek_capitals_drop_the_tonos_and_keep_the_dialytika() -> None:
    cases = {
        "Αθήνα": "ΑΘΗΝΑ",
        "ΑΘΉΝΑ": "ΑΘΗΝΑ",  # already capitals, with the accent a capital must not carry
        "Θεσσαλονίκη": "ΘΕΣΣΑΛΟΝΙΚΗ",
        "Πειραιάς": "ΠΕΙΡΑΙΑΣ",  # final sigma too
        "Αϊδίνι": "ΑΪΔΙΝΙ",  # a dialytika marks a diaeresis: it stays
        "Μαΐου": "ΜΑΪΟΥ",  # dialytika with tonos: the tonos goes, the dialytika stays
        "Κάιρο": "ΚΑΪΡΟ",  # the tonos kept α and ι apart: without it, ι gains a dialytika
        "άυλος": "ΑΫΛΟΣ",
        "Εύβοια": "ΕΥΒΟΙΑ",  # no vowel after the accented one: nothing gained
        "Ἀθῆναι": "ΑΘΗΝΑΙ",  # polytonic breathings and circumflex go as well
    }
    assert {text: upper_case(text) for text in cases} == cases


def test_greek_city_in_an_address_is_printed_without_accents() -> None:
    address = PostalAddress(("Γιώργος Παπαδόπουλος",), "", ("Ερμού 12",), "105 63", "Αθήνα", "", "GR")
    assert format_postal_address(address, sender_country="CH", country_language="de") == [
        "Γιώργος Παπαδόπουλος",
        "Ερμού 12",
        "105 63 ΑΘΗΝΑ",
        "GRIECHENLAND",
    ]
    usps = format_postal_address(address, sender_country="CH", usps_style=True)
    assert usps[:3] == ["ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΕΡΜΟΥ 12", "105 63 ΑΘΗΝΑ"]


def test_other_languages_keep_their_own_capitals() -> None:
    assert upper_case("Genève") == "GENÈVE"  # French and German capitals keep their accents
    assert upper_case("Zürich") == "ZÜRICH"
    assert upper_case("Москва") == "МОСКВА"
    assert upper_case("Diyarbakır", "TR") == "DİYARBAKIR"  # Turkish: i → İ, ı → I
    assert upper_case("Diyarbakır") == "DIYARBAKIR"
    lines = format_postal_address(
        PostalAddress(("A",), "", ("Atatürk Cd. 1",), "06420", "Ankara", "", "TR"), "CH"
    )
    assert lines[-1] == "TURKEY"


IRAN = PostalAddress(
    name_lines=("Gholamhossein Mohseni Ejei", "Head of the Judiciary"),
    organisation="Office of the Head of the Judiciary",
    street=("Pasteur Street, Vali Asr Avenue",),
    postal_code="1316814737",
    city="Tehran",
    country="IR",
)


def test_iran_in_latin_letters_names_the_person_first_and_the_street_before_the_city() -> None:
    assert format_postal_address(IRAN, sender_country="CH") == [
        "Gholamhossein Mohseni Ejei",
        "Head of the Judiciary",
        "Office of the Head of the Judiciary",
        "Pasteur Street, Vali Asr Avenue",
        "TEHRAN",
        "1316814737",
        "IRAN",
    ]


def test_an_address_in_the_countrys_own_script_keeps_its_own_order() -> None:
    persian = PostalAddress(
        ("محسنی اژه‌ای",), "قوه قضاییه", ("خیابان پاستور",), "1316814737", "تهران", "", "IR"
    )
    assert format_postal_address(persian, sender_country="CH") == [
        "قوه قضاییه",
        "محسنی اژه‌ای",
        "تهران",
        "خیابان پاستور",
        "1316814737",
        "IRAN",
    ]


def test_china_in_latin_letters_uses_the_latin_order_of_the_data() -> None:
    address = PostalAddress(
        ("Li Qiang", "Premier"), "State Council", ("2 Fuyou Street",), "100017", "Beijing", "", "CN"
    )
    lines = format_postal_address(address, sender_country="CH")
    assert lines == ["Li Qiang", "Premier", "State Council", "2 Fuyou Street", "Beijing", "100017", "CHINA"]
