"""Every address that goes on a label or an envelope, through the one shared formatter (core/address.py).

The recipient is printed for international mail the way USPS and the UPU recommend (country last, alone,
in capitals; optionally USPS style: all capitals without punctuation). Characters the address font cannot
draw (emoji, mostly) are left out and named in a warning rather than printed as empty boxes.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ua_desktop.core.address import PostalAddress, format_postal_address
from ua_desktop.core.cases.model import Recipient
from ua_desktop.core.cases.text import recipient_address
from ua_desktop.core.letter.signer import LetterSigner


@dataclass(frozen=True)
class AddressStyle:
    """How addresses are written: the country mail is posted from and the USPS capitals option."""

    sender_country: str = ""  # ISO code; empty: every address gets its country line
    country_language: str = "en"  # UPU: the country line in the sending country's language or English
    usps_style: bool = False

    def lines(self, address: PostalAddress) -> list[str]:
        return format_postal_address(
            address,
            sender_country=self.sender_country or None,
            country_language=self.country_language,
            usps_style=self.usps_style,
        )


def recipient_lines(recipient: Recipient, style: AddressStyle) -> list[str]:
    return style.lines(recipient_address(recipient))


def signer_lines(signer: LetterSigner, destination: str, address: PostalAddress | None = None) -> list[str]:
    """The signer's return address on mail to the destination country (ISO code).

    A returned letter travels back across the border, so the sender's country is printed whenever it
    differs from the destination's (UPU); USPS capitals apply only to the destination address.
    """
    return _return_style(destination).lines(address or signer.postal_address())


@functools.cache
def _return_style(destination: str) -> AddressStyle:
    return AddressStyle(sender_country=destination)


def signer_label_name(signer: LetterSigner) -> str:
    """How a signer is named in reports ("the label for … does not fit")."""
    return signer.full_name or signer.initials or "(blank signer)"


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


def group_return_lines(group_name: str, address_lines: Sequence[str]) -> list[str]:
    """The group's return address: its name first unless the address already starts with it."""
    lines = [line.strip() for line in address_lines if line.strip()]
    name = group_name.strip()
    if name and (not lines or lines[0].casefold() != name.casefold()):
        lines.insert(0, name)
    return lines
