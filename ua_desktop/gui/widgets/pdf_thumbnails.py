"""Page thumbnails of a produced PDF, rendered with QtPdf (the pages the printer will get)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from ua_desktop.gui.widgets.locale_format import number

THUMB_HEIGHT = 150
MAX_THUMBS = 24  # enough to check the first sheets; rendering hundreds would only cost time


class PdfThumbnails(QListWidget):
    """A strip of page images; show_pdf() replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportThumbnails")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(THUMB_HEIGHT, THUMB_HEIGHT))
        self.setFixedHeight(THUMB_HEIGHT + 40)
        self.setMovement(QListView.Movement.Static)
        self.setStyleSheet("QListWidget { background: #d9d9d9; }")  # white pages stand out on grey
        self.setAccessibleName(self.tr("Page thumbnails"))
        self.page_count = 0

    def show_pdf(self, path: Path) -> int:
        """Render up to MAX_THUMBS pages of path; returns the document's page count."""
        self.clear()
        document = QPdfDocument(self)
        if document.load(str(path)) != QPdfDocument.Error.None_:
            self.page_count = 0
            return 0
        self.page_count = document.pageCount()
        for page in range(min(self.page_count, MAX_THUMBS)):
            size = document.pagePointSize(page)
            scale = THUMB_HEIGHT / max(size.height(), size.width(), 1.0)
            image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
            pixmap = QPixmap(image.size())
            pixmap.fill(Qt.GlobalColor.white)  # QtPdf renders a transparent page background
            painter = QPainter(pixmap)
            painter.drawImage(0, 0, image)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
            painter.end()
            item = QListWidgetItem(QIcon(pixmap), self.tr("Page {number}").format(number=number(page + 1)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        document.close()
        return self.page_count
