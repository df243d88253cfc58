"""The print queue of an evening: what each sign-in queued, what is printed, what to print again.

Items of stored signers live in the `print_queue` table, so an evening's queue survives the app being
closed mid-evening. Items of people who did not consent live only in this object (negative ids, their
LetterSigner in memory): once printed they are dropped, and nothing about the person remains.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.messages import QueueMessage
from ua_desktop.core.evenings.model import ItemKind, QueueItem
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.roster.records import get_signers
from ua_desktop.core.roster.store import RosterStore, now_iso

_SELECT = (
    "SELECT q.id, q.evening_id, q.guest_id, q.signer_id, q.case_id, q.language, q.kind, q.reprint, "
    "q.queued_at, q.printed_at, q.print_count, trim(s.first_name || ' ' || s.last_name) "
    "FROM print_queue q JOIN signers s ON s.id = q.signer_id"
)


class PrintQueue:
    """The queue of one evening. Methods that change stored items run in one roster transaction each."""

    def __init__(self, store: RosterStore, evening_id: int) -> None:
        self.store = store
        self.evening_id = evening_id
        self._transient: dict[int, QueueItem] = {}
        self._next_transient = itertools.count(-1, -1)

    # -- reading -----------------------------------------------------------------------------------
    def items(self, pending_only: bool = False) -> list[QueueItem]:
        """Every item in queue order (stored ones by id, then the not-stored ones as they came)."""
        where = " WHERE q.evening_id = ?" + (" AND q.printed_at = ''" if pending_only else "")
        stored = [
            QueueItem(
                id=row[0],
                evening_id=row[1],
                guest_id=row[2],
                signer_id=row[3],
                case_id=row[4],
                language=row[5],
                kind=ItemKind(row[6]),
                reprint=bool(row[7]),
                queued_at=row[8],
                printed_at=row[9],
                print_count=row[10],
                name=row[11],
            )
            for row in self.store.conn.execute(_SELECT + where + " ORDER BY q.id", (self.evening_id,))
        ]
        transient = [item for item in self._transient.values() if not (pending_only and item.printed)]
        return stored + transient

    def pending(self) -> list[QueueItem]:
        return self.items(pending_only=True)

    def get(self, ids: Iterable[int]) -> list[QueueItem]:
        """The items with these ids, in queue order; UserError for an id that is not in this queue."""
        wanted = set(ids)
        found = [item for item in self.items() if item.id in wanted]
        missing = wanted - {item.id for item in found}
        if missing:
            listed = ", ".join(str(i) for i in sorted(missing))
            raise UserError(QueueMessage.NO_QUEUE_ITEM, items=listed, evening_id=str(self.evening_id))
        return found

    def letter_signers(self, items: Sequence[QueueItem]) -> dict[int, LetterSigner]:
        """The signer of each item (by item id), read from the roster or held in memory."""
        stored_ids = [item.signer_id for item in items if item.signer_id is not None and not item.transient]
        signers = get_signers(self.store.conn, stored_ids)
        result: dict[int, LetterSigner] = {}
        for item in items:
            if item.transient:
                assert item.signer is not None
                result[item.id] = item.signer
            elif item.signer_id in signers:
                result[item.id] = signers[item.signer_id].to_letter_signer()
        return result

    # -- changing ----------------------------------------------------------------------------------
    def add_transient(
        self,
        guest_id: int,
        signer: LetterSigner,
        case_id: str,
        language: str,
        kinds: Sequence[ItemKind],
        reprint: bool = False,
    ) -> list[QueueItem]:
        """Queue the letters of someone who is not stored; they exist only in this object."""
        added = []
        for kind in kinds:
            item = QueueItem(
                id=next(self._next_transient),
                evening_id=self.evening_id,
                guest_id=guest_id,
                signer_id=None,
                case_id=case_id,
                language=language,
                kind=kind,
                name=signer.full_name,
                reprint=reprint,
                queued_at=now_iso(),
                signer=signer,
            )
            self._transient[item.id] = item
            added.append(item)
        return added

    def mark_printed(self, ids: Iterable[int]) -> None:
        """Mark items printed. Printed items of people who were not stored are forgotten right away."""
        ids = list(ids)
        stored = [i for i in ids if i > 0]
        if stored:
            with self.store.transaction() as conn:
                conn.executemany(
                    "UPDATE print_queue SET printed_at = ?, print_count = print_count + 1 "
                    "WHERE id = ? AND evening_id = ?",
                    ((now_iso(), i, self.evening_id) for i in stored),
                )
        for i in ids:
            self._transient.pop(i, None)

    def requeue(self, ids: Iterable[int]) -> int:
        """Put printed items back in the queue to print them again (a jammed printer, a spoilt page).

        Returns how many went back; the tally does not change, a reprint is never a new letter.
        """
        stored = [i for i in ids if i > 0]
        if not stored:
            return 0
        with self.store.transaction() as conn:
            changed = 0
            for i in stored:
                changed += conn.execute(
                    "UPDATE print_queue SET printed_at = '', reprint = 1 WHERE id = ? AND evening_id = ? "
                    "AND printed_at != ''",
                    (i, self.evening_id),
                ).rowcount
        return changed

    def remove(self, ids: Iterable[int]) -> None:
        """Take items out of the queue without printing them (the tally is not affected)."""
        ids = list(ids)
        stored = [i for i in ids if i > 0]
        if stored:
            with self.store.transaction() as conn:
                conn.executemany(
                    "DELETE FROM print_queue WHERE id = ? AND evening_id = ?",
                    ((i, self.evening_id) for i in stored),
                )
        for i in ids:
            self._transient.pop(i, None)

    def forget_transient(self) -> int:
        """Drop every not-stored item (ending the evening); returns how many were still unprinted."""
        count = len(self._transient)
        self._transient.clear()
        return count
