"""The evening's report for the national section: a CSV for spreadsheets and a one-page PDF summary.

The PDF has the totals, a table of cases and a bar chart of letters per case, drawn with ReportLab's own
graphics package (no plotting library to install). Neither file names a single signer: the report goes
out of the group, so it carries counts only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ua_desktop import APP_DISPLAY_NAME
from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.messages import ReportMessage
from ua_desktop.core.evenings.tally import Tally

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

CSV_COLUMNS = (
    "evening",
    "date",
    "place",
    "people",
    "new_signers",
    "not_stored",
    "case_id",
    "ua_number",
    "case_title",
    "signatures",
    "letters",
    "languages",
    "letters_all_evenings",
)
MAX_TABLE_ROWS = 14  # what fits on the page below the chart; more cases are summed in one line


@dataclass(frozen=True)
class CaseLabel:
    """How the report names a case: its UA number and title (the id alone when the pack is gone)."""

    ua_number: str
    title: str


def _label(case_id: str, labels: Mapping[str, CaseLabel]) -> CaseLabel:
    return labels.get(case_id) or CaseLabel(case_id, "")


def _cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading = + - @ would start a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def tally_csv(tally: Tally, labels: Mapping[str, CaseLabel]) -> str:
    """The tally as CSV text, one row per case, the evening's totals repeated on every row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    evening = tally.evening
    for count in tally.cases:
        label = _label(count.case_id, labels)
        languages = " ".join(f"{lang or '?'}:{n}" for lang, n in count.languages)
        row = (
            evening.id,
            evening.date.isoformat(),
            evening.place,
            tally.people,
            tally.new_signers,
            tally.not_stored,
            count.case_id,
            label.ua_number,
            label.title,
            count.signatures,
            count.letters,
            languages,
            count.all_evenings,
        )
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def _check_suffix(out: Path, suffix: str) -> Path:
    out = Path(out).expanduser()
    if out.is_dir():
        raise UserError(ReportMessage.IS_A_FOLDER, path=out, example=out / ("report" + suffix))
    if out.suffix.lower() != suffix:
        raise UserError(ReportMessage.WRONG_SUFFIX, name=out.name, suffix=suffix)
    return out


def write_tally_csv(out: Path, tally: Tally, labels: Mapping[str, CaseLabel]) -> Path:
    """Write the CSV atomically (UTF-8 with a byte order mark, so spreadsheet programs read accents)."""
    from ua_desktop.core.fileio import write_bytes_atomic

    out = _check_suffix(out, ".csv")
    write_bytes_atomic(out, tally_csv(tally, labels).encode("utf-8-sig"))
    return out


def write_report(out: Path, tally: Tally, labels: Mapping[str, CaseLabel], group_name: str = "") -> Path:
    """The report as CSV or PDF, chosen by the file name's suffix."""
    suffix = Path(out).suffix.lower()
    if suffix == ".csv":
        return write_tally_csv(out, tally, labels)
    if suffix == ".pdf":
        return write_tally_pdf(out, tally, labels, group_name)
    raise UserError(ReportMessage.UNKNOWN_SUFFIX, name=Path(out).name)


def write_tally_pdf(out: Path, tally: Tally, labels: Mapping[str, CaseLabel], group_name: str = "") -> Path:
    """Write the one-page summary atomically."""
    from ua_desktop.core.export.output import write_pdf

    out = _check_suffix(out, ".pdf")
    write_pdf(out, lambda handle: draw_tally_pdf(handle, tally, labels, group_name))
    return out


def draw_tally_pdf(
    out: IO[bytes], tally: Tally, labels: Mapping[str, CaseLabel], group_name: str = ""
) -> None:
    """Draw the summary page into out (A4; everything fits on one page whatever the number of cases)."""
    from reportlab.lib.pagesizes import A4

    from ua_desktop.core.export.pdf import DocumentInfo, open_canvas
    from ua_desktop.core.letter.fonts import register_font

    font = register_font()
    evening = tally.evening
    info = DocumentInfo(
        title=f"Letter-writing evening {evening.date.isoformat()} — report",
        subject="Letters per case, people and new signers",
        author=group_name or APP_DISPLAY_NAME,
    )
    canvas = open_canvas(out, A4, info)
    width, height = A4
    left, right = 56.0, width - 56.0
    y = height - 64.0
    canvas.setFont(font, 20)
    canvas.drawString(left, y, "Letter-writing evening: report")
    y -= 24
    canvas.setFont(font, 11)
    where = f" — {evening.place}" if evening.place else ""
    canvas.drawString(left, y, f"{group_name + ': ' if group_name else ''}{evening.date.isoformat()}{where}")
    y -= 15
    status = f"ended {evening.ended_at[:16].replace('T', ' ')} UTC" if evening.ended_at else "still open"
    canvas.drawString(left, y, f"Evening #{evening.id}, {status}")
    y -= 34
    y = _totals(canvas, font, tally, left, right, y)
    y = _chart(canvas, font, tally, labels, left, right, y - 14)
    _table(canvas, font, tally, labels, left, right, y - 26)
    canvas.setFont(font, 8)
    canvas.setFillGray(0.4)
    canvas.drawString(left, 40, f"{APP_DISPLAY_NAME} — counts only, no personal data.")
    canvas.showPage()
    canvas.save()


