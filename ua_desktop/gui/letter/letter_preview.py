"""The real page as it will print: the PDF the core made, shown with QtPdf, with zoom and page navigation."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QActionGroup
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from ua_desktop.gui.widgets.locale_format import number
from ua_desktop.gui.widgets.pdf_view import PdfView


def load_pdf_document(data: bytes) -> QPdfDocument | None:
    """PDF bytes as a loaded QPdfDocument, or None if QtPdf cannot read them.

    Safe to call on the render helper thread (QtPdf serialises its PDF engine), which keeps parsing the PDF
    and its embedded font off the GUI thread; the caller then moves the document to the GUI thread.
    """
    document = QPdfDocument()
    buffer = QBuffer(document)  # lives exactly as long as the document that reads from it
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return None
    return document


class LetterPreview(QWidget):
    """Shows PDF bytes; a new PDF replaces the old one only once it has loaded, keeping the page in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PdfView()  # fit-to-width that always settles (QPdfView's own can spin for ever)
        self.view.setObjectName("letterPreview")
        self.view.setAccessibleName(self.tr("Print preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.document: QPdfDocument | None = None
        self.pdf_bytes = b""

        self.toolbar = QToolBar(self.tr("Preview"))
        self.toolbar.setObjectName("letterPreviewToolbar")
        zoom_group = QActionGroup(self)
        self.fit_width_action = self.toolbar.addAction(self.tr("Fit width"))
        self.fit_page_action = self.toolbar.addAction(self.tr("Whole page"))
        for action, mode in (
            (self.fit_width_action, QPdfView.ZoomMode.FitToWidth),
            (self.fit_page_action, QPdfView.ZoomMode.FitInView),
        ):
            action.setCheckable(True)
            zoom_group.addAction(action)
            action.triggered.connect(lambda _checked=False, mode=mode: self.view.setZoomMode(mode))
        self.fit_width_action.setChecked(True)
        self.toolbar.addSeparator()
        self.previous_action = self.toolbar.addAction(self.tr("Previous page"), self.previous_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPageLabel")
        self.toolbar.addWidget(self.page_label)
        self.next_action = self.toolbar.addAction(self.tr("Next page"), self.next_page)
        self.previous_action.setIconText("◀")
        self.next_action.setIconText("▶")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self._update_page_label()

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def show_pdf(self, data: bytes, document: QPdfDocument | None = None) -> bool:
        """Display data (already loaded as document, if given); False keeps the old page if QtPdf cannot."""
        if document is None:
            document = load_pdf_document(data)
        if document is None:
            return False
        document.setParent(self)
        page = min(self.current_page, document.pageCount() - 1) if self.document else 0
        scroll = self.view.verticalScrollBar().value()
        old_document = self.document
        self.document, self.pdf_bytes = document, data
        self.view.setDocument(document)
        if page:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self.view.verticalScrollBar().setValue(scroll)
        if old_document is not None:
            old_document.deleteLater()
        self._update_page_label()
        return True

    def go_to_page(self, page: int) -> None:
        if self.document and 0 <= page < self.page_count:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _update_page_label(self, *_: object) -> None:
        pages = self.page_count
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=number(self.current_page + 1), pages=number(pages))
            if pages
            else ""
        )
        self.previous_action.setEnabled(pages > 0 and self.current_page > 0)
        self.next_action.setEnabled(pages > 0 and self.current_page < pages - 1)
