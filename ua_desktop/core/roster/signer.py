"""One signer as the roster keeps them, and the smaller views letters and addresses receive."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ua_desktop.core.address import PostalAddress
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.roster.text import fold

# The one-value columns of the signers table, in the order records.py writes them, each as text as an import
# reads it: "privacy" is "1" or "0" (an INTEGER column; SQLite stores the text "1" as the number 1).
TEXT_COLUMNS: tuple[str, ...] = (
    "title",
    "first_name",
    "last_name",
    "organisation",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "email",
    "phone",
    "language",
    "notes",
    "consent_date",
    "consent_method",
    "privacy",
)

# Columns search-as-you-type looks in (with the tags), in the order their text is joined.
SEARCH_COLUMNS = ("first_name", "last_name", "organisation", "postal_code", "city", "email")


@dataclass(frozen=True)
class Signature:
    """A case letter this signer signed (the evening tallies count these)."""

    case_id: str
    signed_at: str
    language: str = ""
    evening_id: int | None = None


@dataclass(frozen=True)
class Signer:
    """Everything the roster knows about one person. `street` is one entry per address line."""

    first_name: str = ""
    last_name: str = ""
    title: str = ""
    organisation: str = ""
    street: tuple[str, ...] = ()
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, empty: the group's own country
    email: str = ""
    phone: str = ""
    language: str = ""  # preferred letter language, e.g. "de"
    tags: tuple[str, ...] = ()
    notes: str = ""
    consent_date: str = ""  # ISO date the person agreed to be kept on the roster
    consent_method: str = ""  # how: "sign-in sheet", "e-mail", ...
    privacy: bool = False  # print only the initials and the town (core/letter/signer.py printed_signer)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    signatures: tuple[Signature, ...] = field(default=(), compare=False)

    @classmethod
    def from_columns(
        cls,
        text: Mapping[str, str],
        *,
        tags: tuple[str, ...] = (),
        id: int | None = None,
        created_at: str = "",
        updated_at: str = "",
    ) -> Signer:
        """A Signer from the stored text of its TEXT_COLUMNS (street: address lines joined by newlines).

        Named one by one rather than unpacked, so the type checker sees every field get a str.
        """
        street = text["street"]
        return cls(
            title=text["title"],
            first_name=text["first_name"],
            last_name=text["last_name"],
            organisation=text["organisation"],
            street=tuple(street.split("\n")) if street else (),
            postal_code=text["postal_code"],
            city=text["city"],
            region=text["region"],
            country=text["country"],
            email=text["email"],
            phone=text["phone"],
            language=text["language"],
            notes=text["notes"],
            consent_date=text["consent_date"],
            consent_method=text["consent_method"],
            privacy=text["privacy"] == "1",
            tags=tags,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    def column_value(self, column: str) -> str:
        """The stored text of a TEXT_COLUMNS column."""
        if column == "street":
            return "\n".join(self.street)
        if column == "privacy":
            return "1" if self.privacy else "0"
        return str(getattr(self, column))

    def search_text(self) -> str:
        """The folded text search-as-you-type looks in: names, organisation, place, e-mail and tags."""
        return search_text_of(*(getattr(self, column) for column in SEARCH_COLUMNS), " ".join(self.tags))

    def sort_key(self) -> str:
        """The folded "last name, first name" the roster sorts by."""
        return sort_key_of(fold(self.first_name), fold(self.last_name))

    def postal_address(self) -> PostalAddress:
        """The address for the shared formatter (letters, labels, envelopes, the roster's own view)."""
        return self.to_letter_signer().postal_address()

    def to_letter_signer(self) -> LetterSigner:
        """The small immutable view a letter receives; never the rest of the record."""
        return LetterSigner(
            first_name=self.first_name,
            last_name=self.last_name,
            title=self.title,
            organisation=self.organisation,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            region=self.region,
            country=self.country,
            language=self.language,
            privacy=self.privacy,
            signer_id=self.id,
        )

    def to_dict(self) -> dict[str, Any]:
        """Every field as JSON-ready values (lists for tuples), id first."""
        data = dataclasses.asdict(self)
        data["street"] = list(self.street)
        data["tags"] = list(self.tags)
        data["signatures"] = [dataclasses.asdict(s) for s in self.signatures]
        return {"id": data.pop("id"), **data}

    def merged_with(self, other: Signer) -> Signer:
        """This signer with its empty fields filled from other, and the tags of both.

        Privacy asked for on either side stays: a merge never prints more of a person than they allowed.
        """
        changes: dict[str, Any] = {}
        for column in TEXT_COLUMNS:
            if column == "privacy":
                if other.privacy and not self.privacy:
                    changes[column] = True
            elif not self.column_value(column) and other.column_value(column):
                changes[column] = getattr(other, column)
        tags = self.tags + tuple(t for t in other.tags if t not in self.tags)
        if tags != self.tags:
            changes["tags"] = tags
        return dataclasses.replace(self, **changes) if changes else self


def sort_key_of(folded_first: str, folded_last: str) -> str:
    return f"{folded_last}\x1f{folded_first}"


def search_text_of(*parts: str) -> str:
    return fold(" ".join(part for part in parts if part))


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from a cell: separated by ";" or "," (or line breaks), trimmed, duplicates removed."""
    seen: dict[str, None] = {}
    for raw in text.replace("\n", ";").replace(",", ";").split(";"):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in (t.casefold() for t in seen):
            seen[tag] = None
    return tuple(seen)
