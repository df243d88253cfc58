"""File → Print…: the native print dialog, then the very PDF pages the export produced, at 100 %.

The print path must not differ from the PDF path (a classic cause of labels drifting), so ua-desktop never
lays pages out twice: the job writes its PDF, QtPdf renders each page at the printer's resolution, and the
image is placed on the full paper (no printer margins, no "fit to page"). Page range and copies from the
print dialog are honoured; copies are repeated by hand where the driver cannot (QPrinter docs,
supportsMultipleCopies). The printer's own calibration is applied by the job before it writes the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ua_desktop.core.errors import UserError, Worded

MAX_RENDER_DPI = 600


def ask_printer(parent: QWidget | None, max_page: int = 9999, page_range: bool = True) -> QPrinter | None:
    """The native print dialog; the configured printer, or None when the user cancels.

    page_range False hides the range: the print queue marks whole items printed, so it prints every page.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, page_range)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setMinMax(1, max_page)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def printer_calibration_name(printer: QPrinter) -> str:
    """The key for the printer's calibration ("" for printing to a file)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return ""
    return printer.printerName()


def output_file(printer: QPrinter) -> Path | None:
    """The PDF file the printer writes ("Print to File"); None for a real printer."""
    name = printer.outputFileName()
    return Path(name) if name else None


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page indices from the dialog's range (all pages when none was chosen)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def _set_page(printer: QPrinter, size_pt: QSizeF) -> None:
    orientation = (
        QPageLayout.Orientation.Landscape
        if size_pt.width() > size_pt.height()
        else QPageLayout.Orientation.Portrait
    )
    portrait = QSizeF(min(size_pt.width(), size_pt.height()), max(size_pt.width(), size_pt.height()))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0)))


def print_pdf(printer: QPrinter, pdf: Path, progress: Callable[[int, int], None] | None = None) -> int:
    """Print pdf's pages (the dialog's range, its copies) on printer as one job; returns the pages sent.

    Raises:
        UserError: the PDF cannot be read, or the printer cannot be started or fails during the job (the
            caller must then not count the pages as printed).
    """
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise UserError(
            Worded(
                QCoreApplication.translate("PrintSupport", "Cannot read {pdf} for printing.").format(pdf=pdf)
            )
        )
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        raise UserError(
            Worded(
                QCoreApplication.translate(
                    "PrintSupport", "The chosen page range contains no page of this document."
                )
            )
        )
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    printer.setFullPage(True)
    _set_page(printer, document.pagePointSize(pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise UserError(_cannot_print(printer))
    sent = 0
    try:
        total = len(pages) * copies
        for copy in range(copies):
            for position, page in enumerate(pages):
                size_pt = document.pagePointSize(page)
                if sent:
                    _set_page(printer, size_pt)
                    if not printer.newPage():
                        raise UserError(_failed_during(printer, sent))
                dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
                target = QRectF(0, 0, size_pt.width() / 72 * dpi_x, size_pt.height() / 72 * dpi_y)
                # Rendered at the printer's resolution up to 600 dpi (an A4 page at 1200 dpi would need
                # over 500 MB), then placed on the whole sheet at 100 %.
                render_dpi = min(dpi_x, dpi_y, MAX_RENDER_DPI)
                pixels = QSize(
                    round(size_pt.width() / 72 * render_dpi), round(size_pt.height() / 72 * render_dpi)
                )
                image = document.render(page, pixels)
                if image.isNull():
                    raise UserError(
                        Worded(
                            QCoreApplication.translate(
                                "PrintSupport", "Page {page} of {pdf} could not be rendered for printing."
                            ).format(page=page + 1, pdf=pdf)
                        )
                    )
                painter.drawImage(target, image)
                sent += 1
                if progress is not None:
                    progress(copy * len(pages) + position + 1, total)
    finally:
        ended = painter.end()
        document.close()
    if not ended or printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise UserError(_failed_during(printer, sent))  # e.g. the spooler refused the job, or a full disk
    return sent


def _cannot_print(printer: QPrinter) -> Worded:
    target = output_file(printer)
    if target is not None:
        return Worded(
            QCoreApplication.translate(
                "PrintSupport", "Cannot write {target}; choose a folder you can write to, then print again."
            ).format(target=target)
        )
    return Worded(
        QCoreApplication.translate(
            "PrintSupport", "The printer could not be started; check that it is switched on and connected."
        )
    )


def _failed_during(printer: QPrinter, sent: int) -> Worded:
    where = output_file(printer) or printer.printerName()
    if not where:
        return Worded(
            QCoreApplication.translate(
                "PrintSupport",
                "Printing failed after %n page(s); check the printer, then print again.",
                None,
                sent,
            )
        )
    return Worded(
        QCoreApplication.translate(
            "PrintSupport",
            "Printing to {where} failed after %n page(s); check the printer (or the disk for a file), "
            "then print again.",
            None,
            sent,
        ).format(where=where)
    )
