"""Counting an evening: letters per case, people, new signers — what the group reports back.

Everything is counted from `evening_letters` and `evening_guests`, which hold no personal data, so the
numbers stay right when a person is erased afterwards, and people who did not consent count too.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ua_desktop.core.evenings.evenings import get_evening
from ua_desktop.core.evenings.model import Evening


@dataclass(frozen=True)
class CaseCount:
    """One case on one evening: how many people signed it, how many letters that made, in which languages."""

    case_id: str
    signatures: int
    letters: int
    languages: tuple[tuple[str, int], ...] = ()  # (language, signatures), most used first
    all_evenings: int = 0  # letters for this case over every evening so far


@dataclass(frozen=True)
class Tally:
    """The totals of one evening."""

    evening: Evening
    cases: tuple[CaseCount, ...]
    people: int
    new_signers: int
    not_stored: int  # people who signed without consenting to be kept
    printed: int  # queue items printed (stored signers; not-stored ones leave no trace)
    waiting: int  # queue items still to print

    @property
    def letters(self) -> int:
        return sum(c.letters for c in self.cases)

    @property
    def signatures(self) -> int:
        return sum(c.signatures for c in self.cases)


def evening_tally(conn: sqlite3.Connection, evening_id: int) -> Tally:
    """Count evening_id. Cases of the evening nobody signed are listed with zero."""
    evening = get_evening(conn, evening_id)
    per_case = {
        str(case_id): (int(signatures), int(letters or 0))
        for case_id, signatures, letters in conn.execute(
            "SELECT case_id, count(*), sum(letters) FROM evening_letters WHERE evening_id = ? "
            "GROUP BY case_id",
            (evening_id,),
        )
    }
    languages: dict[str, list[tuple[str, int]]] = {}
    for case_id, language, n in conn.execute(
        "SELECT case_id, language, count(*) AS n FROM evening_letters WHERE evening_id = ? "
        "GROUP BY case_id, language ORDER BY n DESC, language",
        (evening_id,),
    ):
        languages.setdefault(str(case_id), []).append((str(language), int(n)))
    case_ids = list(evening.case_ids) + sorted(c for c in per_case if c not in evening.case_ids)
    overall = {
        str(case_id): int(letters or 0)
        for case_id, letters in conn.execute(
            "SELECT case_id, sum(letters) FROM evening_letters GROUP BY case_id"
        )
    }
    cases = tuple(
        CaseCount(
            case_id=case_id,
            signatures=per_case.get(case_id, (0, 0))[0],
            letters=per_case.get(case_id, (0, 0))[1],
            languages=tuple(languages.get(case_id, ())),
            all_evenings=overall.get(case_id, 0),
        )
        for case_id in case_ids
    )
    people, new_signers, not_stored = conn.execute(
        "SELECT count(*), coalesce(sum(new_signer), 0), "
        "coalesce(sum(stored = 0), 0) FROM evening_guests WHERE evening_id = ?",
        (evening_id,),
    ).fetchone()
    printed, waiting = conn.execute(
        "SELECT coalesce(sum(printed_at != ''), 0), coalesce(sum(printed_at = ''), 0) FROM print_queue "
        "WHERE evening_id = ?",
        (evening_id,),
    ).fetchone()
    return Tally(
        evening=evening,
        cases=cases,
        people=int(people),
        new_signers=int(new_signers),
        not_stored=int(not_stored),
        printed=int(printed),
        waiting=int(waiting),
    )
