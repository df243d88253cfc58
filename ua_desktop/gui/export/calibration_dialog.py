"""Tools → Printer calibration…: print the calibration page, type four measurements, save per printer.

The user prints the page (grid and two 100 mm rulers starting 20 mm from the corner) on the printer to
calibrate, measures where the rulers start and how long they came out, and the offsets and scale are
computed (core/calibration_store.py) and saved under that printer's name. Every later letter, label and
envelope for that printer is drawn with the correction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.calibration_store import (
    RULER_LENGTH_MM,
    RULER_START_MM,
    CalibrationStore,
    calibration_from_measurements,
)
from ua_desktop.core.errors import UserError
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import FileKind, save_file_path
from ua_desktop.gui.widgets.locale_format import number
from ua_desktop.gui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ua_desktop.gui.shell.settings_hub import SettingsHub


class CalibrationDialog(QDialog):
    """Measure and save one printer's offset and scale; `saved` is the stored Calibration or None."""

    def __init__(
        self,
        store: CalibrationStore,
        paper_mm: tuple[float, float],
        parent: QWidget | None = None,
        settings_hub: SettingsHub | None = None,
    ):
        """settings_hub keeps the folder the calibration page is saved to (with the other printouts)."""
        super().__init__(parent)
        self.settings_hub = settings_hub
        self.setObjectName("calibrationDialog")
        self.setWindowTitle(self.tr("Printer calibration"))
        self.store = store
        self.paper_mm = paper_mm
        self.saved: Calibration | None = None
        self.printer = QComboBox()
        self.printer.setObjectName("calibrationPrinterName")
        self.printer.setEditable(True)
        self.printer.addItem(self.tr("PDF export (default)"), "")
        for name in sorted({*QPrinterInfo.availablePrinterNames(), *store.printers()} - {""}):
            self.printer.addItem(name, name)
        print_page = QPushButton(self.tr("&Print the calibration page…"))
        print_page.clicked.connect(self.print_page)
        save_page = QPushButton(self.tr("&Save the calibration page as PDF…"))
        save_page.clicked.connect(self.save_page)
        steps = QLabel(
            self.tr(
                "Print the page at 100 %, then measure in millimetres: A, the paper's left edge to the "
                "start of the horizontal ruler; B, that ruler's length; C, the paper's top edge to the "
                "start of the vertical ruler; D, that ruler's length."
            )
        )
        steps.setWordWrap(True)
        self.fields: list[QDoubleSpinBox] = []
        form = QFormLayout()
        form.addRow(self.tr("Pri&nter:"), self.printer)
        for name, nominal in (
            ("A", RULER_START_MM),
            ("B", RULER_LENGTH_MM),
            ("C", RULER_START_MM),
            ("D", RULER_LENGTH_MM),
        ):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"measure{name}")
            spin.setRange(0.0, 200.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setSuffix(" mm")
            spin.setValue(nominal)
            spin.valueChanged.connect(self.update_result)
            self.fields.append(spin)
            form.addRow(name + ":", spin)
        self.result_label = QLabel()
        self.result_label.setObjectName("calibrationResult")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addWidget(print_page)
        layout.addWidget(save_page)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.printer.currentIndexChanged.connect(self.show_saved)
        self.show_saved()
        fit_to_screen(self)

    def printer_key(self) -> str:
        data = self.printer.currentData()
        text = self.printer.currentText().strip()
        return (
            data if data is not None and self.printer.itemText(self.printer.currentIndex()) == text else text
        )

    def show_saved(self) -> None:
        saved = self.store.get(self.printer_key())
        self.result_label.setText(self.describe(saved, self.tr("Saved for this printer")))

    def describe(self, calibration: Calibration, heading: str) -> str:
        return self.tr("{heading}: offset x {x} mm, offset y {y} mm, scale x {sx}, scale y {sy}").format(
            heading=heading,
            x=number(calibration.offset_x_mm, places=2, sign=True),
            y=number(calibration.offset_y_mm, places=2, sign=True),
            sx=number(calibration.scale_x, places=4),
            sy=number(calibration.scale_y, places=4),
        )

    def calibration(self) -> Calibration:
        """The correction from the four measurements (UserError when they are implausible)."""
        a, b, c, d = (spin.value() for spin in self.fields)
        return calibration_from_measurements(a, b, c, d)

    def update_result(self) -> None:
        try:
            self.result_label.setText(self.describe(self.calibration(), self.tr("From your measurements")))
        except UserError as error:
            self.result_label.setText(say(error))

    def save(self) -> None:
        try:
            calibration = self.calibration()
            self.store.set(self.printer_key(), calibration)
        except UserError as error:
            self.result_label.setText(say(error))
            return
        self.saved = calibration
        self.accept()

    def save_page(self) -> None:
        from ua_desktop.core.export.envelopes_job import export_calibration_page

        chosen = save_file_path(
            self,
            self.settings_hub,
            FileKind.PRINT,
            self.tr("Save calibration page"),
            "calibration.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if chosen is not None:
            try:
                export_calibration_page(chosen, self.paper_mm, self.printer_key())
            except UserError as error:
                self.result_label.setText(say(error))

    def print_page(self) -> None:
        import tempfile
        from pathlib import Path

        from ua_desktop.core.export.envelopes_job import export_calibration_page
        from ua_desktop.gui.export.print_support import ask_printer, print_pdf

        printer = ask_printer(self, 1)
        if printer is None:
            return
        with tempfile.TemporaryDirectory(prefix="ua-desktop-calibration-") as folder:
            page = Path(folder) / "calibration.pdf"
            try:
                export_calibration_page(page, self.paper_mm, printer.printerName())
                print_pdf(printer, page)
            except UserError as error:
                self.result_label.setText(say(error))
                return
        index = self.printer.findData(printer.printerName())
        if index >= 0:
            self.printer.setCurrentIndex(index)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        store: CalibrationStore,
        paper_mm: tuple[float, float],
        settings_hub: SettingsHub | None = None,
    ) -> Calibration | None:
        """Run the dialog; the calibration saved, or None when closed without saving."""
        dialog = cls(store, paper_mm, parent, settings_hub)
        dialog.exec()
        return dialog.saved
