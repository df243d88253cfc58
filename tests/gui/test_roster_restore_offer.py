"""The Signers window never starts an empty roster by itself where an earlier one's copies lie.

A missing or 0-byte roster next to a backup or a set-aside roster (what the old restore on a full disk left)
opens with a question: restore the newest usable copy, start an empty roster on purpose, or cancel and
leave everything as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.roster.records import add_signer, count_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.roster.roster_window import open_roster


def lost_roster() -> tuple[AppPaths, Path]:
    """A roster of two with a backup, then emptied to 0 bytes; returns the paths and the backup."""
    paths = resolve_paths().ensure()
    with RosterStore.open(paths) as roster:
        add_signer(roster, Signer(first_name="Anna", last_name="Muster"))
        add_signer(roster, Signer(first_name="Peter", last_name="Meier"))
        backup = roster.automatic_backup("test")
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.roster_db}{suffix}").unlink(missing_ok=True)
    paths.roster_db.write_bytes(b"")
    return paths, backup


def answer(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[tuple[str, list[str]]]:
    """Make the next message boxes click the button labelled choice; returns (text, buttons) of each."""
    asked: list[tuple[str, list[str]]] = []

    def run(box: QMessageBox) -> int:
        labels = [button.text() for button in box.buttons()]
        asked.append((box.text(), labels))
        chosen = next(b for b in box.buttons() if b.text() == choice)
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: chosen)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    return asked


def test_an_empty_roster_offers_its_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    paths, backup = lost_roster()
    asked = answer(monkeypatch, "Restore This Copy")
    store = open_roster(paths, None)
    ((text, buttons),) = asked
    assert "missing or empty" in text and str(backup) in text
    assert "Start an Empty Roster" in buttons and "Cancel" in buttons
    assert store is not None and count_signers(store.conn) == 2
    store.close()


def test_starting_empty_is_the_users_choice_and_keeps_the_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    paths, backup = lost_roster()
    answer(monkeypatch, "Start an Empty Roster")
    store = open_roster(paths, None)
    assert store is not None and count_signers(store.conn) == 0
    store.close()
    assert backup.exists()
    with RosterStore.open(paths) as again:  # an empty roster by choice: no more questions
        assert count_signers(again.conn) == 0


def test_cancel_leaves_the_empty_file_and_opens_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    paths, _backup = lost_roster()
    answer(monkeypatch, "Cancel")
    assert open_roster(paths, None) is None
    assert paths.roster_db.read_bytes() == b""
