"""Whole numbers written without Babel's locale data agree with Babel, in every interface language."""

from __future__ import annotations

import random

import pytest
from babel.numbers import format_decimal

from ua_desktop.core.locale_format import INTEGER_GROUP_SEPARATORS, _locale, format_number
from ua_desktop.core.ui_languages import UI_LANGUAGES


def test_every_interface_language_has_its_separator() -> None:
    assert set(INTEGER_GROUP_SEPARATORS) == set(UI_LANGUAGES)


@pytest.mark.parametrize("language", sorted(UI_LANGUAGES))
def test_whole_numbers_as_babel_writes_them(language: str) -> None:
    rnd = random.Random(language)
    numbers = [0, 1, 999, 1000, 9999, 10000, 100000, 1234567, -1, -1000, -1234567, 10**12]
    numbers += [rnd.randint(-(10**9), 10**9) for _ in range(300)]
    for number in numbers:
        assert format_number(number, language) == format_decimal(number, locale=_locale(language)), number
    assert format_number(1000, "") == "1,000"
