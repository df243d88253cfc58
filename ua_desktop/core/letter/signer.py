"""Who signs a letter, as the letter layout sees it.

The roster's Signer carries much more (e-mail, phone, tags, consent); a template and the layout only ever
receive this small, immutable view of the one signer being rendered, never the roster itself, so a shared
case pack cannot print other people's data into a letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from ua_desktop.core.address import PostalAddress


@dataclass(frozen=True)
class LetterSigner:
    """The signer of one letter; an all-empty signer means "blank, to fill in by hand"."""

    first_name: str = ""
    last_name: str = ""
    title: str = ""
    organisation: str = ""
    street: tuple[str, ...] = ()
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    language: str = ""  # preferred letter language, e.g. "en"
    personal_sentence: str = ""
    privacy: bool = False  # print only initials and town in the sender block
    signer_id: int | None = None  # roster id, when the signer comes from the roster

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def initials(self) -> str:
        return " ".join(f"{part[0]}." for part in (self.first_name, self.last_name) if part)

    @property
    def is_blank(self) -> bool:
        return not (self.first_name or self.last_name)

    def postal_address(self) -> PostalAddress:
        """The sender's address for the shared formatter (privacy: initials and town only)."""
        if self.privacy:
            return PostalAddress(name_lines=(self.initials,), city=self.city, country=self.country)
        name = (self.full_name,) if self.full_name else ()
        return PostalAddress(
            name_lines=name,
            organisation=self.organisation,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            region=self.region,
            country=self.country,
        )

    @classmethod
    def sample(cls) -> LetterSigner:
        """The "Sample signer" of the preview: shows where every field lands."""
        return cls(
            first_name="Anna",
            last_name="Muster",
            street=("Bahnhofstrasse 12",),
            postal_code="8001",
            city="Zürich",
            country="CH",
            language="en",
        )
