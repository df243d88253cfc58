"""Text hygiene for names and addresses: what to strip on the way in, and the folded form used to compare.

The hygiene rules (applied to every field by core/roster/cleaning.py, the one table all entry paths use):

- Invisible characters that only cause trouble are removed: C0/C1 controls (tab, line feed and carriage
  return are whitespace, below), zero-width space, word joiner, stray byte order marks, and the
  bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) that can disguise a name.
  The joiners U+200C/D stay: Persian, Indic scripts and emoji sequences need them.
- Soft hyphens (U+00AD) are removed: they are invisible in a spreadsheet, break searching and comparing,
  and the letter layout hyphenates by itself. (One kept before a character U+00C2..U+00DF, where it is part
  of text garbled by a wrong encoding, "GarcÃ\u00ada", which the import puts right as "García".)
- Whitespace: in a one-line field every run of whitespace (space, tab, line break, NBSP, thin and other
  Unicode spaces) becomes one plain space, and leading and trailing whitespace is trimmed; in a street or
  the notes line breaks stay (as \n), each line is tidied so, and empty lines are dropped. Nothing else of
  a value is changed: an apostrophe, a leading "=" or "+" stays as written (only the import of the
  program's own export removes the apostrophe its export put before such a cell, see csv_export.py).
- Text is stored in Unicode NFC.
"""

from __future__ import annotations

import functools
import io
import operator
import re
import unicodedata
from collections.abc import Callable

# Controls except tab, line feed and carriage return (the CSV reader needs those), plus invisible
# formatting characters that no name or address needs.
_JUNK = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069"
JUNK_RE = re.compile(f"[{_JUNK}]")
_LINE_JUNK_RE = re.compile(f"[{_JUNK}\t\r\n]+")
_SPACES_RE = re.compile(r"\s+")
# A soft hyphen, unless it follows what UTF-8's lead byte 0xC2..0xDF reads as in Windows-1252 (mojibake).
SOFT_HYPHEN_RE = re.compile("(?<![\u00c2-\u00df])\u00ad")


# The junk characters below U+0100, as bytes: a file in Latin-1 range is checked with one bytes.translate().
_LATIN1_JUNK = bytes(c for c in range(256) if JUNK_RE.match(chr(c)))


def clean_document(text: str) -> str:
    """Whole-file cleaning before parsing: NFC, invisible junk removed (one pass, fast)."""
    try:
        data = text.encode("latin-1")  # a plain copy when every character is below U+0100
    except UnicodeEncodeError:
        return JUNK_RE.sub("", unicodedata.normalize("NFC", text))
    # Latin-1 text is in NFC already: no character below U+0100 decomposes into others below it.
    return text if len(data.translate(None, _LATIN1_JUNK)) == len(data) else JUNK_RE.sub("", text)


def clean_line(text: str) -> str:
    """One-line field: junk and line breaks become single spaces, soft hyphens go, ends trimmed."""
    text = SOFT_HYPHEN_RE.sub("", text) if "\xad" in text else text
    return _SPACES_RE.sub(" ", _LINE_JUNK_RE.sub(" ", unicodedata.normalize("NFC", text))).strip()


def clean_multiline(text: str) -> str:
    """Notes and street: keep line breaks (normalised to \\n), drop other junk, trim each line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = SOFT_HYPHEN_RE.sub("", text) if "\xad" in text else text
    lines = (
        _SPACES_RE.sub(" ", JUNK_RE.sub("", line.replace("\t", " "))).strip() for line in text.split("\n")
    )
    return "\n".join(line for line in lines if line)


@functools.cache
def _combining_re() -> re.Pattern[str]:
    """All Basic Multilingual Plane characters with a combining class (accents and other marks)."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{re.escape(marks)}]+")


def fold(text: str) -> str:
    """Case-, space- and accent-insensitive form: "  Jürg  MÜLLER " and "jurg muller" fold alike."""
    if text.isascii():
        return " ".join(text.lower().split())
    stripped = _combining_re().sub("", unicodedata.normalize("NFKD", text))
    return " ".join(stripped.casefold().split())


