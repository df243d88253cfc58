from __future__ import annotations

import datetime as dt

from ua_desktop.core.deadline import DeadlineState, deadline_status, describe_deadline_en

DEADLINE = dt.date(2025, 7, 1)


def test_days_left() -> None:
    status = deadline_status(DEADLINE, dt.date(2025, 6, 19))
    assert status.state is DeadlineState.OPEN and status.days_left == 12
    assert describe_deadline_en(status) == "12 days left (deadline 1 July 2025)"
    assert describe_deadline_en(deadline_status(DEADLINE, dt.date(2025, 6, 30))).startswith("1 day left")


def test_today_and_passed() -> None:
    assert deadline_status(DEADLINE, DEADLINE).state is DeadlineState.TODAY
    passed = deadline_status(DEADLINE, dt.date(2026, 11, 28))
    assert passed.urgent and passed.days_left < 0
    assert describe_deadline_en(passed) == "Deadline passed on 1 July 2025"


def test_no_deadline() -> None:
    assert describe_deadline_en(deadline_status(None)) == "No deadline"
