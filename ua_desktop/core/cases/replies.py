"""The reply log of a case: answers received from the authorities a group wrote to.

An answer from a ministry is rare and valuable to the Amnesty section that coordinates the case, so each
logged reply carries whether a copy has been forwarded to the section, and the program reminds the group
until it has. The log lives in the data folder (replies/<case id>.json), not in the pack: bundled packs
are read-only and a shared pack must not carry one group's correspondence to another.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ua_desktop.core.cases.messages import CaseMessage
from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import write_text_atomic
from ua_desktop.core.state_files import read_json

REPLIES_DIR = "replies"


@dataclass(frozen=True)
class Reply:
    """One answer: when it arrived, from whom, what it says, and whether the section has a copy."""

    received: dt.date
    authority: str
    summary: str = ""
    forwarded: bool = False


def replies_file(data_dir: Path, case_id: str) -> Path:
    return data_dir / REPLIES_DIR / f"{case_id}.json"


def load_replies(data_dir: Path, case_id: str) -> list[Reply]:
    """The case's replies, oldest first; a damaged log is reported, never silently emptied."""
    path = replies_file(data_dir, case_id)
    if not path.exists():
        return []
    try:
        raw = read_json(path)  # ValueError also when nested too deeply to read
        items = raw["replies"] if isinstance(raw, dict) else None
        if not isinstance(items, list):
            raise ValueError("it holds no list of replies")
        replies = [
            Reply(
                received=dt.date.fromisoformat(item["received"]),
                authority=str(item["authority"]),
                summary=str(item.get("summary", "")),
                forwarded=bool(item.get("forwarded", False)),
            )
            for item in items
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(CaseMessage.REPLY_LOG_UNREADABLE, path=path, error=str(error)) from error
    return sorted(replies, key=lambda r: r.received)


def save_replies(data_dir: Path, case_id: str, replies: list[Reply]) -> None:
    items = [dict(asdict(r), received=r.received.isoformat()) for r in replies]
    text = json.dumps({"case": case_id, "replies": items}, indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(replies_file(data_dir, case_id), text)


def add_reply(data_dir: Path, case_id: str, reply: Reply) -> list[Reply]:
    """Log a reply; returns the whole log."""
    if not reply.authority.strip():
        raise UserError(CaseMessage.REPLY_WITHOUT_AUTHORITY)
    if reply.received > dt.date.today():
        raise UserError(CaseMessage.REPLY_IN_FUTURE)
    replies = [*load_replies(data_dir, case_id), reply]
    save_replies(data_dir, case_id, replies)
    return sorted(replies, key=lambda r: r.received)


def mark_forwarded(data_dir: Path, case_id: str, number: int) -> list[Reply]:
    """Record that reply number (1 = oldest) was forwarded to the section."""
    replies = load_replies(data_dir, case_id)
    if not 1 <= number <= len(replies):
        raise UserError(CaseMessage.NO_SUCH_REPLY, case_id=case_id, replies=len(replies), number=number)
    old = replies[number - 1]
    replies[number - 1] = Reply(old.received, old.authority, old.summary, forwarded=True)
    save_replies(data_dir, case_id, replies)
    return replies


def pending_forwards(replies: list[Reply]) -> list[Reply]:
    """Replies the section has not been sent yet: each is a reminder."""
    return [r for r in replies if not r.forwarded]


FORWARD_REMINDER_EN = (
    "Forward a copy of every reply to your Amnesty section: it coordinates the case and needs to know "
    "what the authorities answer."
)
