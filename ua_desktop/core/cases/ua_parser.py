"""Turn the text of an Urgent Action document into a CaseDraft, flagging what it could not find.

The document's layout (the seed UA 034/25 shows it) is: an index and date line, URGENT ACTION, the UA
number (with "further information" for a follow-up), the title, the country, the briefing paragraphs, TAKE
ACTION with numbered steps (the deadline sentence, the preferred language, postage notes), the addressee
block(s) around a blank sender area of underscores, the salutation, the model letter up to its closing,
and an optional "copies to" part. Each part is recognised by its shape or its keywords in English, German,
French, Spanish or Italian. A part that is not there stays empty and gets a ReviewFlag; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.messages import CaseImportMessage
from ua_desktop.core.cases.model import RecipientRole, ReviewFlag
from ua_desktop.core.cases.ua_address import looks_like_address, parse_address_block, split_honorific
from ua_desktop.core.cases.ua_lines import Line, group_paragraphs, is_prose, is_wrapped, split_lines
from ua_desktop.core.cases.ua_words import (
    country_code,
    find_deadline,
    guess_text_language,
    language_code,
    parse_date,
)
from ua_desktop.core.errors import UserError

_MARKER_RE = re.compile(
    r"^(?:urgent action|action urgente|acci[oó]n urgente|azione urgente|eilaktion)$", re.IGNORECASE
)
# "UA 034/25"; French sections write "AU 034/25" (action urgente); a follow-up may add "-1".
_UA_NUMBER_RE = re.compile(
    r"\b(?P<prefix>UA|AU)(?:[\s-]*Nr\.?:?)?\s*(?P<num>\d{1,3})/(?P<year>\d{2})(?:-(?P<fu>\d{1,2}))?\b"
)
_FOLLOW_UP_RE = re.compile(
    r"further information|weitere informationen|folgeaktion|compl[ée]ment d.information|"
    r"informations? compl[ée]mentaires?|m[aá]s informaci[oó]n|ulteriori informazioni|^FU\b",
    re.IGNORECASE,
)
_INDEX_RE = re.compile(r"\b(?P<index>[A-Z]{2,4} ?\d{1,3}/\d{3,5}/\d{4})\b")
_DATE_LABEL_RE = re.compile(r"\b(?:Date|Datum|Fecha|Data)\s*:\s*(?P<date>.+)$", re.IGNORECASE)
_TAKE_ACTION_RE = re.compile(
    r"^(?:take action|what you can do|werden sie aktiv|handeln sie|was sie tun k[öo]nnen|"
    r"passez [àa] l.action|agissez|que pouvez-vous faire|act[uú]a|pasa a la acci[oó]n|agisci|"
    r"mobilitati)\s*[:!]?$",
    re.IGNORECASE,
)
_STEP_RE = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])\s*(?P<text>\S.*)$")
_POSTAGE_RE = re.compile(
    r"^(?:info\s+)?(?:postage|porto|affranchissement|port|franqueo|affrancatura)\b", re.IGNORECASE
)
_PREFERRED_RE = re.compile(
    r"(?:preferred language|bevorzugte sprache|langue pr[ée]f[ée]r[ée]e|idioma preferido|"
    r"lingua preferita)\s*:\s*(?P<name>[^\W\d_]+)",
    re.IGNORECASE,
)
_OWN_LANGUAGE_RE = re.compile(
    r"own language|eigenen sprache|ihrer sprache|auf deutsch|votre propre langue|votre langue|"
    r"en fran[çc]ais|su propio idioma|su idioma|en espa[ñn]ol|propria lingua|in italiano",
    re.IGNORECASE,
)
_SALUTATION_RE = re.compile(
    r"^(?:dear|sehr geehrte|geehrte|monsieur|madame|excellence|your excellency|estimad[oa]|se[ñn]or|"
    r"se[ñn]ora|excelent[ií]sim|egregi|gentile|eccellenza|signor)\b.{0,80}[,:!]$",
    re.IGNORECASE,
)
_CLOSING_RE = re.compile(
    r"^(?:yours sincerely|yours faithfully|sincerely|respectfully(?: yours)?|kind regards|best regards|"
    r"mit freundlichen gr(?:ü|ue|u)(?:ss|ß)en|freundliche gr(?:ü|ue)(?:ss|ß)e|hochachtungsvoll|"
    r"veuillez agr[ée]er.*|je vous prie d.agr[ée]er.*|recevez.*|cordialement|atentamente|"
    r"saludos cordiales|distinti saluti|cordiali saluti|con osservanza)[,.]?$",
    re.IGNORECASE,
)
_COPIES_RE = re.compile(
    r"^(?:copies?|copy|kopien?|copias?|con copia)(?:\s+(?:to|an|à|a))?\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE
)


def _is_copies_heading(text: str) -> re.Match[str] | None:
    """ "Copies to:", "Kopie an", "Copie" — a short line that opens the list of copy recipients."""
    match = _COPIES_RE.match(text)
    return match if match and (len(text) <= 40 or text.endswith(":")) else None


class NotAnUrgentActionError(UserError):
    """The text has neither an URGENT ACTION heading nor a UA number."""


def _flag(draft: CaseDraft, field: str, note: str) -> None:
    draft.review.append(ReviewFlag(field, note))


def _case_id(ua_number: str, follow_up: bool) -> str:
    match = _UA_NUMBER_RE.search(ua_number)
    if not match:
        return ""
    case_id = f"ua-{match.group('num').zfill(3)}-{match.group('year')}"
    if match.group("fu"):
        return f"{case_id}-{match.group('fu')}"
    return f"{case_id}-fu" if follow_up else case_id


def _markdown(paragraphs: list[str]) -> str:
    """Paragraphs as Markdown text, with characters Markdown would read as formatting escaped."""
    escaped = []
    for paragraph in paragraphs:
        text = re.sub(r"([*_`<\\])", r"\\\1", paragraph)
        text = re.sub(r"^(#|>|[-+]\s|\d+[.)]\s)", r"\\\1", text)
        escaped.append(text)
    return "\n\n".join(escaped) + "\n" if escaped else ""


def _template(paragraphs: list[str]) -> str:
    """The letter body as a template; text that looks like template syntax is kept literally."""
    body = "\n\n".join(paragraphs) + "\n" if paragraphs else ""
    if re.search(r"\{[{%#]", body):
        return "{% raw %}" + body + "{% endraw %}\n"
    return body


def _blocks(lines: list[Line]) -> list[list[str]]:
    """Address lines grouped into blocks at gaps and underscore rules."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.is_rule or line.gap_before:
            if blocks[-1]:
                blocks.append([])
            if line.is_rule:
                continue
        blocks[-1].append(line.text)
    return [block for block in blocks if block]


