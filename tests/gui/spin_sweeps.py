"""Resize sweeps that catch a GUI thread which never comes to rest, run as a child process by
test_pdf_view_never_spins.py:  python spin_sweeps.py preview|thumbnails|layout PDF,  or  main-window.

A layout that feeds back on itself (a scroll bar that shows, narrows the view, hides, widens it, ...)
keeps the event loop busy for ever, and one processEvents() call then never returns (each pass posts more
events than it handles), so nothing inside the event loop can time it out. Hence a child process and a
watchdog thread: after every resize the GUI thread must reach a pass of the event loop that delivers no
event at all within STALL_S; if it does not, the watchdog prints "STALL <where>" and ends the process with
exit code STALLED.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

STALL_S = 1.0
STALLED = 3
PREVIEW_WIDTHS = sorted({*range(300, 1401, 4), 450})  # 450: the width in the bug report
PREVIEW_HEIGHTS = range(400, 1101, 4)
#: The usual laptop and desktop screens, and their heights less a task bar.
SCREENS = (
    (1366, 768),
    (1366, 705),
    (1280, 720),
    (1280, 800),
    (1920, 1080),
    (1920, 1050),
    (1600, 900),
    (1440, 900),
)


class Watchdog:
    """Ends the process, saying where, when the GUI thread stays away longer than limit seconds."""

    def __init__(self, limit: float = STALL_S) -> None:
        self.limit = limit
        self.where = ""
        self.since = 0.0
        self.armed = False
        threading.Thread(target=self._watch, daemon=True).start()

    def start(self, where: str) -> None:
        self.where, self.since, self.armed = where, time.monotonic(), True

    def stop(self) -> None:
        self.armed = False

    def _watch(self) -> None:
        while True:
            time.sleep(0.05)
            if self.armed and time.monotonic() - self.since > self.limit:
                sys.stdout.write(f"STALL {self.where}: the GUI thread got no rest for {self.limit:.0f} s\n")
                sys.stdout.flush()
                os._exit(STALLED)


class _EventCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += 1
        return False


class Settler:
    """settle(where) runs the event loop until one pass delivers no event, under the watchdog."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.counter = _EventCounter()
        app.installEventFilter(self.counter)
        self.watchdog = Watchdog()
        self.sizes = 0

    def settle(self, where: str) -> None:
        self.watchdog.start(where)
        while True:
            self.counter.count = 0
            self.app.processEvents()
            if self.counter.count == 0:
                break
        self.watchdog.stop()
        self.sizes += 1

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
        """Run the event loop, without the watchdog (start-up work may take a while), until condition()."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                sys.exit(f"gave up waiting for {what}")
            self.app.processEvents()
            time.sleep(0.01)


def sweep(settler: Settler, widget: QWidget, sizes: Iterable[tuple[int, int]], name: str) -> None:
    for width, height in sizes:
        widget.resize(width, height)
        settler.settle(f"{name} at {width}x{height}")


def grid(widths: Iterable[int], heights: Iterable[int]) -> Iterator[tuple[int, int]]:
    heights = list(heights)
    for width in widths:
        for height in heights:
            yield width, height


def open_preview(pdf: Path) -> QWidget:
    from ua_desktop.gui.letter.letter_preview import LetterPreview

    preview = LetterPreview()
    preview.resize(450, 640)
    preview.show()
    if not preview.show_pdf(pdf.read_bytes()) or preview.page_count < 1:
        sys.exit(f"the preview did not load {pdf}")
    return preview


def sweep_preview(settler: Settler, pdf: Path) -> None:
    """The letter preview through PREVIEW_WIDTHS x PREVIEW_HEIGHTS, 450 x 600..680 pixel by pixel, and
    through a coarser grid in "Whole page" mode. Painting is off: the loop lives in the layout, and painting
    ~55,000 sizes would take minutes."""
    preview = open_preview(pdf)
    preview.setUpdatesEnabled(False)
    sweep(settler, preview, grid([450], range(600, 681)), "the preview")
    sweep(settler, preview, grid(PREVIEW_WIDTHS, PREVIEW_HEIGHTS), "the preview")
    preview.fit_page_action.trigger()
    sweep(settler, preview, grid(range(300, 1401, 40), PREVIEW_HEIGHTS), "the preview showing the whole page")


def measure_layout(settler: Settler, pdf: Path) -> None:
    """Print as JSON lines what the preview lays out at a grid of sizes: the viewport, the bar, the pages."""
    from PySide6.QtGui import QGuiApplication

    preview = open_preview(pdf)
    preview.setUpdatesEnabled(False)  # the layout is what is measured; painting would only cost time
    view = preview.view
    document = view.document()
    pixels_per_point = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
    sizes = [*grid([450], range(600, 681)), *grid(range(300, 1001, 14), range(400, 1101, 6))]
    for mode, action in (("width", preview.fit_width_action), ("page", preview.fit_page_action)):
        action.trigger()
        for width, height in sizes:
            preview.resize(width, height)
            settler.settle(f"the preview at {width}x{height}")
            pages = [  # the zoom factor is QPdfView's pixels per point of the page, times the screen's
                (document.pagePointSize(page) * pixels_per_point * view.zoomFactor()).toSize()
                for page in range(document.pageCount())
            ]
            margins = view.documentMargins()
            record = {
                "mode": mode,
                "viewport": [view.viewport().width(), view.viewport().height()],
                "bar": view.verticalScrollBar().isVisible(),
                "bar_width": view.verticalScrollBar().sizeHint().width(),
                "scroll_range": view.verticalScrollBar().maximum(),
                "pages": [[page.width(), page.height()] for page in pages],
                "side_margins": margins.left() + margins.right(),
                "vertical_extra": margins.top() + margins.bottom() + len(pages) * view.pageSpacing(),
            }
            print(json.dumps(record))


def sweep_thumbnails(settler: Settler, pdf: Path) -> None:
    """The export dialog's page strip at every width from 100 to 1400 px."""
    from ua_desktop.gui.widgets.pdf_thumbnails import PdfThumbnails

    strip = PdfThumbnails()
    strip.resize(400, strip.height())
    strip.show()
    if strip.show_pdf(pdf) < 2:
        sys.exit("the strip needs several pages")
    sweep(settler, strip, ((width, strip.height()) for width in range(100, 1401)), "the thumbnails")


