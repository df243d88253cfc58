"""Private, crash-safe file writing.

Personal data stays readable by the user only (folders the program makes 0700, files 0600; a folder the
user already has keeps its mode), and a file is either fully written or not replaced at all: content goes
to a temporary file in the same folder, is flushed to disk and renamed over the target, so a crash or a
full disk never leaves half a file behind. A writer keeps its temporary file locked until the rename, so the
temporary files of killed writers can be told from live ones and removed (remove_stale_temporaries).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageKind, message

DIR_MODE = 0o700
FILE_MODE = 0o600

# atomic_writer's temporary files: "." + the target's name + "." + tempfile's 8 random characters + ".tmp"
_TEMPORARY = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp")

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only

    def _claim(fd: int) -> bool:
        """Windows cannot delete a file a live writer has open: a claim always succeeds there."""
        return True

else:
    import fcntl

    def _claim(fd: int) -> bool:
        """Lock the file for this process; False when another open file (a live writer) holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def ensure_private_dir(path: Path) -> Path:
    """Create the program's own folder path (missing parents too) with mode 0700, and tighten it if it exists.

    Only for folders that belong to the program (the data, config, log and cases folders and those inside
    them): a folder the user chose for an export, which may be shared or /tmp, goes through
    ensure_output_dir, which never changes the mode of an existing folder.
    """
    ensure_output_dir(path)
    with contextlib.suppress(OSError):  # e.g. a FAT-formatted USB stick has no permission bits
        os.chmod(path, DIR_MODE)
    return path


def ensure_output_dir(path: Path) -> Path:
    """Create path and each missing parent with mode 0700; leave every folder that exists as it is.

    What the program writes for the user (letters, labels, a roster copy) may go into a folder the user
    already has, such as a group's shared folder (0775) or /tmp (1777); its mode is the user's business.
    A folder created here holds personal data, so it starts private, as does each parent made for it
    (Path.mkdir(parents=True) would give those the umask's mode).
    """
    path = Path(path)
    missing: list[Path] = []
    folder = path
    while not folder.is_dir() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if folder.is_dir():  # made by someone else meanwhile: theirs, leave its mode alone
                continue
            raise
        with contextlib.suppress(OSError):  # mkdir's mode is reduced by the umask; a FAT stick has no modes
            os.chmod(folder, DIR_MODE)
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
        ensure_output_dir(path.parent)  # the target's folder may be the user's: its mode stays
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise UserError(describe_os_error(error, path)) from error
    tmp = Path(tmp_name)
    claim = os.dup(fd)  # holds the lock until the rename: a live writer's temporary file is never "stale"
    try:
        _claim(claim)
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
    finally:
        os.close(claim)


def remove_stale_temporaries(folder: Path, wanted: Callable[[str], bool]) -> int:
    """Delete the temporary files atomic_writer left in folder when its process was killed mid-write.

    wanted(name) chooses by the target's name (`.letters.pdf.k2j4l1x9.tmp` belongs to letters.pdf). A
    temporary file a live writer holds stays. Returns how many were deleted; never raises.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None or not wanted(match["target"]):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            fd = os.open(entry.path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            claimed = _claim(fd)
            if claimed and sys.platform != "win32":
                os.unlink(entry.path)
        except OSError:
            claimed = False
        finally:
            os.close(fd)
        if claimed and sys.platform == "win32":  # pragma: no cover - Windows deletes closed files only
            try:
                os.unlink(entry.path)
            except OSError:
                claimed = False
        removed += claimed
    return removed


def write_text_atomic(path: Path, text: str) -> None:
    """Write text to path atomically with mode 0600."""
    with atomic_writer(path, "w") as handle:
        handle.write(text)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write bytes to path atomically with mode 0600."""
    with atomic_writer(path, "wb", encoding=None) as handle:
        handle.write(data)