def fold_many(texts: list[str]) -> list[str]:
    """fold() of each text, done on all of them at once (100,000 names in a few C-level passes, no loop).

    Every step (NFKD, removing marks, casefold) works character by character and never creates or
    removes a line feed, so folding the texts joined by line feeds and splitting again gives fold() of
    each; texts that contain a line feed themselves are folded one by one. Columns that repeat (first
    names, cities, tags) are folded once per distinct value, and only the texts that are not plain ASCII
    go through Unicode decomposition; Western European text (all of it below U+0100) is translated byte by
    byte from a table.
    """
    if not texts:
        return []
    # Whether values repeat shows in the first thousand; e-mail addresses and last names do not.
    if len(set(texts[:1000])) * 2 <= min(len(texts), 1000) and len(distinct := set(texts)) * 2 <= len(texts):
        unique = list(distinct)
        return list(map(dict(zip(unique, _fold_distinct(unique), strict=True)).__getitem__, texts))
    return _fold_distinct(texts)


def casefold_many(texts: list[str]) -> list[str]:
    """str.casefold() of each text; ASCII and Latin-1 columns (e-mail addresses) in one pass, and
    without new strings when every text is folded already."""
    joined = "\n".join(texts)
    if not texts or joined.count("\n") != len(texts) - 1:
        return list(map(str.casefold, texts))
    if joined.isascii():
        folded = joined.lower()
    else:
        try:
            data = joined.encode("latin-1")
        except UnicodeEncodeError:
            return list(map(str.casefold, texts))
        table, irregular = _latin1_casefold_table()
        if len(data.translate(None, irregular)) != len(data):
            return list(map(str.casefold, texts))
        translated = data.translate(table)
        folded = joined if translated == data else translated.decode("latin-1")
    return list(texts) if folded == joined else folded.split("\n")


def _fold_distinct(texts: list[str]) -> list[str]:
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a text holds a line feed of its own
        return [fold(text) for text in texts]
    if joined.isascii():
        return _split_folded(joined.lower(), texts, joined)
    try:
        data = joined.encode("latin-1")  # Western European text: every character below U+0100
    except UnicodeEncodeError:
        data = b""
    table, irregular = _latin1_fold_table()
    if data and len(data.translate(None, irregular)) == len(data):
        translated = data.translate(table)
        return _split_folded(joined if translated == data else translated.decode("latin-1"), texts, joined)
    # Only the texts outside ASCII need NFKD and the mark removal: fold those apart and put them back.
    lowered = list(map(str.lower, texts))
    others = [row for row, plain in enumerate(map(str.isascii, texts)) if not plain]
    pick = operator.itemgetter(*others)
    subset = [pick(texts)] if len(others) == 1 else list(pick(texts))
    decomposed = unicodedata.normalize("NFKD", "\n".join(subset))
    folded = _split_folded(_combining_re().sub("", decomposed).casefold(), subset, None)
    for row, value in zip(others, folded, strict=True):
        lowered[row] = value
    if _needs_collapsing("\n".join(lowered)):
        return [" ".join(text.split()) for text in lowered]
    return lowered


@functools.cache
def _latin1_fold_table() -> tuple[bytes, bytes]:
    """fold() of each character below U+0100 as a bytes.translate() table, and the characters whose
    folded form is not one such character (ß → "ss", ¼ → "1⁄4", µ → "μ"), which the table cannot hold.

    Folding works character by character (NFKD, dropping the marks, casefold), so folding a Latin-1 text
    is translating it byte by byte; whitespace is collapsed afterwards as for any text.
    """

    def fold_character(ch: str) -> str:
        decomposed = unicodedata.normalize("NFKD", ch)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()

    return _latin1_table(fold_character)


@functools.cache
def _latin1_casefold_table() -> tuple[bytes, bytes]:
    """str.casefold() below U+0100 as a bytes.translate() table, and the characters it cannot hold."""
    return _latin1_table(str.casefold)


