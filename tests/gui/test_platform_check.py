"""On a minimal Linux install the xcb plugin's libraries may be missing: before Qt aborts, the program names
every missing one with the packages that install it on Debian/Ubuntu and on Fedora."""

from __future__ import annotations

import io
import sys

import pytest

from ua_desktop.gui.shell import app
from ua_desktop.gui.shell.platform_check import uses_xcb, warn_missing_platform_libraries

MISSING = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}


def test_the_hint_names_every_missing_library_and_its_packages() -> None:
    out = io.StringIO()
    missing = warn_missing_platform_libraries(
        environ={"DISPLAY": ":0"}, stream=out, loads=lambda file: file not in MISSING
    )
    assert {library.file for library in missing} == MISSING
    hint = out.getvalue()
    assert "libxcb-icccm.so.4" in hint and "libxcb-keysyms.so.1" in hint and "libxcb-cursor.so.0" in hint
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n" in hint
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms\n" in hint


def test_nothing_is_said_when_every_library_loads() -> None:
    out = io.StringIO()
    assert warn_missing_platform_libraries(environ={}, stream=out, loads=lambda file: True) == []
    assert out.getvalue() == ""
    # Packages shared by several libraries (libxcb holds randr, shm, sync...) are named once.
    out = io.StringIO()
    warn_missing_platform_libraries(
        environ={}, stream=out, loads=lambda file: not file.startswith("libxcb-s")
    )
    assert "dnf install libxcb\n" in out.getvalue()


@pytest.mark.parametrize(
    ("environ", "qt_args", "platform", "expected"),
    [
        ({}, (), "linux", True),  # Qt's default on X11
        ({"QT_QPA_PLATFORM": "xcb"}, (), "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, (), "linux", False),  # Qt takes its Wayland plugin
        ({"XDG_SESSION_TYPE": "wayland"}, (), "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, (), "linux", True),  # Xwayland asked for
        ({"QT_QPA_PLATFORM": "offscreen"}, (), "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, (), "linux", False),
        ({}, ("-platform", "xcb"), "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, ("-platform", "offscreen"), "linux", False),  # the argument wins
        ({}, (), "win32", False),
        ({}, (), "darwin", False),
    ],
)
def test_only_where_qt_will_load_xcb(
    environ: dict[str, str], qt_args: tuple[str, ...], platform: str, expected: bool
) -> None:
    assert uses_xcb(environ, qt_args, platform) is expected
    if platform == sys.platform:  # the start-up call decides the same way
        said = warn_missing_platform_libraries(qt_args, environ, io.StringIO(), loads=lambda file: False)
        assert bool(said) is expected


def test_the_check_runs_before_qt_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(app, "warn_missing_platform_libraries", lambda qt_args: calls.append("check") or [])

    def no_qt(qt_args: object) -> None:
        calls.append("QApplication")
        raise SystemExit(0)

    monkeypatch.setattr(app, "create_application", no_qt)
    with pytest.raises(SystemExit):
        app.run_gui(qt_args=["-platform", "xcb"])
    assert calls == ["check", "QApplication"]
