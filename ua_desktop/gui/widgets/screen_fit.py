"""Fit a top-level window into the screen it opens on, frame and all.

Groups run their evenings on whatever laptop the hall has, often 1366×768 or 1280×720 with a panel along
one edge. A window sized for a large screen loses its bottom edge there (the main window's status bar with the
evening's totals, a dialog's buttons), so every top-level window takes its size from here: the size it would
like, but no larger than the screen's available geometry (without panels and docks) less the window manager's
frame. A saved geometry is restored only when its frame still lies on one of the screens the computer has now.

The frame is known only once the window manager has framed a window; before that the frame of another
window of the program stands in for it, else an estimate generous enough for the common desktops.
"""

from __future__ import annotations

from dataclasses import dataclass

# Not the Qt namespace: importing it builds all its enums (~40 ms), and this module is on the first paint.
from PySide6.QtCore import QByteArray, QDataStream, QEvent, QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

#: The frame a window manager puts around a window before it has shown one: a title bar and thin borders
#: (GNOME, KDE, Windows, Xfce all stay within it).
FRAME_ESTIMATE = QMargins(8, 38, 8, 8)

_GEOMETRY_MAGIC = 0x1D9D0CB  # QWidget::saveGeometry's header (qwidget.cpp), format version 2 or 3


def screen_of(window: QWidget) -> QScreen:
    """The screen window is on or will open on: its parent's for a dialog, else its own, else the primary."""
    parent = window.parentWidget()
    screen = parent.window().screen() if parent is not None else window.screen()
    return screen or QGuiApplication.primaryScreen()


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around window, measured where possible.

    A framed window shows the difference between its frame and its geometry; a window not shown yet borrows
    that of another visible top-level window of the program (a dialog opened over the main window gets the
    same decoration), and only when there is none is FRAME_ESTIMATE assumed.
    """
    candidates = [window] + [other for other in QApplication.topLevelWidgets() if other is not window]
    for candidate in candidates:
        if not candidate.isVisible() or candidate.isFullScreen():
            continue
        frame, inner = candidate.frameGeometry(), candidate.geometry()
        if frame != inner:
            return QMargins(
                inner.left() - frame.left(),
                inner.top() - frame.top(),
                frame.right() - inner.right(),
                frame.bottom() - inner.bottom(),
            )
    return QMargins(FRAME_ESTIMATE)


def room_for(window: QWidget) -> QSize:
    """The largest size (without frame) window can have on its screen with its frame on the screen too."""
    available = screen_of(window).availableGeometry().marginsRemoved(frame_margins(window))
    return available.size()


def fit_to_screen(window: QWidget, preferred: QSize | None = None, centre: bool = False) -> None:
    """Size window as preferred (default: its size hint), shrunk to the room its screen has.

    A visible window (or, with centre, any window) is also moved so that its whole frame lies inside the
    available geometry. A window not shown yet is checked again once the window manager has framed it: Qt
    centres a dialog over its parent before the frame is known, and on X11 its title bar can end up above the
    top of the screen.

    Args:
        window: a top-level window.
        preferred: the size the window would like; None for its size hint.
        centre: place the window in the middle of the available geometry (the main window's first start).
    """
    size = (preferred or window.sizeHint()).boundedTo(room_for(window))
    window.resize(size)
    if centre:
        margins = frame_margins(window)
        frame = QRect(window.geometry()).marginsAdded(margins)
        frame.moveCenter(screen_of(window).availableGeometry().center())
        window.move(frame.topLeft())  # a top-level window's pos() is its frame's top-left corner
    if window.isVisible():
        keep_on_screen(window)
    else:
        FramedWatcher(window)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a shown window so that its frame lies inside its screen's available geometry.

    For after the window manager has framed the window: the real frame may be taller than the estimate the
    window was sized with. A maximised or full-screen window is the window manager's to place.
    """
    if window.isMaximized() or window.isFullScreen():
        return
    available = screen_of(window).availableGeometry()
    margins = frame_margins(window)
    room = available.marginsRemoved(margins).size()
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))
    frame = QRect(window.geometry()).marginsAdded(margins)
    left = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    top = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


