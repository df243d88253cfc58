"""What labels and envelopes add to the address rules of core/posting.py: names for reports, and lines
without the characters the address font cannot draw (emoji, mostly), which are left out and named in a
warning rather than printed as empty boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ua_desktop.core.export.messages import ReportName
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.messages import Message, message


def signer_label_name(signer: LetterSigner) -> str | Message:
    """How a signer is named in reports ("the label for … does not fit")."""
    return signer.full_name or signer.initials or message(ReportName.BLANK_SIGNER)


@dataclass(frozen=True)
class CleanLines:
    lines: tuple[str, ...]
    missing: tuple[str, ...]  # characters left out because the font has no glyph for them


def printable_lines(lines: Sequence[str]) -> CleanLines:
    """Lines with characters the address font lacks removed; the removed ones are listed."""
    from ua_desktop.core.letter.fonts import missing_characters

    if all(line.isascii() for line in lines):  # fast path: the font covers every printable ASCII character
        return CleanLines(tuple(lines), ())
    missing = missing_characters("\n".join(lines))
    if not missing:
        return CleanLines(tuple(lines), ())
    drop = set(missing)
    cleaned = tuple(" ".join("".join(c for c in line if c not in drop).split()) for line in lines)
    return CleanLines(tuple(line for line in cleaned if line), tuple(missing))
