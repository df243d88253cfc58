"""The one live settings store of a running program: every change is checked, saved, then announced.

The GUI creates one store and hands it to every window and panel; the command line makes one per call.
Two programs may share the file (`ua-desktop settings set paper letter` while the window is open), so a
change never writes the values held in memory back over the file: update() reads the file as it is now,
applies only the keys it was given, and saves that. What another program changed is kept, and adopted here
(subscribers hear about it) at the next update() or reload().
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ua_desktop.core.app_messages import SettingMessage
from ua_desktop.core.errors import UserError
from ua_desktop.core.settings import FIXED_KEYS, PROGRAM_KEYS, Settings

if TYPE_CHECKING:
    from ua_desktop.core.paths import AppPaths

#: Called after a change with the new settings and the names of the fields that changed.
Subscriber = Callable[[Settings, frozenset[str]], None]

_FIELDS = tuple(field.name for field in dataclasses.fields(Settings))
# User settings are checked by their declaration in settings_keys.py (imported only when a user setting
# changes: the window's start-up saves just the last case).


def check_changes(changes: Mapping[str, object], data_dir: Path | None = None) -> dict[str, Any]:
    """changes with every value checked and normalised; UserError for an unknown key or a bad value.

    User settings are checked by their declaration (core/settings_keys.py); the program's own keys
    (last_case_id, ui_state) only by type, since the program alone writes them.
    """
    checked: dict[str, Any] = {}
    defaults = Settings()
    for name, value in changes.items():
        if name in PROGRAM_KEYS:
            if not isinstance(value, type(getattr(defaults, name))):
                raise UserError(
                    SettingMessage.WRONG_TYPE,
                    key=name,
                    type=type(getattr(defaults, name)).__name__,
                    value=repr(value),
                )
            checked[name] = value
        else:
            from ua_desktop.core.settings_keys import setting_key

            checked[name] = setting_key(name).check(value, data_dir)  # refuses FIXED_KEYS and unknown ones
    return checked


class SettingsStore:
    """Owns the settings file and the current Settings; all changes go through update()."""

    def __init__(self, path: Path, data_dir: Path | None = None) -> None:
        """path is the settings file; data_dir holds the user's own label sheets, which are valid choices."""
        self.path = path
        self.data_dir = data_dir
        self._current = Settings.load(path)
        self._subscribers: list[Subscriber] = []

    @classmethod
    def for_paths(cls, paths: AppPaths) -> SettingsStore:
        return cls(paths.settings_file, paths.data_dir)

    @property
    def current(self) -> Settings:
        """The settings now in force. Read it, never change it: a change goes through update()."""
        return self._current

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call callback after each change; returns the function that stops that."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def update(self, **changes: object) -> Settings:
        """Check changes, merge them into the file as it is now, save it atomically, then notify.

        Raises UserError (nothing saved) for an unknown key or a bad value, and when the file cannot be
        written. Returns the new settings.
        """
        checked = check_changes(changes, self.data_dir)
        on_disk = Settings.read(self.path)
        base = on_disk if on_disk is not None else self._current  # missing or broken: keep what we have
        new = dataclasses.replace(base, **_copied(checked))
        if new != on_disk:
            new.save(self.path)
        return self._adopt(new)

    def reload(self) -> Settings:
        """Adopt what is in the file now (another program may have changed it); notify when it differs."""
        on_disk = Settings.read(self.path)
        return self._adopt(on_disk) if on_disk is not None else self._current

    def _adopt(self, new: Settings) -> Settings:
        old, self._current = self._current, new
        changed = frozenset(name for name in _FIELDS if getattr(old, name) != getattr(new, name))
        if changed:
            for callback in list(self._subscribers):
                callback(new, changed)
        return new


def user_keys_changed(changed: frozenset[str]) -> bool:
    """True when a change touched a user setting (not only the program's bookkeeping)."""
    return not changed <= {*PROGRAM_KEYS, *FIXED_KEYS}


def _copied(values: dict[str, Any]) -> dict[str, Any]:
    """Lists and dicts copied, so a caller's object never becomes part of the stored settings."""
    return {
        name: list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value
        for name, value in values.items()
    }
