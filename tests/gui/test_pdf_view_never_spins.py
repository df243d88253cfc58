"""No size makes a PDF view spin (issue #13): QPdfView's own fit-to-width loops for ever on a one-page
letter at sizes such as 450 x 624-640 (the vertical bar shows, the page shrinks and fits, the bar hides, ...).

The sweeps run in a child process (spin_sweeps.py) whose watchdog ends it when the GUI thread gets no rest
for a second after a resize; a spinning loop cannot be timed out from inside the event loop.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import ua_desktop.gui

from .spin_sweeps import PREVIEW_HEIGHTS, PREVIEW_WIDTHS, SCREENS, STALLED

SCRIPT = Path(__file__).with_name("spin_sweeps.py")


def make_letter_pdf(path: Path, pages: int = 1) -> Path:
    """An A4 letter of pages pages: sender, recipient, date, and a few paragraphs on each page."""
    canvas = Canvas(str(path), pagesize=A4)
    for page in range(pages):
        text = canvas.beginText(72, A4[1] - 72)
        for line in ("Anna Muster", "Seestrasse 1a", "6004 Luzern", "", "Secretary of Homeland Security", ""):
            text.textLine(line)
        text.textLine(f"Page {page + 1}. Dear Secretary,")
        for _ in range(12):
            text.textLine("I am writing to express my deep concern about the people held without a hearing.")
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return path


def run_sweep(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    """Run spin_sweeps.py with args; its stdout if it settled everywhere, else the test fails saying where."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,  # the watchdog ends a stalled child after a second; this only bounds a broken one
        env={**os.environ, **(env or {})},
    )
    stalls = [line for line in result.stdout.splitlines() if line.startswith("STALL")]
    assert result.returncode != STALLED, "\n".join(stalls)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "settled at all" in result.stdout
    return result.stdout


def test_letter_preview_settles_at_every_size(tmp_path: Path) -> None:
    out = run_sweep("preview", str(make_letter_pdf(tmp_path / "letter.pdf")))
    sizes = int(re.search(r"settled at all (\d+) sizes", out).group(1))  # type: ignore[union-attr]
    assert sizes > len(PREVIEW_WIDTHS) * len(PREVIEW_HEIGHTS)  # the whole grid, and more


def test_thumbnail_strip_settles_at_every_width(tmp_path: Path) -> None:
    run_sweep("thumbnails", str(make_letter_pdf(tmp_path / "letters.pdf", pages=12)))  # wider than some views


def test_main_window_settles_on_common_screens_and_while_dragging_the_divider(tmp_path: Path) -> None:
    """One offscreen screen per size, side by side, so that "maximised" means what it does on that screen."""
    screens, x = [], 0
    for number, (width, height) in enumerate(SCREENS):
        screens.append({"name": f"screen{number}", "x": x, "y": 0, "width": width, "height": height})
        screens[-1].update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
        x += width
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    run_sweep("main-window", env={"QT_QPA_PLATFORM": f"offscreen:configfile={config}"})


@pytest.mark.parametrize("pages", [1, 2])
def test_preview_keeps_its_look(tmp_path: Path, pages: int) -> None:
    """Fit width: the page fills the width, all of a one-page letter in view wherever it fits at that width;
    where it fits only a scroll bar's width narrower, it is shown whole and that little narrower, with no bar.
    Whole page: a one-page letter fits whole, touching the sides or the top and bottom."""
    out = run_sweep("layout", str(make_letter_pdf(tmp_path / "letter.pdf", pages=pages)))
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(records) > 2000
    aspect = A4[1] / A4[0]
    for record in records:
        width, height = record["viewport"]
        bar, bar_width = record["bar"], record["bar_width"]
        room = width + (bar_width if bar else 0) - record["side_margins"]  # page width if no bar were shown
        page_width = max(page[0] for page in record["pages"])
        document_height = record["vertical_extra"] + sum(page[1] for page in record["pages"])
        if record["mode"] == "width":
            if bar:
                assert abs(page_width - (room - bar_width)) <= 1, record
                assert document_height > height and record["scroll_range"] > 0, record
            else:
                assert document_height <= height, record  # every page wholly in view
                assert room - bar_width - 1 <= page_width <= room, record
            fits_at_full_width = height >= record["vertical_extra"] + pages * math.ceil(room * aspect) + pages
            if fits_at_full_width:
                assert not bar and page_width >= room - 1, record
        elif pages == 1:
            assert not bar and document_height <= height and page_width <= room, record
            assert page_width >= room - 2 or document_height >= height - 2, record  # as large as fits


def test_every_pdf_view_in_the_gui_is_the_one_that_settles() -> None:
    """A bare QPdfView with a fit zoom mode brings the loop back: views are built as PdfView (pdf_view.py)."""
    gui = Path(ua_desktop.gui.__file__).parent
    offenders = []
    for source in sorted(gui.rglob("*.py")):
        if source.name == "pdf_view.py":
            continue
        text = source.read_text(encoding="utf-8")
        if re.search(r"\bQPdfView\(|\(\s*QPdfView\s*\)", text):
            offenders.append(str(source.relative_to(gui)))
    assert not offenders, (
        f"build PDF views with ua_desktop.gui.widgets.pdf_view.PdfView, not QPdfView: {offenders}"
    )
