"""Signing people in during an evening: find or store the person, count their letters, queue the printing.

One sign-in is one roster transaction: the signer (if they consent), the visit, the tally rows, the
roster's `signatures` and the queue items commit together or not at all.

Counting rule: a person's letter for a case counts once. Signing the same case again (later the same
evening, or at an earlier evening) queues a reprint and is reported as a Repeat, never counted twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Sequence

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.messages import EveningMessage
from ua_desktop.core.evenings.model import Arrival, Evening, ItemKind, QueueItem, Repeat, SignInResult
from ua_desktop.core.evenings.queue import PrintQueue
from ua_desktop.core.roster.cleaning import clean_signer, clean_values
from ua_desktop.core.roster.matching import MatchKind, match_kind, stored_candidates, typed_in_agrees
from ua_desktop.core.roster.records import get_signers, insert_signers, write_update
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore, now_iso
from ua_desktop.core.roster.validation import validate_signer

CONSENT_METHOD = "evening sign-in"


def find_same_person(conn: sqlite3.Connection, person: Signer) -> Signer | None:
    """The stored signer this walk-in is, or None: the last guard against duplicates when someone types
    their name instead of picking the suggestion.

    The roster's one rule decides (core/roster/matching.py): the same e-mail address, or the same name,
    postcode and street. Someone who gives less (no street, only a town) is the stored signer whose name
    and place agree with what they gave, when exactly one does. The same name and postcode with another
    street is another person and becomes a signer of their own: merging would print their letter with the
    other person's address.
    """
    agreeing: list[Signer] = []
    for known in stored_candidates(conn, person):
        kind = match_kind(person, known)
        if kind is MatchKind.EMAIL or (kind is MatchKind.ADDRESS and person.street and person.postal_code):
            return known
        if typed_in_agrees(person, known):
            agreeing.append(known)
    return agreeing[0] if len(agreeing) == 1 else None


def choose_language(case: Case, wanted: str) -> str:
    """The letter language: the one wanted if the case has a model letter in it, else the case's own."""
    return wanted if wanted in case.letter_templates else case.default_letter_language


