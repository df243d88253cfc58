"""vCard (.vcf) files, as phones and mail programs export contacts, read into the same table as a CSV.

This module only parses: it hands read_source() (core/roster/source.py, which decides what kind of file it
has) the headers and records, and source.py builds the SourceTable, so neither module imports the other.

Supports vCard 2.1, 3.0 and 4.0: folded lines, backslash escapes, QUOTED-PRINTABLE values (2.1, from older
phones) and their CHARSET. Each card becomes one record under the import's own column names, so mapping,
checks and duplicates work exactly as for a CSV file.
"""

from __future__ import annotations

import quopri
import re
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
_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)


def _unescape(value: str) -> str:
    return _ESCAPE_RE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str, sep: str) -> list[str]:
    """Split on sep except where escaped, then unescape each part."""
    parts = re.split(rf"(?<!\\){re.escape(sep)}", value)
    return [_unescape(p).strip() for p in parts]


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with their first physical line number (continuations start with a space or tab)."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        elif lines and lines[-1][1].upper().endswith("=") and "QUOTED-PRINTABLE" in lines[-1][1].upper():
            lines[-1] = (lines[-1][0], lines[-1][1] + "\n" + raw)  # 2.1 soft line break
        elif raw.strip():
            lines.append((number, raw))
    return lines


def _value(params: list[str], raw: str) -> str:
    upper = [p.upper() for p in params]
    if "ENCODING=QUOTED-PRINTABLE" in upper or "QUOTED-PRINTABLE" in upper:
        charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")), "utf-8")
        decoded = quopri.decodestring(raw.replace("=\n", "").encode("latin-1", "replace"))
        try:
            return decoded.decode(charset, "replace")
        except LookupError:
            return decoded.decode("utf-8", "replace")
    return raw


def read_vcards(path: Path, text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """All cards of a .vcf file: (headers, records of (first line, fields)); UserError when it holds none."""
    records: list[tuple[int, list[str]]] = []
    card: dict[str, str] | None = None
    start = 0
    for number, line in _unfold(text):
        name_part, sep, raw = line.partition(":")
        if not sep:
            continue
        name, *params = name_part.split(";")
        name = name.split(".")[-1].upper()  # "item1.EMAIL" → EMAIL
        value = _value(params, raw)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card, start = {}, number
        elif name == "END" and card is not None:
            if any(card.values()):
                records.append((start, [card.get(c, "") for c in _COLUMNS]))
            card = None
        elif card is not None:
            _read_property(card, name, value)
    if not records:
        raise UserError(ImportFileMessage.NO_CARDS, path=path)
    return [HEADERS[c] for c in _COLUMNS], records


def _read_property(card: dict[str, str], name: str, value: str) -> None:
    if name == "N":
        parts = [*_split(value, ";"), "", "", "", ""]
        card.setdefault("last_name", parts[0])
        card.setdefault("first_name", " ".join(p for p in (parts[1], parts[2]) if p))
        card.setdefault("title", parts[3])
    elif name == "FN":
        card.setdefault("full_name", _unescape(value).strip())
    elif name == "ORG":
        card.setdefault("organisation", _split(value, ";")[0])
    elif name == "ADR" and "street" not in card:
        parts = [*_split(value, ";"), "", "", "", "", "", "", ""]
        card["street"] = "\n".join(p for p in (parts[1], parts[2]) if p)
        card["city"], card["region"], card["postal_code"], card["country"] = parts[3:7]
    elif name == "EMAIL":
        card.setdefault("email", _unescape(value).strip())
    elif name == "TEL":
        card.setdefault("phone", _unescape(value).strip().removeprefix("tel:"))
    elif name == "CATEGORIES":
        card.setdefault("tags", "; ".join(_split(value, ",")))
    elif name == "NOTE":
        card.setdefault("notes", _unescape(value).strip())
