"""Open and save dialogs that start in the folder used last for that kind of file.

Every file dialog of the program goes through here (a test finds QFileDialog nowhere else). The folder a
file of a kind was last opened from or saved to is kept in the settings' ui_state under "folder.<kind>", so
a coordinator who saves the evening's letters on a USB stick finds the stick again next time, and the
documents folder is only the start for a kind never used. A remembered folder that is gone (the stick
taken out) falls back to the default. Without a settings hub (a dialog built on its own in a test) nothing
is remembered.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ua_desktop.core.errors import UserError

if TYPE_CHECKING:
    from ua_desktop.gui.shell.settings_hub import SettingsHub

log = logging.getLogger(__name__)

_STATE_PREFIX = "folder."


class FileKind(StrEnum):
    """Kinds of file that each remember their own folder."""

    CASE = "case"  # Urgent Actions to import, case packs to share
    PRINT = "print"  # letters, labels, envelopes, test and calibration pages (PDFs, the letters' folder)
    REPORT = "report"  # an evening's tally (PDF or CSV)
    SIGNERS = "signers"  # lists of signers to import or export (CSV, vCard)
    RECORD = "record"  # one signer's complete record (JSON)
    BACKUP = "backup"  # roster backups
    EMAIL = "email"  # the folder e-mail drafts are written into


def documents_folder() -> Path:
    """The user's documents folder (the home folder where the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def start_folder(hub: SettingsHub | None, kind: FileKind, default: Path | None = None) -> Path:
    """Where a dialog for kind starts: the folder used last for it, else default, else the documents."""
    if hub is not None:
        remembered = hub.current.ui_state.get(_STATE_PREFIX + kind.value, "")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
    return default or documents_folder()


def remember_folder(hub: SettingsHub | None, kind: FileKind, folder: Path) -> None:
    """Start the next dialog for kind in folder (kept in the settings; a failed save is only logged)."""
    if hub is None:
        return
    key = _STATE_PREFIX + kind.value
    state = dict(hub.current.ui_state)
    if state.get(key) == str(folder):
        return
    state[key] = str(folder)
    try:
        hub.update(ui_state=state)
    except UserError as error:
        log.warning("could not remember the folder for %s files: %s", kind.value, error)


def _start(hub: SettingsHub | None, kind: FileKind, suggested: str | Path, default: Path | None) -> str:
    """suggested as it stands when it is a full path, else inside the folder kind starts in."""
    path = Path(suggested)
    return str(path if path.is_absolute() else start_folder(hub, kind, default) / path)


def _chosen(hub: SettingsHub | None, kind: FileKind, name: str) -> Path | None:
    """The chosen path (None when cancelled); the folder that holds it is remembered for kind."""
    if not name:
        return None
    path = Path(name)
    remember_folder(hub, kind, path.parent)
    return path


def save_file_path(
    parent: QWidget | None,
    hub: SettingsHub | None,
    kind: FileKind,
    title: str,
    suggested: str | Path,
    filters: str,
    default: Path | None = None,
) -> Path | None:
    """Ask where to save a file of kind; suggested is a file name (or a full path to start from)."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, _start(hub, kind, suggested, default), filters)
    return _chosen(hub, kind, name)


def open_file_path(
    parent: QWidget | None,
    hub: SettingsHub | None,
    kind: FileKind,
    title: str,
    filters: str,
    default: Path | None = None,
) -> Path | None:
    """Ask for an existing file of kind."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, _start(hub, kind, "", default), filters)
    return _chosen(hub, kind, name)


def folder_path(
    parent: QWidget | None,
    hub: SettingsHub | None,
    kind: FileKind,
    title: str,
    suggested: str | Path = "",
    default: Path | None = None,
) -> Path | None:
    """Ask for a folder to write files of kind into; the folder that holds it is remembered."""
    name = QFileDialog.getExistingDirectory(parent, title, _start(hub, kind, suggested, default))
    return _chosen(hub, kind, name)
