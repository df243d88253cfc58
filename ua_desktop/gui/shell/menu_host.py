"""What the main window lends its menus: a narrow, explicit interface instead of the whole window.

The Cases, Roster and Evening menus are built by the main window, which alone decides the menu order, and
each receives one MenuHost. Through it a menu reads the case on screen, asks for the case list to be read
again, learns which signers are selected, registers a guard that may keep the window open, and parents its
dialogs, status-bar widgets and docks to the window. Menus never import main_window.py, so the window can
import them without a cycle, and a menu cannot come to depend on the window's internals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMainWindow

    from ua_desktop.core.cases.library import CaseLibrary
    from ua_desktop.core.cases.model import Case
    from ua_desktop.core.paths import AppPaths
    from ua_desktop.core.settings import Settings
    from ua_desktop.gui.shell.settings_hub import SettingsHub


class CloseGuard(Protocol):
    """A part of the window that may hold it open (work that would be lost) and lets go when it closes."""

    def may_close(self) -> bool:
        """True when the window may close now; may ask the user first."""
        ...

    def release(self) -> None:
        """The window is closing: give back what is held (the roster, other windows)."""
        ...


class MenuHost:
    """The main window as its menus see it.

    Attributes:
        window: the main window, as parent of dialogs and for its status bar and docks (QMainWindow API).
        paths, settings_hub, library: the application's objects the window was given.
        case_changed: the window's signal, emitted with the Case now shown.
    """

    def __init__(
        self,
        *,
        window: QMainWindow,
        paths: AppPaths,
        settings_hub: SettingsHub,
        library: CaseLibrary,
        case_changed: SignalInstance,
        current_case: Callable[[], Case | None],
        reload_cases: Callable[[str], None],
        selected_signer_ids: Callable[[], list[int]],
    ) -> None:
        self.window = window
        self.paths = paths
        self.settings_hub = settings_hub
        self.library = library
        self.case_changed = case_changed
        self._current_case = current_case
        self._reload_cases = reload_cases
        self._selected_signer_ids = selected_signer_ids
        self._close_guards: list[CloseGuard] = []

    @property
    def settings(self) -> Settings:
        """The settings in force now (change them through settings_hub.update)."""
        return self.settings_hub.current

    def current_case(self) -> Case | None:
        """The case shown in the window, if any."""
        return self._current_case()

    def reload_cases(self, select: str = "") -> None:
        """Read the case folders again and show the case select (or the first one that opens)."""
        self._reload_cases(select)

    def selected_signer_ids(self) -> list[int]:
        """Roster ids selected in the Signers window ([] when it is not open)."""
        return self._selected_signer_ids()

    def add_close_guard(self, guard: CloseGuard) -> None:
        """Ask guard before the window closes, and let it release its resources when it does."""
        self._close_guards.append(guard)

    def may_close(self) -> bool:
        """Whether every guard lets the window close (stops at the first that refuses)."""
        return all(guard.may_close() for guard in self._close_guards)

    def release(self) -> None:
        """The window closes: every guard lets go."""
        for guard in self._close_guards:
            guard.release()
