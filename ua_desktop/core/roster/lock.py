"""One writer at a time: an exclusive lock on a file next to the roster, held while a process may write.

SQLite alone would let a second copy of the program write between the first one's reads and confuse its
undo history; a lock held for the whole session makes the rule simple. The operating system releases the
lock when the process ends, even after `kill -9`, so a crash never leaves the roster locked.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from ua_desktop.core.fileio import FILE_MODE

# sys.platform rather than os.name: type checkers understand it and check only the branch that applies.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# The OS lock belongs to the process, so one process takes it once and counts its users: the roster
# window, the evening sign-in and an import thread of the same program each open their own RosterStore.
_held: dict[str, list[int]] = {}  # resolved path → [file descriptor, users]
_held_guard = threading.Lock()


class WriterLock:
    """An exclusive lock on `path` between processes, shared by the stores of one process.

    acquire() returns False when another process holds it. `first` is True when this acquire took the
    lock for the process (no other store of it held it): the moment to clean up after a crashed writer.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._key = str(Path(path).resolve())
        self.held = False
        self.first = False

    def acquire(self, wait: float = 0.0) -> bool:
        """Try to take the lock, retrying for up to `wait` seconds. OSError if the file cannot be made."""
        if self.held:
            return True
        with _held_guard:
            if self._key in _held:
                _held[self._key][1] += 1
                self.held = True
                return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(0.05)
        with _held_guard:
            if self._key in _held:  # another thread of this process got there first
                _held[self._key][1] += 1
                _unlock(fd)
                os.close(fd)
            else:
                _held[self._key] = [fd, 1]
                self.first = True
        self.held = True
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        self.first = False
        with _held_guard:
            entry = _held.get(self._key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del _held[self._key]
        try:
            _unlock(entry[0])
        finally:
            os.close(entry[0])
