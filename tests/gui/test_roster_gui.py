"""The Signers window: the SQL-backed model, search as you type, editing with undo, import and privacy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.records import add_signer, count_signers, get_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.models.roster_model import COLUMNS, RosterModel
from ua_desktop.gui.roster.roster_import_dialog import RosterImportDialog
from ua_desktop.gui.roster.roster_window import RosterWindow, open_roster
from ua_desktop.gui.roster.signer_dialog import SignerDialog

from .settings_helpers import settings_hub

PEOPLE = [
    Signer(
        first_name="Jürg",
        last_name="Müller",
        street=("Seestrasse 1",),
        postal_code="8001",
        city="Zürich",
        country="CH",
        tags=("Tuesday group",),
    ),
    Signer(
        first_name="Élise",
        last_name="Dubois",
        postal_code="1204",
        city="Genève",
        country="CH",
        email="elise@example.org",
    ),
    Signer(first_name="Anna", last_name="Muster", postal_code="3011", city="Bern", tags=("street stand",)),
]


@pytest.fixture
def store() -> RosterStore:
    paths = resolve_paths().ensure()
    roster = RosterStore.open(paths)
    for person in PEOPLE:
        add_signer(roster, person)
    yield roster
    roster.close()


def make_window(qtbot: QtBot, store: RosterStore) -> RosterWindow:
    window = RosterWindow(resolve_paths().ensure(), store, "en")
    qtbot.addWidget(window)
    return window


def shown(window: RosterWindow) -> list[str]:
    model = window.panel.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_model_passes_qt_model_tests(qtmodeltester: object, store: RosterStore) -> None:
    model = RosterModel(store)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3 and model.columnCount() == len(COLUMNS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Last name"
    model.sort(COLUMNS.index("city"), Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, COLUMNS.index("city"))) for r in range(3)] == [
        "Zürich",
        "Genève",
        "Bern",
    ]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.close()


def test_search_as_you_type_tag_filter_and_counts(qtbot: QtBot, store: RosterStore) -> None:
    window = make_window(qtbot, store)
    assert shown(window) == ["Dubois", "Müller", "Muster"]
    assert window.count_label.text() == "3 of 3 signers"  # English plural forms come from the .ts
    window.panel.search.setText("zu")
    assert shown(window) == ["Müller"]  # "zu" finds Zürich: accents do not matter
    window.panel.search.setText("ELISE@")
    assert shown(window) == ["Dubois"]
    window.panel.search.clear()
    tags = [window.panel.tag_filter.itemText(i) for i in range(window.panel.tag_filter.count())]
    assert tags == ["All signers", "street stand (1)", "Tuesday group (1)"]
    window.panel.tag_filter.setCurrentIndex(2)
    assert shown(window) == ["Müller"]
    assert window.count_label.text() == "1 of 3 signers"
    window.panel.tag_filter.setCurrentIndex(0)
    window.panel.table.selectAll()
    assert window.count_label.text() == "3 of 3 signers · 3 selected"


def test_add_edit_delete_and_undo(qtbot: QtBot, store: RosterStore, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, store)
    panel = window.panel
    new = Signer(first_name="Peter", last_name="Meier", city="Bern")
    monkeypatch.setattr(SignerDialog, "ask", classmethod(lambda cls, *args, **kwargs: new))
    panel.add_action.trigger()
    assert shown(window) == ["Dubois", "Meier", "Müller", "Muster"]
    assert panel.selected_ids() == [4]
    edited = Signer(**{**get_signer(store.conn, 4).__dict__, "city": "Thun"})
    monkeypatch.setattr(SignerDialog, "ask", classmethod(lambda cls, *args, **kwargs: edited))
    panel.edit_action.trigger()
    assert get_signer(store.conn, 4).city == "Thun"
    panel.undo_action.trigger()
    assert get_signer(store.conn, 4).city == "Bern"
    panel.redo_action.trigger()
    assert get_signer(store.conn, 4).city == "Thun"

    panel.table.selectAll()
    questions: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.delete_action.trigger()
    assert "Delete 4 signers from the roster?" in questions[0]
    assert count_signers(store.conn) == 0 and shown(window) == []
    panel.undo_action.trigger()
    assert count_signers(store.conn) == 4
    assert get_signer(store.conn, 1).tags == ("Tuesday group",)  # tags came back too
    assert shown(window) == ["Dubois", "Meier", "Müller", "Muster"]


def test_delete_needs_confirmation(qtbot: QtBot, store: RosterStore, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, store)
    window.panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    window.panel.delete_action.trigger()
    assert count_signers(store.conn) == 3


def test_signer_dialog_checks_while_typing(qtbot: QtBot) -> None:
    dialog = SignerDialog(None, ["Tuesday group"], "en", "CH")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.first_name  # keyboard users start typing the name at once
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "first or a last name" in dialog.problems_label.text()
    dialog.first_name.setText("Anna")
    dialog.last_name.setText("Muster")
    assert save.isEnabled()
    assert "Street and city are needed" in dialog.problems_label.text()  # a warning, not a refusal
    dialog.email.setText("anna@")
    assert not save.isEnabled() and "is not an e-mail address" in dialog.problems_label.text()
    dialog.email.setText("anna@example.org")
    dialog.country.setCurrentIndex(dialog.country.findData("CH"))
    dialog.postal_code.setText("80011")
    assert not save.isEnabled() and "does not have the form used in" in dialog.problems_label.text()
    dialog.postal_code.setText("8001")
    dialog.street.setPlainText("Bahnhofstrasse 12")
    dialog.city.setText("Zürich")
    dialog.tags.setText("Tuesday group; street stand")
    assert save.isEnabled() and dialog.problems_label.text() == ""
    assert (
        dialog.address_preview.text() == "Anna Muster\nBahnhofstrasse 12\n8001 Zürich"
    )  # domestic: no country
    signer = dialog.signer()
    assert (signer.country, signer.tags, signer.street) == (
        "CH",
        ("Tuesday group", "street stand"),
        ("Bahnhofstrasse 12",),
    )


def test_import_dialog_preview_mapping_dry_run_and_import(
    qtbot: QtBot, store: RosterStore, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "Vorname;Nachname;Farbe;PLZ;Ort\nPeter;Meier;blau;3011;Bern\nAnna;Muster;rot;3011;Bern\n",
        encoding="utf-8",
    )
    paths = resolve_paths().ensure()
    from ua_desktop.core.roster.source import read_source

    dialog = RosterImportDialog(paths.roster_db, paths.backups_dir, read_source(path))
    qtbot.addWidget(dialog)
    assert dialog.preview_model.rowCount() == 2
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == "Vorname\n→ First name"
    assert dialog.combos[2].currentData() is None  # "Farbe" is not a known column
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    summary = dialog.summary.toPlainText()
    assert "New signers: 1." in summary and "Duplicates skipped: 1." in summary
    assert "Not imported: Farbe." in dialog.summary.toPlainText()
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("notes"))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.worker is None, timeout=10_000)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()
    assert dialog.report is not None and dialog.report.committed and dialog.report.added == 1
    assert get_signer(store.conn, 4).notes == "blau"


def test_import_dialog_with_bad_rows_needs_consent(qtbot: QtBot, store: RosterStore, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("First name,Last name,Postcode,Country\nPeter,Meier,12,CH\nLena,Frei,8001,CH\n")
    paths = resolve_paths().ensure()
    from ua_desktop.core.roster.source import read_source

    dialog = RosterImportDialog(paths.roster_db, paths.backups_dir, read_source(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.worker is None, timeout=10_000)
    assert "line 2: postcode '12' does not have the form used in" in dialog.summary.toPlainText()
    assert not dialog.import_button.isEnabled() and not dialog.skip_bad.isHidden()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()
    assert count_signers(store.conn) == 4


def test_export_person_and_erase_from_the_window(
    qtbot: QtBot, store: RosterStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, store)
    window.panel.table.selectRow(0)  # Dubois
    target = tmp_path / "record.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.export_person_action.trigger()
    assert json.loads(target.read_text())["signer"]["last_name"] == "Dubois"
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: infos.append(text))
    window.erase_action.trigger()
    (said,) = infos
    erased, known, unknown = said.split("\n\n")
    assert erased == "Élise Dubois was erased."
    # the record just exported lies outside the program's folders: named as out of reach, never claimed erased
    assert "cannot reach" in known and str(target) in known
    assert "cannot be reached" in unknown
    assert shown(window) == ["Müller", "Muster"]
    assert not window.panel.undo_action.isEnabled()


def test_second_window_is_read_only(
    qtbot: QtBot, store: RosterStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\nfrom ua_desktop.core.paths import resolve_paths\n"
            "from ua_desktop.core.roster.store import RosterStore\n"
            "s = RosterStore.open(resolve_paths().ensure())\nprint('open', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    store.close()  # this process lets go, the other one holds the roster
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        reader = open_roster(resolve_paths().ensure(), None)
        assert reader is not None and reader.read_only
        window = make_window(qtbot, reader)
        assert shown(window) == ["Dubois", "Müller", "Muster"]
        assert not window.panel.add_action.isEnabled() and not window.import_action.isEnabled()
        assert window.findChild(object, "rosterReadOnly") is not None
        window.close()
    finally:
        holder.kill()
        holder.wait()


def test_main_window_opens_the_roster(qtbot: QtBot) -> None:
    from ua_desktop.core.cases.library import CaseLibrary
    from ua_desktop.gui.shell.main_window import MainWindow

    paths = resolve_paths().ensure()
    main = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))
    qtbot.addWidget(main)
    assert main.roster_menu.signers_action.shortcut().toString() == "Ctrl+Shift+R"
    main.roster_menu.signers_action.trigger()
    roster_window = main.roster_menu.window
    assert roster_window is not None and roster_window.isVisible()
    assert main.roster_menu.panel is roster_window.panel and main.selected_signer_ids() == []
    roster_window.close()
    assert main.roster_menu.panel is None and main.selected_signer_ids() == []


def test_damaged_roster_offers_the_newest_backup(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = resolve_paths().ensure()
    with RosterStore.open(paths) as roster:
        add_signer(roster, PEOPLE[0])
        roster.automatic_backup("test")
    damaged = b"SQLite format 3\x00" + b"\x13" * 8000
    paths.roster_db.write_bytes(damaged)
    offered: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        offered.append(box.text())
        restore = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    store = open_roster(paths, None)
    assert offered and "damaged" in offered[0] and "It was left untouched" in offered[0]
    assert store is not None and not store.read_only
    assert get_signer(store.conn, 1).last_name == "Müller"
    (aside,) = paths.data_dir.glob("roster.sqlite3.damaged-*")
    assert aside.read_bytes() == damaged  # set aside, never overwritten
    store.close()


def test_the_signer_dialog_says_who_the_roster_already_holds(
    qtbot: QtBot, store: RosterStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The roster's one duplicate rule while typing: the same person, or a namesake at another street of
    the same postcode; told, never refused (two people may share a name), and never oneself when editing."""
    window = make_window(qtbot, store)
    opened: list[SignerDialog] = []

    def open_dialog(
        cls: type[SignerDialog], parent: object, signer: Signer | None, *args: object, **kwargs: object
    ) -> None:
        dialog = cls(signer, [], "en", "CH", None, kwargs["known"])  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        opened.append(dialog)

    monkeypatch.setattr(SignerDialog, "ask", classmethod(open_dialog))
    window.panel.add_action.trigger()
    dialog = opened[-1]
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.first_name.setText("Jürg")
    dialog.last_name.setText("Mueller")  # the umlaut written out
    dialog.postal_code.setText("8001")
    dialog.city.setText("Zürich")
    dialog.street.setPlainText("Seestr. 1")
    assert "roster" not in dialog.problems_label.text()  # looked up when typing pauses, not per key
    label = dialog.problems_label
    qtbot.waitUntil(
        lambda: "Jürg Müller is already in the roster as signer 1 (Seestrasse 1)." in label.text()
    )
    assert save.isEnabled()
    dialog.street.setPlainText("Limmatquai 4")
    namesake = (
        "The roster also has Jürg Müller in the same postcode, at another street: signer 1 (Seestrasse 1)."
    )
    qtbot.waitUntil(lambda: namesake in label.text())
    assert save.isEnabled()
    dialog.postal_code.setText("3011")
    qtbot.waitUntil(lambda: "roster" not in label.text())

    window.panel.table.selectRow(0)  # Élise Dubois, signer 2
    window.panel.edit_action.trigger()
    opened[-1].look_up_known()  # at once, without waiting for the pause
    assert opened[-1].original.id == 2 and "roster" not in opened[-1].problems_label.text()
    for each in opened:
        each.reject()  # as Cancel does: no look-up is left to run
        assert not each._known_timer.isActive()
