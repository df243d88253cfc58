"""Turn the text of an Urgent Action document into a CaseDraft, flagging what it could not find.

Every layout the groups receive is read: the international template of 2025 (the seed UA 034/25) and of
2019-2025 ("TAKE ACTION: WRITE AN APPEAL ...", "ADDITIONAL INFORMATION", "PREFERRED LANGUAGE TO ADDRESS
TARGET"), the labelled template of 2016-2018, the template of 2008-2015 ("PLEASE WRITE IMMEDIATELY",
"PLEASE SEND APPEALS BEFORE ... TO:"), the network texts of the 1990s ("Further information on UA ...",
"RECOMMENDED ACTION", "APPEALS TO:"), the sections' own documents in German, French, Italian and Spanish, and
a model letter alone. The head is read by ua_header, the parts by their headings (ua_sections), the steps,
deadline and languages by ua_steps, the addressees by ua_recipients. A part that is not there stays empty
and gets a ReviewFlag; nothing is guessed, and every value found remembers where in the source text it was
(CaseDraft.origins).
"""

from __future__ import annotations

import re

from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.messages import CaseImportMessage
from ua_desktop.core.cases.model import RecipientRole
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
from ua_desktop.core.cases.ua_sections import Part, Section, heading_part, split_sections
from ua_desktop.core.cases.ua_steps import (
    STEP_RE,
    DraftReader,
    Steps,
    read_deadline,
    read_language,
    starts_prose,
)
from ua_desktop.core.cases.ua_words import (
    guess_text_language,
    parse_date,
)
from ua_desktop.core.errors import UserError

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


def case_id_for_number(ua_number: str, follow_up: bool, follow_up_number: int = 0) -> str:
    """The case id the importer gives a case with this UA number ("ua-034-25"); "" without a number."""
    match = UA_NUMBER_RE.search(ua_number)
    return case_id_for(match, follow_up, follow_up_number) if match else ""


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
    reader = DraftReader(source)
    wrapped = is_wrapped(lines)
    width = wrap_width(lines)
    body_start = next((i for i in range(len(lines)) if starts_prose(lines, i, width)), len(lines))
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
            and not STEP_RE.match(preamble[start - 1].text)
        ):
            start -= 1
        preamble, letter_zone = preamble[:start], preamble[start:]
    steps_at = next((i for i, line in enumerate(preamble) if STEP_RE.match(line.text)), None)
    if steps_at is not None and not any(s.part is Part.TAKE_ACTION for s in sections):
        implicit = Section(Part.TAKE_ACTION, Line(""), preamble[steps_at:])
        preamble = preamble[:steps_at]
        sections.insert(0, implicit)
        reader.flag("take_action", "no TAKE ACTION heading found; check the action steps")
    if not is_ua:  # above a model letter alone: a site's name or a heading, never a briefing
        preamble = [line for line in preamble if is_prose(line.text)]
    briefing: list[tuple[str, list[Line]]] = [("", preamble)] if preamble else []
    steps = Steps()
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
    read_deadline(reader, steps, sections)
    read_language(reader, steps, sections)
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


def _read_header(reader: DraftReader, header: list[Line], is_ua: bool) -> list[Line]:
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


def _read_briefing(reader: DraftReader, sections: list[tuple[str, list[Line]]], wrapped: bool) -> None:
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


def _read_letter_part(reader: DraftReader, zone: list[Line], width: int) -> None:
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
        elif (
            draft.preferred_language
            and language not in (draft.preferred_language, *draft.accepted_languages)
            and not draft.own_language_welcome
        ):
            # An English model letter for a target who reads Persian and English is the usual case (letters
            # start from Case.default_letter_language); one in a language the target does not read is not.
            reader.flag(
                "letter",
                f"the model letter is in '{language}' but the target reads "
                f"{', '.join(draft.accepted_languages or [draft.preferred_language])}: "
                "add a letter in one of those languages",
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


def _read_recipients(reader: DraftReader, address: list[Line], after: list[Line], width: int) -> None:
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
