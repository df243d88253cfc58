"""Reading an Urgent Action into a draft: the reader's state, where prose begins, and the action steps.

DraftReader holds the draft being filled, its review flags and the lines each value came from. Steps
collects the action steps from TAKE ACTION and from the labelled parts ("PREFERRED LANGUAGE TO ADDRESS
TARGET: ...", "PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: ..."), and the deadline and the languages are
read from them, the labelled parts first. ua_parser puts the parts together.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.model import ReviewFlag
from ua_desktop.core.cases.ua_header import INDEX_RE, UA_NUMBER_RE
from ua_desktop.core.cases.ua_lines import Line, group_paragraphs, is_prose, paragraph_lines, runs_on
from ua_desktop.core.cases.ua_sections import BARE_TAKE_ACTION_RE, Part, Section
from ua_desktop.core.cases.ua_words import FoundDate, find_deadline, language_list

STEP_RE = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])\s*(?P<text>\S.*)$")
_POSTAGE_RE = re.compile(
    r"^(?:info\s+)?(?:postage|porto|affranchissement|port|franqueo|affrancatura)\b", re.IGNORECASE
)
_PREFERRED_RE = re.compile(
    r"(?:preferred language|bevorzugte sprache|langue pr[ée]f[ée]r[ée]e|idioma preferido|"
    r"lingua preferita)",
    re.IGNORECASE,
)
_OWN_LANGUAGE_RE = re.compile(
    r"own language|eigenen sprache|ihrer sprache|auf deutsch|votre propre langue|votre langue|"
    r"en fran[çc]ais|su propio idioma|su idioma|en espa[ñn]ol|propria lingua|in italiano",
    re.IGNORECASE,
)
_CAPS_LABEL_RE = re.compile(r"^[A-Z][A-Z '&/-]{2,40}:\s")  # "URGENT ACTION TITLE: ..." (2016-2018)
_TAKE_ACTION_PREFIX_RE = re.compile(r"^take action\s*:\s*", re.IGNORECASE)

Span = tuple[Line, Line]


class DraftReader:
    """One document being read: the draft, its flags and where each value came from."""

    def __init__(self, source: str) -> None:
        self.draft = CaseDraft(source_text=source)
        self.origins: dict[str, Span] = {}
        self.header_id = ""

    def flag(self, field: str, note: str) -> None:
        self.draft.review.append(ReviewFlag(field, note))

    def found(self, field: str, lines: list[Line]) -> None:
        if lines:
            self.origins[field] = (lines[0], lines[-1])

    def finish(self) -> CaseDraft:
        self.draft.origins = {
            field: (first.start, last.end)
            for field, (first, last) in self.origins.items()
            if last.end > first.start
        }
        return self.draft


def starts_prose(lines: list[Line], index: int, width: int = 0) -> bool:
    """A long line, or a line wrapped onto the next one (no gap between): the briefing begins."""
    text = lines[index].text
    if UA_NUMBER_RE.search(text) or INDEX_RE.search(text) or _CAPS_LABEL_RE.match(text):
        return False  # a long head line ("Further information on UA 123/94 (...) - ...", "TITLE: ...")
    if is_prose(text):
        return True
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.gap_before:
        return False
    if len(text) >= 50 and len(following.text) >= 20:
        return True
    if len(text) >= 30 and len(following.text) >= 20 and runs_on(lines[index], following, width):
        return True  # wrapped at a narrow width: the next word did not fit
    # a sentence wrapped in a narrow column: "Farhad Rostami, a 38-year-old Kurdish" / "schoolteacher ..."
    return (
        len(text) + len(following.text) >= 80
        and following.text[:1].islower()
        and not text.endswith((".", ":", "!", "?"))
    )


class Steps:
    """The action steps, from TAKE ACTION and from the labelled language and deadline parts."""

    def __init__(self) -> None:
        self.items: list[list[Line]] = []  # each step's lines, as written
        self.headings: list[Line] = []  # "PLEASE WRITE IMMEDIATELY in Portuguese or your own language:"
        self.labelled: list[Section] = []  # PREFERRED LANGUAGE ..., PLEASE TAKE ACTION ... UNTIL: ...

    def read_take_action(self, section: Section, width: int) -> list[Line]:
        """Read the steps under a TAKE ACTION heading; return the lines after them (address, letter)."""
        heading = section.heading
        if heading.text:
            self.headings.append(heading)
            if not BARE_TAKE_ACTION_RE.match(heading.text) and not heading.text.endswith(":"):
                text = _TAKE_ACTION_PREFIX_RE.sub("", heading.text)
                self.items.append([Line(text, False, heading.end - len(text), heading.end)])
        lines = section.lines
        wrapped = bool(width)
        steps: list[list[Line]] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            match = STEP_RE.match(line.text)
            if match:
                text = match.group("text")
                steps.append([Line(text, False, line.end - len(text), line.end)])
            elif (
                steps
                and not line.is_rule
                and (
                    (wrapped and not line.gap_before) or starts_prose(lines, index) or line.text[:1].islower()
                )
            ):
                steps[-1].append(line)
            else:
                break
            index += 1
        if not steps:  # no numbered steps: the sentences under the heading are the steps
            while index < len(lines) and not lines[index].is_rule and starts_prose(lines, index, width):
                index += 1
                while index < len(lines) and runs_on(lines[index - 1], lines[index], width):
                    index += 1
            steps = [group for _text, group in paragraph_lines(lines[:index], wrapped)]
        self.items += steps
        return lines[index:]

    def read_labelled(self, section: Section, wrapped: bool) -> None:
        self.labelled.append(section)
        self.items.append([section.heading])
        self.items += [group for _text, group in paragraph_lines(section.lines, wrapped)]

    def apply(self, reader: DraftReader, wrapped: bool) -> None:
        draft = reader.draft
        postage: list[str] = []
        used: list[Line] = []
        for step in self.items:
            paragraphs = group_paragraphs(step, wrapped)
            if _POSTAGE_RE.match(paragraphs[0]):
                postage.extend(paragraphs)
                reader.found("postage_notes", step)
            else:
                draft.take_action.append(" ".join(paragraphs))
                used += step
        draft.postage_notes = "\n".join(postage)
        if draft.take_action:
            reader.found("take_action", used)
        else:
            reader.flag("take_action", "no numbered action steps found")

    def texts(self, wrapped: bool) -> list[tuple[str, list[Line]]]:
        """Each step's text with its lines."""
        return [(" ".join(group_paragraphs(step, wrapped)), step) for step in self.items]


