"""vCard (.vcf) files, as phones and mail programs export contacts, read into the same table as a CSV.

This module only parses: it hands read_source() (core/roster/source.py, which decides what kind of file it
has) the headers and records, and source.py builds the SourceTable, so neither module imports the other.

Supports vCard 2.1, 3.0 and 4.0 as Android, iOS and macOS Contacts write them: folded lines, backslash
escapes (a "\\;" inside a component, a "\\\\" before a real separator), QUOTED-PRINTABLE values (2.1, from
older phones) with their CHARSET and soft line breaks, property groups ("item1.ADR" with its
"item1.X-ABADR" country code), quoted parameters (a 4.0 LABEL holding colons) and photos, which are skipped.
Each card becomes one record under the import's own column names, so mapping, checks and duplicates work
exactly as for a CSV file.

A card with several addresses gives its home address (TYPE=HOME), else the preferred one, else the first;
of several e-mail addresses and phone numbers the preferred (else home, else the first) is taken and the
other e-mail addresses are kept in the notes, as for a Google Contacts cell with several values.
"""

from __future__ import annotations

import quopri
from dataclasses import dataclass, field
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.mapping import HEADERS
from ua_desktop.core.roster.messages import ImportFileMessage

_COLUMNS = (
    "title",
    "first_name",
    "last_name",
    "full_name",
    "organisation",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "email",
    "phone",
    "tags",
    "notes",
)
_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})  # binary data, often many kilobytes of base64


@dataclass
class _Property:
    name: str
    group: str
    params: list[str]
    value: str

    def types(self) -> set[str]:
        """TYPE values, upper-case, however they are written: TYPE=HOME, type=home,pref, TYPE="home,pref",
        a bare HOME (2.1), PREF=1 (4.0)."""
        found: set[str] = set()
        for param in self.params:
            key, sep, value = param.partition("=")
            if not sep:
                found.add(key.strip().upper())
            elif key.strip().upper() == "TYPE":
                found.update(v.strip().strip('"').upper() for v in value.split(","))
            elif key.strip().upper() == "PREF":
                found.add("PREF")
        return found


