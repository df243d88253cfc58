"""The head of an Urgent Action: its number, follow-up, index, date, country and title, in every layout.

    AMR 51/9206/2025 - USA - Date: 1 April 2025 / URGENT ACTION / UA 034/25 / title / country   (2025)
    First UA: 112/26 Index: MDE 13/1234/2026 Iran Date: 3 March 2026 / URGENT ACTION / TITLE      (2019-)
    UA: 57/13 Index: AMR 19/004/2013 Brazil Date: 26 February 2013                                (2008-)
    URGENT ACTION TYPE AND NUMBER: SECOND UA 45/15, PUBLICATION DATE: ..., INDEX NUMBER: ...      (2016-)
    Further information on UA 123/94 (AFR 12/03/94, 14 April 1994) - Fear of torture / ANGOLA ... (1990s)
    UA-Nr: UA-047/2025-1 AI-Index: ... Datum: 1. Juli 2025, AU 62/25 – ... – 1er juillet 2025   (sections)

Each value is taken from the line that states it and remembered with that line; what is not stated stays
empty for the parser to flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_desktop.core.cases.ua_lines import Line
from ua_desktop.core.cases.ua_words import country_code, parse_date

MARKER_RE = re.compile(
    r"^(?:urgent action|action urgente|acci[oó]n urgente|azione urgente|eilaktion)$", re.IGNORECASE
)
# "UA 034/25", "UA: 112/26", "UA-Nr: UA-047/2025-1"; French sections write "AU 034/25"; "-1" is a follow-up.
UA_NUMBER_RE = re.compile(
    r"\b(?P<prefix>UA|AU)(?:[\s-]*Nr\.?)?\s*:?\s*(?:(?:UA|AU)\s*-?\s*)?(?P<num>\d{1,3})/"
    r"(?P<year>\d{4}|\d{2})(?!\d|/)(?:-(?P<fu>\d{1,2})\b)?"
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_RE = re.compile(rf"\b(?P<ordinal>{'|'.join(_ORDINALS)})\s+(?:UA|urgent action)\b", re.IGNORECASE)
FOLLOW_UP_RE = re.compile(
    r"further information|weitere informationen|folgeaktion|compl[ée]ment d.information|"
    r"informations? compl[ée]mentaires?|m[aá]s informaci[oó]n|ulteriori informazioni|^FU\b",
    re.IGNORECASE,
)
INDEX_RE = re.compile(r"\b(?P<index>[A-Z]{2,4} ?\d{1,3}/\d{3,5}/\d{4})\b")
_DATE_LABEL_RE = re.compile(
    r"\b(?:Date|Datum|Fecha|Data|Publication date|Issue date)\s*:\s*(?P<date>.+)$", re.IGNORECASE
)
_COUNTRY_BETWEEN_RE = re.compile(
    r"Index\s*:\s*" + INDEX_RE.pattern + r"\s+(?P<country>[^:]+?)(?:\s+\w+\s*:|$)"  # "... Iran Date: ..."
)
_LABEL_RE = re.compile(r"^(?P<label>[A-Z][A-Za-z' &/-]{2,40}?)\s*:\s*(?P<value>.*)$")
_TITLE_LABEL_RE = re.compile(r"^(?:urgent action title|title|titel|titre|titolo|t[ií]tulo)$", re.IGNORECASE)
_COUNTRY_LABEL_RE = re.compile(r"^(?:country|land|pays|paese|pa[ií]s)$", re.IGNORECASE)
_TITLE_AFTER_NUMBER_RE = re.compile(r"^(?:\s*\([^()]*\))?\s+[-–]\s+(?P<title>[^():]{4,})$")
_NOISE_RE = re.compile(r"^(?:distr\b|external\b|internal\b|amnesty international\b|page \d|seite \d)", re.I)


@dataclass
class Header:
    """What the head of the document says, with the line each value came from."""

    ua_number: str = ""
    follow_up: bool = False
    follow_up_number: int = 0
    document_index: str = ""
    issue_date_text: str = ""
    country: str = ""
    title: str = ""
    case_id: str = ""
    lines: dict[str, list[Line]] = field(default_factory=dict)  # field -> lines it was read from
    body: list[Line] = field(default_factory=list)  # lines under the country line: the briefing's start


def find_number(lines: list[Line]) -> int | None:
    """Index of the first line with a UA number among the first lines (the head), or None."""
    return next((i for i, line in enumerate(lines[:20]) if UA_NUMBER_RE.search(line.text)), None)


def find_marker(lines: list[Line]) -> int | None:
    """Index of the URGENT ACTION line among the first lines, or None."""
    return next((i for i, line in enumerate(lines[:15]) if MARKER_RE.match(line.text)), None)


def case_id_for(number: re.Match[str], follow_up: bool, follow_up_number: int) -> str:
    """ "ua-034-25" from UA 034/25; a follow-up adds its number ("-1") or "-fu"."""
    year = number.group("year")[-2:]
    case_id = f"ua-{number.group('num').zfill(3)}-{year}"
    if number.group("fu"):
        return f"{case_id}-{number.group('fu')}"
    if follow_up:
        return f"{case_id}-fu{follow_up_number}" if follow_up_number else f"{case_id}-fu"
    return case_id


def _labelled(line: Line) -> tuple[str, str] | None:
    match = _LABEL_RE.match(line.text)
    return (match.group("label").strip(), match.group("value").strip()) if match else None


def _country_prefix(text: str) -> str:
    """ "AO" from "ANGOLA Joaquim Mendes, journalist" (a 1990s listing: the country in capitals first)."""
    words = text.split()
    for size in (3, 2, 1):
        prefix = " ".join(words[:size])
        if len(words) > size and prefix.isupper() and (code := country_code(prefix)):
            return code
    return ""


def _unwrapped(header: list[Line]) -> list[Line]:
    """Head lines put back together where a narrow column broke them ("... Data: 4" / "settembre 2025")."""
    out: list[Line] = []
    for line in header:
        if out and not line.gap_before:
            previous = out[-1].text
            broken = (
                previous.endswith((":", "-", "–", "(", ","))
                or previous.count("(") > previous.count(")")
                or line.text[:1].islower()
                or (line.text[:1].isdigit() and not _is_date(line.text))
                or (line.text[:1] in "-–" and not line.text[1:2].isalnum())
            )
            if broken:
                out[-1] = Line(f"{previous} {line.text}", out[-1].gap_before, out[-1].start, line.end)
                continue
        out.append(line)
    return out


def _data_only(text: str) -> bool:
    """ "Colombie – 1er juillet 2025": a head line made only of a country, a date, an index or a number."""
    parts = [part.strip() for part in re.split(r"(?:^|\s)[-–](?:\s|$)", text) if part.strip()]
    return len(parts) > 1 and all(
        country_code(part) or INDEX_RE.fullmatch(part) or UA_NUMBER_RE.fullmatch(part) or _is_date(part)
        for part in parts
    )


def _is_date(text: str) -> bool:
    found = parse_date(text)
    return found is not None and found.text == text


def read_header(header: list[Line]) -> Header:
    """Read the head lines (everything above the briefing and the first heading)."""
    found = Header()
    rest: list[Line] = []
    for line in _unwrapped(header):
        text = line.text
        used = _data_only(text)
        if not found.ua_number and (number := UA_NUMBER_RE.search(text)):
            _read_number(found, line, number, header)
            used = True
        # "Further information on UA 123/94 (AFR 12/03/94, ...)": in brackets, the original's index, not ours
        own = re.sub(r"\([^()]*\)", " ", text) if FOLLOW_UP_RE.search(text) else text
        if not found.document_index and (index := INDEX_RE.search(own)):
            found.document_index = index.group("index")
            found.lines["document_index"] = [line]
            used = True
            if not found.country and (between := _COUNTRY_BETWEEN_RE.search(text)):
                _set_country(found, between.group("country"), line)
            for part in re.split(r"(?:^|\s)[-–](?:\s|$)", text)[1:]:
                part = part.strip()
                if not found.country and country_code(part):
                    _set_country(found, part, line)
                elif not found.issue_date_text and (date := parse_date(part)) and date.text == part:
                    found.issue_date_text = part
                    found.lines["issue_date"] = [line]
        if not found.issue_date_text and (dated := _DATE_LABEL_RE.search(text)):
            found.issue_date_text = dated.group("date")
            found.lines["issue_date"] = [line]
            used = True
        if _data_only(text):
            for part in re.split(r"(?:^|\s)[-–](?:\s|$)", text):
                if not found.country and country_code(part.strip()):
                    _set_country(found, part, line)
                elif not found.issue_date_text and _is_date(part.strip()):
                    found.issue_date_text = part.strip()
                    found.lines["issue_date"] = [line]
        if (date := parse_date(text)) and date.text == text:  # "2 May 1994" alone on its line
            if not found.issue_date_text:
                found.issue_date_text = text
                found.lines["issue_date"] = [line]
            used = True
        if labelled := _labelled(line):
            label, value = labelled
            if _TITLE_LABEL_RE.match(label) and value and not found.title:
                found.title = value
                found.lines["title"] = [line]
            elif _COUNTRY_LABEL_RE.match(label) and value and not found.country:
                _set_country(found, value, line)
            used = (
                used
                or label.isupper()
                or bool(_TITLE_LABEL_RE.match(label) or _COUNTRY_LABEL_RE.match(label))
            )
        if FOLLOW_UP_RE.search(text) or MARKER_RE.match(text) or _NOISE_RE.match(text):
            used = True
        if not used:
            rest.append(line)
    _title_and_country(found, rest)
    return found


def _read_number(found: Header, line: Line, number: re.Match[str], header: list[Line]) -> None:
    suffix = f"-{number.group('fu')}" if number.group("fu") else ""
    found.ua_number = (
        f"{number.group('prefix')} {number.group('num').zfill(3)}/{number.group('year')[-2:]}{suffix}"
    )
    found.lines["ua_number"] = [line]
    at = header.index(line) if line in header else -1
    before = (
        header[at - 1].text if at > 0 and not line.gap_before else ""
    )  # "... NUMBER: SECOND" / "UA 45/15"
    ordinal = _ORDINAL_RE.search(line.text) or _ORDINAL_RE.search(f"{before.split(':')[-1]} {line.text}")
    rank = _ORDINALS.index(ordinal.group("ordinal").casefold()) + 1 if ordinal else 0
    further = [other for other in header if FOLLOW_UP_RE.search(other.text)]
    found.follow_up = bool(suffix) or rank > 1 or bool(further)
    if suffix:
        found.follow_up_number = int(number.group("fu"))
    elif rank > 1:
        found.follow_up_number = rank
    if found.follow_up:
        found.lines["follow_up"] = further[:1] or [line]
        if found.follow_up_number:
            found.lines["follow_up_number"] = [line]
    found.case_id = case_id_for(number, found.follow_up, found.follow_up_number)
    title = _TITLE_AFTER_NUMBER_RE.match(line.text[number.end() :])
    if (
        title
        and not INDEX_RE.search(title.group("title"))
        and not re.search(r"\s[-–]\s", title.group("title"))
    ):
        found.title = title.group("title").strip()  # "UA 123/94 (AFR 12/03/94, 2 May 1994) - Fear of torture"
        found.lines["title"] = [line]


def _set_country(found: Header, name: str, line: Line) -> None:
    code = country_code(name.strip())
    if code:
        found.country = code
        found.lines["country"] = [line]


def _title_and_country(found: Header, rest: list[Line]) -> None:
    """The lines left under the number: the title (one or more lines) and the country on its own line.

    A line below a country line of its own belongs to the briefing (a first line too short to be told
    from a head line, as a narrow PDF column gives it).
    """
    alone = [i for i, line in enumerate(rest) if country_code(line.text)]
    if alone:
        found.body = rest[alone[0] + 1 :]
        rest = rest[: alone[0] + 1]
    for line in rest:
        if not found.country and (code := country_code(line.text) or _country_prefix(line.text)):
            found.country = code
            found.lines["country"] = [line]
    if found.title:
        return
    title: list[Line] = []
    for line in rest:
        if country_code(line.text) or _country_prefix(line.text):
            if title:
                break
            continue
        if title and line.gap_before:
            break
        title.append(line)
    if title:
        found.title = " ".join(line.text for line in title)
        found.lines["title"] = title
