"""The addressees of an Urgent Action: address blocks, their Fax:/Email:/Salutation: lines, copies.

A block is a run of lines between gaps, rules and headings. Labelled lines below an address ("Fax:",
"Email:", "Twitter:", "Salutation: Dear Minister/Señor Ministro", "Anrede:", "Formule d'appel :") belong
to the recipient of that block. After a "Copies to" heading the blocks are copies, and a sentence such as
"Also send copies to diplomatic representatives accredited to your country." is kept as the instruction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ua_desktop.core.cases.model import Recipient, RecipientRole
from ua_desktop.core.cases.ua_address import looks_like_address, parse_address_block, split_honorific
from ua_desktop.core.cases.ua_lines import Line, is_prose, runs_on
from ua_desktop.core.cases.ua_sections import Part, copies_rest, heading_part
from ua_desktop.core.email_address import is_email, normalise_email

_CONTACT_LABEL_RE = re.compile(
    r"^(?P<label>e-?mail|courriel|correo(?:-e| electr[oó]nico)?|posta elettronica|"
    r"fax(?:es)?|telefax|fax number|faxnummer|"
    r"twitter|x|facebook|instagram|bluesky|mastodon|threads|"
    r"salutation|anrede|formule d.appel|appellativo|tratamiento|saludo|"
    r"telegrams?|tel|phone|telephone|telefon|t[ée]l[ée]phone|telefono|tel[ée]fono|website|web)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
#: A fax or telephone number: digits (at least six) with the signs people write between them.
FAX_RE = re.compile(r"\+?[\d ()./-]*\d[\d ()./-]*")


def is_fax_number(text: str) -> bool:
    """Whether text is a fax number ("+98 21 5522 1234", "(202) 282-8000"), not a word or a date."""
    return bool(FAX_RE.fullmatch(text)) and sum(char.isdigit() for char in text) >= 6


_SOCIAL = frozenset({"twitter", "x", "facebook", "instagram", "bluesky", "mastodon", "threads"})
_SALUTATION_LABELS_RE = re.compile(
    r"^(?:salutation|anrede|formule d.appel|appellativo|tratamiento|saludo)$", re.I
)
_INSTRUCTION_RE = re.compile(
    r"^(?:also\s+)?send\s+copies\s+to\b|^(?:senden sie )?kopien an (?:die )?diplomatische|"
    r"^envoyez (?:aussi )?des copies|^inviate (?:anche )?copi|^env[ií]en (?:tambi[eé]n )?copias",
    re.IGNORECASE,
)
_PLACEHOLDER_RE = re.compile(r"^name\s+address 1\b", re.IGNORECASE)  # the 2008-2015 form to fill in


@dataclass
class Found:
    """Recipients read from the blocks, the copies instruction, and where each came from."""

    recipients: list[Recipient] = field(default_factory=list)
    origins: dict[str, tuple[Line, Line]] = field(default_factory=dict)  # field -> first and last line
    notes: list[tuple[str, str]] = field(default_factory=list)  # (field, note)
    copies_instruction: str = ""
    left_out: list[list[str]] = field(default_factory=list)


def split_salutation(text: str) -> tuple[str, str]:
    """ "Dear Prosecutor/Señor Fiscal" -> ("Dear Prosecutor", "Señor Fiscal"); "Dear Sir/Madam," is one."""
    if "/" in text:
        first, second = (part.strip() for part in text.split("/", 1))
        if len(first.split()) > 1 and len(second.split()) > 1:
            return first, second
    return text.strip(), ""


_Block = tuple[RecipientRole, list[Line], Line | None]  # role, lines, the "COPIES TO: ..." line with text


def _blocks(lines: list[Line], role: RecipientRole) -> tuple[list[_Block], RecipientRole]:
    """The blocks of lines, split at gaps, rules and headings, and the role in force at the end."""
    blocks: list[_Block] = []
    current: list[Line] = []
    heading: Line | None = None

    def close() -> None:
        nonlocal current, heading
        if current or heading:
            blocks.append((role, current, heading))
        current, heading = [], None

    for line in lines:
        part = heading_part(line.text)
        if part in (Part.COPIES, Part.CONTACTS, Part.LETTER) or line.is_rule:
            close()
            if part is Part.COPIES:
                role = RecipientRole.COPY
                heading = line if copies_rest(line.text) else None
            elif part is Part.CONTACTS:
                role = RecipientRole.PRIMARY
            continue
        if line.gap_before:
            close()
        current.append(line)
    close()
    return blocks, role


def read_recipients(*parts: list[Line], width: int = 0) -> Found:
    """Every addressee block in the parts (the address before the letter, what follows it), in order.

    width is the wrapping width of wrapped text (0 otherwise): a sentence wrapped over lines is one.
    """
    found = Found()
    role = RecipientRole.PRIMARY
    blocks: list[_Block] = []
    for part in parts:
        part_blocks, role = _blocks(part, role)
        blocks += part_blocks
    for role, block, heading in blocks:
        if heading is not None:
            while block and runs_on(
                heading, block[0], width
            ):  # "COPIES TO: diplomatic ... to your" / "country."
                heading, block = (
                    Line(f"{heading.text} {block[0].text}", False, heading.start, block[0].end),
                    block[1:],
                )
            rest = copies_rest(heading.text)
            if looks_like_address([rest, *(line.text for line in block)]):
                block = [Line(rest, False, heading.start, heading.end), *block]
            elif not found.copies_instruction:
                found.copies_instruction = rest
                found.origins["copies_instruction"] = (heading, heading)
        _read_block(found, role, block, width)
    return found


def _read_block(found: Found, role: RecipientRole, block: list[Line], width: int) -> None:
    address: list[Line] = []
    labels: list[tuple[str, str, Line]] = []
    index = 0
    while index < len(block):
        line = last = block[index]
        index += 1
        # a line wrapped onto the next (text from a narrow PDF column): an instruction, a labelled line
        # ("Anrede: Dear Attorney General / Señor Fiscal" / "General"), a name whose bracket closes below
        joins = bool(_INSTRUCTION_RE.match(line.text) or _CONTACT_LABEL_RE.match(line.text))
        while index < len(block) and not _CONTACT_LABEL_RE.match(block[index].text):
            open_bracket = line.text.count("(") > line.text.count(")")
            if not (open_bracket or (joins and runs_on(last, block[index], width))):
                break
            last = block[index]
            line = Line(f"{line.text} {last.text}", line.gap_before, line.start, last.end)
            index += 1
        if match := _CONTACT_LABEL_RE.match(line.text):
            labels.append((match.group("label").casefold(), match.group("value").strip(), line))
        elif _INSTRUCTION_RE.match(line.text):
            if not found.copies_instruction:
                sentence = re.match(r"^.*?[.!](?=\s|$)", line.text)
                found.copies_instruction = sentence.group(0) if sentence else line.text
                found.origins["copies_instruction"] = (line, line)
        elif not line.text.endswith(":") and not _PLACEHOLDER_RE.match(line.text):
            address.append(line)  # "Write to:" and similar headings are left out
    if not address:
        return
    texts = [line.text for line in address]
    if not looks_like_address(texts):
        if len(texts) <= 3 and not any(is_prose(text) for text in texts):
            found.left_out.append(texts)
        return
    parsed = parse_address_block(texts, role)
    recipient = parsed.recipient
    number = len(found.recipients) + 1
    key = f"recipients.{number}"
    found.origins[key] = (address[0], (labels[-1][2] if labels else address[-1]))
    for name, index in parsed.line_of.items():
        found.origins[f"{key}.{name}"] = (address[index], address[index])
    social: list[str] = []
    for label, value, line in labels:
        if label in ("e-mail", "email", "courriel", "posta elettronica") or label.startswith("correo"):
            written = normalise_email(value)  # core/email_address.py: the one rule for addresses
            if not recipient.email and is_email(written):
                recipient = replace(recipient, email=written)
                found.origins[f"{key}.email"] = (line, line)
        elif label.startswith("fax") or label == "telefax":
            if not recipient.fax and is_fax_number(value):  # the rule assign.py applies to a selection
                recipient = replace(recipient, fax=value)
                found.origins[f"{key}.fax"] = (line, line)
        elif label in _SOCIAL:
            social.append(line.text)
            found.origins.setdefault(f"{key}.social", (line, line))
        elif _SALUTATION_LABELS_RE.match(label):
            salutation, alternative = split_salutation(value)
            recipient = replace(recipient, salutation=salutation, salutation_alternative=alternative)
            found.origins[f"{key}.salutation"] = (line, line)
    if social:
        recipient = replace(recipient, social=tuple(social))
    found.recipients.append(recipient)
    found.notes.extend((f"{key}.{name}", note) for name, note in parsed.notes)


def assign_salutation(recipients: list[Recipient], salutation: str) -> list[tuple[str, str]]:
    """Give the letter's salutation to the primary addressee it names; the (field, note) flags left.

    An addressee whose block gave its own salutation ("Salutation: Dear Minister") keeps it.
    """
    primaries = [i for i, r in enumerate(recipients) if r.role is RecipientRole.PRIMARY]
    without = [i for i in primaries if not recipients[i].salutation]
    if not salutation:
        if primaries and len(without) == len(primaries):
            return [
                (f"recipients.{without[0] + 1}.salutation", "no salutation ('Dear Secretary Noem,') found")
            ]
        return [
            (f"recipients.{i + 1}.salutation", "the document gives no salutation for this addressee")
            for i in without
        ]
    if not without:
        return []
    chosen = without[0] if len(without) == 1 else None
    if chosen is None:
        words = set(re.findall(r"[^\W\d_]+", salutation.casefold()))
        named = [i for i in without if set(recipients[i].name.casefold().split()) & words]
        chosen = named[0] if len(named) == 1 else None
    if chosen is None:
        return [("recipients", f"the salutation '{salutation}' could not be given to one addressee")]
    recipients[chosen] = replace(recipients[chosen], salutation=salutation)
    note = "the document gives no salutation for this addressee"
    return [(f"recipients.{i + 1}.salutation", note) for i in without if i != chosen]


def names_of(recipients: list[Recipient]) -> set[str]:
    """The addressees' names without honorifics, to tell a repeated name from a missing address."""
    return {split_honorific(r.display_name)[1] for r in recipients}
