"""The application's one settings store, with a Qt signal so every open window and panel follows a change.

app.py creates one SettingsHub around the core SettingsStore and passes it to the main window, which passes
it on. Widgets never keep a copy of the settings: they read `hub.current` when they need a value (most keep
a read-only `settings` property for that) and change settings only through `hub.update(...)`, which checks,
saves and then emits `changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ua_desktop.core.settings import Settings
from ua_desktop.core.settings_store import SettingsStore, user_keys_changed


class SettingsHub(QObject):
    """Qt face of the SettingsStore.

    Signals:
        changed(Settings): a user setting changed (here, in Preferences, or in the file by another program
            instance, noticed at the next update or reload). Bookkeeping alone (last case, window geometry)
            does not emit it, so switching cases does not re-render every preview.
    """

    changed = Signal(object)

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        unsubscribe = store.subscribe(self._on_store_changed)
        self.destroyed.connect(lambda *_args: unsubscribe())  # the store may outlive this object

    @property
    def current(self) -> Settings:
        """The settings in force now (read only: change them with update())."""
        return self.store.current

    def update(self, **changes: object) -> Settings:
        """Check, save and announce changes (UserError, nothing changed, for a bad key or value)."""
        return self.store.update(**changes)

    def reload(self) -> Settings:
        """Adopt the file as another program instance may have left it."""
        return self.store.reload()

    def _on_store_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        if user_keys_changed(changed):
            self.changed.emit(settings)
