"""The Cases menu of the main window: library, import, edit, export, replies.

install_case_menu() adds the menu and connects it to the window's reload_cases(select=...), so the main
window only needs one call. Dialog modules are imported when an action runs, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError

if TYPE_CHECKING:
    from ua_desktop.gui.shell.main_window import MainWindow


def export_case_file(parent: QWidget, case: Case) -> str:
    """Ask where to save case as a .uacase and write it; returns the path written ("" if cancelled)."""
    from ua_desktop.core.cases.share import export_case

    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CaseActions", "Export case"),
        f"{case.id}.uacase",
        QCoreApplication.translate("CaseActions", "Case packs (*.uacase)"),
    )
    if not name:
        return ""
    try:
        written = export_case(case, Path(name))
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("CaseActions", "Case not exported"), str(error)
        )
        return ""
    return str(written)


class CaseActions:
    """The Cases menu's actions, bound to one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menu = QMenu(QCoreApplication.translate("CaseActions", "C&ases"), window)
        menu.setObjectName("casesMenu")
        existing = window.menuBar().actions()
        if existing:  # before Help, which stays last
            window.menuBar().insertMenu(existing[-1], menu)
        else:
            window.menuBar().addMenu(menu)
        self.library_action = QAction(QCoreApplication.translate("CaseActions", "Case &library…"), window)
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.import_action = QAction(QCoreApplication.translate("CaseActions", "&Import case…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.edit_action = QAction(QCoreApplication.translate("CaseActions", "&Edit case…"), window)
        self.export_action = QAction(QCoreApplication.translate("CaseActions", "E&xport case…"), window)
        self.replies_action = QAction(QCoreApplication.translate("CaseActions", "&Replies…"), window)
        for action in (self.library_action, self.import_action, self.edit_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.replies_action)
        self.library_action.triggered.connect(self.show_library)
        self.import_action.triggered.connect(self.import_case)
        self.edit_action.triggered.connect(self.edit_case)
        self.export_action.triggered.connect(self.export_case)
        self.replies_action.triggered.connect(self.show_replies)
        window.case_changed.connect(self._update)
        self.menu = menu
        self._update(window.case)

    def _update(self, case: Case | None) -> None:
        self.edit_action.setEnabled(case is not None and not case.bundled)
        self.export_action.setEnabled(case is not None)
        self.replies_action.setEnabled(case is not None)

    def show_library(self) -> None:
        from ua_desktop.gui.cases.case_library_view import CaseLibraryDialog

        window = self.window
        dialog = CaseLibraryDialog(window.library, window.paths.data_dir, window)
        if window.case is not None:
            dialog.refresh(window.case.id)
        dialog.cases_changed.connect(lambda case_id: window.reload_cases(select=case_id or self._current()))
        dialog.open_requested.connect(lambda case_id: window.reload_cases(select=case_id))
        dialog.exec()

    def _current(self) -> str:
        return self.window.case.id if self.window.case else ""

    def import_case(self) -> None:
        from ua_desktop.core.cases.draft import read_draft
        from ua_desktop.gui.cases.case_editor import CaseEditorDialog
        from ua_desktop.gui.cases.case_import_dialog import CaseImportDialog

        window = self.window
        outcome = CaseImportDialog.ask(window, window.library)
        if outcome is None:
            return
        if outcome.edit:
            CaseEditorDialog.ask(window, read_draft(outcome.folder), window.library, original=outcome.folder)
        window.reload_cases(select=outcome.case_id)

    def edit_case(self) -> None:
        from ua_desktop.core.cases.draft import CaseDraft
        from ua_desktop.gui.cases.case_editor import CaseEditorDialog

        window = self.window
        case = window.case
        if case is None or case.bundled:
            return
        saved = CaseEditorDialog.ask(window, CaseDraft.from_case(case), window.library, original=case.folder)
        if saved is not None:
            window.reload_cases(select=saved.name)

    def export_case(self) -> None:
        if self.window.case is not None:
            export_case_file(self.window, self.window.case)

    def show_replies(self) -> None:
        from ua_desktop.gui.cases.reply_log_dialog import ReplyLogDialog

        if self.window.case is not None:
            ReplyLogDialog.ask(self.window, self.window.case, self.window.paths.data_dir)


def install_case_menu(window: MainWindow) -> CaseActions:
    """Add the Cases menu to window (call once, after the other menus are built)."""
    return CaseActions(window)
