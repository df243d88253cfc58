"""A compiled Qt catalogue (.qm) read in plain Python, for the command line.

`roster import` and the other commands word their messages from the window's catalogues (plural forms
included, in English too); loading QtCore's QTranslator for that cost a command about 150 ms of start-up,
a tenth of a 100,000-row import. This reader gives what QTranslator.translate() gives for the catalogues
lrelease writes: the messages (source text, context, disambiguation, one translation per plural form) and
the language's plural rules, the small byte code Qt evaluates (qtranslator.cpp, numerusHelper).
tests/test_qm_catalogue.py compares it with QTranslator on every message of every catalogue.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _NUMERUS_RULES = 0x69, 0x88
# Message items
_END, _TRANSLATION, _OBSOLETE1, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
# Plural rule byte code
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 1, 2, 3, 4, 7
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEW_RULE = 0xFD, 0xFE, 0xFF

# (context or None for any, disambiguation or None for any, the translations by plural form)
_Entry = tuple[bytes | None, bytes | None, tuple[str | None, ...]]


class CatalogueError(ValueError):
    """The file is not a compiled catalogue this reader understands."""


class QmCatalogue:
    """translate(context, source, disambiguation, n) as QTranslator.translate() answers it."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise CatalogueError("not a .qm catalogue")
        self._rules = b""
        self._messages: dict[bytes, list[_Entry]] = {}
        offset = len(MAGIC)
        while offset + 5 <= len(data):
            tag, length = data[offset], struct.unpack_from(">I", data, offset + 1)[0]
            block = data[offset + 5 : offset + 5 + length]
            if tag == _MESSAGES:
                self._read_messages(block)
            elif tag == _NUMERUS_RULES:
                self._rules = block
            offset += 5 + length

    @classmethod
    def load(cls, path: Path) -> QmCatalogue:
        return cls(path.read_bytes())

    def _read_messages(self, block: bytes) -> None:
        offset, size = 0, len(block)
        while offset < size:
            source: bytes | None = None
            context: bytes | None = None
            comment: bytes | None = None
            translations: list[str | None] = []
            while offset < size:
                tag = block[offset]
                offset += 1
                if tag == _END:
                    break
                if tag == _OBSOLETE1:
                    offset += 4
                    continue
                if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT):
                    raise CatalogueError(f"unknown message item {tag}")
                length = struct.unpack_from(">I", block, offset)[0]
                offset += 4
                if tag == _TRANSLATION:
                    if length == 0xFFFFFFFF or length & 1:  # a null translation
                        translations.append(None)
                        continue
                    translations.append(block[offset : offset + length].decode("utf-16-be"))
                else:
                    value = block[offset : offset + length]
                    if tag == _SOURCE_TEXT:
                        source = value
                    elif tag == _CONTEXT:
                        context = value
                    else:
                        comment = value
                offset += length
            if source is not None:
                self._messages.setdefault(source, []).append((context, comment, tuple(translations)))

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation ("" when there is none, as QTranslator answers)."""
        entries = self._messages.get(source.encode("utf-8"))
        if not entries:
            return ""
        wanted_context = context.encode("utf-8")
        form = self.plural_form(n) if n >= 0 else 0
        for wanted_comment in ((disambiguation or "").encode("utf-8"), b"") if disambiguation else (b"",):
            for entry_context, entry_comment, translations in entries:
                if entry_context is not None and entry_context != wanted_context:
                    continue
                if entry_comment is not None and entry_comment != wanted_comment:
                    continue
                if form < len(translations) and translations[form] is not None:
                    return translations[form] or ""
        return ""

    def plural_form(self, n: int) -> int:
        """Which of a message's translations counts n (numerusHelper: the first rule n satisfies)."""
        rules = self._rules
        size = len(rules)
        if size == 0:
            return 0
        result = i = 0
        while True:
            any_true = False
            while True:
                all_true = True
                while True:
                    opcode = rules[i]
                    left = n
                    if opcode & _MOD_10:
                        left %= 10
                    elif opcode & _MOD_100:
                        left %= 100
                    elif opcode & _LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    op, right = opcode & _OP_MASK, rules[i + 1]
                    i += 2
                    if op == _EQ:
                        truth = left == right
                    elif op == _LT:
                        truth = left < right
                    elif op == _LEQ:
                        truth = left <= right
                    elif op == _BETWEEN:
                        truth = right <= left <= rules[i]
                        i += 1
                    else:
                        truth = True
                    if opcode & _NOT:
                        truth = not truth
                    all_true = all_true and truth
                    if i == size or rules[i] != _AND:
                        break
                    i += 1
                any_true = any_true or all_true
                if i == size or rules[i] != _OR:
                    break
                i += 1
            if any_true:
                return result
            result += 1
            if i == size:
                return result
            i += 1  # the new rule's marker
