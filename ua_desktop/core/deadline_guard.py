"""Will a posted letter still arrive in time? The deadline guard answers for the briefing and for export.

International post takes about a week (the default; a group sets its own figure in the settings). When
fewer days are left than that, a letter posted today arrives after the deadline, so the briefing says so
and suggests sending the letter's text by e-mail or fax instead. After the deadline, exporting letters is
still allowed (late appeals can help) but asks first. The core returns a state; GUI and CLI word it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from ua_desktop.core.deadline import DeadlineState, deadline_status

DEFAULT_POSTAL_TRANSIT_DAYS = 7
MAX_POSTAL_TRANSIT_DAYS = 60


class PostalAdvice(Enum):
    IN_TIME = "in_time"  # posting still reaches the authority before the deadline (or there is none)
    TOO_LATE_FOR_POST = "too_late_for_post"  # send by e-mail or fax instead
    PASSED = "passed"


@dataclass(frozen=True)
class PostalGuard:
    advice: PostalAdvice
    days_left: int
    transit_days: int


def postal_guard(
    deadline: dt.date | None, today: dt.date | None = None, transit_days: int = DEFAULT_POSTAL_TRANSIT_DAYS
) -> PostalGuard:
    """Compare the days left with the postal transit time."""
    status = deadline_status(deadline, today)
    transit = max(0, min(int(transit_days), MAX_POSTAL_TRANSIT_DAYS))
    if status.state is DeadlineState.NONE:
        return PostalGuard(PostalAdvice.IN_TIME, 0, transit)
    if status.state is DeadlineState.PASSED:
        return PostalGuard(PostalAdvice.PASSED, status.days_left, transit)
    if status.days_left < transit:
        return PostalGuard(PostalAdvice.TOO_LATE_FOR_POST, status.days_left, transit)
    return PostalGuard(PostalAdvice.IN_TIME, status.days_left, transit)


def export_needs_confirmation(deadline: dt.date | None, today: dt.date | None = None) -> bool:
    """True when the deadline has passed: exporting letters should ask the user first."""
    return deadline_status(deadline, today).state is DeadlineState.PASSED


def describe_postal_guard_en(guard: PostalGuard) -> str:
    """English advice for the CLI; empty when posting is fine."""
    if guard.advice is PostalAdvice.TOO_LATE_FOR_POST:
        return (
            f"Only {guard.days_left} day(s) left and post takes about {guard.transit_days}: a posted letter "
            "would arrive late. Send it by e-mail or fax instead: 'ua-desktop export emails' writes the "
            "e-mail drafts, 'ua-desktop export fax-sheet' the fax sheet."
        )
    if guard.advice is PostalAdvice.PASSED:
        return "The deadline has passed; letters may still help, but check with your section first."
    return ""