def _starts_prose(lines: list[Line], index: int) -> bool:
    """A long line, or a line wrapped onto the next one (no gap between): the briefing begins."""
    text = lines[index].text
    if is_prose(text):
        return True
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        len(text) >= 50 and following is not None and not following.gap_before and len(following.text) >= 20
    )


def parse_ua_text(text: str) -> CaseDraft:
    """Read an Urgent Action document; raise NotAnUrgentActionError when it is something else."""
    lines = split_lines(text)
    marker = next((i for i, line in enumerate(lines[:15]) if _MARKER_RE.match(line.text)), None)
    number_at = next((i for i, line in enumerate(lines[:15]) if _UA_NUMBER_RE.search(line.text)), None)
    if marker is None and number_at is None:
        raise NotAnUrgentActionError(CaseImportMessage.NOT_A_UA)
    wrapped = is_wrapped(lines)
    draft = CaseDraft(source_text=text)
    body_start = next((i for i in range(len(lines)) if _starts_prose(lines, i)), len(lines))
    header = lines[:body_start]
    _read_header(draft, header, number_at, marker)

    take_at = next((i for i in range(body_start, len(lines)) if _TAKE_ACTION_RE.match(lines[i].text)), None)
    if take_at is None:
        first_step = next(
            (i for i in range(body_start, len(lines)) if _STEP_RE.match(lines[i].text)), len(lines)
        )
        briefing_end = first_step
        _flag(draft, "take_action", "no TAKE ACTION heading found; check the action steps")
    else:
        first_step = take_at + 1
        briefing_end = take_at
    briefing = group_paragraphs(lines[body_start:briefing_end], wrapped)
    draft.briefing_markdown = _markdown(briefing)
    if not briefing:
        _flag(draft, "briefing", "no briefing paragraphs found")
    after_steps = _read_steps(draft, lines, first_step, wrapped)
    _read_letter_part(draft, lines[after_steps:], wrapped)
    if not draft.id:
        draft.id = _case_id(draft.ua_number, draft.follow_up)
    return draft


