"""One run per evening: one letter per signer per recipient, and everything else in the same order.

Letters, labels and envelopes of one run are built from the same list, so a volunteer can take the top
letter and the top envelope (or label) and they belong together: signer by signer, and for each signer the
primary addressee first, then every "copy to" in the order of the case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ua_desktop.core.cases.model import Case, Recipient
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.messages import ExportMessage
from ua_desktop.core.letter.signer import LetterSigner


@dataclass(frozen=True)
class RunItem:
    """One letter of the run: who signs it, to whom it goes."""

    signer: LetterSigner
    recipient: Recipient


def case_recipients(case: Case) -> tuple[Recipient, ...]:
    """Primary addressees first, then copies, each group in the case's order."""
    recipients = (*case.primary_recipients, *case.copy_recipients)
    if not recipients:
        raise UserError(ExportMessage.NO_RECIPIENT, case_id=case.id)
    return recipients


def plan_run(case: Case, signers: Sequence[LetterSigner]) -> list[RunItem]:
    """Every (signer, recipient) pair in stacking order; UserError when no signer is selected."""
    if not signers:
        raise UserError(ExportMessage.NO_SIGNERS_FOR_RUN)
    recipients = case_recipients(case)
    return [RunItem(signer, recipient) for signer in signers for recipient in recipients]


def blank_signers(count: int) -> list[LetterSigner]:
    """count signers with empty names and addresses: letters for walk-ins who write by hand."""
    if not 1 <= count <= 10_000:
        raise UserError(ExportMessage.BLANK_COUNT, asked=count)
    return [LetterSigner() for _ in range(count)]


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_file_stem(text: str, fallback: str = "letter", limit: int = 80) -> str:
    """A file name stem that is valid on Windows, macOS and Linux and keeps readable letters (ł, é, Я)."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if unicodedata.category(c)[0] != "S" or c in "+-&")  # drop emoji
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    if not text or text.upper().split(".")[0] in _WINDOWS_RESERVED:
        text = f"{fallback} {text}".strip()
    return text[:limit].rstrip(" .") or fallback


def unique_stems(stems: Sequence[str]) -> list[str]:
    """Make stems unique case-insensitively by appending " (2)", " (3)", … (two Anna Müllers)."""
    seen: dict[str, int] = {}
    result = []
    for stem in stems:
        key = stem.casefold()
        seen[key] = seen.get(key, 0) + 1
        result.append(stem if seen[key] == 1 else f"{stem} ({seen[key]})")
    return result
