"""The main window's Roster menu: opens the Signers window (created on first use, one at a time).

While it is open, selected_signer_ids() tells which signers are selected in it, so the main window can
export letters for the selected signers; the window asks this menu, nothing is set on the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ua_desktop.core.settings import Settings

if TYPE_CHECKING:
    from ua_desktop.gui.roster.roster_panel import RosterPanel
    from ua_desktop.gui.roster.roster_window import RosterWindow
    from ua_desktop.gui.shell.menu_host import MenuHost


class RosterMenu(QObject):
    """Roster ▸ Signers… (Ctrl+Shift+R) and Roster ▸ Import Signers…; the window places `menu`."""

    def __init__(self, host: MenuHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.paths, self.settings_hub = host.paths, host.settings_hub
        self.window: RosterWindow | None = None
        self.settings_hub.changed.connect(self._on_settings_changed)
        menu = QMenu(self.tr("&Roster"), host.window)
        self.signers_action = QAction(self.tr("&Signers…"), host.window)
        self.signers_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.signers_action.triggered.connect(self.show_roster)
        self.import_action = QAction(self.tr("&Import Signers…"), host.window)
        self.import_action.triggered.connect(self.import_signers)
        menu.addAction(self.signers_action)
        menu.addAction(self.import_action)
        self.menu = menu

    @property
    def settings(self) -> Settings:
        """The application's settings as they are now."""
        return self.settings_hub.current

    @property
    def panel(self) -> RosterPanel | None:
        """The open Signers window's panel (None while it is closed)."""
        return self.window.panel if self.window is not None else None

    def selected_signer_ids(self) -> list[int]:
        """Roster ids selected in the Signers window; [] while it is closed."""
        panel = self.panel
        return list(panel.selected_ids()) if panel is not None else []

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

        store = open_roster(self.paths, self.host.window)
        if store is None:
            return None
        language = self.settings.ui_language or QLocale().name().split("_")[0]
        self.window = RosterWindow(
            self.paths, store, language, self.settings.group_country, settings_hub=self.settings_hub
        )
        self.window.closed.connect(self._closed)
        self.window.show()
        return self.window

    def import_signers(self) -> None:
        window = self.show_roster()
        if window is not None and not window.store.read_only:
            window.import_file()

    def _closed(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window = None
