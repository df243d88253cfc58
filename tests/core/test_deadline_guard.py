"""Deadline guard: post takes a week, so a closer deadline means e-mail or fax; after it, export asks."""

from __future__ import annotations

import datetime as dt

from ua_desktop.core.deadline_guard import (
    PostalAdvice,
    describe_postal_guard_en,
    export_needs_confirmation,
    postal_guard,
)

DEADLINE = dt.date(2025, 7, 1)


def test_enough_time_for_post() -> None:
    assert postal_guard(DEADLINE, dt.date(2025, 6, 24)).advice is PostalAdvice.IN_TIME
    assert describe_postal_guard_en(postal_guard(DEADLINE, dt.date(2025, 6, 1))) == ""


def test_closer_than_transit_suggests_email_or_fax() -> None:
    guard = postal_guard(DEADLINE, dt.date(2025, 6, 25))
    assert guard.advice is PostalAdvice.TOO_LATE_FOR_POST and guard.days_left == 6
    assert "e-mail or fax" in describe_postal_guard_en(guard)
    assert postal_guard(DEADLINE, dt.date(2025, 6, 30)).advice is PostalAdvice.TOO_LATE_FOR_POST
    assert postal_guard(DEADLINE, dt.date(2025, 7, 1)).advice is PostalAdvice.TOO_LATE_FOR_POST


def test_transit_days_are_configurable() -> None:
    assert postal_guard(DEADLINE, dt.date(2025, 6, 25), transit_days=3).advice is PostalAdvice.IN_TIME
    assert (
        postal_guard(DEADLINE, dt.date(2025, 6, 10), transit_days=30).advice is PostalAdvice.TOO_LATE_FOR_POST
    )


def test_after_the_deadline() -> None:
    assert postal_guard(DEADLINE, dt.date(2025, 7, 2)).advice is PostalAdvice.PASSED
    assert export_needs_confirmation(DEADLINE, dt.date(2025, 7, 2))
    assert not export_needs_confirmation(DEADLINE, dt.date(2025, 7, 1))
    assert not export_needs_confirmation(None, dt.date(2025, 7, 2))
    assert postal_guard(None).advice is PostalAdvice.IN_TIME
