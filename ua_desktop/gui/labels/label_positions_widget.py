"""The part-used label sheet as a grid of buttons: used positions are crossed out, the start is marked.

The user clicks the labels already peeled off; the first free position after them becomes the start. The
grid follows the sheet's columns and rows so it looks like the sheet in the user's hand.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QToolButton, QWidget

from ua_desktop.core.labels.catalogue import LabelSheet
from ua_desktop.gui.widgets.locale_format import number


class LabelPositionsWidget(QWidget):
    """Signals:
    changed(): the used positions changed (start() may have moved).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPositions")
        self.setAccessibleName(self.tr("Used label positions"))
        self._layout = QGridLayout(self)
        self._layout.setSpacing(2)
        self._buttons: list[QToolButton] = []
        self.sheet: LabelSheet | None = None

    def set_sheet(self, sheet: LabelSheet, used: frozenset[int]) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.sheet = sheet
        for index in range(sheet.labels_per_sheet):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(index + 1 in used)
            button.setText(str(index + 1))
            button.setFixedSize(34 if sheet.columns <= 3 else 26, 18 if sheet.rows > 8 else 22)
            button.setToolTip(
                self.tr("Click to mark label {number} as used").format(number=number(index + 1))
            )
            button.toggled.connect(self._on_toggled)
            self._layout.addWidget(button, index // sheet.columns, index % sheet.columns)
            self._buttons.append(button)
        self._restyle()

    def used(self) -> frozenset[int]:
        return frozenset(i + 1 for i, b in enumerate(self._buttons) if b.isChecked())

    def start(self) -> int:
        """The first free position (1 when every position is used: a fresh sheet)."""
        return next((i + 1 for i, b in enumerate(self._buttons) if not b.isChecked()), 1)

    def clear(self) -> None:
        for button in self._buttons:
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self._restyle()
        self.changed.emit()

    def _on_toggled(self, _checked: bool) -> None:
        self._restyle()
        self.changed.emit()

    def _restyle(self) -> None:
        start = self.start()
        for index, button in enumerate(self._buttons):
            if button.isChecked():
                button.setStyleSheet("color: #888; text-decoration: line-through;")
            elif index + 1 == start:
                button.setStyleSheet("font-weight: bold; border: 2px solid #2a7ae2;")
            else:
                button.setStyleSheet("")
