"""Before Qt starts on Linux: name the system packages its X11 (xcb) platform plugin needs and cannot find.

Qt loads its platform plugin inside QApplication's constructor. When a library of the xcb plugin is missing
(a minimal install often lacks libxcb-icccm4, libxcb-keysyms1 and libxcb-cursor0), Qt prints a message that
names one of them, not always a missing one, and aborts the process: nothing of the program runs after it.
So this check runs first, where Qt will use xcb: on Linux, with QT_QPA_PLATFORM (or -platform) xcb, or unset
outside a Wayland session. Each library is looked up the way the plugin's own loading finds it (dlopen by
its file name); the hint lists every missing one with the packages of Debian/Ubuntu and of Fedora.

The hint goes to stderr (and the log) in English: no translation can be loaded before Qt. The program goes
on afterwards, so a lookup that was wrong (a library bundled where dlopen does not look) costs nothing.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library the xcb plugin links against, and the package that installs it."""

    file: str
    debian: str  # Debian, Ubuntu, Mint
    fedora: str


# What Qt 6's xcb plugin (libqxcb.so and libQt6XcbQpa.so) links against beyond Qt itself, as `ldd` lists
# it for the PySide6 wheel; Qt's "Qt for X11 Requirements" page names the same libraries.
XCB_LIBRARIES = (
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb"),
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    SystemLibrary("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    SystemLibrary("libX11.so.6", "libx11-6", "libX11"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx"),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    SystemLibrary("libfreetype.so.6", "libfreetype6", "freetype"),
)


def library_loads(file: str) -> bool:
    """True when the dynamic loader finds and loads file (as it will when Qt loads the plugin)."""
    try:
        ctypes.CDLL(file)
    except OSError:
        return False
    return True


def qt_platform(environ: Mapping[str, str], qt_args: Sequence[str] = ()) -> str:
    """The platform plugin Qt will try first: -platform, else QT_QPA_PLATFORM, else "" (Qt's choice)."""
    args = list(qt_args)
    for index, arg in enumerate(args[:-1]):
        if arg in ("-platform", "--platform"):
            return args[index + 1].split(";")[0].split(":")[0]
    return environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]


def uses_xcb(environ: Mapping[str, str], qt_args: Sequence[str] = (), platform: str = sys.platform) -> bool:
    """True when Qt will load its xcb plugin: on Linux, xcb asked for, or none asked for outside Wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = qt_platform(environ, qt_args)
    if chosen:
        return chosen == "xcb"
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def missing_libraries(loads: Callable[[str], bool] = library_loads) -> list[SystemLibrary]:
    """The xcb plugin's libraries the dynamic loader cannot find."""
    return [library for library in XCB_LIBRARIES if not loads(library.file)]


def install_hint(missing: Sequence[SystemLibrary]) -> str:
    """What to tell the person at the terminal: the missing files and the commands that install them."""
    debian = " ".join(dict.fromkeys(library.debian for library in missing))
    fedora = " ".join(dict.fromkeys(library.fedora for library in missing))
    files = ", ".join(library.file for library in missing)
    return (
        "ua-desktop cannot open its window: the X11 display (Qt's xcb platform plugin) needs system\n"
        f"libraries that are not installed: {files}\n"
        "Install them, then start ua-desktop again:\n"
        f"  Debian, Ubuntu, Mint:  sudo apt install {debian}\n"
        f"  Fedora:                sudo dnf install {fedora}\n"
        "(Qt's own message below may name only one of them.)\n"
    )


def warn_missing_platform_libraries(
    qt_args: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
    stream: TextIO | None = None,
    loads: Callable[[str], bool] = library_loads,
) -> list[SystemLibrary]:
    """Call before QApplication exists: print the install hint when the xcb plugin would fail to load.

    Returns the missing libraries ([] when none, or when Qt will not use xcb).
    """
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, qt_args):
        return []
    missing = missing_libraries(loads)
    if missing:
        hint = install_hint(missing)
        log.error("missing system libraries for Qt's xcb platform plugin: %s", [m.file for m in missing])
        print(hint, file=stream or sys.stderr, end="", flush=True)
    return missing
