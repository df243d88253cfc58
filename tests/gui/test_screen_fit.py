"""The program fits the hall's laptop: windows within the screen, every toolbar action visible (issue #14).

The screen sizes are real ones (1366×768, 1280×720): screen_fit_probe.py runs in a process of its own whose
offscreen screen has that size, opens the main window and the dialogs in each interface language (the compiled
catalogues, installed as the program installs them) and reports where they are. The offscreen platform draws
a frame of only a few pixels, so each window must also leave room for a real window manager's frame
(FRAME_ESTIMATE) inside the screen.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ua_desktop.gui.widgets.screen_fit import (
    fit_to_screen,
    frame_margins,
    read_saved_geometry,
    restore_fitting_geometry,
    room_for,
)
from ua_desktop.gui.widgets.wrapping_toolbar import WrappingToolBar

PROBE = Path(__file__).with_name("screen_fit_probe.py")
SCREENS = {"1366x768": QSize(1366, 768), "1280x720": QSize(1280, 720)}
LANGUAGES = ("en", "de", "fr", "it", "es")
DIALOGS = (
    "export",
    "e-mail drafts",
    "preferences",
    "page setup",
    "case editor",
    "case import",
    "case import assisted",
    "roster",
    "roster import",
    "label sheet",
    "evening start",
    "tally",
    "calibration",
)


@functools.cache
def probe(screen: str) -> dict[str, dict[str, dict[str, object]]]:
    """The probe's report for every language on a screen of that size (run once per screen)."""
    size = SCREENS[screen]
    folder = Path(tempfile.mkdtemp(prefix=f"ua-desktop-screen-{screen}-"))
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": screen, "x": 0, "y": 0, "width": size.width(), "height": size.height()}]}
        )
    )
    environment = dict(
        os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", UA_DESKTOP_DATA_DIR=str(folder / "data")
    )
    finished = subprocess.run(
        [sys.executable, str(PROBE), *LANGUAGES], env=environment, capture_output=True, text=True, timeout=300
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    report: dict[str, dict[str, dict[str, object]]] = json.loads(finished.stdout)
    return report


def as_rect(value: object) -> QRect:
    assert isinstance(value, list)
    return QRect(*value)


def fits_with_a_real_frame(window: dict[str, object]) -> bool:
    """The window's frame lies on the screen, and would with a window manager's title bar and borders."""
    available = as_rect(window["available"])
    size = window["size_with_estimated_frame"]
    assert isinstance(size, list)
    width, height = size
    return (
        available.contains(as_rect(window["frame"]))
        and width <= available.width()
        and height <= available.height()
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
def test_the_main_window_opens_on_the_screen_with_its_status_bar(screen: str, language: str) -> None:
    report = probe(screen)[language]
    assert report["catalogue"]["loaded"] is True  # the language's own catalogue, not English by default
    for state in ("main", "main maximised"):
        window = report[state]
        available = as_rect(window["available"])
        assert available.size() == SCREENS[screen]
        assert available.contains(as_rect(window["frame"])), (state, window)
        assert window["status_bar_visible"] is True
        assert available.contains(as_rect(window["status_bar"])), (state, window)
    assert fits_with_a_real_frame(report["main"]), report["main"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
def test_every_toolbar_action_stays_visible(screen: str, language: str) -> None:
    report = probe(screen)[language]
    for state in ("main", "main maximised"):
        assert report[state]["hidden_actions"] == [], (state, report[state]["hidden_actions"])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
def test_every_dialog_stays_within_the_screen(screen: str, language: str) -> None:
    report = probe(screen)[language]
    too_big = {name: report[name] for name in DIALOGS if not fits_with_a_real_frame(report[name])}
    assert too_big == {}


# -- the helpers themselves, on the test session's offscreen screen ------------------------------------------


def test_a_window_larger_than_the_screen_is_shrunk_to_it(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, QSize(5000, 4000))
    available = QGuiApplication.primaryScreen().availableGeometry()
    room = room_for(window)
    assert window.size() == room
    assert window.size().grownBy(frame_margins(window)).boundedTo(available.size()) == room.grownBy(
        frame_margins(window)
    )
    fit_to_screen(window, QSize(300, 200))
    assert window.size() == QSize(300, 200)  # a window that fits keeps the size it asks for


def test_a_shown_window_is_moved_back_onto_the_screen(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    window.move(available.right() - 100, available.bottom() - 50)
    fit_to_screen(window, QSize(300, 200))
    assert available.contains(window.frameGeometry())


def test_a_window_placed_off_the_screen_before_it_opens_is_put_back_once_framed(qtbot: QtBot) -> None:
    """Qt places a dialog before the window manager has framed it (on X11 its title bar could end up above
    the screen); once the frame is known, the window is moved back onto the screen."""
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, QSize(300, 200))
    available = QGuiApplication.primaryScreen().availableGeometry()
    window.move(available.right() - 100, available.top() - 150)  # mostly off the top right corner
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()))
    assert window.size() == QSize(300, 200)


def saved_geometry_of(qtbot: QtBot, size: QSize) -> bytes:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    data = bytes(window.saveGeometry().data())
    window.close()
    return data


def test_a_saved_geometry_is_restored_only_when_it_still_fits(qtbot: QtBot) -> None:
    from PySide6.QtCore import QByteArray

    available = QGuiApplication.primaryScreen().availableGeometry()
    small = QByteArray(saved_geometry_of(qtbot, QSize(400, 300)))
    saved = read_saved_geometry(small)
    assert saved is not None and saved.normal.size() == QSize(400, 300) and not saved.maximised
    window = QMainWindow()
    qtbot.addWidget(window)
    assert restore_fitting_geometry(window, small)
    assert window.size() == QSize(400, 300)

    # Saved on a larger screen (the offscreen one is 800 x 600): a fresh size instead of a runaway frame.
    large = QByteArray(saved_geometry_of(qtbot, available.size() + QSize(200, 200)))
    other = QMainWindow()
    qtbot.addWidget(other)
    other.resize(500, 400)
    assert not restore_fitting_geometry(other, large)
    assert other.size() == QSize(500, 400)
    assert read_saved_geometry(QByteArray(b"not a geometry")) is None
    assert not restore_fitting_geometry(other, QByteArray())


def test_the_wrapping_toolbar_takes_a_second_row_instead_of_hiding_actions(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = WrappingToolBar("Letter text")
    actions = [QAction(text, bar) for text in ("Rückgängig", "Wiederholen", "Suchen…", "Zurücksetzen")]
    for action in actions:
        bar.addAction(action)
    layout = QVBoxLayout(holder)
    layout.addWidget(bar)
    layout.addWidget(QWidget(), 1)
    buttons = [bar.button_for(action) for action in actions]
    one_row = sum(button.sizeHint().width() for button in buttons if button is not None)

    holder.resize(one_row + 100, 300)
    holder.show()
    qtbot.waitExposed(holder)
    assert all(button is not None and bar.rect().contains(button.geometry()) for button in buttons)
    assert len({button.y() for button in buttons if button is not None}) == 1
    single_height = bar.height()

    holder.resize(one_row // 2, 300)
    qtbot.waitUntil(lambda: bar.width() <= one_row // 2)
    assert all(button is not None and button.isVisible() for button in buttons)
    assert all(button is not None and bar.rect().contains(button.geometry()) for button in buttons)
    assert len({button.y() for button in buttons if button is not None}) > 1
    assert bar.height() > single_height

    actions[3].setVisible(False)  # a hidden action hides its button, as in a QToolBar
    assert buttons[3] is not None and buttons[3].isHidden()
    bar.removeAction(actions[0])
    assert bar.button_for(actions[0]) is None
