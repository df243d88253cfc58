"""Turn the text of an Urgent Action document into a CaseDraft, flagging what it could not find.

Every layout the groups receive is read: the international template of 2025 (the seed UA 034/25) and of
2019-2025 ("TAKE ACTION: WRITE AN APPEAL ...", "ADDITIONAL INFORMATION", "PREFERRED LANGUAGE TO ADDRESS
TARGET"), the labelled template of 2016-2018, the template of 2008-2015 ("PLEASE WRITE IMMEDIATELY",
"PLEASE SEND APPEALS BEFORE ... TO:"), the network texts of the 1990s ("Further information on UA ...",
"RECOMMENDED ACTION", "APPEALS TO:"), the sections' own documents in German, French, Italian and Spanish, and
a model letter alone. The head is read by ua_header, the parts by their headings (ua_sections), the
addressees by ua_recipients. A part that is not there stays empty and gets a ReviewFlag; nothing is
guessed, and every value found remembers where in the source text it was (CaseDraft.origins).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.messages import CaseImportMessage
from ua_desktop.core.cases.model import RecipientRole, ReviewFlag
from ua_desktop.core.cases.ua_address import split_honorific
from ua_desktop.core.cases.ua_header import (
    INDEX_RE,
    MARKER_RE,
    UA_NUMBER_RE,
    case_id_for,
    find_marker,
    find_number,
    read_header,
)
from ua_desktop.core.cases.ua_lines import (
    Line,
    drop_preamble,
    group_paragraphs,
    is_prose,
    is_wrapped,
    normalise_text,
    paragraph_lines,
    runs_on,
    split_lines,
    wrap_width,
)
from ua_desktop.core.cases.ua_recipients import assign_salutation, names_of, read_recipients
from ua_desktop.core.cases.ua_sections import BARE_TAKE_ACTION_RE, Part, Section, heading_part, split_sections
from ua_desktop.core.cases.ua_words import (
    FoundDate,
    find_deadline,
    guess_text_language,
    language_list,
    parse_date,
)
from ua_desktop.core.errors import UserError

_STEP_RE = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])\s*(?P<text>\S.*)$")
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
_BARE_TAKE_ACTION_RE = re.compile(r"^take action\s*:\s*", re.IGNORECASE)
_SALUTATION_RE = re.compile(
    r"^(?:dear|sehr geehrte[rs]?|geehrte[rs]?|monsieur|madame|excellence|your excellency|estimad[oa]s?|"
    r"se[ñn]or|se[ñn]ora|excelent[ií]sim[oa]|egregi[oa]|gentile|eccellenza|signor[ae]?)\b.{0,80}[,:!]$",
    re.IGNORECASE,
)
_CLOSING_RE = re.compile(
    r"^(?:yours sincerely|yours faithfully|sincerely|respectfully(?: yours)?|kind regards|best regards|"
    r"mit freundlichen gr(?:ü|ue|u)(?:ss|ß)en|freundliche gr(?:ü|ue)(?:ss|ß)e|hochachtungsvoll|"
    r"veuillez agr[ée]er.*|je vous prie d.agr[ée]er.*|recevez.*|cordialement|atentamente|"
    r"saludos cordiales|distinti saluti|cordiali saluti|con osservanza)[,.]?$",
    re.IGNORECASE,
)


class NotAnUrgentActionError(UserError):
    """The text has no URGENT ACTION heading, no UA number and no letter (salutation) at all."""


Span = tuple[Line, Line]


class _Reader:
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


def _starts_prose(lines: list[Line], index: int, width: int = 0) -> bool:
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


def case_id_for_number(ua_number: str, follow_up: bool, follow_up_number: int = 0) -> str:
    """The case id the importer gives a case with this UA number ("ua-034-25"); "" without a number."""
    match = UA_NUMBER_RE.search(ua_number)
    return case_id_for(match, follow_up, follow_up_number) if match else ""


# The names core/cases/assign.py reads the user's selection with (the parser's own rules).
_case_id = case_id_for_number
_INDEX_RE = INDEX_RE


def _markdown(paragraphs: list[str]) -> str:
    """Paragraphs of a briefing without headings, as Markdown."""
    return _briefing_markdown([("", paragraphs)])


def _briefing_markdown(sections: list[tuple[str, list[str]]]) -> str:
    """Sections as Markdown: a heading line ("## ADDITIONAL INFORMATION") and escaped paragraphs."""
    blocks = []
    for heading, paragraphs in sections:
        if heading:
            blocks.append("## " + re.sub(r"([*_`<\\#])", r"\\\1", heading))
        for paragraph in paragraphs:
            text = re.sub(r"([*_`<\\])", r"\\\1", paragraph)
            text = re.sub(r"^(#|>|[-+]\s|\d+[.)]\s)", r"\\\1", text)
            blocks.append(text)
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _template(paragraphs: list[str]) -> str:
    """The letter body as a template; text that looks like template syntax is kept literally."""
    body = "\n\n".join(paragraphs) + "\n" if paragraphs else ""
    if re.search(r"\{[{%#]", body):
        return "{% raw %}" + body + "{% endraw %}\n"
    return body


def parse_ua_text(text: str, require_ua: bool = True) -> CaseDraft:
    """Read an Urgent Action document.

    With require_ua (no case id given), a text with no URGENT ACTION heading, no UA number and no
    salutation raises NotAnUrgentActionError; a model letter alone is read whenever it has a salutation.
    """
    source = normalise_text(text)
    lines = drop_preamble(split_lines(source))
    marker, number_at = find_marker(lines), find_number(lines)
    is_ua = marker is not None or number_at is not None
    salutation_at = next((i for i, line in enumerate(lines) if _SALUTATION_RE.match(line.text)), None)
    if not is_ua and require_ua and salutation_at is None:
        raise NotAnUrgentActionError(CaseImportMessage.NOT_A_UA)
    reader = _Reader(source)
    wrapped = is_wrapped(lines)
    width = wrap_width(lines)
    body_start = next((i for i in range(len(lines)) if _starts_prose(lines, i, width)), len(lines))
    first_heading, sections = split_sections(lines, body_start, width)
    header_end = min(body_start, first_heading) if is_ua else 0
    if salutation_at is not None and salutation_at < header_end:  # a letter right under the head
        top = max(i for i in (number_at, marker, -1) if i is not None) + 1
        header_end = salutation_at
        while header_end > top and not lines[header_end].gap_before:
            if is_prose(lines[header_end - 1].text):
                break
            header_end -= 1  # its address block is not part of the head
    body_lines = _read_header(reader, lines[:header_end], is_ua)
    title = reader.draft.title.casefold()

    def kept(part: list[Line]) -> list[Line]:
        """Lines without the repeated head of a second page ("URGENT ACTION", the title, the number line)."""
        out: list[Line] = []
        dropped = False
        for line in part:
            text = line.text.casefold()
            again = bool(title) and text in title and (line.text.isupper() or len(text) >= 20)
            footer = bool(UA_NUMBER_RE.search(line.text) and INDEX_RE.search(line.text))
            rest_of_date = (
                dropped and not line.gap_before and bool(re.fullmatch(r"[^\W\d_]+\.? \d{4}", line.text))
            )
            dropped = bool(MARKER_RE.match(line.text)) or again or footer
            if not (dropped or rest_of_date):
                out.append(line)
        return out

    preamble = kept(body_lines + lines[header_end:first_heading])
    letter_zone: list[Line] = []
    letter_at = next((i for i, line in enumerate(preamble) if _SALUTATION_RE.match(line.text)), None)
    if letter_at is not None:  # a letter without a heading above it: its address block comes first
        start = letter_at
        while (
            start > 0
            and not is_prose(preamble[start - 1].text)
            and not _STEP_RE.match(preamble[start - 1].text)
        ):
            start -= 1
        preamble, letter_zone = preamble[:start], preamble[start:]
    steps_at = next((i for i, line in enumerate(preamble) if _STEP_RE.match(line.text)), None)
    if steps_at is not None and not any(s.part is Part.TAKE_ACTION for s in sections):
        implicit = Section(Part.TAKE_ACTION, Line(""), preamble[steps_at:])
        preamble = preamble[:steps_at]
        sections.insert(0, implicit)
        reader.flag("take_action", "no TAKE ACTION heading found; check the action steps")
    if not is_ua:  # above a model letter alone: a site's name or a heading, never a briefing
        preamble = [line for line in preamble if is_prose(line.text)]
    briefing: list[tuple[str, list[Line]]] = [("", preamble)] if preamble else []
    steps = _Steps()
    for section in sections:
        section.lines = kept(section.lines)
        if section.part is Part.BRIEFING:
            briefing.append((section.heading_text, section.lines))
        elif section.part is Part.FACT:
            if not briefing:
                briefing.append(("", []))
            briefing[-1][1].extend([section.heading, *section.lines])
        elif section.part is Part.TAKE_ACTION:
            letter_zone += steps.read_take_action(section, width)
        elif section.part in (Part.DEADLINE, Part.LANGUAGE):
            steps.read_labelled(section, wrapped)
        else:
            letter_zone += [section.heading, *section.lines]
    _read_briefing(reader, briefing, wrapped)
    steps.apply(reader, wrapped)
    _read_deadline(reader, steps, sections)
    _read_language(reader, steps, sections)
    _read_letter_part(reader, letter_zone, width)
    if not reader.draft.id and is_ua:
        reader.draft.id = reader.header_id
    return reader.finish()


_HEADER_NOTES = {
    "ua_number": "no UA number such as 'UA 034/25' found",
    "country": "no country line found under the title",
    "title": "no title found under the UA number",
    "document_index": "no document index such as 'AMR 51/9206/2025' found",
    "issue_date": "no issue date ('Date: 1 April 2025') found",
}


def _read_header(reader: _Reader, header: list[Line], is_ua: bool) -> list[Line]:
    """Read the head into the draft; return the head lines that start the briefing."""
    draft = reader.draft
    reader.header_id = ""
    body: list[Line] = []
    if is_ua:
        found = read_header(header)
        body = found.body
        draft.ua_number, draft.follow_up = found.ua_number, found.follow_up
        draft.follow_up_number = found.follow_up_number
        draft.document_index, draft.title, draft.country = found.document_index, found.title, found.country
        date = parse_date(found.issue_date_text) if found.issue_date_text else None
        draft.issue_date = date.as_date() if date else None
        if not draft.issue_date:
            found.lines.pop("issue_date", None)
        for field, lines in found.lines.items():
            reader.found(field, lines)
        reader.header_id = found.case_id
        if draft.follow_up and not draft.follow_up_number:
            reader.flag("follow_up_number", "the document does not say which follow-up this is")
    values = {
        "ua_number": draft.ua_number,
        "country": draft.country,
        "title": draft.title,
        "document_index": draft.document_index,
        "issue_date": draft.issue_date,
    }
    for field in ("ua_number", "country", "title", "document_index", "issue_date"):
        if not values[field]:
            reader.flag(field, _HEADER_NOTES[field])
    return body


def _paragraphs(lines: list[Line], wrapped: bool) -> list[tuple[str, list[Line]]]:
    """Paragraphs of a briefing section; a line of facts ("Name: ...", "Gender m/f: f") stands alone."""
    out: list[tuple[str, list[Line]]] = []
    run: list[Line] = []
    for line in lines:
        if heading_part(line.text) is Part.FACT:
            out += paragraph_lines(run, wrapped)
            out.append((line.text, [line]))
            run = []
        else:
            run.append(line)
    return out + paragraph_lines(run, wrapped)


def _read_briefing(reader: _Reader, sections: list[tuple[str, list[Line]]], wrapped: bool) -> None:
    kept: list[tuple[str, list[str]]] = []
    used: list[Line] = []
    for heading, lines in sections:
        paragraphs = _paragraphs(lines, wrapped)
        if paragraphs or heading:
            kept.append((heading, [text for text, _lines in paragraphs]))
            used += [line for _text, group in paragraphs for line in group]
    reader.draft.briefing_markdown = _briefing_markdown(kept)
    if used:
        reader.found("briefing", used)
    else:
        reader.flag("briefing", "no briefing paragraphs found")


class _Steps:
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
                text = _BARE_TAKE_ACTION_RE.sub("", heading.text)
                self.items.append([Line(text, False, heading.end - len(text), heading.end)])
        lines = section.lines
        wrapped = bool(width)
        steps: list[list[Line]] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            match = _STEP_RE.match(line.text)
            if match:
                text = match.group("text")
                steps.append([Line(text, False, line.end - len(text), line.end)])
            elif (
                steps
                and not line.is_rule
                and (
                    (wrapped and not line.gap_before)
                    or _starts_prose(lines, index)
                    or line.text[:1].islower()
                )
            ):
                steps[-1].append(line)
            else:
                break
            index += 1
        if not steps:  # no numbered steps: the sentences under the heading are the steps
            while index < len(lines) and not lines[index].is_rule and _starts_prose(lines, index, width):
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

    def apply(self, reader: _Reader, wrapped: bool) -> None:
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


def _read_deadline(reader: _Reader, steps: _Steps, sections: list[Section]) -> None:
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


def _read_language(reader: _Reader, steps: _Steps, sections: list[Section]) -> None:
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


def _read_letter_part(reader: _Reader, zone: list[Line], width: int) -> None:
    draft = reader.draft
    wrapped = bool(width)
    salutation_at = next((i for i, line in enumerate(zone) if _SALUTATION_RE.match(line.text)), None)
    address = zone if salutation_at is None else zone[:salutation_at]
    rest = [] if salutation_at is None else zone[salutation_at + 1 :]
    end = next(
        (
            i
            for i, line in enumerate(rest)
            if line.is_rule or heading_part(line.text) in (Part.COPIES, Part.CONTACTS, Part.LETTER)
        ),
        len(rest),
    )
    closing_at = next((i for i, line in enumerate(rest[:end]) if _CLOSING_RE.match(line.text)), None)
    closing_end = closing_at
    while closing_end is not None and closing_end + 1 < len(rest):  # "... de ma haute" / "considération."
        if not runs_on(rest[closing_end], rest[closing_end + 1], width):
            break
        closing_end += 1
    body = rest[:end] if closing_at is None else rest[:closing_at]
    after = rest[end:] if closing_end is None else rest[closing_end + 1 :]
    if closing_at is not None and closing_end is not None:
        draft.closing = " ".join(line.text for line in rest[closing_at : closing_end + 1])
        reader.found("closing", rest[closing_at : closing_end + 1])
    elif salutation_at is not None:
        reader.flag("closing", "no closing ('Yours sincerely,') found after the model letter")
    else:
        reader.flag("closing", "no closing: the document has no model letter")
    paragraphs = group_paragraphs(body, wrapped)
    if paragraphs:
        language = guess_text_language(" ".join(paragraphs)) or draft.preferred_language
        if not language:
            reader.flag("letter", "the language of the model letter could not be told")
            language = "und"
        elif draft.preferred_language and language != draft.preferred_language:
            reader.flag(
                "letter",
                f"the model letter is in '{language}' but the preferred language is "
                f"'{draft.preferred_language}': add a letter in that language or change the preferred one",
            )
        draft.letters[language] = _template(paragraphs)
        reader.found("letter", body)
    else:
        reader.flag("letter", "no model letter found (it starts after the salutation, 'Dear ...,')")
    _read_recipients(reader, address, after, width)
    salutation = zone[salutation_at] if salutation_at is not None else None
    before = {i: r.salutation for i, r in enumerate(draft.recipients)}
    for field, note in assign_salutation(draft.recipients, salutation.text if salutation else ""):
        reader.flag(field, note)
    for i, recipient in enumerate(draft.recipients):
        if salutation is not None and recipient.salutation != before[i]:
            reader.found(f"recipients.{i + 1}.salutation", [salutation])


def _read_recipients(reader: _Reader, address: list[Line], after: list[Line], width: int) -> None:
    draft = reader.draft
    found = read_recipients(address, after, width=width)
    draft.recipients = found.recipients
    draft.copies_instruction = found.copies_instruction
    reader.origins.update(found.origins)
    for field, note in found.notes:
        reader.flag(field, note)
    names = names_of(draft.recipients)
    for block in found.left_out:
        if split_honorific(block[0])[1] not in names:
            reader.flag("recipients", f"lines that are not a full address were left out: {' / '.join(block)}")
    primaries = [r for r in draft.recipients if r.role is RecipientRole.PRIMARY]
    if not primaries:
        reader.flag("recipients", "no addressee block (name, address, country) found")
    elif len(primaries) > 1:
        reader.flag(
            "recipients",
            f"the document names {len(primaries)} addressees: check each address, and whether each one "
            "receives the letter (role primary) or a copy",
        )
