"""The settings hub GUI tests give windows and panels: the program's own store, in the test's data folder."""

from __future__ import annotations

from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.settings_store import SettingsStore
from ua_desktop.gui.shell.settings_hub import SettingsHub


def settings_hub(paths: AppPaths | None = None, **values: object) -> SettingsHub:
    """A hub on the settings file of paths (default: the test's data folder), with values saved through it.

    Built as app.py builds it, so a test sees what the program does: values are checked and saved, and
    every window or panel given this hub follows a later update().
    """
    store = SettingsStore.for_paths(paths or resolve_paths().ensure())
    hub = SettingsHub(store)
    if values:
        hub.update(**values)
    return hub
