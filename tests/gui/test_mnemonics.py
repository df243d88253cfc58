"""Every Alt+letter of a window does one thing, in all five languages (issue #14).

"Alt+C is taken by both the Cases menu and the 'Case:' label": Qt then cycles between the two instead of
acting. This walks the main window (its menu titles and every label, button, check box, group box and tab
shown with it, the print-queue dock and the find bar open) and each dialog, with each language's compiled
catalogue installed as the program installs it, and fails on two controls shown together that share a
mnemonic. Within each menu the items must differ too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.settings_store import SettingsStore
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.shell.settings_hub import SettingsHub

from .screen_fit_probe import CASE_ID, windows

LANGUAGES = ("en", "de", "fr", "it", "es")
_MNEMONIC = re.compile(r"&(&|.)", re.DOTALL)


def mnemonic(text: str) -> str:
    """The letter Alt+ reaches in a text ("&Case:" -> "c"); "" without one ("&&" is a plain ampersand)."""
    for match in _MNEMONIC.finditer(text):
        if match.group(1) != "&":
            return match.group(1).casefold()
    return ""


def shown_with(widget: QWidget, window: QWidget) -> bool:
    """The widget is on screen whenever the window is (not on another tab or page, not hidden)."""
    return widget is window or widget.isVisibleTo(window)


def controls(window: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of each control of the window that has a mnemonic and is shown with it."""
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                yield "menu", action.text()
    for button in window.findChildren(QAbstractButton):
        if (
            shown_with(button, window)
            and button.parent() is not None
            and not isinstance(button.parent(), QTabBar)
        ):
            yield type(button).__name__, button.text()
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and shown_with(label, window):
            yield "label", label.text()
    for box in window.findChildren(QGroupBox):
        if shown_with(box, window):
            yield "group", box.title()
    for bar in window.findChildren(QTabBar):
        if shown_with(bar, window):
            for index in range(bar.count()):
                if bar.isTabVisible(index):
                    yield "tab", bar.tabText(index)


def clashes(window: QWidget) -> list[str]:
    """Mnemonics that more than one control shown together uses, with the controls' texts."""
    taken: dict[str, list[str]] = defaultdict(list)
    for what, text in controls(window):
        letter = mnemonic(text)
        if letter:
            taken[letter].append(f"{what} {text!r}")
    return [f"Alt+{letter.upper()}: {', '.join(users)}" for letter, users in taken.items() if len(users) > 1]


def menu_clashes(window: QWidget) -> list[str]:
    found = []
    for menu in window.findChildren(QMenu):
        taken: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                taken[letter].append(action.text())
        found += [
            f"menu {menu.title()!r} Alt+{letter.upper()}: {', '.join(map(repr, texts))}"
            for letter, texts in taken.items()
            if len(texts) > 1
        ]
    return found


def test_the_walk_finds_a_clash(qtbot: QtBot) -> None:
    """The check itself: the reported Cases-menu / Case: label clash is found, && is no mnemonic."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Cases")
    label = QLabel("&Case:", window)
    label.setBuddy(QComboBox(window))
    window.setCentralWidget(label)
    assert clashes(window) == ["Alt+C: menu '&Cases', label '&Case:'"]
    assert mnemonic("Save && &close") == "c" and mnemonic("A && B") == ""


def more_windows(paths: AppPaths, hub: SettingsHub) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Dialogs and windows beyond the screen-fit ones, built as the program builds them."""
    from ua_desktop.gui.cases.case_library_view import CaseLibraryDialog
    from ua_desktop.gui.cases.reply_log_dialog import ReplyLogDialog
    from ua_desktop.gui.evenings.evening_controller import EveningController
    from ua_desktop.gui.evenings.sign_in_window import SignInWindow
    from ua_desktop.gui.export.return_address_dialog import ReturnAddressDialog
    from ua_desktop.gui.roster.signer_dialog import SignerDialog
    from ua_desktop.gui.shell.about_dialog import AboutDialog
    from ua_desktop.gui.shell.group_country_prompt import GroupCountryDialog

    library = CaseLibrary(paths.cases_dir)
    case = library.get(CASE_ID)
    signer = Signer(first_name="Anna", last_name="Muster", city="Bern", country="CH")
    yield "case library", lambda: CaseLibraryDialog(library, paths.data_dir, import_case=lambda _parent: "")
    yield "reply log", lambda: ReplyLogDialog(case, paths.data_dir)
    yield "return address", lambda: ReturnAddressDialog("Amnesty")
    yield "signer", lambda: SignerDialog(signer, ["choir"], hub.current.ui_language or "en", "CH")
    yield "about", lambda: AboutDialog()
    yield "group country", lambda: GroupCountryDialog(hub.current.ui_language or "en")

    def sign_in() -> QWidget:
        controller = EveningController(paths, library)
        controller.restore() or controller.start([CASE_ID], "Hall", dt.date(2026, 11, 28), True, False)
        window = SignInWindow(controller, "We keep your address for letters only.", "CH")
        window.destroyed.connect(controller.close)
        return window

    yield "sign-in", sign_in


def states(name: str, window: QWidget) -> Iterator[str]:
    """Each state of a window in which other controls are shown: the export dialog's kinds, the main window
    with the print-queue dock and the find-and-replace bar open. The window is shown first: a toolbar lays
    out (and shows) its widgets, such as the main window's "Case:" label, only then."""
    window.show()
    QApplication.processEvents()
    yield ""
    if name == "main":
        window.evening_menu.show_queue()  # type: ignore[attr-defined]
        window.letter_panel.editor.find_bar.open(True)  # type: ignore[attr-defined]
        QApplication.processEvents()
        yield "with the print queue and find-and-replace"
    if name == "export":
        kinds = window.kind  # type: ignore[attr-defined]
        for index in range(kinds.count()):
            kinds.setCurrentIndex(index)
            yield f"for {kinds.currentText()}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_mnemonic_is_unique_per_window(english_catalogue: Translators, language: str) -> None:
    assert english_catalogue.install(language), f"no compiled catalogue for {language}"
    try:
        paths = resolve_paths().ensure()
        hub = SettingsHub(SettingsStore.for_paths(paths))
        hub.update(ui_language=language)
        found: list[str] = []
        for name, build in [*windows(paths, hub), *more_windows(paths, hub)]:
            window = build()
            for state in states(name, window):
                found += [f"{name} {state}: {clash}".replace("  ", " ") for clash in clashes(window)]
            found += [f"{name}: {clash}" for clash in menu_clashes(window)]
            window.close()
            window.deleteLater()  # as the screen-fit probe does: gone while its Python side still exists
            QApplication.processEvents()
        assert not found, f"{language}:\n" + "\n".join(found)
    finally:
        english_catalogue.install("en")
        QApplication.processEvents()