def _latin1_table(convert: Callable[[str], str]) -> tuple[bytes, bytes]:
    table = bytearray(range(256))
    irregular = bytearray()
    for code in range(256):
        converted = convert(chr(code))
        if len(converted) == 1 and ord(converted) < 256:
            table[code] = ord(converted)
        else:
            irregular.append(code)
    return bytes(table), bytes(irregular)


def _split_folded(joined: str, texts: list[str], original: str | None) -> list[str]:
    """joined split back into one folded text per entry of texts, with spaces collapsed as fold() does;
    texts themselves when folding changed nothing (original: texts joined)."""
    if joined == original and not _needs_collapsing(joined):
        return list(texts)
    parts = joined.split("\n")
    if len(parts) != len(texts):  # pragma: no cover - no character decomposes into a line feed
        return [fold(text) for text in texts]
    if _needs_collapsing(joined):
        return list(map(" ".join, map(str.split, parts)))
    return parts


# Whitespace that str.split() splits on, apart from the space and the line feed that joins the texts.
# Every character str.isspace() accepts lies below U+3001 (the ideographic space is the last);
# tests/core/test_roster_search.py checks that against the whole of Unicode, which takes 70 ms.
WHITESPACE = tuple(filter(str.isspace, map(chr, range(0x3001))))
_OTHER_SPACES = tuple(c for c in WHITESPACE if c not in " \n")
_ASCII_OTHER_SPACES = tuple(c for c in _OTHER_SPACES if c.isascii())


def _needs_collapsing(joined: str) -> bool:
    """Whether some line of joined has leading, trailing, doubled or non-space whitespace (a few C scans)."""
    if " " in joined and (
        "  " in joined or " \n" in joined or "\n " in joined or joined[:1] == " " or joined[-1:] == " "
    ):
        return True
    return any(space in joined for space in (_ASCII_OTHER_SPACES if joined.isascii() else _OTHER_SPACES))


# -- What a file's text tells about how it was saved ----------------------------------------------------

# C0 control characters a text line does not hold (tab, line feed and carriage return are fine), and DEL.
_C0_CONTROLS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# What review_columns() and build_columns() look for, known for the whole file before any column is read.
SUSPECT_MOJIBAKE = "mojibake"  # characters that a UTF-8 continuation byte reads as in Windows-1252
SUSPECT_LOST_LETTERS = "?"
SUSPECT_UNREADABLE = REPLACEMENT_CHARACTER = "\ufffd"  # what a decoder writes for bytes it cannot read
SUSPECT_MULTI_VALUE = ":::"  # Google Contacts' cells with several values

# Latin-1 bytes by class for one bytes.translate(): 1 junk (removed by clean_document), 2 what a UTF-8
# continuation byte reads as (U+00A0..U+00BF; U+0080..U+009F are junk), 3 "?", 0 anything else.
_CLASS_TABLE = bytes(
    1 if c in _LATIN1_JUNK else 2 if 0xA0 <= c <= 0xBF else 3 if c == ord("?") else 0 for c in range(256)
)


def clean_document_checked(text: str) -> tuple[str, bool, frozenset[str]]:
    """clean_document(text), whether it removed anything, and which SUSPECT_* the text holds at all (a
    column whose file has none of them is not looked at for them)."""
    try:
        data = text.encode("latin-1")  # the usual case: one scan sorts every character into its class
    except UnicodeEncodeError:
        cleaned = clean_document(text)
        suspects = {SUSPECT_MOJIBAKE}  # the column checks decide (Windows-1252's own marks lie beyond U+00FF)
        suspects.update(mark for mark in (SUSPECT_LOST_LETTERS, SUSPECT_UNREADABLE) if mark in cleaned)
    else:
        classes = data.translate(_CLASS_TABLE)
        del data
        removed = b"\x01" in classes
        cleaned = JUNK_RE.sub("", text) if removed else text  # Latin-1 text is in NFC already
        suspects = set()
        if b"\x02" in classes:
            suspects.add(SUSPECT_MOJIBAKE)
        if b"\x03" in classes:
            suspects.add(SUSPECT_LOST_LETTERS)
    if SUSPECT_MULTI_VALUE in cleaned:
        suspects.add(SUSPECT_MULTI_VALUE)
    return cleaned, cleaned is not text and cleaned != text, frozenset(suspects)


