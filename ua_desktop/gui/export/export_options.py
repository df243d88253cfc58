"""The kind-specific parts of the Export dialog: letters, labels and envelopes options.

Each panel only collects choices; the dialog turns them into a core job. Kept apart from the dialog so
each file stays small and each panel can be tested on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ua_desktop.core.export.envelopes import (
    ENVELOPES,
    PRIORITY_MARK,
    EnvelopeOptions,
    EnvelopeSize,
    Feed,
    custom_envelope,
)
from ua_desktop.core.export.envelopes_job import ReturnAddress
from ua_desktop.core.export.labels_job import AddressSource
from ua_desktop.core.labels.catalogue import LabelCatalogue, LabelSheet
from ua_desktop.core.labels.used_positions import UsedPositionsStore
from ua_desktop.core.letter.page_setup import PAPER_SIZES_MM, Paper
from ua_desktop.gui.labels.label_positions_widget import LabelPositionsWidget


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class LettersOptions(QWidget):
    """Paper, duplex padding, one file or one per signer."""

    def __init__(self, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("As in the letter's page setup"), "")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        _select_data(self.paper, paper)
        self.pad_duplex = QCheckBox(
            self.tr("Add a blank page so each letter starts on a new sheet in duplex")
        )
        self.per_signer = QCheckBox(self.tr("One PDF per signer in a folder"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.pad_duplex)
        form.addRow(self.per_signer)


class LabelsOptions(QWidget):
    """Sheet (or a new one of the user's), which address, how many, and where the part-used sheet starts.

    Signals:
        test_page_requested(): print the outlines of the chosen sheet.
    """

    test_page_requested = Signal()

    def __init__(
        self,
        catalogue: LabelCatalogue,
        positions: UsedPositionsStore,
        default_sheet: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.positions_store = positions
        self.sheet = QComboBox()
        self.sheet.setObjectName("labelSheet")
        self.fill_sheets(default_sheet or "L7160")
        new_sheet = QPushButton(self.tr("&New sheet…"))
        new_sheet.clicked.connect(self.define_sheet)
        test_page = QPushButton(self.tr("&Test page"))
        test_page.clicked.connect(self.test_page_requested)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet, 1)
        sheet_row.addWidget(new_sheet)
        sheet_row.addWidget(test_page)

        self.source = QComboBox()
        self.source.addItem(self.tr("The case's recipients"), AddressSource.RECIPIENTS)
        self.source.addItem(self.tr("Each signer's return address"), AddressSource.SIGNERS)
        self.source.addItem(self.tr("The group's return address"), AddressSource.GROUP)
        self.per_letter = QRadioButton(self.tr("One per letter"))
        self.fixed = QRadioButton(self.tr("This many of each address:"))
        self.per_letter.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(1, 10_000)
        self.count.setValue(1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.per_letter)
        count_row.addWidget(self.fixed)
        count_row.addWidget(self.count)
        count_row.addStretch()

        self.positions = LabelPositionsWidget()
        clear = QPushButton(self.tr("Fresh &sheet"))
        clear.setToolTip(self.tr("A new, unused sheet is in the printer"))
        clear.clicked.connect(self.positions.clear)
        positions_row = QHBoxLayout()
        positions_row.addWidget(self.positions)
        positions_row.addWidget(clear)
        positions_row.addStretch()

        form = QFormLayout(self)
        sheet_label = QLabel(self.tr("S&heet:"))
        sheet_label.setBuddy(self.sheet)
        form.addRow(sheet_label, sheet_row)
        form.addRow(self.tr("&Address:"), self.source)
        form.addRow(self.tr("How many:"), count_row)
        form.addRow(self.tr("Used labels:"), positions_row)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self._sheet_changed()

    def fill_sheets(self, select: str) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for sheet in self.catalogue.sheets:
            label = f"{sheet.title} — {sheet.description}" if sheet.description else sheet.title
            self.sheet.addItem(label, sheet.id)
        self.sheet.blockSignals(False)
        _select_data(self.sheet, select)

    def current_sheet(self) -> LabelSheet:
        return self.catalogue.get(self.sheet.currentData())

    def _sheet_changed(self) -> None:
        sheet = self.current_sheet()
        self.positions.set_sheet(sheet, self.positions_store.used(sheet.id))

    def reload_positions(self) -> None:
        self._sheet_changed()

    def define_sheet(self) -> None:
        """Define a sheet of the user's, starting from the chosen one, and select it."""
        from ua_desktop.gui.labels.label_sheet_dialog import LabelSheetDialog

        sheet = LabelSheetDialog.ask(self, self.catalogue, self.current_sheet())
        if sheet is not None:
            self.fill_sheets(sheet.id)
            self._sheet_changed()

    def count_value(self) -> int | None:
        """None: one label per letter of the run."""
        return None if self.per_letter.isChecked() else self.count.value()


class EnvelopesOptions(QWidget):
    """Envelope size (or a custom size), return address, priority mark and printer feed."""

    def __init__(self, paper: Paper = Paper.A4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_choice = QComboBox()
        self.size_choice.setObjectName("envelopeSize")
        for size in ENVELOPES.values():
            self.size_choice.addItem(f"{size.name} ({size.width:g} × {size.height:g} mm)", size.id)
        self.size_choice.addItem(self.tr("Custom size"), "custom")
        self.custom_width = QDoubleSpinBox()
        self.custom_height = QDoubleSpinBox()
        for spin, value in ((self.custom_width, 235.0), (self.custom_height, 120.0)):
            spin.setRange(60.0, 500.0)
            spin.setSuffix(" mm")
            spin.setValue(value)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_width)
        custom_row.addWidget(self.custom_height)
        self.return_address = QComboBox()
        self.return_address.addItem(self.tr("The group's return address"), ReturnAddress.GROUP)
        self.return_address.addItem(self.tr("Each signer's address"), ReturnAddress.SIGNER)
        self.return_address.addItem(self.tr("None"), ReturnAddress.NONE)
        self.priority = QCheckBox(self.tr('Print "PRIORITY / Par avion"'))
        self.feed = QComboBox()
        self.feed.addItem(self.tr("Envelope-sized page, long edge first"), Feed.LANDSCAPE)
        self.feed.addItem(self.tr("Envelope-sized page, short edge first"), Feed.PORTRAIT)
        self.feed.addItem(self.tr("On a sheet, short edge first, centred"), Feed.CENTRE)
        self.feed.addItem(self.tr("On a sheet, short edge first, at the left guide"), Feed.LEFT)
        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("A4"), Paper.A4)
        self.carrier.addItem(self.tr("US Letter"), Paper.LETTER)
        self.carrier.setCurrentIndex(max(self.carrier.findData(paper), 0))  # the group's paper
        self.count = QSpinBox()
        self.count.setRange(1, 10_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Si&ze:"), self.size_choice)
        form.addRow(self.tr("Custom width × height:"), custom_row)
        form.addRow(self.tr("&Return address:"), self.return_address)
        form.addRow(self.priority)
        form.addRow(self.tr("&Printer feed:"), self.feed)
        form.addRow(self.tr("Sheet for the feed:"), self.carrier)
        form.addRow(self.tr("Envelopes per recipient without signers:"), self.count)
        self.size_choice.currentIndexChanged.connect(self._update)
        self.feed.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        custom = self.size_choice.currentData() == "custom"
        self.custom_width.setEnabled(custom)
        self.custom_height.setEnabled(custom)
        self.carrier.setEnabled(self.feed.currentData() in (Feed.CENTRE, Feed.LEFT))

    def envelope_size(self) -> EnvelopeSize:
        if self.size_choice.currentData() == "custom":
            return custom_envelope(self.custom_width.value(), self.custom_height.value())
        return ENVELOPES[self.size_choice.currentData()]

    def options(self) -> EnvelopeOptions:
        """Raises UserError for an impossible custom size."""
        return EnvelopeOptions(
            size=self.envelope_size(),
            feed=Feed(self.feed.currentData()),
            carrier=PAPER_SIZES_MM[Paper(self.carrier.currentData())],
            mark=PRIORITY_MARK if self.priority.isChecked() else "",
            return_address=ReturnAddress(self.return_address.currentData()) is not ReturnAddress.NONE,
        )
