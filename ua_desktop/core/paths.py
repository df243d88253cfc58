"""Where ua-desktop keeps its files, resolved once.

By default the per-user folders that platformdirs reports for the app name `ua-desktop`. A group that runs
the program from a USB stick (and every test) passes `--data-dir DIR` or sets UA_DESKTOP_DATA_DIR: then
everything (roster, own cases, settings, logs) lives under that one folder and nothing else is touched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ua_desktop import APP_NAME
from ua_desktop.core.app_messages import DataDirMessage
from ua_desktop.core.errors import DataDirError
from ua_desktop.core.fileio import describe_os_error, ensure_private_dir

DATA_DIR_ENV = "UA_DESKTOP_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files of one ua-desktop installation (or one USB stick)."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def cases_dir(self) -> Path:
        """The user's own case packs (bundled cases live inside the package)."""
        return self.data_dir / "cases"

    @property
    def roster_db(self) -> Path:
        return self.data_dir / "roster.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def drafts_dir(self) -> Path:
        """The group's own versions of model letters, autosaved per case."""
        return self.data_dir / "drafts"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "ua-desktop.log"

    def ensure(self, *, read_only_ok: bool = False) -> AppPaths:
        """Create every folder with mode 0700; raise DataDirError with advice if that fails.

        read_only_ok: a data folder that exists but cannot be written (a write-protected USB stick, a
        read-only mount) is accepted as it is, for a program that may only read; whatever then tries to
        write there fails with its own message.
        """
        if read_only_ok and self.data_dir.is_dir() and not os.access(self.data_dir, os.W_OK):
            return self
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.cases_dir):
            try:
                ensure_private_dir(folder)
            except OSError as error:
                raise DataDirError(
                    DataDirMessage.UNUSABLE, problem=describe_os_error(error, folder), variable=DATA_DIR_ENV
                ) from error
            if not os.access(folder, os.W_OK):
                raise DataDirError(DataDirMessage.NOT_WRITABLE, folder=folder, variable=DATA_DIR_ENV)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Return the paths to use: the explicit data_dir, else $UA_DESKTOP_DATA_DIR, else platformdirs.

    With an override, settings and logs live under the same folder so a USB stick carries everything.
    """
    override = data_dir or os.environ.get(DATA_DIR_ENV) or None
    if override:
        root = Path(override).expanduser().absolute()
        return AppPaths(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
    import platformdirs  # only needed without an override; kept off the USB-stick/test start-up path

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
