"""Log to a private file in the log folder, so a coordinator can send it when something goes wrong.

A plain FileHandler with one rotation at start-up (the log is kept under about 1 MB plus one old copy)
instead of logging.handlers, which would import socket and pickle on every start.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from ua_desktop.core.fileio import FILE_MODE, ensure_private_dir

MAX_LOG_BYTES = 1_000_000


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Send log records to log_file (mode 0600, rotated at start-up) and return its path."""
    ensure_private_dir(log_file.parent)
    with contextlib.suppress(OSError):
        if log_file.stat().st_size > MAX_LOG_BYTES:
            os.replace(log_file, log_file.with_name(log_file.name + ".1"))
    fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    os.close(fd)
    os.chmod(log_file, FILE_MODE)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.set_name("ua-desktop-file")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for existing in list(root.handlers):
        if existing.get_name() == "ua-desktop-file":
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    root.setLevel(level)
    return log_file
