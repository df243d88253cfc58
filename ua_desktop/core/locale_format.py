"""Numbers, dates and times as a language writes them: the one rule for the window and the core's messages.

Everything comes from the Unicode CLDR data that Babel ships: "1,888" in English, "1.888" in German,
"1 888" in French (a narrow no-break space); "1 July 2026", "1. Juli 2026", "1 de julio de 2026"; "21:05".
English is written as the letters write it (core/letter/templates.py), the British way. On top of CLDR
one rule of the languages themselves: French writes the first day of a month as an ordinal, "1er juillet",
and Italian "1º luglio" (CLDR has only the cardinal "1").

The core's messages write their numbers with format_number (core/messages.py), the window writes every
number, date and time through gui/widgets/locale_format.py, which calls these functions in the interface
language: both surfaces write the same figure the same way.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

#: The first day of a month as an ordinal, in the languages that write it so.
FIRST_OF_MONTH = {"fr": "er", "it": "º"}

# A CLDR pattern's day-of-month field on its own ("d", not "dd"), outside quoted literal text.
_DAY_FIELD = re.compile(r"('[^']*')|(?<![d])d(?![d])")


def _locale(language: str) -> str:
    """Babel's locale for language; English as the letters write it, British ("1 July 2026", 21:05)."""
    code = (language or "en").replace("-", "_")
    return "en_GB" if code == "en" else code


# A whole number in an interface language is grouped by thousands with the language's separator, as CLDR
# writes it; this table saves a command Babel's locale data (about 60 ms of its start-up) for the counts
# and line numbers it prints. tests/core/test_locale_integers.py checks it against Babel.
INTEGER_GROUP_SEPARATORS = {"en": ",", "de": ".", "fr": "\u202f", "it": ".", "es": "."}


def format_number(number: int | float, language: str, places: int | None = None, sign: bool = False) -> str:
    """A number as the language writes it (1,888 · 1.888 · 1 888; 0,25 in German).

    Args:
        places: exactly this many digits after the decimal separator (a measurement: "1,50 mm").
        sign: a plus sign before a positive number too (an offset: "+1,50").
    """
    if type(number) is int and places is None and not sign and (language or "en") in INTEGER_GROUP_SEPARATORS:
        return f"{number:,}".replace(",", INTEGER_GROUP_SEPARATORS[language or "en"])
    from babel.numbers import format_decimal

    pattern = None
    if places is not None or sign:
        body = "#,##0" + ("." + "0" * places if places else "")
        pattern = f"+{body};-{body}" if sign else body
    try:
        return str(format_decimal(number, pattern, locale=_locale(language)))
    except (ValueError, LookupError):
        return str(number)


def date_pattern(language: str, day: int = 0, weekday: bool = False) -> str:
    """The CLDR pattern of a long date in language ("d. MMMM y"), with "1er"/"1º" when day is the first.

    Args:
        day: the day of the month the pattern is for; 1 adds the ordinal of the languages that write one.
        weekday: the full date with the day of the week ("mercredi 1er juillet 2026").
    """
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(_locale(language))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    pattern = str(locale.date_formats["full" if weekday else "long"].pattern)
    ordinal = FIRST_OF_MONTH.get(locale.language)
    if day == 1 and ordinal:
        pattern = _DAY_FIELD.sub(lambda match: match.group(1) or f"d'{ordinal}'", pattern)
    return pattern


def format_long_date(day: dt.date, language: str, weekday: bool = False) -> str:
    """A date written out in language: "July 1, 2026", "1. Juli 2026", "1er juillet 2026"."""
    from babel.dates import format_date

    try:
        return str(format_date(day, date_pattern(language, day.day, weekday), locale=_locale(language)))
    except (ValueError, LookupError):
        return day.isoformat()


def format_time(moment: dt.time | dt.datetime, language: str) -> str:
    """A time of day, hours and minutes, as language writes it: "9:05 PM", "21:05"."""
    from babel.dates import format_time as babel_time

    try:
        return str(babel_time(moment, "short", locale=_locale(language)))
    except (ValueError, LookupError):
        return moment.strftime("%H:%M")


def language_name(code: str, language: str) -> str:
    """The name of the language code in language, capitalised for a list: "Englisch", "Anglais"."""
    from babel import Locale, UnknownLocaleError

    if not code.isalpha() or not code.islower():  # "C", or no language at all
        return code
    try:
        name = Locale.parse(code).get_language_name(_locale(language))
    except (ValueError, UnknownLocaleError):
        return code
    return (name[:1].upper() + name[1:]) if name else code


#: Languages whose month names are read in dates people write: the interface languages, the letter
#: languages, and the documents Urgent Actions come in.
MONTH_LANGUAGES = ("en", "de", "fr", "it", "es", "pt", "nl")


def _folded_month(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip().rstrip(".")


@functools.cache
def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations, folded ("marz", "mars", "marzo", "mar"), to 1..12, from CLDR."""
    from babel import Locale

    table: dict[str, int] = {}
    for language in MONTH_LANGUAGES:
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    table.setdefault(_folded_month(name), int(number))
    table.setdefault("maerz", 3)  # "März" typed without the umlaut
    table.setdefault("sept", 9)  # "Sept." as English writes it
    return table


def month_number(name: str) -> int | None:
    """1-12 for a month's name or abbreviation in one of MONTH_LANGUAGES ("März", "juil.", "Sept"), else None:
    the one table the roster's consent dates and the case importer's dates read."""
    return _month_numbers().get(_folded_month(name))
