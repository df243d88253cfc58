"""Deadline status of a case, computed from today's date.

The core returns a typed status; the GUI and the CLI turn it into words in the user's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


class DeadlineState(Enum):
    NONE = "none"
    OPEN = "open"
    TODAY = "today"
    PASSED = "passed"


@dataclass(frozen=True)
class DeadlineStatus:
    state: DeadlineState
    deadline: dt.date | None
    days_left: int  # negative when passed

    @property
    def urgent(self) -> bool:
        """True when the deadline has passed or is today: shown in a warning colour, with text."""
        return self.state in (DeadlineState.PASSED, DeadlineState.TODAY)


def deadline_status(deadline: dt.date | None, today: dt.date | None = None) -> DeadlineStatus:
    if deadline is None:
        return DeadlineStatus(DeadlineState.NONE, None, 0)
    today = today or dt.date.today()
    days = (deadline - today).days
    if days > 0:
        return DeadlineStatus(DeadlineState.OPEN, deadline, days)
    if days == 0:
        return DeadlineStatus(DeadlineState.TODAY, deadline, 0)
    return DeadlineStatus(DeadlineState.PASSED, deadline, days)


def format_date_en(date: dt.date) -> str:
    """'1 July 2025' — the plain English form used by the CLI."""
    return f"{date.day} {date:%B %Y}"


def describe_deadline_en(status: DeadlineStatus) -> str:
    """English sentence for the CLI (the GUI translates its own)."""
    if status.state is DeadlineState.NONE or status.deadline is None:
        return "No deadline"
    when = format_date_en(status.deadline)
    if status.state is DeadlineState.OPEN:
        unit = "day" if status.days_left == 1 else "days"
        return f"{status.days_left} {unit} left (deadline {when})"
    if status.state is DeadlineState.TODAY:
        return f"Deadline is today ({when})"
    return f"Deadline passed on {when}"
