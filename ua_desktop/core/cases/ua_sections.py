"""The labelled parts of an Urgent Action document: which line opens which part, in every layout.

Layouts differ in order but share their headings: "TAKE ACTION", "ADDITIONAL INFORMATION", "PREFERRED
LANGUAGE TO ADDRESS TARGET:", "APPEALS TO:", "And copies to:", "URGENT ACTION LETTER:", "Briefvorschlag",
"Écrivez à", ... A heading is a whole line (or a labelled line whose label is the heading); the part runs to
the next heading. The seed layout of 2025 has few headings (its address and letter follow the steps), so a
part may hold more than its heading says, and the parser reads each part by the shapes in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from ua_desktop.core.cases.ua_lines import Line, runs_on


class Part(StrEnum):
    """What a heading opens."""

    TAKE_ACTION = "take_action"  # the action steps (and, in the seed layout, the address and the letter)
    DEADLINE = "deadline"  # "PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: ..." (a step of its own)
    LANGUAGE = "language"  # "PREFERRED LANGUAGE TO ADDRESS TARGET: ..." (a step of its own)
    CONTACTS = "contacts"  # address blocks with their Fax:, Email:, Salutation: lines
    COPIES = "copies"  # address blocks of those who receive a copy, or an instruction
    LETTER = "letter"  # the model letter (with the address before it when there is one)
    BRIEFING = "briefing"  # a section of the briefing, kept under its heading
    FACT = "fact"  # "NAME AND PRONOUN: ...", "Gender m/f: f": a line of facts kept with the briefing


_BARE_TAKE_ACTION = (
    r"(?:take action|what you can do|werden sie aktiv|handeln sie|was sie tun k[öo]nnen|"
    r"passez [àa] l.action|agissez|que pouvez-vous faire|act[uú]a|pasa a la acci[oó]n|agisci|"
    r"mobilitati|cosa puoi fare|qu[ée] puedes hacer)\s*[:!]?"
)
BARE_TAKE_ACTION_RE = re.compile(rf"^{_BARE_TAKE_ACTION}$", re.IGNORECASE)
_HEADINGS: tuple[tuple[Part, str], ...] = (
    (
        Part.DEADLINE,
        r"(?:please take action as soon as possible until|appeal deadline notice|please send appeals "
        r"immediately)\b.*",
    ),
    (Part.LANGUAGE, r"preferred languages? to address (?:the )?targets?\s*:.*"),
    (
        Part.CONTACTS,
        r"(?:target.?s contact details\b.*|please send appeals (?:before|by) .{3,40}\bto\s*:?|"
        r"(?:send )?appeals to\s*:?|write to\s*:?|appelle an\s*:?|schreiben sie an\s*:?|"
        r"[ée]crivez [àa]\s*:?|scrivi a\s*:?|scrivete a\s*:?|"
        r"env[ií]en (?:sus )?llamamientos a\s*:?|escriban a\s*:?)",
    ),
    (
        Part.COPIES,
        r"(?:and\s+)?(?:copies|copy|kopien?|copias?|copie|con copia a?)(?:\s+(?:to|an|à|a))?"
        r"(?:\s*:\s*(?P<rest>.*)|\s*)",
    ),
    (
        Part.LETTER,
        r"(?:urgent action letter|model letter|sample letter|musterbrief|brief-?vorschlag|"
        r"mod[èe]le de lettre|lettre[- ]type|lettera modello|modello di lettera|lettera tipo|"
        r"modelo de carta|carta modelo)\s*:?",
    ),
    (
        Part.BRIEFING,
        r"(?:urgent action summary|summary|additional information|background information|"
        r"hintergrundinformationen?|hintergrund|zusammenfassung|r[ée]sum[ée]|contexte|sintesi|contesto|"
        r"resumen|informaci[oó]n (?:complementaria|adicional)|antecedentes|informazioni (?:aggiuntive|"
        r"supplementari))\s*:?",
    ),
    (
        Part.TAKE_ACTION,
        _BARE_TAKE_ACTION + r"|take action\s*:\s*\S.*|please write immediately\b.*|recommended action\s*:.*|"
        r"schreiben sie bis\b.*",
    ),
    (
        Part.FACT,
        r"(?:name and pronouns?|gender m/f|link to previous ua)\s*:.*|(?:name|gender)\s*:\s*\S.{0,60}",
    ),
)
_HEADING_RES = tuple((part, re.compile(rf"^(?:{pattern})$", re.IGNORECASE)) for part, pattern in _HEADINGS)
# Headings that also mark a follow-up in some layouts ("Informations complémentaires" under the UA
# number): they open a briefing section only once the briefing has begun.
_BODY_ONLY_RE = re.compile(
    r"^(?:compl[ée]ment d.information|informations? compl[ée]mentaires?|ulteriori informazioni|"
    r"m[aá]s informaci[oó]n|further information)\s*:?$",
    re.IGNORECASE,
)


@dataclass
class Section:
    """A heading and the lines under it up to the next heading."""

    part: Part
    heading: Line
    lines: list[Line] = field(default_factory=list)

    @property
    def heading_text(self) -> str:
        """The heading without its closing colon: "ADDITIONAL INFORMATION"."""
        return self.heading.text.rstrip(" :")


def heading_part(text: str, in_body: bool = True) -> Part | None:
    """The part a line opens, or None when it is not a heading."""
    if len(text) > 160:
        return None
    for part, pattern in _HEADING_RES:
        if pattern.match(text):
            if part is Part.COPIES and not (len(text) <= 40 or ":" in text):
                continue  # "Copies of the letter were ..." is a sentence
            if part is Part.TAKE_ACTION and not BARE_TAKE_ACTION_RE.match(text):
                words = " ".join(text.split()[:2])
                if not words.isupper() and len(text) > 60:
                    continue  # "Take action: ..." inside a paragraph is a sentence; headings are capitals
            return part
    if in_body and _BODY_ONLY_RE.match(text):
        return Part.BRIEFING
    return None


def copies_rest(text: str) -> str:
    """The text after "COPIES TO:" on the heading line itself ("" when the heading stands alone)."""
    pattern = dict(_HEADING_RES)[Part.COPIES]
    match = pattern.match(text)
    return (match.group("rest") or "").strip() if match else ""


def _joined(first: Line, second: Line) -> Line:
    return Line(f"{first.text} {second.text}", first.gap_before, first.start, second.end)


_INTRO_RE = re.compile(r"^(?:recommended action|please write immediately)\b", re.IGNORECASE)
_ITEM_RE = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])\s")


def _continues(heading: Line, last: Line, part: Part, following: Line, width: int) -> bool:
    """True when following is the rest of a heading wrapped onto the next line (text read from a PDF).

    "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN" / "WORDS OR USE THIS MODEL LETTER";
    "PREFERRED LANGUAGE TO ADDRESS TARGET:" / "Persian, English"; "... UNTIL: 28 April" / "2026".
    """
    if following.gap_before or following.is_rule or heading_part(following.text) is not None:
        return False
    text = following.text
    if part is Part.TAKE_ACTION and _INTRO_RE.match(heading.text) and not _ITEM_RE.match(text):
        return not heading.text.endswith(":") or heading.text.rstrip(" :").casefold() == "recommended action"
    if heading.text.isupper() and len(heading.text) >= 30 and text.isupper() and len(text) < 60:
        return True
    if part in (Part.DEADLINE, Part.LANGUAGE, Part.TAKE_ACTION) and runs_on(last, following, width):
        return not BARE_TAKE_ACTION_RE.match(heading.text)
    labelled = part in (Part.DEADLINE, Part.LANGUAGE)
    return labelled and len(text) <= 25 and not text.endswith((".", "!", "?"))


def split_sections(lines: list[Line], body_start: int, width: int = 0) -> tuple[int, list[Section]]:
    """(index of the first heading, the sections from there on); len(lines) when there is no heading.

    A heading wrapped over two lines (as text read from a narrow PDF column is) is put back together.
    """
    sections: list[Section] = []
    first = len(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        part = heading_part(line.text, in_body=index >= body_start)
        at = index
        following = lines[index + 1] if index + 1 < len(lines) else None
        if part is None and following is not None and not following.gap_before and line.text.isupper():
            part = heading_part(f"{line.text} {following.text}", in_body=index >= body_start)
            if part is not None:
                line, index = _joined(line, following), index + 1
        if part is not None:
            while index + 1 < len(lines) and _continues(line, lines[index], part, lines[index + 1], width):
                line, index = _joined(line, lines[index + 1]), index + 1
            if not sections:
                first = at
            sections.append(Section(part, line))
        elif sections:
            sections[-1].lines.append(line)
        index += 1
    return first, sections
