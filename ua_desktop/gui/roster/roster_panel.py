"""The roster table: search as you type, a tag filter, sorting by any column, add/edit/delete with undo.

Filtering and sorting happen in SQLite (see gui/models/roster_model.py); a new search text resets the
model with the matching rows in well under the 50 ms a keystroke may take at 100,000 signers.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.matching import KnownMatch, known_matches
from ua_desktop.core.roster.records import get_signer, tags_with_counts
from ua_desktop.core.roster.search import Query
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.models.roster_model import RosterModel
from ua_desktop.gui.roster.signer_dialog import SignerDialog
from ua_desktop.gui.roster.undo_commands import AddSignerCommand, DeleteSignersCommand, EditSignerCommand
from ua_desktop.gui.widgets.locale_format import counted, number


class RosterPanel(QWidget):
    """Search field, tag filter, the table and its buttons.

    Signals:
        counts_changed(int, int, int): signers shown, signers in the roster, signers selected.
    """

    counts_changed = Signal(int, int, int)

    def __init__(
        self,
        store: RosterStore,
        ui_language: str = "en",
        group_country: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui_language = ui_language
        self.group_country = group_country
        self.undo_stack = QUndoStack(self)
        self.model = RosterModel(store, self)
        self._total = self.model.total_count()

        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(self.tr("Search names, places, e-mail addresses and tags"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search signers"))
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("rosterTagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show signers with tag"))
        self.tag_filter.setMinimumContentsLength(16)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        tag_label = QLabel(self.tr("&Tag:"))
        tag_label.setBuddy(self.tag_filter)

        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring at 100,000 rows
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        for column, width in enumerate((140, 120, 130, 170, 85, 120, 60, 240, 120, 70, 160, 100)):
            self.table.setColumnWidth(column, width)

        self.add_action = QAction(self.tr("&Add Signer…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("&Edit Signer…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_F2), QKeySequence(Qt.Key.Key_Return)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action = QAction(self.tr("&Delete Signers…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.add_action.triggered.connect(self.add_signer)
        self.edit_action.triggered.connect(self.edit_signer)
        self.delete_action.triggered.connect(self.delete_signers)
        self.table.doubleClicked.connect(lambda _index: self.edit_signer())

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(self.add_action.trigger)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.delete_button.clicked.connect(self.delete_action.trigger)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(tag_label)
        bar.addWidget(self.tag_filter, 1)
        bar.addSpacing(12)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.apply_filter)
        self.tag_filter.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._emit_counts)
        self.reload_tags()
        self.set_read_only(store.read_only)
        self._selection_changed()

    # -- filtering ---------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        """Run the search text and tag against the roster (called on every keystroke)."""
        query = self.model.query
        tag = self.tag_filter.currentData() or ""
        self.model.set_query(
            Query(text=self.search.text(), tag=tag, sort=query.sort, descending=query.descending)
        )

    def reload_tags(self) -> None:
        current = self.tag_filter.currentData() or ""
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All signers"), "")
        for tag, count in tags_with_counts(self.store.conn):
            self.tag_filter.addItem(f"{tag} ({number(count)})", tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def reload(self, select: list[int] | None = None) -> None:
        """Re-read after the roster changed; select the given signers (and show the first)."""
        self._total = self.model.total_count()
        self.reload_tags()
        self.model.refresh()
        selection = self.table.selectionModel()
        for position, signer_id in enumerate(select or []):
            row = self.model.row_of(signer_id)
            if row is None:
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if position == 0:
                flags |= QItemSelectionModel.SelectionFlag.Clear
                self.table.scrollTo(self.model.index(row, 0))
                selection.setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            selection.select(self.model.index(row, 0), flags)
        self._emit_counts()

    # -- selection ---------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.data(self.model.index(row, 0), Qt.ItemDataRole.UserRole) for row in rows]
        return [i for i in ids if isinstance(i, int)]  # None: a row not loaded yet

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        writable = not self.store.read_only
        self.edit_action.setEnabled(writable and count == 1)
        self.delete_action.setEnabled(writable and count > 0)
        self.edit_button.setEnabled(self.edit_action.isEnabled())
        self.delete_button.setEnabled(self.delete_action.isEnabled())
        self._emit_counts()

    def _emit_counts(self) -> None:
        self.counts_changed.emit(
            self.model.rowCount(), self._total, len(self.table.selectionModel().selectedRows())
        )

    def set_read_only(self, read_only: bool) -> None:
        self.add_action.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)
        self._selection_changed()

    # -- changes -----------------------------------------------------------------------------------
    def _tags(self) -> list[str]:
        return [tag for tag, _count in tags_with_counts(self.store.conn)]

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def command_failed(self, message: str) -> None:
        """A change the roster refused (e.g. the signer was deleted meanwhile): say so, show the truth."""
        self.reload()
        QMessageBox.warning(self, self.tr("Roster"), message)

    def _known(self, signer: Signer) -> list[KnownMatch]:
        """The stored signers the one in the dialog is or may be (the roster's one rule)."""
        return known_matches(self.store.conn, signer, exclude=signer.id)

    def add_signer(self) -> None:
        signer = SignerDialog.ask(
            self, None, self._tags(), self.ui_language, self.group_country, known=self._known
        )
        if signer is not None:
            self._push(AddSignerCommand(self.store, signer, self.reload, self.command_failed))

    def current_signer(self) -> Signer | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        try:
            return get_signer(self.store.conn, ids[0])
        except UserError:
            return None

    def edit_signer(self) -> None:
        if self.store.read_only:
            return
        before = self.current_signer()
        if before is None:
            return
        after = SignerDialog.ask(
            self, before, self._tags(), self.ui_language, self.group_country, known=self._known
        )
        if after is not None and after != before:
            self._push(EditSignerCommand(self.store, before, after, self.reload, self.command_failed))

    def delete_signers(self) -> None:
        ids = self.selected_ids()
        if not ids or self.store.read_only:
            return
        if len(ids) == 1:
            signer = self.current_signer()
            question = self.tr("Delete {name} from the roster?").format(
                name=signer.display_name if signer else ""
            )
        else:
            question = counted(self.tr("Delete %n signer(s) from the roster?", "", len(ids)), len(ids))
        answer = QMessageBox.question(
            self,
            self.tr("Delete signers"),
            question + "\n" + self.tr("You can undo this with Edit ▸ Undo."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeleteSignersCommand(self.store, ids, self.reload, self.command_failed))

    def close_model(self) -> None:
        self.undo_stack.clear()
        self.model.close()
