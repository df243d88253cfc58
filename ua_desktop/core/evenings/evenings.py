"""Starting, finding and ending evenings.

Only one evening is open at a time: the laptop on the table serves one room. A second evening on the same
date is allowed (an afternoon and an evening session, two places) but start_evening reports the others so
the GUI and the CLI can warn before a coordinator splits one evening's tally in two by mistake.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.messages import EveningMessage
from ua_desktop.core.evenings.model import Evening
from ua_desktop.core.roster.store import RosterStore, now_iso
from ua_desktop.core.roster.text import clean_line

MAX_PLACE = 200


class EveningOpenError(UserError):
    """Another evening is still open; `evening` is that one."""

    def __init__(self, evening: Evening) -> None:
        super().__init__(EveningMessage.STILL_OPEN, evening=evening.describe(), evening_id=str(evening.id))
        self.evening = evening


# One row of SELECT _COLUMNS: id, date, place, print_labels, print_envelopes, started_at, ended_at.
type EveningRow = tuple[int, str, str, int, int, str, str]


def _evening_from_row(conn: sqlite3.Connection, row: EveningRow) -> Evening:
    evening_id = row[0]
    cases = tuple(
        str(r[0])
        for r in conn.execute(
            "SELECT case_id FROM evening_cases WHERE evening_id = ? ORDER BY position", (evening_id,)
        )
    )
    return Evening(
        id=evening_id,
        date=dt.date.fromisoformat(row[1]),
        place=row[2],
        print_labels=bool(row[3]),
        print_envelopes=bool(row[4]),
        started_at=row[5],
        ended_at=row[6],
        case_ids=cases,
    )


_COLUMNS = "id, date, place, print_labels, print_envelopes, started_at, ended_at"


def get_evening(conn: sqlite3.Connection, evening_id: int) -> Evening:
    """The evening with this id; UserError naming `evening list` when there is none."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM evenings WHERE id = ?", (evening_id,)).fetchone()
    if row is None:
        raise UserError(EveningMessage.NO_SUCH_EVENING, evening_id=str(evening_id))
    return _evening_from_row(conn, row)


def list_evenings(conn: sqlite3.Connection) -> list[Evening]:
    """All evenings, newest first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM evenings ORDER BY date DESC, id DESC").fetchall()
    return [_evening_from_row(conn, row) for row in rows]


def open_evening(conn: sqlite3.Connection) -> Evening | None:
    """The evening still in progress (also after the app was closed mid-evening), or None."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM evenings WHERE ended_at = '' ORDER BY id DESC").fetchone()
    return None if row is None else _evening_from_row(conn, row)


def evenings_on(conn: sqlite3.Connection, day: dt.date) -> list[Evening]:
    """Evenings already held (or open) on day, oldest first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM evenings WHERE date = ? ORDER BY id", (day.isoformat(),))
    return [_evening_from_row(conn, row) for row in rows.fetchall()]


def check_cases(library: CaseLibrary, case_ids: Sequence[str]) -> tuple[str, ...]:
    """The case ids, de-duplicated in order, each one a case that opens; UserError otherwise."""
    ids = tuple(dict.fromkeys(c.strip() for c in case_ids if c.strip()))
    if not ids:
        raise UserError(EveningMessage.NO_CASES)
    for case_id in ids:
        library.get(case_id)  # raises UnknownCaseError (a UserError) with the list of known cases
    return ids


def start_evening(
    store: RosterStore,
    library: CaseLibrary,
    case_ids: Sequence[str],
    place: str = "",
    day: dt.date | None = None,
    print_labels: bool = False,
    print_envelopes: bool = False,
) -> Evening:
    """Open a new evening. Raises EveningOpenError while another one is open."""
    ids = check_cases(library, case_ids)
    place = clean_line(place)
    if len(place) > MAX_PLACE:
        raise UserError(EveningMessage.PLACE_TOO_LONG, limit=MAX_PLACE)
    day = day or dt.date.today()
    current = open_evening(store.conn)
    if current is not None:
        raise EveningOpenError(current)
    with store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO evenings (date, place, print_labels, print_envelopes, started_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (day.isoformat(), place, int(print_labels), int(print_envelopes), now_iso()),
        )
        evening_id = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT INTO evening_cases (evening_id, case_id, position) VALUES (?, ?, ?)",
            ((evening_id, case_id, n) for n, case_id in enumerate(ids)),
        )
    return get_evening(store.conn, evening_id)


def add_cases(store: RosterStore, library: CaseLibrary, evening: Evening, case_ids: Sequence[str]) -> Evening:
    """Add cases to an open evening (a new UA arrived in the afternoon)."""
    if not evening.is_open:
        raise UserError(EveningMessage.HAS_ENDED, evening=evening.describe())
    ids = [c for c in check_cases(library, case_ids) if c not in evening.case_ids]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO evening_cases (evening_id, case_id, position) VALUES (?, ?, ?)",
            ((evening.id, case_id, len(evening.case_ids) + n) for n, case_id in enumerate(ids)),
        )
    return get_evening(store.conn, evening.id)


def end_evening(store: RosterStore, evening_id: int) -> Evening:
    """Close an evening; its tally stays. Ending one that has already ended is refused with its time."""
    evening = get_evening(store.conn, evening_id)
    if not evening.is_open:
        raise UserError(EveningMessage.ALREADY_ENDED, evening=evening.describe(), ended_at=evening.ended_at)
    with store.transaction() as conn:
        conn.execute("UPDATE evenings SET ended_at = ? WHERE id = ?", (now_iso(), evening_id))
    return get_evening(store.conn, evening_id)