class FramedWatcher(QObject):
    """Calls keep_on_screen once for a window, as soon as it is shown with its window manager's frame.

    The frame is known some events after Show (with the first paint on X11); a window that is activated
    without ever getting a frame (no window manager) is checked then. The watcher then stops filtering, so it
    sees only the few events of one window's first appearance (it stays the window's child until it goes).
    """

    WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Paint, QEvent.Type.WindowActivate)

    def __init__(self, window: QWidget) -> None:
        self._window: QWidget | None = window  # set before Qt can call eventFilter on this object
        self._shown = False
        super().__init__(window)
        # Held here as well as by the window: a Python-side filter whose wrapper the collector took would be
        # called by Qt on a fresh wrapper without these attributes.
        _WATCHERS.add(self)
        window.destroyed.connect(self._forget)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window: QWidget | None = getattr(self, "_window", None)
        if window is not None and watched is window:
            kind = event.type()
            if kind == QEvent.Type.Show:
                self._shown = True
            elif self._shown and kind in self.WATCHED:
                framed = window.frameGeometry() != window.geometry()
                if framed or kind == QEvent.Type.WindowActivate:
                    window.removeEventFilter(self)
                    # Not inside the event: resizing a window while it paints frees the image it paints on.
                    QTimer.singleShot(0, self, self._settle)
        return False

    def _settle(self) -> None:
        window, self._window = self._window, None
        _WATCHERS.discard(self)
        if window is not None:
            keep_on_screen(window)

    def _forget(self) -> None:
        self._window = None
        _WATCHERS.discard(self)


#: Watchers still waiting for their window's frame (see FramedWatcher.__init__).
_WATCHERS: set[FramedWatcher] = set()


@dataclass(frozen=True)
class SavedGeometry:
    """What QWidget.saveGeometry() recorded: the frame, the normal (not maximised) geometry and the state."""

    frame: QRect
    normal: QRect
    maximised: bool
    full_screen: bool

    def normal_frame(self) -> QRect:
        """The frame of the window in its normal state (the saved frame, unless it was maximised)."""
        if self.maximised or self.full_screen:
            return QRect(self.normal).marginsAdded(FRAME_ESTIMATE)
        return QRect(self.frame)


def read_saved_geometry(data: QByteArray) -> SavedGeometry | None:
    """Decode QWidget.saveGeometry() data (Qt's documented stream, qwidget.cpp); None if it is not that."""
    if data.isEmpty():
        return None
    stream = QDataStream(data)
    stream.setVersion(QDataStream.Version.Qt_4_0)  # as saveGeometry writes it
    if stream.readUInt32() != _GEOMETRY_MAGIC or stream.readUInt16() < 2:
        return None
    stream.readUInt16()  # minor version
    frame, normal = QRect(), QRect()
    stream >> frame  # PySide6 reads a QRect from the stream in place
    stream >> normal
    stream.readInt32()  # screen number
    maximised, full_screen = stream.readUInt8(), stream.readUInt8()
    if stream.status() != QDataStream.Status.Ok or not frame.isValid() or not normal.isValid():
        return None
    return SavedGeometry(frame, normal, bool(maximised), bool(full_screen))


def fits_a_screen(frame: QRect) -> bool:
    """Whether frame lies wholly inside the available geometry of one of the screens there are now."""
    return any(screen.availableGeometry().contains(frame) for screen in QGuiApplication.screens())


def restore_fitting_geometry(window: QWidget, data: QByteArray) -> bool:
    """Restore a saved geometry when it still fits the current screens; False (nothing done) otherwise.

    A laptop that was last on a large external monitor, or a window saved at 1280×800 and opened on a
    1366×768 screen, gets a fresh size from fit_to_screen instead of a frame that runs off the screen.
    """
    saved = read_saved_geometry(data)
    if saved is None or not fits_a_screen(saved.normal_frame()):
        return False
    return window.restoreGeometry(data)
