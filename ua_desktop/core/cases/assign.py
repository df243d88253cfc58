"""Assisted import: set one field of a draft from text the user selected in the source document.

When the importer missed a field or took it from the wrong place, the user selects the right text in the
source and names the field. The text is read by the same readers the parser uses (a date by ua_words, a
country by its name, an address block by ua_address, a UA number by the parser itself), so a field set by
hand is held to the parser's rules: text that cannot be read as the field is refused with a typed message
and the draft stays as it was. A field that was set remembers where it came from (draft.origins) and loses
its review flags.

Field names are those of ReviewFlag.field: "title", "deadline", "recipients.2" (the second recipient's
address block), "recipients.2.salutation".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ua_desktop.core.cases import ua_parser
from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.messages import AssignMessage
from ua_desktop.core.cases.model import RecipientRole, ReviewFlag
from ua_desktop.core.cases.ua_address import parse_address_block
from ua_desktop.core.cases.ua_header import INDEX_RE
from ua_desktop.core.cases.ua_lines import group_paragraphs, is_wrapped, split_lines
from ua_desktop.core.cases.ua_recipients import is_fax_number, split_salutation
from ua_desktop.core.cases.ua_steps import STEP_RE
from ua_desktop.core.cases.ua_words import (
    FoundDate,
    country_code,
    find_deadline,
    guess_text_language,
    language_code,
    parse_date,
)
from ua_desktop.core.email_address import find_email
from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import Message, message

#: The case's own fields a selection can be assigned to, in the order the import view lists them.
CASE_FIELDS = (
    "ua_number",
    "document_index",
    "issue_date",
    "title",
    "country",
    "briefing",
    "take_action",
    "deadline",
    "preferred_language",
    "postage_notes",
    "copies_instruction",
    "letter",
    "closing",
)
#: A recipient's address block is assigned as a whole ("recipients.1"); these are the parts it sets.
ADDRESS_PARTS = (
    "name",
    "honorific",
    "title",
    "organisation",
    "street",
    "city",
    "region",
    "postal_code",
    "country",
)
#: A recipient's fields assigned one by one ("recipients.1.salutation").
RECIPIENT_FIELDS = ("salutation", "email", "fax")

_RECIPIENT_RE = re.compile(r"^recipients\.(?P<number>[1-9]\d*)(?:\.(?P<part>[a-z_]+))?$")
_LABEL_RE = re.compile(r"^[^\W\d_][^:\n]{0,60}:\s*(?=\S)")  # "Preferred language: ", "Salutation: "
_LANGUAGE_SEPARATORS_RE = re.compile(r"\s*(?:[,;/]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bor\b)\s*")


def assignable_fields(draft: CaseDraft) -> list[str]:
    """Every field a selection can go to: the case's fields, each recipient's, and a new recipient."""
    fields = list(CASE_FIELDS)
    for number in range(1, len(draft.recipients) + 1):
        fields.append(f"recipients.{number}")
        fields += [f"recipients.{number}.{part}" for part in RECIPIENT_FIELDS]
    fields.append(f"recipients.{len(draft.recipients) + 1}")
    return fields


def flags_of(draft: CaseDraft, field: str) -> list[ReviewFlag]:
    """The review flags a field answers for; a recipient's address block answers for its address parts."""
    match = _RECIPIENT_RE.match(field)
    if match and match.group("part") is None:
        parts = {field} | {f"{field}.{part}" for part in ADDRESS_PARTS}
        return [flag for flag in draft.review if flag.field in parts]
    return [flag for flag in draft.review if flag.field == field]


def mark_checked(draft: CaseDraft, field: str) -> None:
    """The user has checked field as it is: its review flags go."""
    resolved = flags_of(draft, field)
    draft.review = [flag for flag in draft.review if flag not in resolved]


def origin_of(draft: CaseDraft, field: str) -> tuple[int, int] | None:
    """Where in the source field was found: its own span, else the span of its first part found."""
    if field in draft.origins:
        return draft.origins[field]
    parts = [span for key, span in draft.origins.items() if key.startswith(field + ".")]
    return min(parts) if parts else None


