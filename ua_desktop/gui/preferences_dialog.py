"""Edit → Preferences: language, paper, label sheet, the group's return address, the envelope preset.

The dialog edits a copy of the settings and hands it back only when the user presses OK; the caller saves
it and applies what changed (a new language is applied at once, without losing unsaved work).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.paths import AppPaths
from ua_desktop.core.settings import Settings

# Each language is offered under its own name, so a person can find theirs whatever the UI shows now.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "it": "Italiano", "es": "Español"}


def country_choices(language: str) -> list[tuple[str, str]]:
    """(ISO code, name) pairs sorted by name in the UI language, from CLDR."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language or "en").territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    pairs = [(code, name) for code, name in territories.items() if len(code) == 2 and code.isalpha()]
    return sorted((p for p in pairs if p[0] not in {"ZZ", "EU", "EZ", "UN", "QO"}), key=lambda p: p[1])


class PreferencesDialog(QDialog):
    """Preferences; use PreferencesDialog.ask() rather than constructing it."""

    def __init__(
        self,
        settings: Settings,
        paths: AppPaths,
        languages: Sequence[str],
        label_sheets: Sequence[tuple[str, str]] = (),
        presets: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.paths = paths
        self.result_settings = copy.deepcopy(settings)

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code in languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self._select(self.language, settings.ui_language)

        self.paper = QComboBox()
        self.paper.addItem(self.tr("From the system (Letter in the US and Canada, A4 elsewhere)"), "")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self._select(self.paper, settings.paper)

        self.label_sheet = QComboBox()
        self.label_sheet.addItem(self.tr("Suggested for the paper size"), "")
        for sheet_id, description in label_sheets:
            self.label_sheet.addItem(description, sheet_id)
        self._select(self.label_sheet, settings.default_label_sheet)

        self.preset = QComboBox()
        self.preset.addItem(self.tr("Suggested for the paper size and country"), "")
        for preset_id, description in presets:
            self.preset.addItem(description, preset_id)
        self._select(self.preset, settings.default_preset)

        self.group_name = QLineEdit(settings.group_name)
        self.return_address = QPlainTextEdit("\n".join(settings.group_return_address))
        self.return_address.setTabChangesFocus(True)
        self.return_address.setPlaceholderText(self.tr("One line per address line, as on an envelope"))
        self.return_address.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        self.group_city = QLineEdit(settings.group_city)
        self.group_city.setPlaceholderText(self.tr("Printed in the place and date line, e.g. Zürich"))
        self.group_country = QComboBox()
        self.group_country.addItem(self.tr("Not set"), "")
        for code, name in country_choices(settings.ui_language or "en"):
            self.group_country.addItem(f"{name} ({code})", code)
        self._select(self.group_country, settings.group_country)

        self.transit_days = QSpinBox()
        self.transit_days.setRange(1, 60)
        self.transit_days.setValue(settings.postal_transit_days)
        self._update_days_suffix(self.transit_days.value())
        self.transit_days.valueChanged.connect(self._update_days_suffix)
        self.transit_days.setToolTip(
            self.tr(
                "When fewer days than this are left, the briefing suggests e-mail or fax instead of post."
            )
        )
        self.consent_text = QPlainTextEdit(settings.consent_text)
        self.consent_text.setTabChangesFocus(True)
        self.consent_text.setPlaceholderText(
            self.tr("Shown above the consent box in sign-in mode; empty: the program's standard text")
        )
        self.consent_text.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.data_folder = QLineEdit(str(paths.data_dir))
        self.data_folder.setReadOnly(True)
        self.open_folder = QPushButton(self.tr("&Open Folder"))
        self.open_folder.clicked.connect(self.open_data_folder)

        general = QFormLayout()
        general.addRow(self.tr("&Language:"), self.language)
        general.addRow(self.tr("Default &paper:"), self.paper)
        general.addRow(self.tr("Default label &sheet:"), self.label_sheet)
        general.addRow(self.tr("Window &envelope:"), self.preset)
        group_box = QGroupBox(self.tr("Your group"))
        group = QFormLayout(group_box)
        group.addRow(self.tr("&Name:"), self.group_name)
        group.addRow(self.tr("&Return address:"), self.return_address)
        group.addRow(self.tr("&Town for the date line:"), self.group_city)
        group.addRow(self.tr("Posted from (&country):"), self.group_country)
        group.addRow(self.tr("Post takes a&bout:"), self.transit_days)
        group.addRow(self.tr("Consent te&xt:"), self.consent_text)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)
        general.addRow(self.tr("Data folder:"), folder_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(group_box)
        layout.addWidget(buttons)
        self._set_accessible_names()

    def _set_accessible_names(self) -> None:
        for widget, name in (
            (self.language, self.tr("Language")),
            (self.paper, self.tr("Default paper")),
            (self.label_sheet, self.tr("Default label sheet")),
            (self.preset, self.tr("Window envelope")),
            (self.group_name, self.tr("Group name")),
            (self.return_address, self.tr("Group return address")),
            (self.group_city, self.tr("Town for the date line")),
            (self.group_country, self.tr("Country the group posts from")),
            (self.transit_days, self.tr("Days a letter takes by post")),
            (self.consent_text, self.tr("Consent text for sign-in mode")),
            (self.data_folder, self.tr("Data folder")),
        ):
            widget.setAccessibleName(name)

    def _update_days_suffix(self, value: int) -> None:
        # The suffix follows the number: "1 day", "3 days" ("%n" is only there for the plural rule).
        self.transit_days.setSuffix(self.tr(" day(s)", "", value))

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))

    def collected(self) -> Settings:
        """The settings as edited in the dialog."""
        result = self.result_settings
        result.ui_language = self.language.currentData()
        result.paper = self.paper.currentData()
        result.default_label_sheet = self.label_sheet.currentData()
        result.default_preset = self.preset.currentData()
        result.group_name = self.group_name.text().strip()
        lines = self.return_address.toPlainText().splitlines()
        result.group_return_address = [line.strip() for line in lines if line.strip()]
        result.group_city = self.group_city.text().strip()
        result.group_country = self.group_country.currentData()
        result.postal_transit_days = self.transit_days.value()
        result.consent_text = self.consent_text.toPlainText().strip()
        return result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        settings: Settings,
        paths: AppPaths,
        languages: Sequence[str],
        label_sheets: Sequence[tuple[str, str]] = (),
        presets: Sequence[tuple[str, str]] = (),
    ) -> Settings | None:
        """Run the dialog; return the edited settings, or None when cancelled."""
        dialog = cls(settings, paths, languages, label_sheets, presets, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.collected()
