"""The main window on the bundled case, its state across restarts, About, translation and crash handling."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.deadline import deadline_status
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.shell.about_dialog import AboutDialog
from ua_desktop.gui.shell.crash import CrashHandler
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.shell.main_window import MainWindow

from .settings_helpers import settings_hub


def make_window(qtbot: QtBot) -> MainWindow:
    paths = resolve_paths().ensure()
    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))
    qtbot.addWidget(window)
    return window


def test_window_opens_on_bundled_case(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show()
    assert window.case is not None and window.case.id == "ua-034-25"
    assert window.case_combo.currentText() == "UA 034/25 — Stop illegal expulsions to El Salvador"
    panel = window.briefing_panel
    assert panel.title_label.text() == "Stop illegal expulsions to El Salvador"
    assert "AMR 51/9206/2025" in panel.meta_label.text()
    text = panel.text.toPlainText()
    assert text.startswith("Following a presidential proclamation")
    assert "Please take action before 1 July 2025." in text
    assert "INFO POSTAGE" in text
    assert "WASHINGTON, DC 20528" in text and "Salutation: Dear Secretary Noem," in text
    assert window.letter_panel.editor.text().startswith("I am extremely concerned")
    letter = window.letter_panel.current_letter().to_text()
    assert "Dear Secretary Noem," in letter and letter.rstrip().endswith("Yours sincerely,\n\nAnna Muster")
    assert "I am extremely concerned" in letter


def test_deadline_badge_words(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    badge = window.briefing_panel.badge
    QLocale.setDefault(QLocale("en_GB"))
    translators = Translators(QApplication.instance())
    translators.install("en")  # English plural forms come from ua_desktop_en.ts
    badge.show_status(deadline_status(dt.date(2025, 7, 1), dt.date(2025, 6, 19)))
    assert badge.text() == "12 days left"
    badge.show_status(deadline_status(dt.date(2025, 7, 1), dt.date(2025, 6, 30)))
    assert badge.text() == "1 day left"
    badge.show_status(deadline_status(dt.date(2025, 7, 1), dt.date(2025, 7, 1)))
    assert badge.text() == "Deadline is today"
    badge.show_status(deadline_status(dt.date(2025, 7, 1), dt.date(2026, 11, 28)))
    assert badge.text() == "Deadline passed on 1 July 2025"
    assert badge.accessibleDescription() == badge.text()
    assert "#b3261e" in badge.styleSheet()


def test_geometry_splitter_and_last_case_are_restored(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show()
    window.resize(700, 500)  # the offscreen screen is 800 x 600; restoreGeometry keeps windows on it
    window.splitter.setSizes([250, 450])
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] < 300)
    sizes = window.splitter.sizes()
    window.close()
    saved = Settings.load(resolve_paths().settings_file)
    assert saved.last_case_id == "ua-034-25"
    again = make_window(qtbot)
    again.show()
    qtbot.waitUntil(lambda: again.splitter.sizes() == sizes)
    assert (again.width(), again.height()) == (700, 500)


def test_broken_own_case_is_listed_not_fatal(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    own = resolve_paths().ensure().cases_dir / "broken"
    own.mkdir()
    (own / "case.toml").write_text("this is [ not toml", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window = make_window(qtbot)
    labels = [window.case_combo.itemText(i) for i in range(window.case_combo.count())]
    assert "broken (cannot be opened)" in labels
    assert window.case is not None and window.case.id == "ua-034-25"
    window.case_combo.setCurrentIndex(labels.index("broken (cannot be opened)"))
    assert warnings and "case.toml:1" in warnings[0]


def test_about_names_font_licence_and_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.about_html()
    assert "Noto Serif" in text and "SIL Open Font License 1.1" in text
    from ua_desktop import __version__

    assert __version__ in text and "LGPL" in text


def test_german_translation_is_applied(qtbot: QtBot) -> None:
    translators = Translators(QApplication.instance())
    try:
        assert translators.install("de")
        window = make_window(qtbot)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == "&Datei" and menus[-1] == "&Hilfe"
        assert window.briefing_panel.badge.text().startswith("Frist abgelaufen am")
    finally:
        translators.install("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_crash_handler_logs_and_shows_log_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    handler = CrashHandler(tmp_path / "ua-desktop.log")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        with caplog.at_level(logging.ERROR):
            handler.handle(type(error), error, error.__traceback__)
    assert "ZeroDivisionError: boom" in caplog.text
    (box,) = shown
    assert str(tmp_path / "ua-desktop.log") in box.text()
    assert "ZeroDivisionError" in box.detailedText()


def test_the_window_owns_the_menu_order(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "C&ases", "&Roster", "E&vening", "&Tools", "&Help"]


def test_deferred_start_paints_the_briefing_first(qtbot: QtBot) -> None:
    paths = resolve_paths().ensure()
    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir), deferred=True)
    qtbot.addWidget(window)
    assert window.letter_panel is None and not window.menuBar().actions()
    panel = window.briefing_panel
    assert panel.title_label.text() == "Stop illegal expulsions to El Salvador"
    assert "Take action" in panel.text.toPlainText()  # the briefing is there before the first paint
    # Written-out dates follow the first paint (loading the CLDR data is not worth delaying the case for).
    assert panel.meta_label.text() == "" and panel.badge.text() == ""
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert window.letter_panel is not None and window.letter_panel.case is window.case
    assert "Deadline: " in panel.meta_label.text() and "AMR 51/9206/2025" in panel.meta_label.text()
    assert panel.badge.text().startswith("Deadline passed on ")
    # A later case shows its dates at once.
    panel.show_case(window.case, today=window.case.deadline)
    assert panel.badge.text() == "Deadline is today"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&File" and menus[-1] == "&Help" and "C&ases" in menus


def test_closing_never_waits_for_the_preview(qtbot: QtBot) -> None:
    import time

    window = make_window(qtbot)
    window.show()
    assert window.letter_panel is not None
    window.letter_panel.request_render()  # a job in flight (the render process may still be starting)
    start = time.monotonic()
    window.close()
    assert time.monotonic() - start < 2.0


def test_roster_signers_are_offered_in_the_letter_preview(qtbot: QtBot) -> None:
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

    paths = resolve_paths().ensure()
    with RosterStore.open(paths) as store:
        from ua_desktop.core.roster import records

        records.add_signer(store, Signer(first_name="Łukasz", last_name="Nowak", city="Kraków", country="PL"))
    window = make_window(qtbot)
    assert window.letter_panel is not None
    labels = [
        window.letter_panel.signer_combo.itemText(i) for i in range(window.letter_panel.signer_combo.count())
    ]
    assert labels[:2] == ["Sample signer", "Blank (to fill in by hand)"]
    assert "Nowak, Łukasz — Kraków" in labels


def test_dialogs_open_over_the_shown_main_window_and_find_their_frame(qtbot: QtBot) -> None:
    """Each dialog's frame watcher (screen_fit) lives until its window is framed, also when the collector
    runs in between: Qt never calls a filter whose Python side is gone."""
    import gc

    from ua_desktop.gui.export.export_dialog import ExportDialog
    from ua_desktop.gui.widgets.screen_fit import _WATCHERS

    window = make_window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    assert window.case is not None
    for _ in range(3):
        dialog = ExportDialog(window.paths, window.settings_hub, window.case, parent=window)
        qtbot.addWidget(dialog)
        gc.collect()
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not _WATCHERS)
        geometry, frame = window.screen().availableGeometry(), dialog.frameGeometry()
        # The offscreen screen (800 x 800) is narrower than the dialog's minimum: its corner stays on it.
        assert frame.top() >= geometry.top() and frame.left() >= geometry.left()
        dialog.close()