def assign_text(draft: CaseDraft, field: str, text: str, span: tuple[int, int]) -> Message | None:
    """Set field from text, selected at span (start, end) of draft.source_text.

    Returns None when the field was set (its origin recorded, its review flags removed), or the message
    saying why the text cannot be that field (the draft is then unchanged).

    Raises:
        ValueError: field is not one of assignable_fields(draft), or span lies outside the source text;
            the window offers neither.
    """
    if field not in assignable_fields(draft):
        raise ValueError(f"cannot assign to {field!r}")
    start, end = span
    if not 0 <= start <= end <= len(draft.source_text):
        raise ValueError(f"span {span} lies outside the source text")
    if not text.strip():
        return message(AssignMessage.NOTHING_SELECTED)
    match = _RECIPIENT_RE.match(field)
    try:
        if match is None:
            _assign_case_field(draft, field, text)
        elif match.group("part") is None:
            _assign_address(draft, int(match.group("number")), text, start)  # flags what the block lacks
        else:
            _assign_recipient_part(draft, int(match.group("number")), match.group("part"), text)
    except UserError as error:
        assert error.message is not None  # raised here with a message kind, never a worded text
        return error.message
    if match is None or match.group("part") is not None:
        mark_checked(draft, field)
    draft.origins[field] = (start, end)
    return None


def suggested_id(draft: CaseDraft) -> str:
    """The case id the importer gives a case with this UA number ("" without one)."""
    return ua_parser.case_id_for_number(draft.ua_number, draft.follow_up, draft.follow_up_number)


# -- the case's fields --------------------------------------------------------------------------------
def _one_line(text: str) -> str:
    return " ".join(line.text for line in split_lines(text))


def _paragraphs(text: str) -> list[str]:
    lines = split_lines(text)
    return group_paragraphs(lines, is_wrapped(lines))


def _date(found: FoundDate | None, text: str) -> dt.date:
    if found is None:
        raise UserError(AssignMessage.NOT_A_DATE, text=_one_line(text))
    if found.year is None:
        raise UserError(AssignMessage.DATE_WITHOUT_YEAR, text=found.text)
    day = found.as_date()
    if day is None:
        raise UserError(AssignMessage.NOT_A_REAL_DATE, text=found.text)
    return day


def _assign_case_field(draft: CaseDraft, field: str, text: str) -> None:
    line = _one_line(text)
    if field == "ua_number":
        _assign_ua_number(draft, text)
    elif field == "document_index":
        found = INDEX_RE.search(line)
        if found is None:
            raise UserError(AssignMessage.NOT_AN_INDEX, text=line)
        draft.document_index = found.group("index")
    elif field == "issue_date":
        draft.issue_date = _date(parse_date(line), text)
    elif field == "deadline":
        draft.deadline = _date(find_deadline(line) or parse_date(line), text)
    elif field == "country":
        code = country_code(_LABEL_RE.sub("", line).strip(" .,;"))
        if code is None:
            raise UserError(AssignMessage.NOT_A_COUNTRY, text=line)
        draft.country = code
    elif field == "preferred_language":
        _assign_languages(draft, line)
    elif field == "title":
        draft.title = line
    elif field == "briefing":
        draft.briefing_markdown = ua_parser._markdown(_paragraphs(text))
    elif field == "take_action":
        draft.take_action = _steps(text)
    elif field == "postage_notes":
        draft.postage_notes = "\n".join(_paragraphs(text))
    elif field == "copies_instruction":
        draft.copies_instruction = line
    elif field == "letter":
        _assign_letter(draft, text)
    elif field == "closing":
        draft.closing = line
    else:  # pragma: no cover - CASE_FIELDS and this chain list the same fields
        raise ValueError(field)


def _assign_ua_number(draft: CaseDraft, text: str) -> None:
    """The parser reads the selection as the header of a document: the number, and whether it follows up."""
    try:
        found = ua_parser.parse_ua_text(text)
    except UserError:
        found = None
    if found is None or not found.ua_number:
        raise UserError(AssignMessage.NOT_A_UA_NUMBER, text=_one_line(text))
    draft.ua_number = found.ua_number
    draft.follow_up = found.follow_up
    draft.follow_up_number = found.follow_up_number


def _assign_languages(draft: CaseDraft, line: str) -> None:
    """ "Persian, English" or "Preferred language to address target: Persian": the first is preferred."""
    names = [name for name in _LANGUAGE_SEPARATORS_RE.split(_LABEL_RE.sub("", line)) if name.strip(" .")]
    codes = []
    for name in names:
        code = language_code(name)
        if code is None:
            raise UserError(AssignMessage.NOT_A_LANGUAGE, text=name.strip(" ."))
        if code not in codes:
            codes.append(code)
    if not codes:
        raise UserError(AssignMessage.NOT_A_LANGUAGE, text=line)
    draft.preferred_language = codes[0]
    draft.accepted_languages = codes


