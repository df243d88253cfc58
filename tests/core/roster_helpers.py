"""Shared set-up for the roster tests: the store in the test's data folder and small CSV files."""

from __future__ import annotations

import codecs
from pathlib import Path

from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.roster.store import RosterStore


def paths() -> AppPaths:
    return resolve_paths().ensure()


def open_store() -> RosterStore:
    return RosterStore.open(paths())


def write_csv(folder: Path, text: str, name: str = "people.csv", encoding: str = "utf-8") -> Path:
    """Write text (lines joined by \\n) as a file; encoding "utf-8-sig"/"utf-16" add the BOM."""
    path = folder / name
    data = text.encode(encoding)
    if encoding == "utf-16" and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = codecs.BOM_UTF16_LE + data
    path.write_bytes(data)
    return path


def db_bytes(p: AppPaths) -> bytes:
    """Everything SQLite has on disk for the roster: database, -wal and -shm."""
    data = b""
    for suffix in ("", "-wal", "-shm"):
        file = Path(str(p.roster_db) + suffix)
        if file.exists():
            data += file.read_bytes()
    return data
