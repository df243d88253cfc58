"""Who sends a piece of mail, from which country, to whom: the address rules of one mailing, decided once.

Letters, labels, envelopes, the preview and the evening queue all take their sender and recipient lines
from here, through the one formatter in core/address.py, so no two of them can disagree.

The rules (UPU Convention, Regulations art. RL 112; USPS Publication 28, appendix A):

* Mail is posted from the group's country. The recipient gets a country line when it lives elsewhere
  (and always when the posting country is unknown: at worst redundant, never wrong).
* Mail abroad must be able to come back: whenever the recipient's country differs from the sender's, the
  sender's country stands last in the sender lines, in capitals, in English (the UPU allows the sending
  country's language, English or French). A signer without a country posts from the group's country.
* With neither known, a letter abroad cannot say where it comes from: the export refuses before it prints
  (SenderCountryMissingError names the setting), and the preview says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ua_desktop.core.address import PostalAddress, country_line, format_postal_address
from ua_desktop.core.app_messages import PostingMessage
from ua_desktop.core.countries import country_name
from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import CountryCode, message

if TYPE_CHECKING:
    from ua_desktop.core.cases.model import Recipient
    from ua_desktop.core.letter.signer import LetterSigner
    from ua_desktop.core.settings import Settings


class SenderCountryMissingError(UserError):
    """Mail goes abroad, and neither the signer nor the group has a country to print as its origin."""

    def __init__(self, destination: str) -> None:
        self.destination = CountryCode(destination)
        super().__init__(message(PostingMessage.SENDER_COUNTRY_MISSING, destination=self.destination))


@dataclass(frozen=True)
class AddressStyle:
    """How one mailing writes its addresses: where it is posted from, and the USPS capitals option."""

    sender_country: str = ""  # ISO code of the group's country; empty: not known
    country_language: str = "en"  # UPU: the country line in the sending country's language, English or French
    usps_style: bool = False  # recipient lines in capitals without punctuation (USPS Publication 28)

    def lines(self, address: PostalAddress) -> list[str]:
        """An address as posted from sender_country (the country line when it lives elsewhere)."""
        return format_postal_address(
            address,
            sender_country=self.sender_country or None,
            country_language=self.country_language,
            usps_style=self.usps_style,
        )

    def recipient_lines(self, recipient: Recipient, origin: str = "") -> list[str]:
        """The recipient's lines; origin: where this letter is posted from, without a group country."""
        from ua_desktop.core.cases.text import recipient_address

        posted_from = self.sender_country or origin
        return format_postal_address(
            recipient_address(recipient),
            sender_country=posted_from or None,
            country_language=self.country_language,
            usps_style=self.usps_style,
        )

    def sender_country_of(self, signer: LetterSigner) -> str:
        """The country a signer's letter comes from: their own, else the group's ("" when neither)."""
        return (signer.country or self.sender_country).upper()

    def sender_address(self, signer: LetterSigner) -> PostalAddress:
        """The signer's postal address with the country filled in from the group's when they have none."""
        address = signer.postal_address()
        country = self.sender_country_of(signer)
        return dataclasses.replace(address, country=country) if country != address.country else address

    def signer_lines(self, signer: LetterSigner, destination: str) -> list[str]:
        """The signer's return address on mail to destination (ISO code): their country when it differs.

        USPS capitals apply to the destination address only.
        """
        return format_postal_address(
            self.sender_address(signer),
            sender_country=destination or None,
            country_language=self.country_language,
        )

    def group_lines(self, group_lines: Sequence[str], destination: str) -> list[str]:
        """The group's return address on mail to destination, its country added last when that differs.

        The group's address is free text; a country line already typed at its end is not repeated.
        """
        lines = [line for line in group_lines if line.strip()]
        country = self.sender_country.upper()
        if not lines or not country or country == destination.upper():
            return lines
        if _names_country(lines[-1], country):
            return lines
        return [*lines, country_line(country, self.country_language)]

    def check_sender(self, signer: LetterSigner | None, destination: str) -> None:
        """Raise SenderCountryMissingError when mail to destination would carry no sender country.

        signer None stands for the group's own return address. Mail without a destination country, a blank
        signer (filled in by hand) and a signer with a name but no address (nothing could come back to it)
        need nothing.
        """
        if not destination:
            return
        if signer is None:
            known = self.sender_country
        elif signer.is_blank or signer.postal_address().is_empty():
            return
        else:
            known = self.sender_country_of(signer)
        if not known:
            raise SenderCountryMissingError(destination)


def _names_country(line: str, country: str) -> bool:
    """True when line already is the country's name (English, French, German, in any case) or its code."""
    text = line.strip().casefold()
    if text == country.casefold():
        return True
    languages = ("en", "fr", "de", "it", "es")
    return any(text == country_name(country, language).casefold() for language in languages)


def posting_style(settings: Settings, usps_style: bool = False) -> AddressStyle:
    """The address rules of the group's mailings: posted from the group's country."""
    return AddressStyle(sender_country=(settings.group_country or "").upper(), usps_style=usps_style)


def group_return_lines(group_name: str, address_lines: Sequence[str]) -> list[str]:
    """The group's return address as typed: its name first unless the address already starts with it."""
    lines = [line.strip() for line in address_lines if line.strip()]
    name = group_name.strip()
    if name and (not lines or lines[0].casefold() != name.casefold()):
        lines.insert(0, name)
    return lines
