"""Real small file systems for the tests of a full disk and of a write-protected stick.

A tmpfs of a few hundred KiB mounted over a folder of the test fills up like a USB stick that is full, and
`mount -o remount,ro` turns it into a write-protected one: SQLite, the kernel and the program meet the real
ENOSPC and EROFS, not a simulation. Mounting needs Linux and root (CAP_SYS_ADMIN); elsewhere a test that
needs it is skipped with that reason.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@functools.cache
def can_mount() -> str | None:
    """None when a tmpfs can be mounted here (tried once), else the reason it cannot."""
    if sys.platform != "linux":
        return "mounting a small tmpfs needs Linux"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (CAP_SYS_ADMIN); run the suite as root to include it"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "no mount/umount command"
    probe = Path(tempfile.mkdtemp(prefix="ua-desktop-mount-probe-"))
    try:
        done = _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe))
        if done.returncode != 0:
            return f"cannot mount a tmpfs: {done.stderr.strip()}"
        _run("umount", str(probe))
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()
    return None


@contextlib.contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of size_kib mounted at folder for the block; skips the test where that is impossible."""
    reason = can_mount()
    if reason is not None:
        pytest.skip(reason)
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        if _run("umount", str(folder)).returncode != 0:
            _run("umount", "-l", str(folder))  # a file still open (a test failed half-way): detach it


def make_read_only(folder: Path) -> None:
    """Remount the small disk at folder read-only, like a stick with its write-protect switch on."""
    done = _run("mount", "-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr


def fill(folder: Path) -> Path:
    """Write zeros into folder until the disk is full; returns the file (delete it to free the space)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    block = b"\0" * 4096
    try:
        while True:
            os.write(fd, block)
    except OSError as error:
        assert error.errno == errno.ENOSPC, error
    finally:
        os.close(fd)
    assert shutil.disk_usage(folder).free < 4096
    return filler