def _steps(text: str) -> list[str]:
    """One step per numbered or bulleted line; lines without a number continue the step before."""
    steps: list[list[str]] = []
    for line in split_lines(text):
        match = STEP_RE.match(line.text)
        if match or not steps:
            steps.append([match.group("text") if match else line.text])
        else:
            steps[-1].append(line.text)
    return [" ".join(step) for step in steps]


def _assign_letter(draft: CaseDraft, text: str) -> None:
    """The model letter: from after its salutation (when selected too) to before its closing."""
    lines = split_lines(text)
    if lines and ua_parser._SALUTATION_RE.match(lines[0].text):
        lines = lines[1:]
    closing = next((i for i, line in enumerate(lines) if ua_parser._CLOSING_RE.match(line.text)), None)
    if closing is not None:
        lines = lines[:closing]
    paragraphs = group_paragraphs(lines, is_wrapped(lines))
    if not paragraphs:
        raise UserError(AssignMessage.NOT_A_LETTER)
    language = guess_text_language(" ".join(paragraphs)) or draft.preferred_language
    if not language:
        raise UserError(AssignMessage.LETTER_LANGUAGE_UNKNOWN)
    draft.letters.pop("und", None)  # the importer's letter of unknown language, replaced by this one
    draft.letters[language] = ua_parser._template(paragraphs)


# -- recipients ---------------------------------------------------------------------------------------
def _block_lines(text: str, offset: int) -> list[tuple[str, tuple[int, int]]]:
    """The address lines of a selection starting at offset: each with its span in the source.

    Blank lines, rules of underscores and headings such as "Write to:" are left out, as the parser does.
    """
    found = []
    position = offset
    for raw in text.split("\n"):
        line = split_lines(raw)
        stripped = raw.strip()
        if line and not line[0].is_rule and not stripped.endswith(":"):
            start = position + raw.index(stripped)
            found.append((line[0].text, (start, start + len(stripped))))
        position += len(raw) + 1
    return found


def _assign_address(draft: CaseDraft, number: int, text: str, offset: int) -> None:
    """The address block of recipient number (a new one after the last): its parts, with notes flagged."""
    block = _block_lines(text, offset)
    lines = [line for line, _span in block]
    if len(lines) < 2:
        raise UserError(AssignMessage.NOT_AN_ADDRESS)
    existing = draft.recipients[number - 1] if number <= len(draft.recipients) else None
    if existing is not None:
        role = existing.role
    else:
        has_primary = any(r.role is RecipientRole.PRIMARY for r in draft.recipients)
        role = RecipientRole.COPY if has_primary else RecipientRole.PRIMARY
    parsed = parse_address_block(lines, role)
    recipient = parsed.recipient
    if existing is not None:
        address = {part: getattr(recipient, part) for part in ADDRESS_PARTS}
        recipient = dataclasses.replace(existing, **address)
        draft.recipients[number - 1] = recipient
    else:
        draft.recipients.append(recipient)
    prefix = f"recipients.{number}"
    mark_checked(draft, prefix)
    for part in ADDRESS_PARTS:
        draft.origins.pop(f"{prefix}.{part}", None)
    for part, index in parsed.line_of.items():  # each part found where the parser records it: its line
        draft.origins[f"{prefix}.{part}"] = block[index][1]
    draft.review += [ReviewFlag(f"{prefix}.{part}", note) for part, note in parsed.notes]


def _assign_recipient_part(draft: CaseDraft, number: int, part: str, text: str) -> None:
    recipient = draft.recipients[number - 1]
    line = _one_line(text)
    if part == "salutation":  # "Dear Prosecutor/Señor Fiscal": the first, and the other as an alternative
        salutation, alternative = split_salutation(_LABEL_RE.sub("", line))
        draft.recipients[number - 1] = dataclasses.replace(
            recipient, salutation=salutation, salutation_alternative=alternative
        )
    elif part == "email":  # "Email: info@…", "mailto:…", or an address inside a sentence
        address = find_email(line)
        if address is None:
            raise UserError(AssignMessage.NOT_AN_EMAIL, text=line)
        draft.recipients[number - 1] = dataclasses.replace(recipient, email=address)
    elif part == "fax":  # "Fax: +98 21 5522 1234"
        number_text = _LABEL_RE.sub("", line).strip()
        if not is_fax_number(number_text):
            raise UserError(AssignMessage.NOT_A_FAX, text=line)
        draft.recipients[number - 1] = dataclasses.replace(recipient, fax=number_text)
    else:  # pragma: no cover - RECIPIENT_FIELDS and this chain list the same fields
        raise ValueError(part)
