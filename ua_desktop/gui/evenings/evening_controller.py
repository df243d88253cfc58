"""The window's link to the evening in progress: one roster connection, the open evening, its queue.

The sign-in window, the print-queue panel, the tally dialog and the status bar all act through this one
object, which calls the same core functions as `ua-desktop evening …`. The roster is opened on first use
(not at start-up, which stays fast) and closed with the window, so a language switch, which builds a new
window, can open it again.

Signals:
    evening_changed(object): the open Evening, or None after it ended.
    counts_changed(): something was signed or printed; tallies and queues should be re-read.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import UserError, Worded
from ua_desktop.core.evenings.model import Arrival, Evening, QueueItem, SignInResult
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.evenings.tally import Tally
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore

log = logging.getLogger(__name__)
MIN_SUGGEST_CHARS = 2  # one letter would list half the roster to whoever holds the laptop
SUGGESTIONS = 6


class EveningController(QObject):
    """Owns the roster connection and the EveningSession of the open evening (if any)."""

    evening_changed = Signal(object)
    counts_changed = Signal()

    def __init__(self, paths: AppPaths, library: CaseLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.library = library
        self._store: RosterStore | None = None
        self.session: EveningSession | None = None

    # -- the roster connection ---------------------------------------------------------------------
    @property
    def store(self) -> RosterStore:
        """The writable roster, opened on first use; UserError when another window holds it."""
        if self._store is None:
            self._store = RosterStore.open(self.paths, wait=0.2)  # another window holds it: say so at once
        return self._store

    def close(self) -> None:
        """Release the roster (the evening stays open in the database and is restored next time)."""
        if self.session is not None:
            dropped = self.session.queue.forget_transient()
            if dropped:
                log.info("%d unprinted item(s) of people who were not kept were dropped on close", dropped)
        self.session = None
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- the evening -------------------------------------------------------------------------------
    @property
    def evening(self) -> Evening | None:
        return self.session.evening if self.session else None

    def restore(self) -> Evening | None:
        """Find an evening left open (the app was closed mid-evening) and continue it."""
        if not self.paths.roster_db.exists():
            return None
        from ua_desktop.core.evenings.evenings import open_evening

        evening = open_evening(self.store.conn)
        if evening is not None and self.session is not None and self.session.evening.id == evening.id:
            return evening  # already working in it; its in-memory queue items stay
        if evening is not None:
            self.session = self._session(evening)
            log.info("evening %s restored", evening.describe())
            self.evening_changed.emit(evening)
        return evening

    def _session(self, evening: Evening) -> EveningSession:
        """The evening's session, with the group's country for walk-ins who give none."""
        from ua_desktop.core.settings import Settings

        group_country = Settings.load(self.paths.settings_file).group_country or ""
        return EveningSession(self.store, self.library, evening, group_country)

    def evenings_on(self, day: dt.date) -> list[Evening]:
        from ua_desktop.core.evenings.evenings import evenings_on

        return evenings_on(self.store.conn, day)

    def start(
        self, case_ids: Sequence[str], place: str, day: dt.date, labels: bool = False, envelopes: bool = False
    ) -> Evening:
        from ua_desktop.core.evenings.evenings import start_evening

        evening = start_evening(self.store, self.library, case_ids, place, day, labels, envelopes)
        self.session = self._session(evening)
        self.evening_changed.emit(evening)
        self.counts_changed.emit()
        return evening

    def end(self) -> Evening:
        """End the open evening; unprinted letters of people who were not kept are dropped."""
        from ua_desktop.core.evenings.evenings import end_evening

        session = self._require()
        ended = end_evening(self.store, session.evening.id)
        session.queue.forget_transient()
        self.session = None
        self.evening_changed.emit(None)
        self.counts_changed.emit()
        return ended

    def _require(self) -> EveningSession:
        if self.session is None:
            raise UserError(Worded(self.tr("No evening is open. Start one with Evening → Start evening…")))
        return self.session

    # -- signing and counting ----------------------------------------------------------------------
    def suggestions(self, text: str, limit: int = SUGGESTIONS) -> list[Signer]:
        """Returning signers whose name (or town) matches what was typed, through the roster's search."""
        from ua_desktop.core.roster.search import Query, list_signers
        from ua_desktop.core.roster.text import fold

        if len(fold(text).replace(" ", "")) < MIN_SUGGEST_CHARS:
            return []
        return list_signers(self.store.conn, Query(text=text), limit=limit)

    def sign_in(self, arrival: Arrival) -> SignInResult:
        result = self._require().sign_in(arrival)
        self.counts_changed.emit()
        return result

    def tally(self, evening_id: int | None = None) -> Tally | None:
        from ua_desktop.core.evenings.tally import evening_tally

        wanted = evening_id if evening_id is not None else (self.evening.id if self.evening else None)
        if wanted is None:
            return None
        return evening_tally(self.store.conn, wanted)

    def waiting(self) -> int:
        """Queue items still to print, including those of people who were not kept."""
        return len(self.session.queue.pending()) if self.session else 0

    def waiting_not_kept(self) -> int:
        """Unprinted items of people who did not consent: they live in memory only and go with the window."""
        return sum(1 for item in self.queue_items() if item.transient and not item.printed)

    def queue_items(self) -> list[QueueItem]:
        return self.session.queue.items() if self.session else []

    def mark_printed(self, ids: Sequence[int]) -> None:
        self._require().queue.mark_printed(ids)
        self.counts_changed.emit()

    def requeue(self, ids: Sequence[int]) -> None:
        self._require().queue.requeue(ids)
        self.counts_changed.emit()

    def remove(self, ids: Sequence[int]) -> None:
        self._require().queue.remove(ids)
        self.counts_changed.emit()

    def all_evenings(self) -> list[Evening]:
        if not self.paths.roster_db.exists():
            return []
        from ua_desktop.core.evenings.evenings import list_evenings

        return list_evenings(self.store.conn)
