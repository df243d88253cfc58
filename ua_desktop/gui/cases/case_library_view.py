"""The case library: every case, bundled and own, by deadline, with follow-ups under their original.

From here a coordinator imports a case (the same action as Cases ▸ Import case…), opens, edits, shares,
archives or deletes own cases (deleting asks first), makes a follow-up from a case, and keeps the reply
log. Bundled cases are read-only: they can be opened, duplicated as a follow-up and exported, never
changed. Broken own packs are listed too, with what is wrong, so they can be edited back into shape or
deleted. A case saved with fields the importer flagged is marked "⚠ needs review" (how many, and which, in
its tooltip) until the case editor resolves them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.cases.draft import read_draft
from ua_desktop.core.cases.library import CaseEntry, CaseLibrary
from ua_desktop.core.cases.loader import CaseLoadError
from ua_desktop.core.cases.manage import (
    archive_case,
    archived_cases,
    delete_case,
    follow_up_chain,
    follow_up_draft,
    restore_case,
)
from ua_desktop.core.cases.model import Case, ReviewFlag
from ua_desktop.core.deadline import DeadlineState, deadline_status
from ua_desktop.core.errors import UserError
from ua_desktop.gui.cases.field_names import field_name
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import long_date

if TYPE_CHECKING:
    from ua_desktop.gui.shell.settings_hub import SettingsHub

_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "bundled" | "own" | "archived" | "broken"
_REVIEW_COLUMN = 5  # "⚠ needs review" while the case has fields flagged by the importer


class CaseLibraryDialog(QDialog):
    """All cases in a tree sorted by deadline.

    Signals:
        cases_changed(str): cases were added, changed or removed; the argument is the id to select.
        open_requested(str): the user wants this case in the main window.
    """

    cases_changed = Signal(str)
    open_requested = Signal(str)

    def __init__(
        self,
        library: CaseLibrary,
        data_dir: Path,
        parent: QWidget | None = None,
        import_case: Callable[[QWidget], str] | None = None,
        settings_hub: SettingsHub | None = None,
    ) -> None:
        """The library of `library`; replies are kept under data_dir.

        Args:
            import_case: the Cases menu's import (its dialogs over the given window; returns the new case's
                id, "" when cancelled). Without it the library shows no Import button.
            settings_hub: keeps the folder the Export dialog starts in.
        """
        super().__init__(parent)
        self.setObjectName("caseLibrary")
        self.setWindowTitle(self.tr("Case library"))
        self.library = library
        self.data_dir = data_dir
        self.today: dt.date | None = None  # tests fix the date
        self.tree = QTreeWidget()
        self.tree.setObjectName("caseTree")
        self.tree.setAccessibleName(self.tr("Case library"))
        self.tree.setHeaderLabels(
            [
                self.tr("UA number"),
                self.tr("Title"),
                self.tr("Country"),
                self.tr("Deadline"),
                self.tr("Kind"),
                self.tr("Review"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.details = QLabel()
        self.details.setObjectName("caseDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # case texts and field names, never markup
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_archived = QCheckBox(self.tr("Show &archived cases"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())

        self.import_case = import_case
        self.settings_hub = settings_hub
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Import an Urgent Action (.txt, .pdf, .docx, .html, .eml) or a shared .uacase file")
        )
        self.import_button.setVisible(import_case is not None)
        self.open_button = QPushButton(self.tr("&Open"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.follow_up_button = QPushButton(self.tr("New &follow-up…"))
        self.replies_button = QPushButton(self.tr("&Replies…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.archive_button = QPushButton(self.tr("Ar&chive"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.close_button = QPushButton(self.tr("Close"))
        grid = QGridLayout()
        rows = (
            (
                self.import_button,
                self.open_button,
                self.edit_button,
                self.follow_up_button,
                self.replies_button,
            ),
            (self.export_button, self.archive_button, self.delete_button, None, self.close_button),
        )
        for row, buttons in enumerate(rows):
            for column, button in enumerate(buttons):
                if button is not None:
                    grid.addWidget(button, row, column)
        self.import_button.clicked.connect(self.import_new)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.follow_up_button.clicked.connect(self.follow_up_selected)
        self.replies_button.clicked.connect(self.replies_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.accept)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.show_archived)
        layout.addLayout(grid)
        self.resize(900, 560)
        self.refresh()

    # -- filling -------------------------------------------------------------------------------------
    def status_text(self, case: Case) -> str:
        status = deadline_status(case.deadline, self.today)
        if status.state is DeadlineState.NONE:
            return self.tr("open (no deadline)")
        if status.state is DeadlineState.OPEN:
            return self.tr("%n day(s) left", "", status.days_left)
        if status.state is DeadlineState.TODAY:
            return self.tr("today")
        return self.tr("passed ({date})").format(date=long_date(case.deadline) if case.deadline else "")

    def _item(self, case: Case, kind: str) -> QTreeWidgetItem:
        kinds = {"bundled": self.tr("bundled"), "own": self.tr("own"), "archived": self.tr("archived")}
        label = kinds[kind] + (" · " + self.tr("follow-up") if case.follow_up else "")
        item = QTreeWidgetItem([case.ua_number, case.title, case.country, self.status_text(case), label])
        item.setData(0, Qt.ItemDataRole.UserRole, case.id)
        item.setData(0, _KIND_ROLE, kind)
        self._mark_review(item, case.review)
        return item

    def _mark_review(self, item: QTreeWidgetItem, flags: Sequence[ReviewFlag]) -> None:
        if flags:
            item.setText(_REVIEW_COLUMN, self.tr("⚠ needs review"))
            item.setToolTip(_REVIEW_COLUMN, self.review_text(flags))

    def review_text(self, flags: Sequence[ReviewFlag]) -> str:
        """ "2 fields to check in the case editor: deadline, title" for a case saved with flags left."""
        fields = ", ".join(dict.fromkeys(field_name(flag.field) for flag in flags))
        return self.tr("%n field(s) to check in the case editor: {fields}", "", len(flags)).format(
            fields=fields
        )

    def refresh(self, select: str = "") -> None:
        """Re-read the library and rebuild the tree; select the case with id select."""
        select = select or self.selected_id()
        self.entries = self.library.entries()
        self.cases = [e.case for e in self.entries if e.case]
        kinds = {e.case.id: ("bundled" if e.bundled else "own") for e in self.entries if e.case}
        shown = list(self.cases)
        if self.show_archived.isChecked():
            for case in archived_cases(self.library):
                if case.id not in kinds:
                    kinds[case.id] = "archived"
                    shown.append(case)
        self.tree.clear()
        items = {case.id: self._item(case, kinds[case.id]) for case in shown}

        def key(case: Case) -> tuple[bool, dt.date, str]:
            return (case.deadline is None, case.deadline or dt.date.max, case.id)

        for case in sorted(shown, key=key):
            parent = items.get(case.follows) if case.follows and case.follows != case.id else None
            if parent is not None:
                parent.addChild(items[case.id])
            else:
                self.tree.addTopLevelItem(items[case.id])
        for entry in self.entries:
            if entry.case is None:
                item = QTreeWidgetItem(
                    [entry.folder.name, self.tr("cannot be opened"), "", "", self.tr("own · broken")]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, entry.folder.name)
                item.setData(0, _KIND_ROLE, "broken")
                item.setToolTip(1, say(entry.error) if entry.error is not None else "")
                self._mark_review(item, self._flags_of_broken(entry))
                self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        for column in range(_REVIEW_COLUMN + 1):
            self.tree.resizeColumnToContents(column)
        self._select(select)
        self._update_buttons()

    @staticmethod
    def _flags_of_broken(entry: CaseEntry) -> list[ReviewFlag]:
        """The review flags of a pack that does not load (an import saved without its deadline, ...)."""
        try:
            return read_draft(entry.folder).review
        except CaseLoadError:
            return []

    def _select(self, case_id: str) -> None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == case_id:
                self.tree.setCurrentItem(item)
                return
        first = self.tree.topLevelItem(0)  # None in an empty library
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected_id(self) -> str:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item else ""

    def selected_kind(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, _KIND_ROLE)) if item else ""

    def selected_case(self) -> Case | None:
        case_id = self.selected_id()
        pool = self.cases + (archived_cases(self.library) if self.selected_kind() == "archived" else [])
        return next((c for c in pool if c.id == case_id), None)

    def selected_entry(self) -> CaseEntry | None:
        return next((e for e in self.entries if e.id == self.selected_id() and not e.case), None)

    def _update_buttons(self) -> None:
        kind = self.selected_kind()
        for button in (self.open_button, self.follow_up_button, self.replies_button, self.export_button):
            button.setEnabled(kind in ("bundled", "own"))
        self.edit_button.setEnabled(kind in ("own", "broken"))
        self.archive_button.setEnabled(kind in ("own", "archived"))
        self.archive_button.setText(self.tr("Res&tore") if kind == "archived" else self.tr("Ar&chive"))
        self.delete_button.setEnabled(kind in ("own", "broken"))
        case = self.selected_case()
        if case is None:
            entry = self.selected_entry()
            lines = [say(entry.error)] if entry and entry.error else []
            flags = self._flags_of_broken(entry) if entry else []
            if flags:
                lines.append("⚠ " + self.review_text(flags))
            self.details.setText("\n".join(lines))
            return
        chain = follow_up_chain(self.cases, case.id)
        lines = []
        if len(chain) > 1:
            steps = " → ".join(
                c.ua_number + (" " + self.tr("(this case)") if c.id == case.id else "") for c in chain
            )
            lines.append(self.tr("Follow-up chain: {chain}").format(chain=steps))
        elif case.follow_up:
            lines.append(self.tr("A follow-up; its original case is not in the library."))
        if case.review:
            lines.append("⚠ " + self.review_text(case.review))
        self.details.setText("\n".join(lines))

    # -- actions -------------------------------------------------------------------------------------
    def import_new(self) -> None:
        """Import a case with the Cases menu's action and select it here."""
        if self.import_case is None:
            return
        case_id = self.import_case(self)
        if case_id:
            self.refresh(case_id)

    def open_selected(self) -> None:
        if self.selected_kind() in ("bundled", "own"):
            self.open_requested.emit(self.selected_id())
            self.accept()

    def edit_selected(self) -> None:
        from ua_desktop.gui.cases.case_editor import CaseEditorDialog

        folder = self.library.user_cases_dir / self.selected_id()
        case = self.selected_case()
        if case is not None:
            folder = case.folder
        try:
            draft = read_draft(folder)
        except CaseLoadError as error:
            QMessageBox.warning(self, self.tr("Case cannot be edited"), say(error))
            return
        saved = CaseEditorDialog.ask(self, draft, self.library, original=folder)
        if saved is not None:
            self.refresh(saved.name)
            self.cases_changed.emit(saved.name)

    def follow_up_selected(self) -> None:
        from ua_desktop.gui.cases.case_editor import CaseEditorDialog

        case = self.selected_case()
        if case is None:
            return
        saved = CaseEditorDialog.ask(self, follow_up_draft(case, self.library), self.library)
        if saved is not None:
            self.refresh(saved.name)
            self.cases_changed.emit(saved.name)

    def replies_selected(self) -> None:
        from ua_desktop.gui.cases.reply_log_dialog import ReplyLogDialog

        case = self.selected_case()
        if case is not None:
            ReplyLogDialog.ask(self, case, self.data_dir)

    def export_selected(self) -> None:
        from ua_desktop.gui.cases.case_file_export import export_case_file

        case = self.selected_case()
        if case is not None:
            export_case_file(self, case, self.settings_hub)

    def archive_selected(self) -> None:
        case_id, kind = self.selected_id(), self.selected_kind()
        try:
            if kind == "archived":
                from ua_desktop.gui.cases.case_import_dialog import resolving_clash

                if resolving_clash(self, lambda policy: restore_case(self.library, case_id, policy)) is None:
                    return
            elif kind == "own":
                answer = QMessageBox.question(
                    self,
                    self.tr("Archive case?"),
                    self.tr(
                        "Move the case {id} to the archive? It leaves the case list; tick 'Show archived "
                        "cases' to see it again and restore it."
                    ).format(id=case_id),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Yes,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                archive_case(self.library, case_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Case library"), say(error))
            return
        self.refresh(case_id)
        self.cases_changed.emit("")

    def delete_selected(self) -> None:
        case_id = self.selected_id()
        if self.selected_kind() not in ("own", "broken"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete case?"),
            self.tr(
                "Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it "
                "out of the way instead.)"
            ).format(id=case_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_case(self.library, case_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Case library"), say(error))
            return
        self.refresh()
        self.cases_changed.emit("")
