"""Edit → Preferences: language, paper, label sheet, the group's return address, the envelope preset.

The dialog offers the choices the settings declarations allow (core/settings_keys.py) and, on OK, hands
only the keys the user changed to the application's settings hub, which checks them with the same rules as
`ua-desktop settings set`, saves them and tells every open panel. A key changed meanwhile by another program
and left alone here is kept. The caller applies a new language at once, without losing unsaved work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.errors import UserError
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.settings_keys import SETTING_KEYS, ChoiceKey, NumberKey
from ua_desktop.core.settings_store import check_changes
from ua_desktop.core.ui_languages import UI_LANGUAGES
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.country_combo import CountryComboBox
from ua_desktop.gui.widgets.screen_fit import fit_to_screen


class PreferencesDialog(QDialog):
    """Preferences; use PreferencesDialog.ask() rather than constructing it."""

    def __init__(
        self,
        settings: SettingsHub,
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
        self.settings_hub = settings
        self.initial = current = settings.current  # OK saves only what the user changed from this
        self.saved: dict[str, Any] = {}

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code in languages:
            # Each language under its own name, so a person can find theirs whatever the UI shows now.
            self.language.addItem(UI_LANGUAGES.get(code, code), code)
        self._select(self.language, current.ui_language)

        self.paper = QComboBox()
        self.paper.addItem(self.tr("From the system (Letter in the US and Canada, A4 elsewhere)"), "")
        paper_names = {"a4": self.tr("A4"), "letter": self.tr("US Letter")}
        papers = SETTING_KEYS["paper"]
        assert isinstance(papers, ChoiceKey)
        for code in papers.choices(paths.data_dir):
            self.paper.addItem(paper_names.get(code, code), code)
        self._select(self.paper, current.paper)

        self.label_sheet = QComboBox()
        self.label_sheet.addItem(self.tr("Suggested for the paper size"), "")
        for sheet_id, description in label_sheets:
            self.label_sheet.addItem(description, sheet_id)
        self._select(self.label_sheet, current.default_label_sheet)

        self.preset = QComboBox()
        self.preset.addItem(self.tr("Suggested for the paper size and country"), "")
        for preset_id, description in presets:
            self.preset.addItem(description, preset_id)
        self._select(self.preset, current.default_preset)

        self.group_name = QLineEdit(current.group_name)
        self.return_address = QPlainTextEdit("\n".join(current.group_return_address))
        self.return_address.setTabChangesFocus(True)
        self.return_address.setPlaceholderText(self.tr("One line per address line, as on an envelope"))
        self.return_address.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        self.group_city = QLineEdit(current.group_city)
        self.group_city.setPlaceholderText(self.tr("Printed in the place and date line, e.g. Zürich"))
        # The settings' own list (core/countries.py), so every choice here is accepted on OK.
        self.group_country = CountryComboBox(self.tr("Not set"))
        self.group_country.setCode(current.group_country)

        self.transit_days = QSpinBox()
        days = SETTING_KEYS["postal_transit_days"]
        assert isinstance(days, NumberKey)
        self.transit_days.setRange(days.minimum, days.maximum)
        self.transit_days.setValue(current.postal_transit_days)
        self._update_days_suffix(self.transit_days.value())
        self.transit_days.valueChanged.connect(self._update_days_suffix)
        self.transit_days.setToolTip(
            self.tr(
                "When fewer days than this are left, the briefing suggests e-mail or fax instead of post."
            )
        )
        self.consent_text = QPlainTextEdit(current.consent_text)
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
        fit_to_screen(self)

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

    def collected(self) -> dict[str, Any]:
        """Every setting as edited in the dialog, checked and normalised by the settings' own rules."""
        return check_changes(
            {
                "ui_language": self.language.currentData(),
                "paper": self.paper.currentData(),
                "default_label_sheet": self.label_sheet.currentData(),
                "default_preset": self.preset.currentData(),
                "group_name": self.group_name.text(),
                "group_return_address": self.return_address.toPlainText().splitlines(),
                "group_city": self.group_city.text(),
                "group_country": self.group_country.code(),
                "postal_transit_days": self.transit_days.value(),
                "consent_text": self.consent_text.toPlainText(),
            },
            self.paths.data_dir,
        )

    def changes(self) -> dict[str, Any]:
        """Only the settings the user changed here, so a change made meanwhile elsewhere (the command line,
        another window) is not overwritten with the value the dialog opened with."""
        initial = self.initial
        return {name: value for name, value in self.collected().items() if getattr(initial, name) != value}

    def accept(self) -> None:
        """Save the changes through the hub (every panel follows at once); a refused value keeps it open."""
        try:
            self.saved = self.changes()
            if self.saved:
                self.settings_hub.update(**self.saved)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Preferences not saved"), say(error))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        settings: SettingsHub,
        paths: AppPaths,
        languages: Sequence[str],
        label_sheets: Sequence[tuple[str, str]] = (),
        presets: Sequence[tuple[str, str]] = (),
    ) -> dict[str, Any] | None:
        """Run the dialog; return the changes it saved ({} when none), or None when cancelled."""
        dialog = cls(settings, paths, languages, label_sheets, presets, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved
