"""Page setup for one case's letters (window, font, margins, fold and hole marks) and the group's paper."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QWidget,
)

from ua_desktop.core.letter.page_setup import FONT_SIZES, AddressPreset, LetterFont, PageSetup, Paper
from ua_desktop.gui.widgets.locale_format import number
from ua_desktop.gui.widgets.screen_fit import fit_to_screen


class PageSetupDialog(QDialog):
    """Edits a PageSetup; use PageSetupDialog.ask()."""

    def __init__(self, setup: PageSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Page setup"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), Paper.A4.value)
        self.paper.addItem(self.tr("US Letter (8.5 × 11 in)"), Paper.LETTER.value)
        self.paper.setToolTip(
            self.tr(
                "The paper in the group's printer: a change here applies to every case, as the Paper "
                "choice in Preferences does."
            )
        )
        self.preset = QComboBox()
        self.preset.addItem(self.tr("DIN 5008 form B (left window)"), AddressPreset.DIN_B.value)
        self.preset.addItem(self.tr("DIN 5008 form A (left window, higher)"), AddressPreset.DIN_A.value)
        self.preset.addItem(self.tr("Swiss right window (SN 010130)"), AddressPreset.CH_RIGHT.value)
        self.preset.addItem(self.tr("US #10 window envelope (Letter in thirds)"), AddressPreset.US_10.value)
        self.font_choice = QComboBox()
        self.font_choice.addItem(self.tr("Noto Serif"), LetterFont.SERIF.value)
        self.font_choice.addItem(self.tr("Noto Sans"), LetterFont.SANS.value)
        self.font_size = QComboBox()
        for size in FONT_SIZES:
            self.font_size.addItem(self.tr("{size} pt").format(size=number(size)), size)
        self.margins = {}
        for name in ("margin_left_mm", "margin_right_mm", "margin_top_mm", "margin_bottom_mm"):
            spin = QDoubleSpinBox()
            spin.setRange(5.0, 60.0)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
            self.margins[name] = spin
        self.fold_marks = QCheckBox(self.tr("Print fold marks"))
        self.hole_mark = QCheckBox(self.tr("Print a hole-punch mark"))

        form = QFormLayout(self)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Envelope window:"), self.preset)
        form.addRow(self.tr("&Font:"), self.font_choice)
        form.addRow(self.tr("Font &size:"), self.font_size)
        form.addRow(self.tr("Left margin:"), self.margins["margin_left_mm"])
        form.addRow(self.tr("Right margin:"), self.margins["margin_right_mm"])
        form.addRow(self.tr("Top margin:"), self.margins["margin_top_mm"])
        form.addRow(self.tr("Bottom margin:"), self.margins["margin_bottom_mm"])
        form.addRow(self.fold_marks)
        form.addRow(self.hole_mark)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.set_setup(setup)
        fit_to_screen(self)

    def set_setup(self, setup: PageSetup) -> None:
        self.paper.setCurrentIndex(self.paper.findData(setup.paper.value))
        self.preset.setCurrentIndex(self.preset.findData(setup.preset.value))
        self.font_choice.setCurrentIndex(self.font_choice.findData(setup.font.value))
        index = self.font_size.findData(setup.font_size_pt)
        if index < 0:
            self.font_size.addItem(
                self.tr("{size} pt").format(size=number(setup.font_size_pt)), setup.font_size_pt
            )
            index = self.font_size.count() - 1
        self.font_size.setCurrentIndex(index)
        for name, spin in self.margins.items():
            spin.setValue(getattr(setup, name))
        self.fold_marks.setChecked(setup.fold_marks)
        self.hole_mark.setChecked(setup.hole_mark)

    def setup(self) -> PageSetup:
        return PageSetup(
            paper=Paper(self.paper.currentData()),
            preset=AddressPreset(self.preset.currentData()),
            font=LetterFont(self.font_choice.currentData()),
            font_size_pt=float(self.font_size.currentData()),
            fold_marks=self.fold_marks.isChecked(),
            hole_mark=self.hole_mark.isChecked(),
            **{name: spin.value() for name, spin in self.margins.items()},
        )

    @classmethod
    def ask(cls, setup: PageSetup, parent: QWidget | None = None) -> PageSetup | None:
        """Run the dialog; the new setup, or None when cancelled."""
        dialog = cls(setup, parent)
        return dialog.setup() if dialog.exec() == QDialog.DialogCode.Accepted else None
