"""A scroll area that gives up height, never width: for the tall part of a dialog on a short screen.

A dialog cannot be shorter than the sum of its rows' minimum heights, so one tall part (the label positions
grid of the export dialog) can push its buttons below the bottom of a 1280×720 screen. Inside this area that
part keeps its full size whenever the screen has room and scrolls vertically when it has not. Its width is
always the content's, so nothing is ever cut off at the side.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: How short the area may become: a few rows of controls stay visible while the rest scrolls.
MINIMUM_HEIGHT = 96


class VerticalScrollArea(QScrollArea):
    """Shows content at its size hint when there is room, scrolled vertically when there is not."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes to the controls inside, never to the area; QScrollArea scrolls the focused one into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        """The content's own size hint (QScrollArea caps its hint at 36 × 24 lines of text)."""
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return content.sizeHint() + QSize(frame, frame)

    def minimumSizeHint(self) -> QSize:
        """As wide as the content needs beside a scroll bar; only a few rows high."""
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        minimum = content.minimumSizeHint()
        return QSize(minimum.width() + bar + frame, min(minimum.height(), MINIMUM_HEIGHT) + frame)
