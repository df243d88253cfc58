"""Postcodes against the country's real forms (core/postcodes.py, issue 17)."""

from __future__ import annotations

import pytest

from ua_desktop.core.address import postal_code_is_valid
from ua_desktop.core.postcodes import (
    is_postcode_shaped,
    normalise_postcode,
    postcode_is_valid,
    postcode_pattern,
    split_postcode_from_city,
)


@pytest.mark.parametrize(
    ("country", "code"),
    [
        ("GB", "AB1 2CD"),  # Google's data leaves C, I, K, M, O and V out of the inward code
        ("GB", "SW1A 1AA"),
        ("GB", "GIR 0AA"),
        ("GB", "BFPO 61"),
        ("CH", "8001"),
        ("DE", "10115"),
        ("US", "20528-0001"),
        ("CA", "K1A 0B1"),
        ("NL", "1234 AB"),
        ("LV", "LV-1073"),
        ("LI", "9490"),
    ],
)
def test_real_postcodes_are_valid(country: str, code: str) -> None:
    assert postcode_is_valid(country, code) and postal_code_is_valid(country, code)


@pytest.mark.parametrize(
    ("country", "code"),
    [
        ("CH", "+41"),  # a dialling code
        ("CH", "80011"),
        ("GB", "SW1A 1AA London"),  # the data's "^a|b|c$" let a town after a British postcode pass
        ("GB", "xx GIR 0AA"),
        ("LI", "94901"),  # … and a digit after Liechtenstein's
        ("DE", "1011"),
        ("", "+41 44 123 45 67"),  # no country: still not a postcode anywhere
        ("", "Zürich?"),
    ],
)
def test_what_is_not_a_postcode_of_the_country(country: str, code: str) -> None:
    assert not postcode_is_valid(country, code) and not postal_code_is_valid(country, code)


def test_without_a_known_form_any_postcode_shape_passes() -> None:
    assert postcode_is_valid("", "anything") and postcode_is_valid("ZZ", "12-34 AB")
    assert postcode_pattern("ZZ") is None and postcode_pattern("") is None
    assert is_postcode_shaped("A-1") and not is_postcode_shaped("-1") and not is_postcode_shaped("")


@pytest.mark.parametrize(
    ("country", "written", "normal"),
    [
        ("DE", "D-10115", "10115"),
        ("DE", "d-10115", "10115"),
        ("DE", "10 115", "10115"),  # DE's form has no space
        ("CH", "CH-8001", "8001"),
        ("LI", "FL-9490", "9490"),
        ("GB", "ab1 2cd", "AB1 2CD"),
        ("GB", "ab12cd", "AB1 2CD"),
        ("GB", "SW1A  1AA", "SW1A 1AA"),
        ("CA", "k1a0b1", "K1A 0B1"),
        ("FR", "75 011", "75 011"),  # the form allows the space: kept as written
        ("LV", "LV-1073", "LV-1073"),  # the prefix is part of Latvia's form
        ("CH", "+41", "+41"),  # nothing obvious: left for the check to report
        ("DE", "10115 Berlin", "10115 Berlin"),
        ("", "d-10115", "d-10115"),
    ],
)
def test_obvious_forms_are_normalised(country: str, written: str, normal: str) -> None:
    assert normalise_postcode(country, written) == normal


@pytest.mark.parametrize(
    ("country", "city", "split"),
    [
        ("CH", "8001 Zürich", ("8001", "Zürich")),
        ("CH", "Zürich 8001", ("8001", "Zürich")),
        ("FR", "75011 Paris", ("75011", "Paris")),
        ("GB", "SW1A 1AA London", ("SW1A 1AA", "London")),
        ("GB", "London SW1A 1AA", ("SW1A 1AA", "London")),
        ("DE", "D-10115 Berlin", ("10115", "Berlin")),
        ("DE", "Berlin 8001", None),  # four digits are no German postcode: flagged by the import instead
        ("GB", "London", None),
        ("CH", "8001", None),  # a postcode alone is no city
        ("", "8001 Zürich", None),  # no country, no form to trust
    ],
)
def test_a_postcode_in_the_city_is_split_only_when_it_has_the_countrys_form(
    country: str, city: str, split: tuple[str, str] | None
) -> None:
    assert split_postcode_from_city(country, city) == split