def sweep_main_window(settler: Settler) -> None:
    """The main window on each of SCREENS (one offscreen screen each, see the test), normal then maximised,
    then the letter's editor/preview divider dragged through its range, maximised on the 1920x1080 screen."""
    from PySide6.QtGui import QGuiApplication
    from settings_helpers import settings_hub  # this folder is on sys.path: the script runs from it

    from ua_desktop.core.cases.library import CaseLibrary
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.gui.shell.main_window import MainWindow

    paths = resolve_paths().ensure()
    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))  # as test_main_window does
    window.show()
    settler.wait_for(lambda: window.letter_panel is not None, "the letter panel")
    panel = window.letter_panel
    settler.wait_for(lambda: panel.preview.page_count > 0, "the letter in the preview")
    screens = {
        (screen.size().width(), screen.size().height()): screen for screen in QGuiApplication.screens()
    }
    for width, height in SCREENS:
        screen = screens[(width, height)]
        window.showNormal()
        window.move(screen.geometry().topLeft())
        window.resize(width, height)
        settler.settle(f"the main window at {width}x{height}")
        window.showMaximized()
        settler.settle(f"the main window maximised on a {width}x{height} screen")
        if window.screen() is not screen or not window.isMaximized():
            sys.exit(f"the window did not maximise on the {width}x{height} screen")
    splitter = panel.splitter
    total = sum(splitter.sizes())
    for position in (*range(0, total + 1, 3), *range(total, -1, -7)):  # there and back, at other steps
        splitter.moveSplitter(position, 1)
        preview_width = panel.preview.width()
        settler.settle(f"the letter divider at {position} of {total} px (preview {preview_width} px wide)")
    window.close()


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([])
    settler = Settler(app)  # type: ignore[arg-type]
    sweeps: dict[str, Callable[[], None]] = {
        "preview": lambda: sweep_preview(settler, Path(argv[1])),
        "layout": lambda: measure_layout(settler, Path(argv[1])),
        "thumbnails": lambda: sweep_thumbnails(settler, Path(argv[1])),
        "main-window": lambda: sweep_main_window(settler),
    }
    if not argv or argv[0] not in sweeps:
        sys.exit("usage: spin_sweeps.py preview|layout|thumbnails PDF  or  spin_sweeps.py main-window")
    sweeps[argv[0]]()
    print(f"settled at all {settler.sizes} sizes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