def _read_header(draft: CaseDraft, header: list[Line], number_at: int | None, marker: int | None) -> None:
    index_country = ""
    for line in header:
        if not draft.document_index and (match := _INDEX_RE.search(line.text)):
            draft.document_index = match.group("index")
            parts = [part.strip() for part in re.split(r"\s[-–]\s", line.text)]
            index_country = next((p for p in parts[1:] if country_code(p)), "")
        if not draft.issue_date and (match := _DATE_LABEL_RE.search(line.text)):
            found = parse_date(match.group("date"))
            draft.issue_date = found.as_date() if found else None
    if number_at is not None and number_at < len(header):
        match = _UA_NUMBER_RE.search(header[number_at].text)
        assert match is not None
        suffix = f"-{match.group('fu')}" if match.group("fu") else ""
        number = f"{match.group('num').zfill(3)}/{match.group('year')}{suffix}"
        draft.ua_number = f"{match.group('prefix')} {number}"
        draft.follow_up = bool(suffix) or any(_FOLLOW_UP_RE.search(line.text) for line in header)
    else:
        _flag(draft, "ua_number", "no UA number such as 'UA 034/25' found")
    start = max(i for i in (number_at, marker, -1) if i is not None) + 1
    rest = [
        line
        for line in header[start:]
        if not _INDEX_RE.search(line.text)
        and not _FOLLOW_UP_RE.search(line.text)
        and not _UA_NUMBER_RE.search(line.text)
    ]
    if rest and (code := country_code(rest[-1].text)):
        draft.country = code
        rest = rest[:-1]
    elif index_country:
        draft.country = country_code(index_country) or ""
    if not draft.country:
        _flag(draft, "country", "no country line found under the title")
    if rest:
        title = [rest[0].text]
        for line in rest[1:]:
            if line.gap_before:
                break
            title.append(line.text)
        draft.title = " ".join(title)
    else:
        _flag(draft, "title", "no title found under the UA number")
    if not draft.document_index:
        _flag(draft, "document_index", "no document index such as 'AMR 51/9206/2025' found")
    if not draft.issue_date:
        _flag(draft, "issue_date", "no issue date ('Date: 1 April 2025') found")


