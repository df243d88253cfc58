"""Private, crash-safe file writing.

Personal data stays readable by the user only (folders 0700, files 0600), and a file is either fully
written or not replaced at all: content goes to a temporary file in the same folder, is flushed to disk and
renamed over the target, so a crash or a full disk never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageKind, message

DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create path (and parents) with mode 0700 and tighten it if it already exists."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. a FAT-formatted USB stick has no permission bits
        os.chmod(path, DIR_MODE)
    return path


class FileMessage(MessageKind):
    DISK_FULL = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The disk is full while writing {path}. Free some space and try again; nothing was changed.",
    )
    NOT_WRITABLE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot write {path}: permission denied or read-only medium. "
        "Choose another folder or check the folder's permissions.",
    )
    CANNOT_WRITE = QT_TRANSLATE_NOOP("CoreMessages", "Cannot write {path}: {reason}.")


def describe_os_error(error: OSError, path: Path) -> Message:
    """Turn an OSError into a message that tells the user what happened and what to do."""
    if error.errno == errno.ENOSPC:
        return message(FileMessage.DISK_FULL, path=path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return message(FileMessage.NOT_WRITABLE, path=path)
    return message(FileMessage.CANNOT_WRITE, path=path, reason=error.strerror or error)


@overload
def atomic_writer(
    path: Path, mode: Literal["w"] = "w", encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[str]]: ...


@overload
def atomic_writer(
    path: Path, mode: Literal["wb"], encoding: None = None
) -> contextlib.AbstractContextManager[IO[bytes]]: ...


# The two overloads give callers a text or a binary handle by mode; the body serves both.
@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary sibling of path for writing; on success rename it over path (mode 0600).

    Raises UserError with a clear message when the disk is full or the folder is not writable.
    """
    path = Path(path)
    binary = "b" in mode
    try:
        ensure_private_dir(path.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise UserError(describe_os_error(error, path)) from error
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise UserError(describe_os_error(error, path)) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write text to path atomically with mode 0600."""
    with atomic_writer(path, "w") as handle:
        handle.write(text)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write bytes to path atomically with mode 0600."""
    with atomic_writer(path, "wb", encoding=None) as handle:
        handle.write(data)
