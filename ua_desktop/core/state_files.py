"""Reading the program's small JSON state files: settings, used label positions, printer calibrations.

A state file may have been edited by hand, written by another version or damaged, and the program must
start whatever it holds. read_json gives the file's value or one of two errors (no file; no usable JSON,
including JSON nested too deeply to read); each store then checks the shape of that value field by field,
keeps what fits, and replaces what does not by its default with a warning in the log (wrong_field).
"""

from __future__ import annotations

import json
import logging
import reprlib
from pathlib import Path

log = logging.getLogger(__name__)
_shown = reprlib.Repr(maxstring=60, maxother=60, maxlist=6, maxdict=6, maxlevel=2)


def read_json(path: Path) -> object:
    """The JSON value in path (UTF-8).

    Raises:
        FileNotFoundError: there is no file.
        OSError: it cannot be read.
        ValueError: it is not UTF-8 JSON, or its arrays or objects nest too deeply for the parser.
    """
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except RecursionError:
        # json's decoder recurses once per level; thousands of "[" exhaust Python's stack.
        raise ValueError("arrays or objects nested too deeply") from None


def wrong_field(path: Path, field: str, value: object, instead: object = None) -> None:
    """Log that field in the state file path held value of the wrong shape, and what is used instead.

    instead None: the field is left out (an entry of a table whose other entries are kept).
    """
    shown = _shown.repr(value)
    if instead is None:
        log.warning("%s: %s = %s is not valid here; left out", path, field, shown)
    else:
        log.warning("%s: %s = %s is not valid here; using %r instead", path, field, shown, instead)
