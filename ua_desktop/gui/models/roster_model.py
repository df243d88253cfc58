"""The roster as a table model: filtered and sorted in SQLite, read a page at a time.

A QSortFilterProxyModel over 100,000 Python rows costs ~0.66 s per keystroke and ~18 s per sort; here a
new search text or sort order runs one SQL statement (FilteredView) and resets the model, and data() reads
only the rows being painted, 200 at a time. Figures: tests/benchmarks/bench_roster_view.py.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ua_desktop.core.roster.search import FilteredView, Query
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.widgets.locale_format import long_date

PAGE = 200
# Columns of the table: (signer field, whether it is shown by default).
COLUMNS: tuple[str, ...] = (
    "last_name",
    "first_name",
    "organisation",
    "street",
    "postal_code",
    "city",
    "country",
    "email",
    "phone",
    "language",
    "tags",
    "consent_date",
    "privacy",
)

AnyIndex = QModelIndex | QPersistentModelIndex


def _written_date(text: str) -> str:
    """A stored ISO date ("2025-06-02") as the interface language writes it; other text as it is."""
    try:
        return long_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


class RosterModel(QAbstractTableModel):
    """Signers matching the current Query, one per row.

    Signals:
        query_changed(object): the Query now shown (after a search, tag or sort change).
    """

    query_changed = Signal(object)

    def __init__(self, store: RosterStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.view = FilteredView(store.conn)
        self._pages: dict[int, list[Signer | None]] = {}
        self._titles = {
            "last_name": self.tr("Last name"),
            "first_name": self.tr("First name"),
            "organisation": self.tr("Organisation"),
            "street": self.tr("Street"),
            "postal_code": self.tr("Postcode"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "language": self.tr("Language"),
            "tags": self.tr("Tags"),
            "consent_date": self.tr("Consent given"),
            "privacy": self.tr("Initials only"),
        }
        self._yes = self.tr("yes")
        self.view.refresh(Query())

    # -- queries -----------------------------------------------------------------------------------
    @property
    def query(self) -> Query:
        return self.view.query

    def set_query(self, query: Query) -> None:
        """Show the signers matching query (one SQL statement, then a model reset)."""
        self.beginResetModel()
        self._pages.clear()
        self.view.refresh(query)
        self.endResetModel()
        self.query_changed.emit(query)

    def refresh(self) -> None:
        """Re-run the current query after the roster changed."""
        self.set_query(self.view.query)

    def total_count(self) -> int:
        return int(self.store.conn.execute("SELECT count(*) FROM signers").fetchone()[0])

    def signer_at(self, row: int) -> Signer | None:
        if not 0 <= row < self.view.count:
            return None
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = self.view.rows(page * PAGE, min((page + 1) * PAGE, self.view.count))
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def row_of(self, signer_id: int) -> int | None:
        return self.view.position_of(signer_id)

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else self.view.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            signer = self.signer_at(index.row())
            if signer is None:
                return None
            column = COLUMNS[index.column()]
            if column == "tags":
                return "; ".join(signer.tags)
            if column == "privacy":
                return self._yes if signer.privacy else ""
            if column == "street":
                return (
                    ", ".join(signer.street)
                    if role == Qt.ItemDataRole.DisplayRole
                    else "\n".join(signer.street)
                )
            if column == "consent_date" and signer.consent_date:
                return _written_date(signer.consent_date)
            return signer.column_value(column)
        if role == Qt.ItemDataRole.UserRole:
            signer = self.signer_at(index.row())
            return None if signer is None else signer.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self._titles[COLUMNS[section]]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        query = self.view.query
        self.set_query(
            Query(
                text=query.text,
                tag=query.tag,
                sort=COLUMNS[column],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    def close(self) -> None:
        self.view.close()