@dataclass
class _Card:
    start: int
    properties: list[_Property] = field(default_factory=list)

    def all(self, name: str) -> list[_Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> _Property | None:
        return next((p for p in self.properties if p.name == name), None)

    def in_group(self, group: str, name: str) -> _Property | None:
        if not group:
            return None
        return next((p for p in self.properties if p.group == group and p.name == name), None)


def _components(value: str) -> list[list[str]]:
    """A structured value split at unescaped ";" into components, each split at unescaped "," into its
    values, escapes undone (\\n is a line break, \\; \\, \\\\ the character itself)."""
    components: list[list[str]] = [[]]
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            current.append("\n" if escaped in ("n", "N") else escaped)
        elif char == ";":
            components[-1].append("".join(current))
            components.append([])
            current = []
        elif char == ",":
            components[-1].append("".join(current))
            current = []
        else:
            current.append(char)
    components[-1].append("".join(current))
    return components


def _text(value: str) -> str:
    """A single text value (a NOTE, an FN, an e-mail address): escapes undone, commas and semicolons kept."""
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            out.append("\n" if escaped in ("n", "N") else escaped)
        else:
            out.append(char)
    return "".join(out).strip()


def _component(parts: list[list[str]], index: int, joiner: str = " ") -> str:
    if index >= len(parts):
        return ""
    return joiner.join(v.strip() for v in parts[index] if v.strip())


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with their first physical line number (continuations start with a space or tab;
    a QUOTED-PRINTABLE line ending in "=" continues on the next line). A photo folded over a thousand lines
    is joined once, not copied line by line."""
    lines: list[tuple[int, list[str]]] = []
    quoted_printable = False  # the current logical line is QUOTED-PRINTABLE and its last piece ends in "="
    for number, raw in enumerate(text.splitlines(), start=1):
        if lines and quoted_printable:
            lines[-1][1].extend(("\n", raw))  # 2.1 soft line break: all of the next line is data
        elif raw[:1] in (" ", "\t") and lines:
            lines[-1][1].append(raw[1:])
        elif raw.strip():
            lines.append((number, [raw]))
        else:
            continue
        pieces = lines[-1][1]
        quoted_printable = pieces[-1].endswith("=") and "QUOTED-PRINTABLE" in pieces[0].upper()
    return [(number, "".join(pieces)) for number, pieces in lines]


def _split_outside_quotes(text: str, separator: str, limit: int = -1) -> list[str]:
    """text split at separator where it is not inside double quotes, at most limit times (-1: all)."""
    if '"' not in text:
        return text.split(separator, limit)
    parts: list[str] = []
    start = 0
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append(text[start:index])
            start = index + 1
            if len(parts) == limit:
                break
    parts.append(text[start:])
    return parts


def _parse_line(line: str) -> _Property | None:
    """NAME;PARAMS:VALUE with an optional group ("item1.ADR"); None for a line that is not a property."""
    colon = line.find(":")
    if colon < 0:
        return None
    if '"' in line[:colon]:  # a quoted parameter may hold a colon (a 4.0 LABEL)
        head_value = _split_outside_quotes(line, ":", 1)
        if len(head_value) < 2:
            return None
        head, raw = head_value
    else:
        head, raw = line[:colon], line[colon + 1 :]
    name, *params = _split_outside_quotes(head, ";")
    group, _dot, name = name.rpartition(".")
    return _Property(name.strip().upper(), group.strip().lower(), params, _decoded(params, raw))


def _decoded(params: list[str], raw: str) -> str:
    upper = [p.strip().upper() for p in params]
    if "ENCODING=QUOTED-PRINTABLE" in upper or "QUOTED-PRINTABLE" in upper:
        charset = next(
            (
                p.split("=", 1)[1].strip().strip('"')
                for p in params
                if p.strip().upper().startswith("CHARSET=")
            ),
            "utf-8",
        )
        decoded = quopri.decodestring(raw.replace("=\n", "").encode("utf-8", "replace"))
        try:
            return decoded.decode(charset, "replace")
        except LookupError:
            return decoded.decode("utf-8", "replace")
    return raw


def _preferred(properties: list[_Property], *kinds: str) -> _Property | None:
    """The first property with the first of kinds among its types, then the next kind …, else the first."""
    for kind in kinds:
        for prop in properties:
            if kind in prop.types():
                return prop
    return properties[0] if properties else None


def read_vcards(path: Path, text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """All cards of a .vcf file: (headers, records of (first line, fields)); UserError when it holds none."""
    records: list[tuple[int, list[str]]] = []
    card: _Card | None = None
    for number, line in _unfold(text):
        prop = _parse_line(line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            card = _Card(number)
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD" and card is not None:
            fields = _card_fields(card)
            if any(fields.values()):
                records.append((card.start, [fields.get(c, "") for c in _COLUMNS]))
            card = None
        elif card is not None and prop.name not in _SKIPPED:
            card.properties.append(prop)
    if not records:
        raise UserError(ImportFileMessage.NO_CARDS, path=path)
    return [HEADERS[c] for c in _COLUMNS], records


def _card_fields(card: _Card) -> dict[str, str]:
    fields: dict[str, str] = {}
    name = card.first("N")
    if name is not None:
        parts = _components(name.value)
        fields["last_name"] = _component(parts, 0)
        fields["first_name"] = " ".join(p for p in (_component(parts, 1), _component(parts, 2)) if p)
        fields["title"] = _component(parts, 3)
    full_name = card.first("FN")
    if full_name is not None:
        fields["full_name"] = _text(full_name.value)
    org = card.first("ORG")
    if org is not None:
        fields["organisation"] = _component(_components(org.value), 0)
    address = _preferred(card.all("ADR"), "HOME", "PREF")
    if address is not None:
        parts = _components(address.value)
        # extended address (c/o, flat), street (its lines), post office box
        lines = [_component(parts, 1, "\n"), _component(parts, 2, "\n"), _component(parts, 0, "\n")]
        fields["street"] = "\n".join(line for line in lines if line)
        fields["city"] = _component(parts, 3)
        fields["region"] = _component(parts, 4)
        fields["postal_code"] = _component(parts, 5)
        fields["country"] = _component(parts, 6)
        country_code = card.in_group(address.group, "X-ABADR")  # Apple's country code beside the address
        if not fields["country"] and country_code is not None:
            fields["country"] = _text(country_code.value)
    emails = card.all("EMAIL")
    email = _preferred(emails, "PREF", "HOME")
    notes: list[str] = []
    note = card.first("NOTE")
    if note is not None:
        notes.append(_text(note.value))
    if email is not None:
        fields["email"] = _text(email.value)  # "mailto:" goes in the cleaning table (core/email_address.py)
        others = [_text(e.value) for e in emails if e is not email and _text(e.value)]
        if others:
            notes.append(", ".join(others))
    phone = _preferred(card.all("TEL"), "PREF", "CELL", "HOME")
    if phone is not None:
        fields["phone"] = _text(phone.value).removeprefix("tel:")
    categories = card.first("CATEGORIES")
    if categories is not None:
        fields["tags"] = "; ".join(v for part in _components(categories.value) for v in part if v.strip())
    fields["notes"] = "\n".join(n for n in notes if n)
    return fields
