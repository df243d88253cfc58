"""Asks once for the country the group posts from, before the first export or print that needs it.

A letter abroad must name the country it comes from, or it cannot come back (core/posting.py). A fresh
install knows no country; rather than refusing the export, the window asks here, saves the answer in the
settings (so it never asks again) and goes on. "Not now" goes on without: the core then refuses only what
really needs the country, with a message that says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ua_desktop.core.letter.page_setup import locale_country, system_locale_name
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.country_combo import CountryComboBox


class GroupCountryDialog(QDialog):
    """One question, one list of countries, Save or Not now."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where does the group post from?"))
        question = QLabel(
            self.tr(
                "Letters to another country must say which country they come from, so that they can come "
                "back if they cannot be delivered. Which country does your group post its letters from? "
                "You can change it later in Preferences."
            )
        )
        question.setWordWrap(True)
        self.country = CountryComboBox(language=language)
        self.country.setAccessibleName(self.tr("Country the group posts from"))
        guess = self.country.findData(locale_country(system_locale_name()))
        self.country.setCurrentIndex(max(guess, 0))
        question.setBuddy(self.country)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.country)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def chosen(self) -> str:
        return self.country.code()


def ask_group_country(parent: QWidget | None, language: str) -> str | None:
    """The country the user picked, or None for Not now (tests replace this function)."""
    dialog = GroupCountryDialog(language, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ensure_group_country(parent: QWidget | None, hub: SettingsHub) -> bool:
    """True when the group's country is known (asked now if it was not); False after Not now."""
    if hub.current.group_country:
        return True
    from PySide6.QtCore import QLocale

    answer = ask_group_country(parent, hub.current.ui_language or QLocale().name().split("_")[0])
    if not answer:
        return False
    hub.update(group_country=answer)
    return True
