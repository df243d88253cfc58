"""The text of a PDF Urgent Action, with paragraph gaps kept, read with pypdf.

pypdf's plain extraction returns the lines but drops the vertical space between paragraphs, which is what
tells a wrapped paragraph from the next one. So the text is collected through pypdf's visitor, which
reports each text run with its position; lines are rebuilt from the runs' baselines and a blank line is
put wherever the distance to the next line is clearly larger than the page's usual line spacing.

A page set in two columns (a section's newsletter) is read column by column, the left one first: the
right column is where many lines start at the same x in the right part of the page while no line of the
left part reaches over it.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from ua_desktop.core.cases.messages import CaseImportMessage, CaseMessage
from ua_desktop.core.errors import UserError

if TYPE_CHECKING:
    from pypdf import PageObject

MAX_PDF_BYTES = 20_000_000
MAX_PDF_PAGES = 40
_GAP_FACTOR = 1.25  # a line distance this much above the usual one is a paragraph gap

log = logging.getLogger(__name__)


class PdfTextError(UserError):
    """The PDF cannot be read, or holds no text (a scan)."""


_Run = tuple[float, float, str, float]  # baseline y, start x, text, estimated end x


def _columns(runs: list[_Run], width: float) -> list[list[_Run]]:
    """The runs of a two-column page as [left, right]; of any other page as [runs]."""
    starts = Counter(round(x) for _y, x, _text, _end in runs if x > width * 0.35)
    if not starts:
        return [runs]
    split = starts.most_common(1)[0][0]
    left = [run for run in runs if run[1] < split - 2]
    right = [run for run in runs if run[1] >= split - 2]
    if len({run[0] for run in left}) < 5:
        return [runs]
    low, high = min(run[0] for run in left), max(run[0] for run in left)
    beside = sum(1 for run in right if low <= run[0] <= high)
    reaching_over = sum(1 for run in left if run[3] > split + 4)
    if not beside or reaching_over > len(left) * 0.05:
        return [runs]
    return [left, right]


def _page_lines(page: PageObject) -> list[tuple[float, str]]:
    """(baseline y, text) of each line on the page, top to bottom (column after column)."""
    runs: list[_Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[0] * cm[0]) or 1.0
            longest = max(len(part) for part in text.split("\n"))
            runs.append((round(y, 1), x, text, x + longest * size * scale * 0.45))

    page.extract_text(visitor_text=visit)
    lines: list[tuple[float, str]] = []
    for column in _columns(runs, float(page.mediabox.width)):
        lines += _lines_of(column)
    return lines


def _lines_of(runs: list[_Run]) -> list[tuple[float, str]]:
    lines: list[tuple[float, str]] = []
    for y, _x, text, _end in sorted(runs, key=lambda run: (-run[0], run[1])):
        for index, part in enumerate(text.split("\n")):
            if not part.strip():
                continue
            if index == 0 and lines and abs(lines[-1][0] - y) < 1.0:
                lines[-1] = (lines[-1][0], lines[-1][1].rstrip() + " " + part.strip())
            else:
                lines.append((y, part.strip()))
    return lines


def _with_gaps(lines: list[tuple[float, str]]) -> list[str]:
    # The usual line distance is the smallest one that recurs: lines inside a wrapped paragraph. (The most
    # common distance can be the paragraph gap itself on a page of many short paragraphs.)
    steps = Counter(round(a[0] - b[0], 1) for a, b in itertools.pairwise(lines) if a[0] - b[0] > 3.0)
    recurring = [step for step, count in steps.items() if count > 1] or list(steps)
    usual = min(recurring) if recurring else 0.0
    out: list[str] = []
    for index, (y, text) in enumerate(lines):
        if index and usual and (lines[index - 1][0] - y) > usual * _GAP_FACTOR:
            out.append("")
        out.append(text)
    return out


def pdf_text(path: Path) -> str:
    """The document's text, page after page, paragraphs separated by blank lines.

    Raises PdfTextError with advice when the file is not a readable PDF, is encrypted, or has no text layer.
    """
    import pypdf  # imported here: only the PDF import needs it
    from pypdf.errors import PyPdfError

    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise PdfTextError(
                CaseImportMessage.TOO_LARGE, name=path.name, megabytes=MAX_PDF_BYTES // 1_000_000
            )
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            raise PdfTextError(CaseImportMessage.PDF_PASSWORD, name=path.name)
        if len(reader.pages) > MAX_PDF_PAGES:
            raise PdfTextError(CaseImportMessage.PDF_PAGES, name=path.name, pages=len(reader.pages))
        pages = []
        for page in reader.pages:
            pages.append("\n".join(_with_gaps(_page_lines(page))))
    except PdfTextError:
        raise
    except OSError as error:
        raise PdfTextError(CaseMessage.CANNOT_READ, path=path, reason=error.strerror or str(error)) from error
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        log.info("pypdf could not read %s: %r", path, error)
        raise PdfTextError(CaseImportMessage.PDF_DAMAGED, name=path.name) from error
    text = "\n\n".join(pages)
    if len(text.strip()) < 40:
        raise PdfTextError(CaseImportMessage.PDF_SCANNED, name=path.name)
    return text + "\n"
