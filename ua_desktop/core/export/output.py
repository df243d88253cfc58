"""Writing a PDF so that a cancel, a crash or a full disk never leaves half a file behind.

The document is built into a temporary file next to the target and renamed over it only when complete
(core/fileio.atomic_writer); an unwritable folder or a full disk becomes a UserError that says so. The
temporary files of an earlier export of the same file that was killed are removed first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from ua_desktop.core.errors import UserError
from ua_desktop.core.export.messages import ExportMessage
from ua_desktop.core.fileio import atomic_writer, remove_stale_temporaries


def check_output_path(out: Path) -> Path:
    """The target as given, refused early when it is a folder or has no .pdf suffix."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise UserError(ExportMessage.OUT_IS_FOLDER, out=out, example=out / "letters.pdf")
    if out.suffix.lower() != ".pdf":
        raise UserError(ExportMessage.NOT_PDF, name=out.name)
    return out


def write_pdf[T](out: Path, build: Callable[[IO[bytes]], T]) -> T:
    """Run build(handle) with a temporary file and rename it to out when build returns."""
    out = check_output_path(out)
    remove_stale_temporaries(out.parent, out.name.__eq__)
    with atomic_writer(out, "wb", encoding=None) as handle:
        return build(handle)
