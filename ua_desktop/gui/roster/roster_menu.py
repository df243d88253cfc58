"""The main window's Roster menu: opens the Signers window (created on first use, one at a time).

While it is open, `main_window.roster_panel` is its panel, so other parts (export of letters for the
selected signers) can ask which signers are selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ua_desktop.core.paths import AppPaths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.shell.settings_hub import SettingsHub

if TYPE_CHECKING:
    from ua_desktop.gui.roster.roster_window import RosterWindow


class RosterMenu(QObject):
    """Adds Roster ▸ Signers… (Ctrl+Shift+R) and Roster ▸ Import Signers… to main_window."""

    def __init__(self, main_window: QMainWindow, paths: AppPaths, settings: SettingsHub) -> None:
        super().__init__(main_window)
        self.main_window, self.paths, self.settings_hub = main_window, paths, settings
        self.window: RosterWindow | None = None
        settings.changed.connect(self._on_settings_changed)
        menu = main_window.menuBar().addMenu(self.tr("&Roster"))
        self.signers_action = QAction(self.tr("&Signers…"), main_window)
        self.signers_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.signers_action.triggered.connect(self.show_roster)
        self.import_action = QAction(self.tr("&Import Signers…"), main_window)
        self.import_action.triggered.connect(self.import_signers)
        menu.addAction(self.signers_action)
        menu.addAction(self.import_action)
        self.menu = menu

    @property
    def settings(self) -> Settings:
        """The application's settings as they are now."""
        return self.settings_hub.current

    def _on_settings_changed(self, settings: Settings) -> None:
        if self.window is not None:  # new signers default to the group's country
            self.window.panel.group_country = settings.group_country

    def show_roster(self) -> RosterWindow | None:
        """Open (or raise) the Signers window."""
        if self.window is not None:
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
            return self.window
        from ua_desktop.gui.roster.roster_window import RosterWindow, open_roster  # loaded when first opened

        store = open_roster(self.paths, self.main_window)
        if store is None:
            return None
        language = self.settings.ui_language or QLocale().name().split("_")[0]
        self.window = RosterWindow(self.paths, store, language, self.settings.group_country)
        self.window.closed.connect(self._closed)
        self.main_window.roster_panel = self.window.panel  # type: ignore[attr-defined]
        self.window.show()
        return self.window

    def import_signers(self) -> None:
        window = self.show_roster()
        if window is not None and not window.store.read_only:
            window.import_file()

    def _closed(self) -> None:
        self.main_window.roster_panel = None  # type: ignore[attr-defined]
        if self.window is not None:
            self.window.deleteLater()
        self.window = None
