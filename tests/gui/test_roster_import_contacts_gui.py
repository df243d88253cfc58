"""The import dialog with the files people have (issue 17): no header row, mixed encodings, lossy exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.records import count_signers
from ua_desktop.core.roster.search import Query, list_signers
from ua_desktop.core.roster.source import read_source
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.roster.roster_import_dialog import RosterImportDialog

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


@pytest.fixture(autouse=True)
def empty_roster() -> None:
    """The dry run reads the roster, so there is one (empty)."""
    with RosterStore.open(resolve_paths().ensure()):
        pass


def open_dialog(qtbot: QtBot, name: str) -> RosterImportDialog:
    paths = resolve_paths().ensure()
    dialog = RosterImportDialog(paths.roster_db, paths.backups_dir, read_source(CONTACTS / name))
    qtbot.addWidget(dialog)
    return dialog


def checked(qtbot: QtBot, dialog: RosterImportDialog) -> str:
    """The dry run's summary, once it is there."""
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.report is not None, timeout=10_000)
    return dialog.summary.toPlainText()


def test_a_file_without_a_header_row_is_read_with_its_first_row_as_data(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, "no_header.csv")
    # the first row is a person (an e-mail address, a postcode) and no header is known: ticked from the start
    assert dialog.first_row_is_data.isChecked() and dialog.first_row_is_data.isVisibleTo(dialog)
    assert dialog.preview_model.rowCount() == 3  # Anna, the first row, is in the preview
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == "Column 1\n→ (not imported)"
    for index, field in enumerate(["first_name", "last_name", "street", "postal_code", "city", "email"]):
        dialog.combos[index].setCurrentIndex(dialog.combos[index].findData(field))
    summary = checked(qtbot, dialog)
    assert "New signers: 3." in summary, summary
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()
    with RosterStore.open(resolve_paths().ensure()) as store:
        people = {s.last_name: s for s in list_signers(store.conn, Query())}
    assert sorted(people) == ["Dubois", "Meier", "Muster"]
    assert (people["Muster"].city, people["Muster"].email) == ("Zürich", "anna@example.org")


def test_unticking_reads_the_first_row_as_the_header_again(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, "no_header.csv")
    dialog.first_row_is_data.setChecked(False)
    assert dialog.preview_model.rowCount() == 2
    assert [dialog.combos[i].accessibleName() for i in range(2)] == [
        "Field for column Anna",
        "Field for column Muster",
    ]
    dialog.first_row_is_data.setChecked(True)
    assert dialog.preview_model.rowCount() == 3 and len(dialog.combos) == 6
    assert dialog.combos[0].accessibleName() == "Field for column Column 1"


def test_a_file_with_a_header_is_not_ticked_and_a_vcard_has_no_such_choice(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, "google_contacts.csv")
    assert not dialog.first_row_is_data.isChecked()
    assert "New signers: 3." in checked(qtbot, dialog)
    vcard = open_dialog(qtbot, "ios.vcf")
    assert not vcard.first_row_is_data.isVisibleTo(vcard)


def test_the_summary_says_which_lines_were_read_otherwise_and_which_rows_to_check(qtbot: QtBot) -> None:
    mixed = open_dialog(qtbot, "mixed_utf8_cp1252.csv")
    assert "UTF-8, some lines Windows-1252" in mixed.info.text()
    assert "were read as Windows-1252 (check their accents): 4, 5" in checked(qtbot, mixed)
    lossy = open_dialog(qtbot, "lossy_export.csv")
    summary = checked(qtbot, lossy)
    assert "to check after the import, and to correct in the roster:" in summary
    assert "line 2: first name '?or?e' has '?'" in summary
    assert lossy.import_button.isEnabled()  # flagged rows are imported; they are not bad rows
    with qtbot.waitSignal(lossy.accepted, timeout=10_000):
        lossy.import_button.click()
    with RosterStore.open(resolve_paths().ensure()) as store:
        assert count_signers(store.conn) == 3
