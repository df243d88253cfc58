"""The case pack as typed, immutable data.

A case folder holds case.toml (this model), briefing.md, letters/<language>.j2 and source.txt. The loader
turns the folder into a Case; everything else in the program reads Cases and never the files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

SCHEMA_VERSION = 1


class RecipientRole(StrEnum):
    PRIMARY = "primary"
    COPY = "copy"


@dataclass(frozen=True)
class Recipient:
    """An official the letters are addressed to (primary) or copied to (copy)."""

    name: str
    role: RecipientRole = RecipientRole.PRIMARY
    honorific: str = ""
    title: str = ""
    organisation: str = ""
    street: tuple[str, ...] = ()
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    salutation: str = ""
    # "Dear Prosecutor/Señor Fiscal": salutation "Dear Prosecutor", salutation_alternative "Señor Fiscal".
    salutation_alternative: str = ""
    email: str = ""
    fax: str = ""
    social: tuple[str, ...] = ()  # handles as the document writes them: "@handle", "Twitter: @x"

    @property
    def display_name(self) -> str:
        """The name as it opens the address block, e.g. "The Honorable Kristi Noem"."""
        return " ".join(part for part in (self.honorific, self.name) if part)

    @property
    def one_line(self) -> str:
        """Who the recipient is on one line (a letter's "Copy to:", the fax sheet): "The Honorable Kristi
        Noem, Secretary of Homeland Security, U.S. Department of Homeland Security"."""
        return ", ".join(part for part in (self.display_name, self.title, self.organisation) if part)


@dataclass(frozen=True)
class ReviewFlag:
    """A field the importer could not find or is unsure about; the user checks it in the case editor.

    field names a case.toml key ("deadline", "title", ...) or a recipient field ("recipients.1.postal_code",
    counting from 1); note says in plain English what to check. The importer never guesses a value, so a
    flagged field is usually empty.
    """

    field: str
    note: str


@dataclass(frozen=True)
class Case:
    """One Urgent Action, as loaded and validated from its pack."""

    id: str
    ua_number: str
    title: str
    country: str
    document_index: str
    issue_date: dt.date | None
    deadline: dt.date | None
    preferred_language: str
    accepted_languages: tuple[str, ...]
    own_language_welcome: bool
    take_action: tuple[str, ...]
    postage_notes: str
    recipients: tuple[Recipient, ...]
    briefing_markdown: str
    letter_templates: dict[str, str]  # language code -> Jinja2 template of the letter body
    closing: str
    folder: Path
    bundled: bool
    follow_up: bool = False
    follows: str = ""  # id of the original case when this is a follow-up
    follow_up_number: int = 0  # "SECOND UA 45/15" is 2; 0 when not a follow-up or the number is not stated
    copies_instruction: str = ""  # "Also send copies to diplomatic representatives ...", verbatim
    source_text: str = ""
    schema_version: int = SCHEMA_VERSION
    review: tuple[ReviewFlag, ...] = ()  # [[needs_review]] entries left by the importer
    # Where each field was found in source_text: field name as in ReviewFlag.field -> (start, end) offsets.
    origins: dict[str, tuple[int, int]] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def primary_recipients(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.role is RecipientRole.PRIMARY)

    @property
    def copy_recipients(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.role is RecipientRole.COPY)

    @property
    def default_letter_language(self) -> str:
        """The model letter a letter starts from: the target's preferred language when the pack has a letter
        in it, else the first accepted language that has one, else the first letter by code. An Urgent Action
        often asks for Persian or Arabic and gives its model letter in English."""
        for code in (self.preferred_language, *self.accepted_languages):
            if code in self.letter_templates:
                return code
        return min(self.letter_templates, default=self.preferred_language)

    @property
    def letter_languages(self) -> tuple[str, ...]:
        """Languages with a model letter, the default one first."""
        first = self.default_letter_language
        return tuple(sorted(self.letter_templates, key=lambda code: (code != first, code)))

    def letter_template(self, language: str | None = None) -> str:
        """The model letter body in language, falling back to the default letter language."""
        if language and language in self.letter_templates:
            return self.letter_templates[language]
        return self.letter_templates[self.default_letter_language]
