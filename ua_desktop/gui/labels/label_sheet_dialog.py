"""Define your own label sheet: the figures printed on the packet, checked as you type.

Label makers disagree by 1-3 mm for the same product code, so a group can enter its sheet's figures (or
copy a shipped sheet and correct it). The same check as for the shipped catalogue runs on every change and
says why a sheet cannot be printed (labels overlapping or leaving the page); Save stays disabled until the
sheet is valid. Sheets are saved in the data folder (label_sheets.json).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.errors import UserError, Worded
from ua_desktop.core.labels.catalogue import (
    LABEL_LENGTH_KEYS,
    PAGE_SIZES_MM,
    LabelCatalogue,
    LabelSheet,
    sheet_from_mapping,
)
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import counted
from ua_desktop.gui.widgets.screen_fit import fit_to_screen


class LabelSheetDialog(QDialog):
    """Edit a user-defined sheet; `sheet` holds the valid result after Save."""

    def __init__(
        self, catalogue: LabelCatalogue, template: LabelSheet | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("labelSheetDialog")
        self.setWindowTitle(self.tr("New label sheet"))
        self.catalogue = catalogue
        self.sheet: LabelSheet | None = None
        self.name = QLineEdit()
        self.name.setObjectName("sheetName")
        self.description = QLineEdit()
        self.page = QComboBox()
        self.page.addItem(self.tr("A4"), "a4")
        self.page.addItem(self.tr("US Letter"), "letter")
        self.columns = QSpinBox()
        self.rows = QSpinBox()
        for count_spin in (self.columns, self.rows):
            count_spin.setRange(1, 40)
        self.lengths: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Paper:"), self.page)
        form.addRow(self.tr("&Columns:"), self.columns)
        form.addRow(self.tr("&Rows:"), self.rows)
        labels = {
            "label_width": self.tr("Label width:"),
            "label_height": self.tr("Label height:"),
            "origin_x": self.tr("Left edge of the first label:"),
            "origin_y": self.tr("Top edge of the first label:"),
            "pitch_x": self.tr("Column pitch (label width + gap):"),
            "pitch_y": self.tr("Row pitch (label height + gap):"),
            "corner_radius": self.tr("Corner radius:"),
            "padding": self.tr("Inner margin for text:"),
        }
        for key in LABEL_LENGTH_KEYS:
            length_spin = QDoubleSpinBox()
            length_spin.setObjectName(key)
            length_spin.setRange(-50.0, 400.0)
            length_spin.setDecimals(2)
            length_spin.setSingleStep(0.1)
            length_spin.setSuffix(" mm")
            self.lengths[key] = length_spin
            form.addRow(labels[key], length_spin)
        self.problem = QLabel()
        self.problem.setObjectName("sheetProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if template is not None:
            self.load(template)
        for widget in (self.name, self.description):
            widget.textChanged.connect(self.check)
        self.page.currentIndexChanged.connect(self.check)
        for count_spin in (self.columns, self.rows):
            count_spin.valueChanged.connect(self.check)
        for length_spin in self.lengths.values():
            length_spin.valueChanged.connect(self.check)
        self.check()
        fit_to_screen(self)

    def load(self, sheet: LabelSheet) -> None:
        """Start from an existing sheet (its name gets " (own)" so it does not clash with the shipped one)."""
        self.name.setText(sheet.id if sheet.user_defined else f"{sheet.id} (own)")
        self.description.setText(sheet.description)
        self.page.setCurrentIndex(max(self.page.findData(sheet.paper), 0))
        self.columns.setValue(sheet.columns)
        self.rows.setValue(sheet.rows)
        for key, spin in self.lengths.items():
            spin.setValue(getattr(sheet, key))

    def entry(self) -> dict[str, object]:
        data: dict[str, object] = {key: spin.value() for key, spin in self.lengths.items()}
        width, height = PAGE_SIZES_MM[self.page.currentData()]
        data.update(
            id=self.name.text().strip(),
            description=self.description.text().strip(),
            page_width=width,
            page_height=height,
            columns=self.columns.value(),
            rows=self.rows.value(),
            unit="mm",
        )
        return data

    def check(self) -> LabelSheet | None:
        """Validate the figures; show the reason and disable Save when they cannot be printed."""
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            sheet = sheet_from_mapping(self.entry(), user_defined=True)
            if any(b.matches(sheet.id) for b in self.catalogue.bundled):
                raise UserError(Worded(self.tr("That name belongs to a shipped sheet; choose another name.")))
        except UserError as error:
            self.problem.setText(say(error))
            save.setEnabled(False)
            return None
        self.problem.setText(
            counted(
                self.tr("%n label(s) per sheet; the figures fit the page.", "", sheet.labels_per_sheet),
                sheet.labels_per_sheet,
            )
        )
        save.setEnabled(True)
        return sheet

    def save(self) -> None:
        sheet = self.check()
        if sheet is None:
            return
        try:
            self.catalogue.save_user_sheet(sheet)
        except UserError as error:
            self.problem.setText(say(error))
            return
        self.sheet = sheet
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, catalogue: LabelCatalogue, template: LabelSheet | None = None
    ) -> LabelSheet | None:
        """Run the dialog; the saved sheet, or None when cancelled."""
        dialog = cls(catalogue, template, parent)
        dialog.exec()
        return dialog.sheet
