"""`ua-desktop cases reply|replies`: log an answer, see the reminder, record that the section has it."""

from __future__ import annotations

import pytest

from ua_desktop.cli import main


def test_reply_log_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "replies", "ua-034-25"]) == 0
    assert "No replies logged for ua-034-25." in capsys.readouterr().out
    args = ["cases", "reply", "ua-034-25", "--from", "Department of Homeland Security"]
    assert main([*args, "--received", "2025-06-02", "--summary", "Acknowledged receipt"]) == 0
    out = capsys.readouterr().out
    assert "1\t2025-06-02\tDepartment of Homeland Security\tNOT YET FORWARDED" in out
    assert "Forward a copy of every reply to your Amnesty section" in out
    assert main(["cases", "reply", "ua-034-25", "--forwarded", "1"]) == 0
    out = capsys.readouterr().out
    assert "forwarded to the section" in out and "Forward a copy" not in out


def test_reply_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "reply", "ua-034-25"]) == 1
    assert "Say who answered" in capsys.readouterr().err
    assert main(["cases", "reply", "ua-034-25", "--forwarded", "3"]) == 1
    assert "there is no reply 3" in capsys.readouterr().err
    assert main(["cases", "reply", "no-such-case", "--from", "x"]) == 1
    with pytest.raises(SystemExit):
        main(["cases", "reply", "ua-034-25", "--from", "x", "--received", "1 June"])
    assert "is not a date written as YYYY-MM-DD" in capsys.readouterr().err
