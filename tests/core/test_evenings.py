"""Evenings: starting, one open evening at a time, two on one date, ending, restoring after a close."""

from __future__ import annotations

import datetime as dt

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.evenings import (
    EveningOpenError,
    add_cases,
    end_evening,
    evenings_on,
    get_evening,
    list_evenings,
    open_evening,
    start_evening,
)
from ua_desktop.core.evenings.model import Arrival, ItemKind
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.evenings.tally import evening_tally
from ua_desktop.core.roster.schema import SCHEMA_VERSION

from .evening_helpers import CASE_ID, anna, library, open_store

DAY = dt.date(2026, 11, 28)


def test_start_records_date_place_cases_and_what_to_print() -> None:
    with open_store() as store:
        evening = start_evening(
            store, library(), [CASE_ID, CASE_ID], "  St. Mary's  hall ", DAY, print_labels=True
        )
        assert evening.case_ids == (CASE_ID,)
        assert evening.place == "St. Mary's hall"
        assert evening.date == DAY
        assert evening.is_open
        assert evening.kinds == (ItemKind.LETTER, ItemKind.LABEL)
        assert get_evening(store.conn, evening.id) == evening
        assert int(store.conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("cases", "place", "message"),
    [
        ([], "", "at least one case"),
        (["no-such-case"], "", "no case with id 'no-such-case'"),
        ([CASE_ID], "x" * 201, "longer than 200"),
    ],
)
def test_bad_start_is_refused_with_a_message(cases: list[str], place: str, message: str) -> None:
    with open_store() as store:
        with pytest.raises(UserError, match=message):
            start_evening(store, library(), cases, place, DAY)
        assert list_evenings(store.conn) == []


def test_only_one_evening_is_open_at_a_time() -> None:
    with open_store() as store:
        first = start_evening(store, library(), [CASE_ID], "Hall", DAY)
        with pytest.raises(EveningOpenError, match=r"still open.*evening end 1") as caught:
            start_evening(store, library(), [CASE_ID], "Library", DAY)
        assert caught.value.evening == first


def test_two_evenings_on_the_same_date_keep_separate_tallies() -> None:
    with open_store() as store:
        first = start_evening(store, library(), [CASE_ID], "Afternoon", DAY)
        EveningSession(store, library(), first).sign_in(Arrival(person=anna(), consent=True))
        end_evening(store, first.id)
        second = start_evening(store, library(), [CASE_ID], "Evening", DAY)
        assert [e.id for e in evenings_on(store.conn, DAY)] == [first.id, second.id]
        session = EveningSession(store, library(), second)
        session.sign_in(Arrival(person=anna(first_name="Ben"), consent=True))
        session.sign_in(Arrival(person=anna(first_name="Cleo"), consent=False))
        assert evening_tally(store.conn, first.id).letters == 1
        assert evening_tally(store.conn, second.id).letters == 2
        assert evening_tally(store.conn, second.id).people == 2
        assert evening_tally(store.conn, second.id).cases[0].all_evenings == 3


def test_end_closes_and_refuses_twice() -> None:
    with open_store() as store:
        evening = start_evening(store, library(), [CASE_ID], "", DAY)
        ended = end_evening(store, evening.id)
        assert not ended.is_open
        assert open_evening(store.conn) is None
        with pytest.raises(UserError, match="already ended"):
            end_evening(store, evening.id)
        with pytest.raises(UserError, match="has ended"):
            EveningSession(store, library(), ended).sign_in(Arrival(person=anna(), consent=True))
        with pytest.raises(UserError, match="There is no evening #99"):
            end_evening(store, 99)


def test_add_cases_to_an_open_evening_only() -> None:
    with open_store() as store:
        evening = start_evening(store, library(), [CASE_ID], "", DAY)
        assert add_cases(store, library(), evening, [CASE_ID]).case_ids == (CASE_ID,)
        ended = end_evening(store, evening.id)
        with pytest.raises(UserError, match="has ended"):
            add_cases(store, library(), ended, [CASE_ID])


def test_app_closed_mid_evening_restores_evening_and_queue() -> None:
    store = open_store()
    evening = start_evening(store, library(), [CASE_ID], "Hall", DAY, print_envelopes=True)
    session = EveningSession(store, library(), evening)
    session.sign_in(Arrival(person=anna(), consent=True))
    first = session.queue.items()
    session.queue.mark_printed([first[0].id])
    store.close()  # the app is closed (or crashes) with the evening still open

    with open_store() as store:
        restored = open_evening(store.conn)
        assert restored == evening
        again = EveningSession(store, library(), restored)
        items = again.queue.items()
        assert [(i.kind, i.printed) for i in items] == [(ItemKind.LETTER, True), (ItemKind.ENVELOPE, False)]
        assert [i.name for i in items] == ["Anna Muster", "Anna Muster"]
        assert evening_tally(store.conn, restored.id).letters == 1
