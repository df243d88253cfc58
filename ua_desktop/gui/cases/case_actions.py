"""The Cases menu of the main window: library, import, edit, export, replies.

The menu sees the window only through its MenuHost (the case shown, reload the cases); the window puts
`menu` into its menu bar where it wants it. Dialog modules are imported when an action runs, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ua_desktop.core.cases.model import Case

if TYPE_CHECKING:
    from ua_desktop.gui.shell.menu_host import MenuHost


class CaseActions:
    """The Cases menu's actions, working on the host window's case and case list."""

    def __init__(self, host: MenuHost) -> None:
        self.host = host
        parent = host.window
        menu = QMenu(QCoreApplication.translate("CaseActions", "C&ases"), parent)
        menu.setObjectName("casesMenu")
        self.library_action = QAction(QCoreApplication.translate("CaseActions", "Case &library…"), parent)
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.import_action = QAction(QCoreApplication.translate("CaseActions", "&Import case…"), parent)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.edit_action = QAction(QCoreApplication.translate("CaseActions", "&Edit case…"), parent)
        self.export_action = QAction(QCoreApplication.translate("CaseActions", "E&xport case…"), parent)
        self.replies_action = QAction(QCoreApplication.translate("CaseActions", "&Replies…"), parent)
        for action in (self.library_action, self.import_action, self.edit_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.replies_action)
        self.library_action.triggered.connect(self.show_library)
        self.import_action.triggered.connect(lambda _checked=False: self.import_case())
        self.edit_action.triggered.connect(self.edit_case)
        self.export_action.triggered.connect(self.export_case)
        self.replies_action.triggered.connect(self.show_replies)
        host.case_changed.connect(self._update)
        self.menu = menu
        self._update(host.current_case())

    def _update(self, case: Case | None) -> None:
        self.edit_action.setEnabled(case is not None and not case.bundled)
        self.export_action.setEnabled(case is not None)
        self.replies_action.setEnabled(case is not None)

    def _current_id(self) -> str:
        case = self.host.current_case()
        return case.id if case else ""

    def show_library(self) -> None:
        from ua_desktop.gui.cases.case_library_view import CaseLibraryDialog

        host = self.host
        dialog = CaseLibraryDialog(
            host.library,
            host.paths.data_dir,
            host.window,
            import_case=self.import_case,
            settings_hub=host.settings_hub,
        )
        if host.current_case() is not None:
            dialog.refresh(self._current_id())
        dialog.cases_changed.connect(lambda case_id: host.reload_cases(case_id or self._current_id()))
        dialog.open_requested.connect(host.reload_cases)
        dialog.exec()

    def import_case(self, parent: QWidget | None = None) -> str:
        """Import a case (the menu's action and the case library's Import button); its id, "" if cancelled.

        parent: the window the dialogs open over (the main window when None).
        """
        from ua_desktop.core.cases.draft import read_draft
        from ua_desktop.gui.cases.case_editor import CaseEditorDialog
        from ua_desktop.gui.cases.case_import_dialog import CaseImportDialog

        host = self.host
        parent = parent or host.window
        outcome = CaseImportDialog.ask(parent, host.library, host.settings_hub)
        if outcome is None:
            return ""
        if outcome.edit:
            CaseEditorDialog.ask(parent, read_draft(outcome.folder), host.library, original=outcome.folder)
        host.reload_cases(outcome.case_id)
        return outcome.case_id

    def edit_case(self) -> None:
        from ua_desktop.core.cases.draft import CaseDraft
        from ua_desktop.gui.cases.case_editor import CaseEditorDialog

        host = self.host
        case = host.current_case()
        if case is None or case.bundled:
            return
        saved = CaseEditorDialog.ask(
            host.window, CaseDraft.from_case(case), host.library, original=case.folder
        )
        if saved is not None:
            host.reload_cases(saved.name)

    def export_case(self) -> None:
        from ua_desktop.gui.cases.case_file_export import export_case_file

        case = self.host.current_case()
        if case is not None:
            export_case_file(self.host.window, case, self.host.settings_hub)

    def show_replies(self) -> None:
        from ua_desktop.gui.cases.reply_log_dialog import ReplyLogDialog

        case = self.host.current_case()
        if case is not None:
            ReplyLogDialog.ask(self.host.window, case, self.host.paths.data_dir)