def control_lines(text: str) -> tuple[list[int], list[int]]:
    """The physical lines (numbered as the CSV reader numbers them) that hold a NUL, and those that hold
    another control character; asked only when clean_document removed something."""
    nul: list[int] = []
    other: list[int] = []
    if _C0_CONTROLS_RE.search(text) is None:  # only invisible formatting or NFC changed
        return nul, other
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if "\x00" in line:
            nul.append(number)
        elif _C0_CONTROLS_RE.search(line):
            other.append(number)
    return nul, other


# Text garbled by the wrong encoding ("mojibake"): UTF-8 bytes read as Windows-1252 turn "ü" into "Ã¼" and
# "’" into "â€™". A lead byte's character followed by the right number of continuation bytes' characters.
def _cp1252(first: int, last: int) -> str:
    return bytes(range(first, last + 1)).decode("cp1252", errors="ignore")


_CONTINUATION = _cp1252(0x80, 0xBF)
_MOJIBAKE_RE = re.compile(
    f"[{_cp1252(0xC2, 0xDF)}][{_CONTINUATION}]"
    f"|[{_cp1252(0xE0, 0xEF)}][{_CONTINUATION}]{{2}}"
    f"|[{_cp1252(0xF0, 0xF4)}][{_CONTINUATION}]{{3}}"
)
# A repair is taken only when it gives a character such text holds: Latin letters with their accents,
# Greek, Cyrillic, general punctuation (’ “ – …), the euro and trade marks. "JOSÉ’S" or "voilà »" look
# like lead and continuation bytes too, but would "repair" into IPA or Samaritan letters.
_PLAUSIBLE_REPAIR_RE = re.compile(
    "[\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f\u20ac\u2122]"
)
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


def _as_cp1252_bytes(text: str) -> bytes | None:
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        return None


def _repair_match(match: re.Match[str]) -> str:
    garbled = match.group()
    data = _as_cp1252_bytes(garbled)
    if data is None:
        return garbled
    try:
        repaired = data.decode("utf-8")
    except UnicodeDecodeError:
        return garbled
    return repaired if _PLAUSIBLE_REPAIR_RE.fullmatch(repaired) else garbled


def repair_mojibake(value: str) -> str:
    """value with text garbled by a wrong encoding put right ("MÃ¼ller" → "Müller"); value itself when
    nothing in it looks garbled."""
    if not _MOJIBAKE_RE.search(value):
        return value
    return _MOJIBAKE_RE.sub(_repair_match, value)


def may_hold_mojibake(joined: str) -> bool:
    """Whether some value of a column (joined) could be garbled text; False is certain, True means "look at
    each value". Western European text is checked with one bytes.translate(): without a character of
    U+0080..U+00BF (what a UTF-8 continuation byte reads as in Latin-1), no value is garbled."""
    try:
        data = joined.encode("latin-1")
    except UnicodeEncodeError:
        return _MOJIBAKE_RE.search(joined) is not None
    return (
        len(data.translate(None, _CONTINUATION_BYTES)) != len(data)
        and _MOJIBAKE_RE.search(joined) is not None
    )


# A question mark inside or at the end of a word: what an export to a code page writes for each letter the
# code page lacks ("Đorđe Petrović" → "?or?e Petrovi?").
_LOST_LETTER_RE = re.compile(r"\w\?|\?\w")


def has_lost_letters(value: str) -> bool:
    """Whether value has a "?" standing for a letter a lossy export could not write."""
    return "?" in value and _LOST_LETTER_RE.search(value) is not None
