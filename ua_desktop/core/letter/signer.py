"""Who signs a letter, as the letter layout sees it.

The roster's Signer carries much more (e-mail, phone, tags, consent); a template and the layout only ever
receive this small, immutable view of the one signer being rendered, never the roster itself, so a shared
case pack cannot print other people's data into a letter.

Privacy (Amnesty's advice for people at risk of reprisals or stalking, and for public figures): a signer may
withhold their full name and address. printed_signer() is the one rule for what is then printed: the
initials and the town. Letters (sender block, signature, the template's fields), labels, envelopes and the
preview all print the signer it returns, so none of them can print more.
"""

from __future__ import annotations

import dataclasses
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
    privacy: bool = False  # print only the initials and the town (see printed_signer)
    signer_id: int | None = None  # roster id, when the signer comes from the roster

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def initials(self) -> str:
        return " ".join(part for part in (_initial(self.first_name), _initial(self.last_name)) if part)

    @property
    def is_blank(self) -> bool:
        return not (self.first_name or self.last_name)

    def postal_address(self) -> PostalAddress:
        """The sender's address for the shared formatter (privacy: initials and town only)."""
        shown = printed_signer(self)
        return PostalAddress(
            name_lines=(shown.full_name,) if shown.full_name else (),
            organisation=shown.organisation,
            street=shown.street,
            postal_code=shown.postal_code,
            city=shown.city,
            region=shown.region,
            country=shown.country,
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


def _initial(name: str) -> str:
    """ "Anna" → "A."; a name that starts with no letter keeps its first character ("'t Hooft" → "'.")."""
    name = name.strip()
    return f"{name[0]}." if name else ""


def printed_signer(signer: LetterSigner, privacy: bool = False) -> LetterSigner:
    """What is printed of signer: all of it, or with privacy only the initials and the town.

    Privacy applies when the signer asked for it (their roster flag, the sign-in checkbox) or when the whole
    export asks for it (privacy=True: `--privacy`, the export dialog, the print queue). The private signer
    keeps the initials as names ("A." "M."), the town, the country (mail abroad states where it is posted
    from) and the letter language; title, organisation, street, postcode and region are gone, so a template
    field such as {{ signer.last_name }} cannot print more. Applying it twice changes nothing.
    """
    if not (privacy or signer.privacy) or signer.is_blank:
        return signer
    return dataclasses.replace(
        signer,
        first_name=_initial(signer.first_name),
        last_name=_initial(signer.last_name),
        title="",
        organisation="",
        street=(),
        postal_code="",
        region="",
        privacy=True,
    )
