"""The one PDF view every window uses: QPdfView with fit modes whose layout always comes to rest.

QPdfView's own fit-to-width zoom follows the viewport's width, and with the default "as needed" scroll bar
that width depends on the zoom: near the size where a page just fits, the vertical bar appearing narrows the
viewport, the page shrinks and fits, the bar hides, the page grows, and so on for ever. The GUI thread then
spins at 100 % (seen maximising the main window on 1366x768 screens and dragging the letter divider).

PdfView breaks the loop by deciding the scroll bars and the zoom itself, as a function of the space the view
has with no bars shown, which the bars cannot change: it works out the zoom with and without the vertical bar
and keeps the bar off when the pages fit without it (if they only fit at the narrower width, the page is
scaled to the full height instead), on when they do not fit either way. The decision is the same on every
pass, so a resize settles after one layout.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # annotations only: each Qt type PySide builds costs start-up time
    from PySide6.QtCore import QMargins, QSize, QSizeF
    from PySide6.QtGui import QResizeEvent

_ZoomMode = QPdfView.ZoomMode
_Bar = Qt.ScrollBarPolicy
_MIN_ZOOM = 0.01  # a view squeezed to nothing still gets a positive zoom


class PdfView(QPdfView):
    """QPdfView whose FitToWidth and FitInView cannot oscillate; Custom zoom behaves as in QPdfView.

    setZoomMode()/zoomMode() keep QPdfView's names and meaning (zoomModeChanged reports the mode set here);
    underneath, QPdfView always runs in Custom mode with the zoom factor this class computes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        if parent is None:  # the stub's overloads: QPdfView() or QPdfView(parent), the parent never None
            super().__init__()
        else:
            super().__init__(parent)
        self._mode = _ZoomMode.Custom
        self._fitting = False
        # QPdfView's pixels per point, read the same way QPdfView reads it when it is built.
        self._pixels_per_point = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
        self.pageNavigator().currentPageChanged.connect(self._refit)  # SinglePage: page sizes may differ

    # -- QPdfView's interface, with the fit modes computed here ------------------------------------------
    def zoomMode(self) -> QPdfView.ZoomMode:
        return self._mode

    def setZoomMode(self, mode: QPdfView.ZoomMode) -> None:
        if mode == self._mode:
            return
        self._mode = mode
        if mode == _ZoomMode.Custom:  # a fixed zoom does not depend on the width: Qt's own bars are safe
            self._set_bars(_Bar.ScrollBarAsNeeded, _Bar.ScrollBarAsNeeded)
        else:
            self._refit()
        self.zoomModeChanged.emit(mode)

    def setDocument(self, document: QPdfDocument | None) -> None:
        old = self.document()
        if old is not None and old is not document:
            with contextlib.suppress(RuntimeError, TypeError):  # never connected, or already gone
                old.statusChanged.disconnect(self._refit)
        super().setDocument(document)  # type: ignore[arg-type]  # stub lacks None; Qt takes nullptr
        if document is not None and document is not old:
            document.statusChanged.connect(self._refit)
        self._refit()

    def setPageMode(self, mode: QPdfView.PageMode) -> None:
        super().setPageMode(mode)
        self._refit()

    def setPageSpacing(self, spacing: int) -> None:
        super().setPageSpacing(spacing)
        self._refit()

    def setDocumentMargins(self, margins: QMargins) -> None:
        super().setDocumentMargins(margins)
        self._refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._refit()
        super().resizeEvent(event)

    # -- the fit ----------------------------------------------------------------------------------------
    def _refit(self, *_: object) -> None:
        """Set the bars and the zoom for the current size; the same size always gives the same result."""
        if self._mode == _ZoomMode.Custom or self._fitting:
            return
        self._fitting = True  # setting a bar policy lays the viewport out again, which calls resizeEvent
        try:
            pages = self._pages_laid_out()
            if not pages:
                self._set_bars(_Bar.ScrollBarAlwaysOff, _Bar.ScrollBarAlwaysOff)
                return
            full = self._space_without_bars()
            bar = self._bar_width()
            height = full.height()
            fits_wide = self._height_at(self._fit_zoom(full.width(), height, pages), pages) <= height
            fits_narrow = self._height_at(self._fit_zoom(full.width() - bar, height, pages), pages) <= height
            needs_bar = not fits_wide and not fits_narrow
            vertical = _Bar.ScrollBarAlwaysOn if needs_bar else _Bar.ScrollBarAlwaysOff
            self._set_bars(vertical, _Bar.ScrollBarAlwaysOff)  # fitted pages never overflow sideways
            # A shown view has just been laid out with that policy; a hidden one is laid out on show.
            width = self.viewport().width() if self.isVisible() else full.width() - (bar if needs_bar else 0)
            zoom = self._fit_zoom(width, height, pages)
            if not needs_bar and self._height_at(zoom, pages) > height:
                zoom = min(zoom, self._zoom_for_height(height, pages))  # fits only a bar's width narrower
            self.setZoomFactor(max(zoom, _MIN_ZOOM))
        finally:
            self._fitting = False

    def _set_bars(self, vertical: Qt.ScrollBarPolicy, horizontal: Qt.ScrollBarPolicy) -> None:
        """Set the bar policies, only where they change (each set lays the viewport out again)."""
        if self.verticalScrollBarPolicy() != vertical:
            self.setVerticalScrollBarPolicy(vertical)
        if self.horizontalScrollBarPolicy() != horizontal:
            self.setHorizontalScrollBarPolicy(horizontal)

    def _pages_laid_out(self) -> list[int]:
        """The pages QPdfView lays out: all of them, or the current one in SinglePage mode."""
        document = self.document()
        if document is None or document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return []
        if self.pageMode() == QPdfView.PageMode.SinglePage:
            return [min(max(self.pageNavigator().currentPage(), 0), document.pageCount() - 1)]
        return list(range(document.pageCount()))

    def _base_size(self, page: int) -> QSizeF:
        """The page's size in pixels at zoom 1, as QPdfView scales it."""
        return self.document().pagePointSize(page) * self._pixels_per_point

    def _space_without_bars(self) -> QSize:
        """The viewport's size with neither bar shown: fixed for a given widget size, whatever the bars do."""
        space = self.maximumViewportSize()  # takes off a bar only where its policy is AlwaysOn
        if self.verticalScrollBarPolicy() == _Bar.ScrollBarAlwaysOn:
            space.setWidth(space.width() + self.verticalScrollBar().sizeHint().width())
        return space

    def _bar_width(self) -> int:
        """How much narrower the viewport gets with the vertical bar shown.

        The bar's size hint, as QAbstractScrollArea lays it out in the usual styles (QStyle is not asked about
        overlay bars or a gap beside the frame: building QStyle's types costs ~10 ms after the first paint).
        A wrong guess costs a few pixels of page or a bar with little to scroll, never a loop: the zoom comes
        from the viewport's real width, and the decision from the widget's size alone.
        """
        return self.verticalScrollBar().sizeHint().width()

    def _fit_zoom(self, width: int, height: int, pages: list[int]) -> float:
        """The zoom of the mode for a viewport width x height: the widest page fills the width (FitToWidth),
        or the largest page fits whole (FitInView)."""
        margins = self.documentMargins()
        widest = max(self._base_size(page).width() for page in pages)
        zoom = (width - margins.left() - margins.right()) / max(widest, 1.0)
        if self._mode == _ZoomMode.FitInView:
            tallest = max(self._base_size(page).height() for page in pages)
            room = height - margins.top() - margins.bottom() - self.pageSpacing() - 1  # 1 px for rounding
            zoom = min(zoom, room / max(tallest, 1.0))
        return max(zoom, _MIN_ZOOM)

    def _height_at(self, zoom: float, pages: list[int]) -> int:
        """The laid-out document's height at zoom, rounded per page as QPdfView rounds it."""
        margins = self.documentMargins()
        total = margins.top() + margins.bottom()
        for page in pages:
            total += (self._base_size(page) * zoom).toSize().height() + self.pageSpacing()
        return total

    def _zoom_for_height(self, height: int, pages: list[int]) -> float:
        """The largest zoom at which all pages fit height (one pixel per page spare for rounding)."""
        margins = self.documentMargins()
        room = height - margins.top() - margins.bottom() - len(pages) * (self.pageSpacing() + 1)
        return max(room / max(sum(self._base_size(page).height() for page in pages), 1.0), _MIN_ZOOM)
