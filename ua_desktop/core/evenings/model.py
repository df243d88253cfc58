"""The plain records of an evening: the evening itself, a sign-in, its outcome and a print-queue item."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.roster.signer import Signer


class ItemKind(StrEnum):
    """What a queue item prints: the signed letter, an address label, or an envelope."""

    LETTER = "letter"
    LABEL = "label"
    ENVELOPE = "envelope"


@dataclass(frozen=True)
class Evening:
    """One letter-writing evening: where, when, which cases, and what to print besides the letters."""

    id: int
    date: dt.date
    place: str
    case_ids: tuple[str, ...]
    started_at: str
    ended_at: str = ""
    print_labels: bool = False
    print_envelopes: bool = False

    @property
    def is_open(self) -> bool:
        return not self.ended_at

    @property
    def kinds(self) -> tuple[ItemKind, ...]:
        """What each signed case queues: always the letter, then labels and envelopes if asked for."""
        kinds = [ItemKind.LETTER]
        if self.print_labels:
            kinds.append(ItemKind.LABEL)
        if self.print_envelopes:
            kinds.append(ItemKind.ENVELOPE)
        return tuple(kinds)

    def describe(self) -> str:
        """ "2026-11-28, St. Mary's hall (#3)" — how lists and messages name an evening."""
        where = f", {self.place}" if self.place else ""
        return f"{self.date.isoformat()}{where} (#{self.id})"


@dataclass(frozen=True)
class Arrival:
    """Someone signing in: a returning signer by roster id, or a person typed in on the spot.

    `consent` only matters for a typed-in person: without it nothing about them is stored; their letters
    are printed from memory. A returning signer's consent is already on record.

    `privacy`: print only their initials and town ("print only my initials and town"). It is kept on the
    roster with the person when they are stored, and set on a returning signer; a sign-in never clears a
    stored privacy flag (anyone at the table can pick a name, so no one can have another's address printed).
    """

    signer_id: int | None = None
    person: Signer | None = None
    consent: bool = False
    language: str = ""  # letter language; empty: the signer's own, else the case's preferred one
    tags: tuple[str, ...] = ()
    case_ids: tuple[str, ...] = ()  # which of the evening's cases they sign; empty: all of them
    privacy: bool = False


@dataclass(frozen=True)
class Repeat:
    """A case this person had already signed: the letter is reprinted, not counted again."""

    case_id: str
    earlier: str  # ISO date of the earlier signature, or "" when it was earlier this evening
    same_evening: bool


@dataclass(frozen=True)
class QueueItem:
    """One thing to print. Transient items (negative ids) belong to people who were not stored."""

    id: int
    evening_id: int
    guest_id: int
    signer_id: int | None
    case_id: str
    language: str
    kind: ItemKind
    name: str  # for the queue view only
    reprint: bool = False
    queued_at: str = ""
    printed_at: str = ""
    print_count: int = 0
    signer: LetterSigner | None = field(default=None, compare=False, repr=False)  # transient items only

    @property
    def transient(self) -> bool:
        return self.id < 0

    @property
    def printed(self) -> bool:
        return bool(self.printed_at)


@dataclass(frozen=True)
class SignInResult:
    """What a sign-in did: who (stored or not), which cases were counted, which were repeats, what queued."""

    guest_id: int
    signer_id: int | None
    name: str
    new_signer: bool
    stored: bool
    counted: tuple[str, ...]
    repeats: tuple[Repeat, ...]
    queued: tuple[QueueItem, ...]
