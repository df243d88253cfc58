"""A toolbar that wraps onto a second row instead of hiding actions behind ».

QToolBar folds whatever does not fit into its extension menu, where nobody looks for it: in German and French
the letter editor lost Find and Reset that way on a 1366-pixel laptop. The letter side of the main window is
narrow and its width depends on the language, the screen and the splitter, so its toolbars flow: every action
keeps its button, and when a row is full the next button starts a new row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QToolButton, QWidget


class FlowLayout(QLayout):
    """Lays its items out left to right and starts a new row when the next one would not fit.

    The height it needs depends on the width it gets (heightForWidth), so the layout around it makes room
    for a second row exactly when one is needed.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put widget at index in the row (addWidget appends).

        The item is made by Qt (addWidget) and only moved here: Qt deletes an item when its widget goes
        (QLayout.removeWidget, or the widget's deletion), so an item created from Python would be freed twice.
        """
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All items in one row."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: everything else can go onto further rows."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in rows within rect (only measure unless move); returns the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        x, y, row_height = area.x(), area.y(), 0
        rows: list[list[tuple[QLayoutItem, QPoint, QSize]]] = [[]]
        for item in self._shown():
            hint = item.sizeHint()  # no wider than the row, unless the item cannot be that narrow
            size = QSize(max(min(hint.width(), area.width()), item.minimumSize().width()), hint.height())
            if rows[-1] and x + size.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + self.spacing(), 0
                rows.append([])
            rows[-1].append((item, QPoint(x, y), size))
            x += size.width() + self.spacing()
            row_height = max(row_height, size.height())
        if move:
            for row in rows:
                tallest = max((size.height() for _item, _point, size in row), default=0)
                for item, point, size in row:  # each item centred in the height of its row
                    offset = (tallest - size.height()) // 2
                    item.setGeometry(QRect(point + QPoint(0, offset), size))
        margins = self.contentsMargins()
        return y + row_height - area.y() + margins.top() + margins.bottom()


class WrappingToolBar(QWidget):
    """A row of tool buttons, one per action, that wraps instead of overflowing.

    Use it like a QToolBar: addAction (QWidget's) gives the action a flat QToolButton showing its icon text,
    addWidget takes any widget (a combo box, a button with a menu). The title is the accessible name.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self._buttons: dict[QAction, QToolButton] = {}
        self.flow = FlowLayout(self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarItemMargin)
        self.flow.setContentsMargins(QMargins(margin, margin, margin, margin))
        self.flow.setSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarItemSpacing))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def addWidget(self, widget: QWidget) -> None:
        """Append a widget to the row (a tool button drawn flat like the action buttons, as in a QToolBar)."""
        if isinstance(widget, QToolButton):
            widget.setAutoRaise(True)
        self.flow.addWidget(widget)

    def button_for(self, action: QAction) -> QToolButton | None:
        """The button that shows action here (None if action was not added)."""
        return self._buttons.get(action)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def actionEvent(self, event: QActionEvent) -> None:
        """Give each added action a button, in the order the actions were added; drop it when removed."""
        action = event.action()
        if event.type() == QEvent.Type.ActionAdded and action not in self._buttons:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as in a QToolBar: the actions have shortcuts
            button.setDefaultAction(action)
            self._buttons[action] = button
            before = event.before()
            index = self.flow.indexOf(self._buttons[before]) if before in self._buttons else -1
            self.flow.insert_widget(index if index >= 0 else self.flow.count(), button)
        elif event.type() == QEvent.Type.ActionChanged and action in self._buttons:
            self._buttons[action].setHidden(not action.isVisible())  # a hidden action hides its button
        elif event.type() == QEvent.Type.ActionRemoved and action in self._buttons:
            button = self._buttons.pop(action)
            self.flow.removeWidget(button)
            button.deleteLater()
        super().actionEvent(event)