def _search(
    groups: list[list[Line]], finder: Callable[[str], FoundDate | None]
) -> tuple[FoundDate, Line] | None:
    """The first date finder finds in the groups of lines (each read as one text), with its line."""
    for lines in groups:
        if not lines:
            continue
        text, starts = "", []
        for line in lines:
            starts.append(len(text) + (1 if text else 0))
            text = f"{text} {line.text}" if text else line.text
        found = finder(text)
        if found is not None:
            at = text.find(found.text)
            index = max(i for i, start in enumerate(starts) if start <= max(at, 0))
            return found, lines[index]
    return None


def read_deadline(reader: DraftReader, steps: Steps, sections: list[Section]) -> None:
    draft = reader.draft
    groups = [[s.heading, *s.lines] for s in steps.labelled if s.part is Part.DEADLINE]
    groups += [step for step in steps.items]
    groups += [[line] for line in steps.headings]
    groups += [[s.heading] for s in sections if s.part is Part.CONTACTS]
    result = _search(groups, find_deadline)
    if result is None:
        reader.flag("deadline", "no deadline sentence ('take action before 1 July 2025') found")
        return
    found, line = result
    if found.year is None:
        reader.flag("deadline", f"the deadline '{found.text}' has no year: enter the full date")
    elif (date := found.as_date()) is None:
        reader.flag("deadline", f"the deadline '{found.text}' is not a real date")
    else:
        draft.deadline = date
        reader.found("deadline", [line])


def read_language(reader: DraftReader, steps: Steps, sections: list[Section]) -> None:
    draft = reader.draft
    labelled: list[tuple[str, list[Line]]] = []  # the text after "Preferred language:"
    for section in steps.labelled:
        if section.part is Part.LANGUAGE:
            labelled.append((": " + section.heading.text.split(":", 1)[1], [section.heading]))
    for text, lines in steps.texts(False):
        if match := _PREFERRED_RE.search(text):
            labelled.append((": " + text[match.end() :].lstrip(" :"), lines))
    candidates = labelled + [(line.text, [line]) for line in steps.headings] + steps.texts(False)
    for text, lines in candidates:
        if codes := language_list(text):
            draft.preferred_language, draft.accepted_languages = codes[0], codes
            reader.found("preferred_language", lines)
            reader.found("accepted_languages", lines)
            break
    else:
        reader.flag("preferred_language", "no preferred language ('Preferred language: English') found")
    every = steps.texts(False) + [(line.text, [line]) for line in steps.headings]
    every += [(" ".join(line.text for line in s.lines), s.lines) for s in steps.labelled if s.lines]
    welcome = next((lines for text, lines in every if _OWN_LANGUAGE_RE.search(text)), None)
    draft.own_language_welcome = welcome is not None
    if welcome:
        reader.found("own_language_welcome", welcome)
