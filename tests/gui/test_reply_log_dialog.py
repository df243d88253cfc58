"""The reply log dialog: log an answer, see the reminder in words, mark it forwarded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.replies import load_replies
from ua_desktop.core.resources import bundled_cases_dir
from ua_desktop.gui.cases.reply_log_dialog import ReplyLogDialog


def test_log_remind_forward(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = load_case(bundled_cases_dir() / "ua-034-25", bundled=True)
    dialog = ReplyLogDialog(case, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.reminder.text().startswith("No replies logged yet")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog.log_reply()  # nobody named
    assert "Say who answered" in warnings[0] and dialog.table.rowCount() == 0
    dialog.received.setDate(QDate(2025, 6, 2))
    dialog.authority.setText("Department of Homeland Security")
    dialog.summary.setText("Acknowledged receipt")
    dialog.log_reply()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "2 June 2025"
    assert dialog.table.item(0, 3).text().startswith("NOT YET")
    assert "not yet forwarded" in dialog.reminder.text() and "Amnesty section" in dialog.reminder.text()
    dialog.table.setCurrentCell(0, 0)
    dialog.forwarded_button.click()
    assert dialog.table.item(0, 3).text() == "yes"
    assert dialog.reminder.text() == "Your section has a copy of every reply logged here."
    assert load_replies(tmp_path, "ua-034-25")[0].forwarded
