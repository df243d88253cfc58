"""The import preview lists every duplicate with the record it matched, and every possible duplicate."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.source import read_source
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.roster.roster_import_dialog import RosterImportDialog


def test_the_preview_lists_duplicates_and_possible_duplicates(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths().ensure()
    with RosterStore.open(paths) as store:
        add_signer(
            store,
            Signer(first_name="Anna", last_name="Müller", street=("Bahnhofstrasse 12",), postal_code="10115"),
        )
    path = tmp_path / "people.csv"
    path.write_text(
        "Vorname;Nachname;Strasse;PLZ;E-Mail\n"
        "Anna;Mueller;Bahnhofstr. 12;D-10115;anna@example.org\n"  # the signer, with an e-mail now
        "Ana;Muller;Seeweg 1;8001;ANNA@example.org\n"  # the signer too: line 2 gave their e-mail
        "Anna;Müller;Hauptstrasse 3;10115;\n",  # the same name and postcode, another street
        encoding="utf-8",
    )
    dialog = RosterImportDialog(paths.roster_db, paths.backups_dir, read_source(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.worker is None, timeout=10_000)
    summary = dialog.summary.toPlainText().splitlines()
    assert "New signers: 1. Merged into signers already in the roster: 0. Duplicates skipped: 2." in summary
    assert "  line 2: Anna Mueller is already in the roster as signer 1" in summary
    assert "  line 3: Ana Muller has the e-mail address of signer 1, Anna Müller" in summary
    assert "  line 4: Anna Müller (Hauptstrasse 3) may be signer 1 (Bahnhofstrasse 12)" in summary
    assert dialog.import_button.isEnabled()  # the possible duplicate is imported


def test_a_long_list_is_cut_with_a_count(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tens of thousands of possible duplicates are counted after the first ones, not worded on the window's
    thread one by one."""
    from ua_desktop.gui.roster import roster_import_dialog

    monkeypatch.setattr(roster_import_dialog, "NOTES_LISTED", 2)
    paths = resolve_paths().ensure()
    RosterStore.open(paths).close()  # an empty roster
    path = tmp_path / "people.csv"
    rows = "".join(f"Anna;Müller;Weg {n};10115\n" for n in range(1, 6))
    path.write_text("Vorname;Nachname;Strasse;PLZ\n" + rows, encoding="utf-8")
    dialog = RosterImportDialog(paths.roster_db, paths.backups_dir, read_source(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.worker is None, timeout=10_000)
    summary = dialog.summary.toPlainText().splitlines()
    listed = [line for line in summary if " may be the person of line 2 " in line]
    assert len(listed) == 2 and dialog.report is not None and dialog.report.possible == 4
    assert summary[-1].startswith("  … and 2 more")
