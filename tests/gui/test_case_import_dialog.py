"""The import flow in the window: paste or choose, see what was found, save, edit; the Cases menu;
the deadline guard in the briefing and before a late export."""

from __future__ import annotations

import datetime as dt
import importlib.util
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.manage import ClashPolicy
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.resources import bundled_cases_dir
from ua_desktop.gui.cases import case_import_dialog
from ua_desktop.gui.cases.briefing_panel import BriefingPanel
from ua_desktop.gui.cases.case_import_dialog import CaseImportDialog, ImportOutcome
from ua_desktop.gui.cases.deadline_guard import confirm_export_after_deadline
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.shell.main_window import MainWindow

from .settings_helpers import settings_hub

DATA = Path(__file__).resolve().parent.parent / "data"


def dialog_for(qtbot: QtBot, library: CaseLibrary) -> CaseImportDialog:
    dialog = CaseImportDialog(library)
    qtbot.addWidget(dialog)
    return dialog


def test_paste_read_and_save(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library)
    assert not dialog.save_button.isEnabled()
    dialog.paste_edit.setPlainText((DATA / "ua" / "ua-088-26-de.txt").read_text(encoding="utf-8"))
    dialog.read_button.click()
    report = dialog.report.toPlainText()
    assert "UA number" in report and "UA 088/26" in report
    assert "\nDeadline\nnot found\n" in report
    assert "⚠ deadline: the deadline 'bis zum 28. April' has no year" in report
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert dialog.outcome == ImportOutcome(library.user_cases_dir / "ua-088-26", "ua-088-26", edit=True)
    assert (library.user_cases_dir / "ua-088-26" / "case.toml").exists()


def test_the_summary_speaks_the_window_language(
    qtbot: QtBot, library: CaseLibrary, english_catalogue: Translators
) -> None:
    assert english_catalogue.install("de")
    QLocale.setDefault(QLocale("de"))
    try:
        dialog = dialog_for(qtbot, library)
        dialog.paste_edit.setPlainText((DATA / "ua" / "ua-088-26-de.txt").read_text(encoding="utf-8"))
        dialog.read_button.click()
        report = dialog.report.toPlainText()
    finally:
        english_catalogue.install("en")
        QLocale.setDefault(QLocale("en_GB"))
    assert "\nFolgeaktion\nnein\n" in report, report
    assert "Absätze" in report and "(Empfänger)" in report, report
    for english in ("paragraph(s)", "(primary)", "\nno\n", "step(s)"):
        assert english not in report, report


def test_not_a_ua_and_scanned_pdf_show_a_message(qtbot: QtBot, library: CaseLibrary, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, library)
    dialog.paste_edit.setPlainText((DATA / "ua" / "not-an-ua.txt").read_text(encoding="utf-8"))
    dialog.read_button.click()
    assert "does not look like an Urgent Action" in dialog.message.text()
    assert not dialog.save_button.isEnabled()
    spec = importlib.util.spec_from_file_location("ua_pdf_gui", DATA / "ua_pdf.py")
    assert spec and spec.loader
    helpers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helpers)
    dialog.sources.setCurrentIndex(1)
    dialog.file_edit.setText(str(helpers.write_scanned_pdf(tmp_path / "scan.pdf")))
    dialog.read_button.click()
    assert "scanned" in dialog.message.text() and "paste" in dialog.message.text()