class EveningSession:
    """An open evening with its print queue: what the sign-in screen and `evening sign` work through."""

    def __init__(
        self, store: RosterStore, library: CaseLibrary, evening: Evening, group_country: str = ""
    ) -> None:
        """group_country: the group's (Settings.group_country), for a walk-in who gives none: their postcode
        is tidied and checked as `roster add` and the signer dialog do."""
        self.group_country = group_country
        self.store = store
        self.library = library
        self.evening = evening
        self.queue = PrintQueue(store, evening.id)
        self._cases: dict[str, Case] = {}

    def case(self, case_id: str) -> Case:
        if case_id not in self._cases:
            self._cases[case_id] = self.library.get(case_id)
        return self._cases[case_id]

    def _case_ids(self, wanted: Sequence[str]) -> tuple[str, ...]:
        if not wanted:
            return self.evening.case_ids
        unknown = [c for c in wanted if c not in self.evening.case_ids]
        if unknown:
            raise UserError(
                EveningMessage.CASE_NOT_IN_EVENING,
                unknown=", ".join(unknown),
                evening=self.evening.describe(),
                cases=", ".join(self.evening.case_ids),
            )
        return tuple(dict.fromkeys(wanted))

    def sign_in(self, arrival: Arrival) -> SignInResult:
        """Sign one person in for some or all of the evening's cases. UserError for unusable input."""
        if not self.evening.is_open:
            raise UserError(EveningMessage.ENDED_NO_SIGN_IN, evening=self.evening.describe())
        case_ids = self._case_ids(arrival.case_ids)
        cases = [self.case(c) for c in case_ids]
        tags = tuple(t for t in clean_values("tags", list(arrival.tags)) if t)  # the one cleaning table
        person = (
            _checked_person(arrival.person, tags, arrival.privacy, self.group_country)
            if arrival.signer_id is None
            else None
        )
        with self.store.transaction() as conn:
            signer, new_signer = self._resolve_signer(conn, arrival, person, tags)
            signer_id = signer.id if signer is not None else None  # None: not stored (no consent)
            guest_id = self._guest(conn, signer_id, new_signer)
            shown = signer if signer is not None else person
            assert shown is not None
            wanted_language = arrival.language or shown.language
            counted: list[str] = []
            repeats: list[Repeat] = []
            queued: list[QueueItem] = []
            pending_transient: list[tuple[str, str, bool]] = []
            for case in cases:
                language = choose_language(case, wanted_language)
                repeat = self._earlier(conn, guest_id, signer_id, case.id)
                if repeat is None:
                    self._count(conn, guest_id, signer_id, case, language)
                    counted.append(case.id)
                else:
                    repeats.append(repeat)
                if signer is not None:
                    queued.extend(
                        self._queue_stored(conn, guest_id, signer, case.id, language, repeat is not None)
                    )
                else:
                    pending_transient.append((case.id, language, repeat is not None))
        for case_id, language, reprint in pending_transient:
            assert person is not None
            queued.extend(
                self.queue.add_transient(
                    guest_id, person.to_letter_signer(), case_id, language, self.evening.kinds, reprint
                )
            )
        return SignInResult(
            guest_id=guest_id,
            signer_id=signer_id,
            name=shown.display_name,
            new_signer=new_signer,
            stored=signer_id is not None,
            counted=tuple(counted),
            repeats=tuple(repeats),
            queued=tuple(queued),
        )

    # -- the steps of one sign-in (inside its transaction) -------------------------------------------
    def _resolve_signer(
        self, conn: sqlite3.Connection, arrival: Arrival, person: Signer | None, tags: tuple[str, ...]
    ) -> tuple[Signer | None, bool]:
        """(the stored signer or None when not stored, whether they were added just now)."""
        if arrival.signer_id is not None:
            found = get_signers(conn, [arrival.signer_id])
            if arrival.signer_id not in found:
                raise UserError(EveningMessage.NO_SUCH_SIGNER, signer_id=str(arrival.signer_id))
            return self._with_choices(conn, found[arrival.signer_id], tags, arrival.privacy), False
        assert person is not None
        if not arrival.consent:
            return None, False
        existing = find_same_person(conn, person)
        if existing is not None:
            merged = existing.merged_with(person)
            if merged != existing:
                write_update(conn, merged)
            return merged, False
        today = dt.date.today().isoformat()
        new = dataclasses.replace(person, consent_date=today, consent_method=CONSENT_METHOD, id=None)
        (signer_id,) = insert_signers(conn, [new])
        return dataclasses.replace(new, id=signer_id), True

    @staticmethod
    def _with_choices(
        conn: sqlite3.Connection, signer: Signer, tags: tuple[str, ...], privacy: bool
    ) -> Signer:
        """A returning signer with the tags they added, and privacy if they asked for it (never cleared)."""
        added = tuple(t for t in tags if t.casefold() not in {s.casefold() for s in signer.tags})
        private = privacy or signer.privacy
        if not added and private == signer.privacy:
            return signer
        updated = dataclasses.replace(signer, tags=signer.tags + added, privacy=private)
        write_update(conn, updated)
        return updated

    def _guest(self, conn: sqlite3.Connection, signer_id: int | None, new_signer: bool) -> int:
        """The visit row: one per stored person per evening, a fresh anonymous one for everyone else."""
        if signer_id is not None:
            row = conn.execute(
                "SELECT id FROM evening_guests WHERE evening_id = ? AND signer_id = ?",
                (self.evening.id, signer_id),
            ).fetchone()
            if row is not None:
                return int(row[0])
        cursor = conn.execute(
            "INSERT INTO evening_guests (evening_id, signer_id, new_signer, stored) VALUES (?, ?, ?, ?)",
            (self.evening.id, signer_id, int(new_signer), int(signer_id is not None)),
        )
        return int(cursor.lastrowid or 0)

    def _earlier(
        self, conn: sqlite3.Connection, guest_id: int, signer_id: int | None, case_id: str
    ) -> Repeat | None:
        """Has this person signed case_id before (tonight, or at any time according to the roster)?"""
        if conn.execute(
            "SELECT 1 FROM evening_letters WHERE guest_id = ? AND case_id = ?", (guest_id, case_id)
        ).fetchone():
            return Repeat(case_id, "", same_evening=True)
        if signer_id is None:
            return None
        row = conn.execute(
            "SELECT min(signed_at) FROM signatures WHERE signer_id = ? AND case_id = ?", (signer_id, case_id)
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return Repeat(case_id, str(row[0])[:10], same_evening=False)

    def _count(
        self, conn: sqlite3.Connection, guest_id: int, signer_id: int | None, case: Case, language: str
    ) -> None:
        letters = max(1, len(case.primary_recipients))
        conn.execute(
            "INSERT INTO evening_letters (evening_id, guest_id, case_id, language, letters) "
            "VALUES (?, ?, ?, ?, ?)",
            (self.evening.id, guest_id, case.id, language, letters),
        )
        if signer_id is not None:
            conn.execute(
                "INSERT INTO signatures (signer_id, case_id, language, signed_at, evening_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (signer_id, case.id, language, now_iso(), self.evening.id),
            )

    def _queue_stored(
        self,
        conn: sqlite3.Connection,
        guest_id: int,
        signer: Signer,
        case_id: str,
        language: str,
        reprint: bool,
    ) -> list[QueueItem]:
        items = []
        for kind in self.evening.kinds:
            if (
                reprint
                and conn.execute(
                    "SELECT 1 FROM print_queue WHERE guest_id = ? AND case_id = ? AND kind = ? "
                    "AND printed_at = ''",
                    (guest_id, case_id, kind.value),
                ).fetchone()
            ):
                continue  # the first copy is still waiting to be printed; a second one would be a duplicate
            now = now_iso()
            cursor = conn.execute(
                "INSERT INTO print_queue (evening_id, guest_id, signer_id, case_id, language, kind, reprint, "
                "queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self.evening.id, guest_id, signer.id, case_id, language, kind.value, int(reprint), now),
            )
            items.append(
                QueueItem(
                    id=int(cursor.lastrowid or 0),
                    evening_id=self.evening.id,
                    guest_id=guest_id,
                    signer_id=signer.id,
                    case_id=case_id,
                    language=language,
                    kind=ItemKind(kind),
                    name=" ".join(p for p in (signer.first_name, signer.last_name) if p),
                    reprint=reprint,
                    queued_at=now,
                )
            )
        return items


def _checked_person(
    person: Signer | None, tags: tuple[str, ...], privacy: bool = False, group_country: str = ""
) -> Signer:
    """The typed-in person, cleaned and validated; UserError listing every problem."""
    if person is None:
        raise UserError(EveningMessage.WHO_IS_SIGNING)
    cleaned = clean_signer(  # the one cleaning table every entry path uses (core/roster/cleaning.py)
        dataclasses.replace(
            person, tags=tuple(dict.fromkeys(person.tags + tags)), privacy=person.privacy or privacy
        ),
        group_country,
    )
    problems = validate_signer(cleaned)
    if problems:
        raise UserError(EveningMessage.CANNOT_SIGN_IN, problems=tuple(p.message() for p in problems))
    return cleaned