def _read_steps(draft: CaseDraft, lines: list[Line], start: int, wrapped: bool) -> int:
    """Read the numbered steps from start; return the index of the first line after them."""
    steps: list[list[Line]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        match = _STEP_RE.match(line.text)
        if match:
            steps.append([Line(match.group("text"), False)])
        elif (
            steps
            and not line.is_rule
            and ((wrapped and not line.gap_before) or _starts_prose(lines, index) or line.text[:1].islower())
        ):
            steps[-1].append(line)
        else:
            break
        index += 1
    postage: list[str] = []
    for step in steps:
        paragraphs = group_paragraphs(step, wrapped)
        if _POSTAGE_RE.match(paragraphs[0]):
            postage.extend(paragraphs)
        else:
            draft.take_action.append(" ".join(paragraphs))
    draft.postage_notes = "\n".join(postage)
    if not draft.take_action:
        _flag(draft, "take_action", "no numbered action steps found")
    sentences = " ".join(draft.take_action) or " ".join(line.text for line in lines)
    _read_deadline(draft, sentences)
    _read_language(draft, " ".join(draft.take_action))
    return index


def _read_deadline(draft: CaseDraft, text: str) -> None:
    found = find_deadline(text)
    if found is None:
        _flag(draft, "deadline", "no deadline sentence ('take action before 1 July 2025') found")
    elif found.year is None:
        _flag(draft, "deadline", f"the deadline '{found.text}' has no year: enter the full date")
    elif (date := found.as_date()) is None:
        _flag(draft, "deadline", f"the deadline '{found.text}' is not a real date")
    else:
        draft.deadline = date


def _read_language(draft: CaseDraft, text: str) -> None:
    match = _PREFERRED_RE.search(text)
    code = language_code(match.group("name")) if match else None
    if code:
        draft.preferred_language = code
        draft.accepted_languages = [code]
    else:
        _flag(draft, "preferred_language", "no preferred language ('Preferred language: English') found")
    draft.own_language_welcome = bool(_OWN_LANGUAGE_RE.search(text))


def _read_letter_part(draft: CaseDraft, lines: list[Line], wrapped: bool) -> None:
    salutation_at = next((i for i, line in enumerate(lines) if _SALUTATION_RE.match(line.text)), None)
    address_lines = lines if salutation_at is None else lines[:salutation_at]
    rest = [] if salutation_at is None else lines[salutation_at + 1 :]
    end = next((i for i, line in enumerate(rest) if line.is_rule or _is_copies_heading(line.text)), len(rest))
    body, after = rest[:end], rest[end:]
    closing_at = next((i for i, line in enumerate(body) if _CLOSING_RE.match(line.text)), None)
    if closing_at is not None:
        draft.closing = body[closing_at].text
        body = body[:closing_at]
    elif salutation_at is not None:
        _flag(draft, "closing", "no closing ('Yours sincerely,') found after the model letter")
    paragraphs = group_paragraphs(body, wrapped)
    if paragraphs:
        language = guess_text_language(" ".join(paragraphs)) or draft.preferred_language
        if not language:
            _flag(draft, "letter", "the language of the model letter could not be told")
            language = "und"
        elif draft.preferred_language and language != draft.preferred_language:
            _flag(
                draft,
                "letter",
                f"the model letter is in '{language}' but the preferred language is "
                f"'{draft.preferred_language}': add a letter in that language or change the preferred one",
            )
        draft.letters[language] = _template(paragraphs)
    else:
        _flag(draft, "letter", "no model letter found (it starts after the salutation, 'Dear ...,')")
    _read_recipients(draft, address_lines, after)
    salutation = lines[salutation_at].text if salutation_at is not None else ""
    _assign_salutation(draft, salutation)


def _read_recipients(draft: CaseDraft, address_lines: list[Line], after: list[Line]) -> None:
    role = RecipientRole.PRIMARY
    previews: list[list[str]] = []
    for part in (address_lines, after):
        for block in _blocks(part):
            copies = _is_copies_heading(block[0])
            if copies:
                role = RecipientRole.COPY
                block = [copies.group("rest"), *block[1:]] if copies.group("rest") else block[1:]
            block = [line for line in block if not line.endswith(":")]  # "Write to:" and similar headings
            if not block:
                continue
            if looks_like_address(block):
                parsed = parse_address_block(block, role)
                draft.recipients.append(parsed.recipient)
                number = len(draft.recipients)
                for field, note in parsed.notes:
                    _flag(draft, f"recipients.{number}.{field}", note)
            elif len(block) <= 3 and not any(is_prose(line) for line in block):
                previews.append(block)
    names = {split_honorific(r.display_name)[1] for r in draft.recipients}
    for block in previews:
        if split_honorific(block[0])[1] not in names:
            _flag(
                draft, "recipients", f"lines that are not a full address were left out: {' / '.join(block)}"
            )
    primaries = [r for r in draft.recipients if r.role is RecipientRole.PRIMARY]
    if not primaries:
        _flag(draft, "recipients", "no addressee block (name, address, country) found")
    elif len(primaries) > 1:
        _flag(
            draft,
            "recipients",
            f"the document names {len(primaries)} addressees: check each address, and whether each one "
            "receives the letter (role primary) or a copy",
        )


def _assign_salutation(draft: CaseDraft, salutation: str) -> None:
    """Give the salutation to the primary addressee it names (the only one, or the one whose name it uses)."""
    primaries = [i for i, r in enumerate(draft.recipients) if r.role is RecipientRole.PRIMARY]
    if not salutation:
        _flag(draft, "recipients.1.salutation", "no salutation ('Dear Secretary Noem,') found")
        return
    chosen = primaries[0] if len(primaries) == 1 else None
    if chosen is None:
        words = set(re.findall(r"[^\W\d_]+", salutation.casefold()))
        named = [i for i in primaries if set(draft.recipients[i].name.casefold().split()) & words]
        chosen = named[0] if len(named) == 1 else None
    if chosen is None:
        _flag(draft, "recipients", f"the salutation '{salutation}' could not be given to one addressee")
        return
    draft.recipients[chosen] = replace(draft.recipients[chosen], salutation=salutation)
    for i in primaries:
        if i != chosen:
            _flag(
                draft, f"recipients.{i + 1}.salutation", "the document gives no salutation for this addressee"
            )
