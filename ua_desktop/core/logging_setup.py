"""Log to a private file in the log folder, so a coordinator can send it when something goes wrong."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from ua_desktop.core.fileio import FILE_MODE, ensure_private_dir


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Send log records to log_file (rotated, mode 0600) and return its path."""
    ensure_private_dir(log_file.parent)
    if not log_file.exists():
        log_file.touch(mode=FILE_MODE)
    os.chmod(log_file, FILE_MODE)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    root.setLevel(level)
    return log_file
