"""Words an Urgent Action document is written in: dates, deadlines, countries and languages.

Sections send UAs in English, German, French, Spanish or Italian. Month, country and language names come
from CLDR (Babel, shipped offline) in those five languages, so "1 July 2025", "1. Juli 2025",
"1er juillet 2025", "1 de julio de 2025" and "1° luglio 2025" all read as the same date. Nothing here
guesses: a date without a year is reported as such, an unknown country name as None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from babel import Locale

from ua_desktop.core.countries import code_from_name
from ua_desktop.core.locale_format import month_number

DOCUMENT_LANGUAGES = ("en", "de", "fr", "es", "it")

_DAY = r"(?P<day>\d{1,2})(?:\.|er|°|º|\.?ª)?"
_MONTH = r"(?P<month>[^\W\d_]{3,}\.?)"
_YEAR = r"(?P<year>\d{4})"
DATE_PATTERN = rf"{_DAY}\s*(?:de\s+)?{_MONTH}(?:,?\s*(?:de(?:l)?\s+)?{_YEAR})?"
_NUMERIC_DATE_RE = re.compile(r"(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})")
_ISO_DATE_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_WORD_DATE_RE = re.compile(DATE_PATTERN)

# "before 1 July 2025" in the five languages; the date follows the phrase.
_DEADLINE_PHRASES = (
    r"before(?:\s+the)?",
    r"no\s+later\s+than",
    r"by",
    r"until",
    r"bis(?:\s+(?:zum|am|spätestens))?",
    r"vor\s+dem",
    r"spätestens(?:\s+(?:am|bis))?",
    r"avant\s+le",
    r"d'ici\s+(?:au|le)",
    r"jusqu'au",
    r"antes\s+del?",
    r"hasta\s+el",
    r"entro(?:\s+e\s+non\s+oltre)?\s+il",
    r"prima\s+del",
    r"(?:if\s+)?(?:sending|you\s+send)\s+appeals\s+after",  # 1990s: "Check ... if sending appeals after"
)
_DEADLINE_RE = re.compile(
    rf"\b(?:{'|'.join(_DEADLINE_PHRASES)})\s*:?\s+(?:the\s+|le\s+|el\s+|il\s+)?{DATE_PATTERN}",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names ("Étas-Unis" == "etats-unis")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'").strip()


@dataclass(frozen=True)
class FoundDate:
    """A date as written: year is None when the document left it out."""

    day: int
    month: int
    year: int | None
    text: str

    def as_date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _from_match(match: re.Match[str]) -> FoundDate | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    if month is None or not 1 <= month <= 12:
        return None
    year = match.group("year")
    return FoundDate(int(match.group("day")), month, int(year) if year else None, match.group(0).strip())


def parse_date(text: str) -> FoundDate | None:
    """The first date in text: "1 April 2025", "1. April 2025", "01.04.2025" or "2025-04-01"."""
    for pattern in (_ISO_DATE_RE, _NUMERIC_DATE_RE, _WORD_DATE_RE):
        for match in pattern.finditer(text):
            found = _from_match(match)
            if found is not None:
                return found
    return None


def find_deadline(text: str) -> FoundDate | None:
    """The date of the deadline sentence ("before 1 July 2025", "bis zum 1. Juli 2025", ...)."""
    for match in _DEADLINE_RE.finditer(text):
        found = _from_match(match)
        if found is not None:
            return found
    return None


def country_code(name: str) -> str | None:
    """ISO 3166 code for a country name in one of the document languages ("USA", "Schweiz", "Turquie")."""
    return code_from_name(name)  # the program's one list of countries and their names


@functools.cache
def _language_codes() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in DOCUMENT_LANGUAGES:
        for code, name in Locale.parse(language).languages.items():
            if len(code) == 2:
                names.setdefault(fold(name), code)
    return names


def language_code(name: str) -> str | None:
    """ISO 639-1 code for a language name in one of the document languages ("English", "Englisch")."""
    return _language_codes().get(fold(name).strip(" .,;:"))


# After a colon or "in"/"auf"/"en", a run of language names: "Persian, English", "auf Spanisch, Englisch
# oder Deutsch", "en espagnol, en anglais ou dans votre propre langue".
_LANGUAGE_CUE_RE = re.compile(r":|\b(?:in|auf|en|dans|nel|em)\s", re.IGNORECASE)
_LIST_WORDS = frozenset(
    [
        "or",
        "and",
        "oder",
        "und",
        "ou",
        "et",
        "o",
        "y",
        "e",
        "ed",
        "en",
        "in",
        "auf",
        "either",
        "dans",
        "nel",
        "em",
        "also",
        "auch",
        "aussi",
        "anche",
        "también",
    ]
)


def language_list(text: str) -> list[str]:
    """The languages text names as those to write in, in its order ("Persian, English" -> ["fa", "en"])."""
    codes: list[str] = []
    for cue in _LANGUAGE_CUE_RE.finditer(text):
        run: list[str] = []
        for token in re.findall(r"[^\W\d_]+|[.;!?()]", text[cue.end() :]):
            code = language_code(token) if len(token) > 2 else None
            if code:
                run.append(code)
            elif not (run and token.casefold() in _LIST_WORDS):
                break
        codes.extend(code for code in run if code not in codes)
    return codes


_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "that", "is", "you", "for", "are", "with"},
    "de": {"der", "die", "und", "das", "nicht", "sie", "ist", "zu", "den", "mit", "von", "dass"},
    "fr": {"le", "la", "les", "et", "des", "de", "vous", "que", "est", "pour", "une", "dans"},
    "es": {"el", "la", "los", "las", "y", "de", "que", "en", "por", "para", "una", "usted"},
    "it": {"il", "la", "e", "di", "che", "per", "non", "una", "della", "sono", "lei", "gli"},
}


def guess_text_language(text: str) -> str | None:
    """The document language whose common words dominate text; None when no language stands out."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < 8:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, second = ranked[0], ranked[1]
    if best[1] < 3 or best[1] < 1.5 * second[1]:
        return None
    return best[0]