def _totals(canvas: Canvas, font: str, tally: Tally, left: float, right: float, y: float) -> float:
    """Four boxed figures across the page: letters, people, new signers, not kept."""
    figures = (
        (tally.letters, "letters"),
        (tally.people, "people"),
        (tally.new_signers, "new signers"),
        (tally.not_stored, "signed, not kept"),
    )
    box = (right - left) / len(figures)
    for n, (value, caption) in enumerate(figures):
        x = left + n * box
        canvas.setStrokeGray(0.75)
        canvas.rect(x + 3, y - 52, box - 6, 56, stroke=1, fill=0)
        canvas.setFillGray(0)
        canvas.setFont(font, 24)
        canvas.drawCentredString(x + box / 2, y - 22, str(value))
        canvas.setFont(font, 9)
        canvas.drawCentredString(x + box / 2, y - 42, caption)
    return y - 52


def _chart(
    canvas: Canvas,
    font: str,
    tally: Tally,
    labels: Mapping[str, CaseLabel],
    left: float,
    right: float,
    y: float,
) -> float:
    """Horizontal bars of letters per case (the first MAX_TABLE_ROWS cases); returns the y below it."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    shown = list(tally.cases[:MAX_TABLE_ROWS])
    bar_height = 22 if len(shown) <= 6 else 14
    plot_height = max(1, len(shown)) * bar_height
    drawing_height = plot_height + 46.0
    drawing = Drawing(right - left, drawing_height)
    drawing.add(String(0, plot_height + 32, "Letters per case", fontName=font, fontSize=12))
    chart = HorizontalBarChart()
    chart.x, chart.y = 90, 18
    chart.width, chart.height = right - left - 130, plot_height
    # Top to bottom in the order of the table: the chart's category axis runs bottom-up.
    chart.data = [[c.letters for c in reversed(shown)] or [0]]
    chart.categoryAxis.categoryNames = [_label(c.case_id, labels).ua_number for c in reversed(shown)] or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.valueAxis.valueMin = 0
    top = max([c.letters for c in shown] + [1])
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, -(-top // 5))
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * -(-top // chart.valueAxis.valueStep)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = colors.HexColor("#f4c400")  # the yellow of the candle, darkened for print
    chart.bars[0].strokeColor = colors.HexColor("#5a4a00")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    renderPDF.draw(drawing, canvas, left, y - drawing_height)
    return y - drawing_height


def _table(
    canvas: Canvas,
    font: str,
    tally: Tally,
    labels: Mapping[str, CaseLabel],
    left: float,
    right: float,
    y: float,
) -> None:
    """Case, title, signatures, letters, letters over all evenings; long lists end in one summed line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    columns = (left, left + 70, right - 170, right - 120, right - 70, right)
    heads = ("Case", "Title", "People", "Letters", "All evenings")
    canvas.setFont(font, 9)
    canvas.setFillGray(0.35)
    for n, head in enumerate(heads):
        _cell_text(canvas, n, head, columns, y)
    canvas.setFillGray(0)
    canvas.setStrokeGray(0.6)
    canvas.line(left, y - 4, right, y - 4)
    y -= 17
    rows = list(tally.cases[:MAX_TABLE_ROWS])
    title_width = columns[2] - columns[1] - 10
    for count in rows:
        label = _label(count.case_id, labels)
        title = label.title
        while title and stringWidth(title, font, 9) > title_width:
            title = title[:-2].rstrip() + "…"
        values = (label.ua_number, title, str(count.signatures), str(count.letters), str(count.all_evenings))
        for n, value in enumerate(values):
            _cell_text(canvas, n, value, columns, y)
        y -= 14
    rest = tally.cases[MAX_TABLE_ROWS:]
    if rest:
        text = f"and {len(rest)} more case(s)"
        values = ("", text, str(sum(c.signatures for c in rest)), str(sum(c.letters for c in rest)), "")
        for n, value in enumerate(values):
            _cell_text(canvas, n, value, columns, y)
        y -= 14
    canvas.line(left, y + 9, right, y + 9)
    totals = ("Total", "", str(tally.signatures), str(tally.letters), "")
    for n, value in enumerate(totals):
        _cell_text(canvas, n, value, columns, y - 4)


def _cell_text(canvas: Canvas, column: int, text: str, columns: tuple[float, ...], y: float) -> None:
    if column >= 2:
        canvas.drawRightString(columns[column + 1] - 4, y, text)
    else:
        canvas.drawString(columns[column], y, text)
