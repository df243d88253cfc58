"""The reply log: answers from authorities are kept per case and remind the group to tell its section."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from ua_desktop.core.cases.replies import (
    Reply,
    add_reply,
    load_replies,
    mark_forwarded,
    pending_forwards,
    replies_file,
)
from ua_desktop.core.errors import UserError


def test_log_remind_and_forward(tmp_path: Path) -> None:
    assert load_replies(tmp_path, "ua-071-26") == []
    add_reply(tmp_path, "ua-071-26", Reply(dt.date(2026, 3, 20), "Ministry of Justice", "Case under review"))
    replies = add_reply(tmp_path, "ua-071-26", Reply(dt.date(2026, 3, 2), "Embassy of Hungary"))
    assert [r.authority for r in replies] == ["Embassy of Hungary", "Ministry of Justice"]
    assert len(pending_forwards(replies)) == 2
    replies = mark_forwarded(tmp_path, "ua-071-26", 2)
    assert [r.forwarded for r in replies] == [False, True]
    assert load_replies(tmp_path, "ua-071-26") == replies
    assert stat.S_IMODE(replies_file(tmp_path, "ua-071-26").stat().st_mode) == 0o600


def test_bad_replies(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Say who answered"):
        add_reply(tmp_path, "c", Reply(dt.date(2026, 1, 1), "  "))
    with pytest.raises(UserError, match="future"):
        add_reply(tmp_path, "c", Reply(dt.date.today() + dt.timedelta(days=3), "Ministry"))
    with pytest.raises(UserError, match="there is no reply 4"):
        mark_forwarded(tmp_path, "c", 4)
    replies_file(tmp_path, "c").parent.mkdir(parents=True, exist_ok=True)
    replies_file(tmp_path, "c").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="cannot be read"):
        load_replies(tmp_path, "c")
