"""The print queue as a Qt table model: one row per item, printed items greyed, reprints marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ua_desktop.core.evenings.model import ItemKind, QueueItem
from ua_desktop.gui.widgets.locale_format import time_of_day

_Index = QModelIndex | QPersistentModelIndex


class PrintQueueModel(QAbstractTableModel):
    """Rows are QueueItems; set_items() replaces them (the queue of one evening stays small)."""

    COLUMNS = ("status", "name", "case", "language", "kind")

    def __init__(
        self, case_number: Callable[[str], str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._case_number = case_number or (lambda case_id: case_id)

    def set_items(self, items: Sequence[QueueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> QueueItem:
        return self._items[row]

    def items(self) -> list[QueueItem]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default argument
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Status"),
            self.tr("Person"),
            self.tr("Case"),
            self.tr("Language"),
            self.tr("What"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.printed:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.ToolTipRole and item.transient:
            return self.tr("Not kept: this person did not consent; forgotten once printed.")
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _text(self, item: QueueItem, column: str) -> str:
        if column == "status":
            if item.printed:
                time = time_of_day(dt.datetime.fromisoformat(item.printed_at).astimezone())
                text = self.tr("Printed {time}").format(time=time)
                return text + (f" ×{item.print_count}" if item.print_count > 1 else "")
            return self.tr("Reprint") if item.reprint else self.tr("Waiting")
        if column == "name":
            return item.name + (" " + self.tr("(not kept)") if item.transient else "")
        if column == "case":
            return self._case_number(item.case_id)
        if column == "language":
            return item.language
        kinds = {
            ItemKind.LETTER: self.tr("Letter"),
            ItemKind.LABEL: self.tr("Label"),
            ItemKind.ENVELOPE: self.tr("Envelope"),
        }
        return kinds[item.kind]