def test_id_clash_asks_replace_or_keep_both(
    qtbot: QtBot, library: CaseLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(parent, error):  # type: ignore[no-untyped-def]
        asked.append(error.case_id)
        return ClashPolicy.KEEP_BOTH

    monkeypatch.setattr(case_import_dialog, "ask_clash_policy", choose)
    dialog = dialog_for(qtbot, library)
    dialog.sources.setCurrentIndex(1)
    dialog.file_edit.setText(str(bundled_cases_dir() / "ua-034-25" / "source.txt"))
    dialog.read_button.click()
    dialog.save_button.click()
    assert asked == ["ua-034-25"]
    assert dialog.outcome is not None and dialog.outcome.case_id == "ua-034-25-2"


def test_shared_pack_is_imported_without_the_editor(
    qtbot: QtBot, library: CaseLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "from-neighbours.uacase"
    with zipfile.ZipFile(shared, "w") as archive:
        for name in ("case.toml", "briefing.md", "letters/en.j2"):
            archive.write(bundled_cases_dir() / "ua-034-25" / name, name)
    monkeypatch.setattr(case_import_dialog, "ask_clash_policy", lambda parent, error: ClashPolicy.REPLACE)
    dialog = dialog_for(qtbot, library)
    dialog.sources.setCurrentIndex(1)
    dialog.file_edit.setText(str(shared))
    dialog.read_button.click()
    assert dialog.outcome == ImportOutcome(library.user_cases_dir / "ua-034-25", "ua-034-25", edit=False)
    assert not load_case(dialog.outcome.folder).bundled


def test_cases_menu_in_the_main_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = resolve_paths().ensure()
    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "C&ases" in titles and titles[-1] == "&Help"
    actions = window.case_actions
    assert actions.library_action.shortcut().toString() == "Ctrl+L"
    assert actions.import_action.shortcut().toString() == "Ctrl+I"
    assert not actions.edit_action.isEnabled()  # the bundled case is read-only

    def fake_import(parent, library, settings_hub):  # type: ignore[no-untyped-def]
        from ua_desktop.core.cases.importer import draft_from_file
        from ua_desktop.core.cases.manage import save_new_case

        folder = save_new_case(draft_from_file(DATA / "ua" / "ua-071-26-en.txt", library), library)
        return ImportOutcome(folder, "ua-071-26", edit=False)

    monkeypatch.setattr(CaseImportDialog, "ask", fake_import)
    actions.import_action.trigger()
    assert window.case is not None and window.case.id == "ua-071-26"
    assert actions.edit_action.isEnabled()


def test_the_case_library_imports_with_the_menus_action(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ua_desktop.gui.cases.case_library_view import CaseLibraryDialog

    paths = resolve_paths().ensure()
    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))
    qtbot.addWidget(window)
    shown: list[CaseLibraryDialog] = []
    monkeypatch.setattr(CaseLibraryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.case_actions.library_action.trigger()
    (library_dialog,) = shown
    qtbot.addWidget(library_dialog)
    assert library_dialog.import_button.isVisibleTo(library_dialog)
    asked_over = []

    def fake_import(parent, library, settings_hub):  # type: ignore[no-untyped-def]
        from ua_desktop.core.cases.importer import draft_from_file
        from ua_desktop.core.cases.manage import save_new_case

        asked_over.append(parent)
        folder = save_new_case(draft_from_file(DATA / "ua" / "ua-071-26-en.txt", library), library)
        return ImportOutcome(folder, "ua-071-26", edit=False)

    monkeypatch.setattr(CaseImportDialog, "ask", fake_import)
    library_dialog.import_button.click()
    assert asked_over == [library_dialog]  # the import dialog opens over the library, not behind it
    assert library_dialog.selected_id() == "ua-071-26"  # listed and selected at once
    assert window.case is not None and window.case.id == "ua-071-26"  # the same action as the menu's

    monkeypatch.setattr(CaseImportDialog, "ask", lambda parent, library, settings_hub: None)
    library_dialog.import_button.click()  # cancelled: nothing changes
    assert library_dialog.selected_id() == "ua-071-26"
    assert CaseLibraryDialog(window.library, paths.data_dir).import_button.isHidden()  # no action, no button


def test_briefing_says_when_post_is_too_slow(qtbot: QtBot) -> None:
    panel = BriefingPanel()
    qtbot.addWidget(panel)
    case = load_case(bundled_cases_dir() / "ua-034-25", bundled=True)
    panel.show_case(case, today=dt.date(2025, 6, 27))
    assert not panel.postal_notice.isHidden()
    assert "e-mail or fax" in panel.postal_notice.text() and "about 7 days" in panel.postal_notice.text()
    panel.show_case(case, today=dt.date(2025, 6, 27), transit_days=3)
    assert panel.postal_notice.isHidden()
    panel.show_case(case, today=dt.date(2025, 6, 1))
    assert panel.postal_notice.isHidden()


def test_export_after_deadline_asks(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    case = load_case(bundled_cases_dir() / "ua-034-25", bundled=True)
    assert confirm_export_after_deadline(None, case, today=dt.date(2025, 6, 30))  # no question before
    questions: list[str] = []

    def answer(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not confirm_export_after_deadline(None, case, today=dt.date(2025, 7, 2))
    assert "The deadline of UA 034/25 has passed" in questions[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert confirm_export_after_deadline(None, case, today=dt.date(2025, 7, 2))
