"""The hidden folders a case operation works in, and putting them right after it was killed halfway.

Saving or importing a case writes the new pack into a hidden staging folder beside the cases first
(`.new-<pid>-…` for a pack the program wrote, `.import-<pid>-…` for a shared .uacase). Replacing a case
then moves the existing folder aside (`.old-<id>-<pid>`), renames the staging folder into place and
removes the old one. A kill, a crash or a power cut between those steps leaves the user's case only in the
hidden `.old-` folder, where the program would never look again; recover() puts that right the next
time the case library is opened (at the window's start, and by every command that reads the cases):

- `.old-<id>-<pid>` without a `<id>` folder: the replace was cut short between its two renames, so it is
  rolled back: the old case is renamed back into place. The import did not happen; it can be repeated.
  A replace still running at that moment finds its target taken, fails with a message and keeps the case.
- `.old-<id>-<pid>` beside a `<id>` folder: the new case is in place; only removing the old one was cut short.
- a staging folder of a process that no longer runs: a copy of what was being saved, never the only one.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

NEW = "new"  # staging for a pack the program writes (write_pack)
IMPORT = "import"  # staging for a shared .uacase being checked
_ASIDE_RE = re.compile(r"^\.old-(?P<name>.+)-(?P<pid>\d+)$")
_STAGING_RE = re.compile(r"^\.(?:new|import)-(?:(?P<pid>\d+)-)?")
# A staging folder named before the process id was part of the name: stale when this old (no save takes it).
_UNNAMED_STAGING_AGE = 3600.0


def staging_prefix(kind: str) -> str:
    """The name prefix for a staging folder of this process (tempfile.mkdtemp adds a random part)."""
    return f".{kind}-{os.getpid()}-"


def aside(target: Path) -> Path:
    """Where replacing target moves the existing folder while the new one is renamed into place."""
    return target.with_name(f".old-{target.name}-{os.getpid()}")


def recover(cases_dir: Path) -> list[Path]:
    """Roll back or finish each case replace that was cut short in cases_dir; returns the cases restored.

    Never raises: a folder that cannot be repaired now is logged and left for the next start.
    """
    restored: list[Path] = []
    try:
        children = sorted(child for child in cases_dir.iterdir() if child.name.startswith("."))
    except OSError:  # no cases folder yet, or one that cannot be read (then nothing else can either)
        return restored
    for child in children:
        try:
            if (match := _ASIDE_RE.match(child.name)) is not None:
                target = cases_dir / match["name"]
                if target.exists() or target.is_symlink():
                    log.warning("removing %s: the case replacing it is in place", child)
                    shutil.rmtree(child)
                else:
                    log.warning("case %s: its replacement was interrupted; the case is put back", target.name)
                    os.replace(child, target)
                    restored.append(target)
            elif (match := _STAGING_RE.match(child.name)) is not None and _stale(child, match["pid"]):
                log.warning("removing %s, left by an interrupted case import or save", child)
                shutil.rmtree(child)
        except OSError as error:
            log.warning("could not repair %s (%s); trying again at the next start", child, error)
    return restored


def _stale(folder: Path, pid: str | None) -> bool:
    """Whether folder is a staging folder nobody works in any more."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    if pid is None:
        return time.time() - folder.stat().st_mtime > _UNNAMED_STAGING_AGE
    return not _running(int(pid))


def _running(pid: int) -> bool:
    """Whether a process with this id runs now (this one included).

    A process started later may have been given the id of the one that left the folder; then the folder
    waits until that process has ended, which costs some disk space and nothing else.
    """
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        query_limited_information, still_active = 0x1000, 259
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return (
                bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
            )
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, as another user's process
        return True
    return True
