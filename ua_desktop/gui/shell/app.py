"""The one place that creates the QApplication and the objects everything else receives."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ua_desktop import APP_DISPLAY_NAME, APP_NAME, ORGANISATION, __version__
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import DataDirError
from ua_desktop.core.logging_setup import setup_logging
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.resources import resource_path
from ua_desktop.core.settings_store import SettingsStore
from ua_desktop.gui.shell.crash import CrashHandler
from ua_desktop.gui.shell.i18n import Translators, choose_language
from ua_desktop.gui.shell.main_window import MainWindow
from ua_desktop.gui.shell.platform_check import warn_missing_platform_libraries
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say

log = logging.getLogger(__name__)


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName("org.uadesktop.UADesktop")
    icon = resource_path("icons/ua-desktop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class WindowHost(QObject):
    """Owns the main window; rebuilds it when the UI language changes.

    Rebuilding is how a new language reaches every label, menu and dialog at once. The old window is
    closed the normal way first, so it saves its geometry and flushes autosaved drafts: nothing is lost.
    Every window gets the same settings hub, so the new one starts with everything the old one changed.
    """

    def __init__(self, paths: AppPaths, settings: SettingsHub, translators: Translators) -> None:
        super().__init__()
        self.paths = paths
        self.settings_hub = settings
        self.translators = translators
        self.window: MainWindow | None = None

    def open(self) -> MainWindow:
        library = CaseLibrary.open(self.paths.cases_dir)  # puts back a case an interrupted import moved aside
        window = MainWindow(self.paths, self.settings_hub, library, deferred=True)
        window.language_change_requested.connect(self.switch_language)
        window.show()
        self.window = window
        return window

    def switch_language(self, preference: str) -> None:
        """Rebuild the window in the chosen language; it continues with the old one's case, letter (text,
        cursor, undo), letter language, preview signer and print-queue panel (MainWindow.take_over)."""
        old = self.window
        handed = old.hand_over() if old is not None else None
        if old is not None:
            old.save_state()  # the new window opens where the old one was
        language = choose_language(preference)
        self.translators.install(language)  # and Qt's default locale: numbers and dates follow
        log.info("UI language switched to %s", language)
        # Opened before the old one closes, so the application does not quit on "last window closed".
        window = self.open()
        if old is not None:
            old.close()  # closeEvent flushes drafts and settings
            if handed is not None:
                window.take_over(handed)
            old.deleteLater()


def run_gui(data_dir: str | None = None, qt_args: Sequence[str] = ()) -> int:
    """Start the desktop program; returns the process exit status."""
    warn_missing_platform_libraries(qt_args)  # before Qt, which aborts when the xcb plugin cannot load
    app = create_application(qt_args)
    try:
        paths = resolve_paths(data_dir).ensure()
    except DataDirError as error:
        QMessageBox.critical(None, APP_DISPLAY_NAME, say(error))
        return 1
    os.umask(0o077)  # everything this process creates is private to the user
    log_file = setup_logging(paths.log_file)
    CrashHandler(log_file).install()
    settings = SettingsHub(SettingsStore.for_paths(paths))  # the one store every window and panel shares
    translators = Translators(app)
    language = choose_language(settings.current.ui_language)
    translators.install(language)  # and Qt's default locale
    log.info("ua-desktop %s starting, data dir %s, language %s", __version__, paths.data_dir, language)

    host = WindowHost(paths, settings, translators)
    app.aboutToQuit.connect(stop_background_work)
    window = host.open()
    if os.environ.get("UA_DESKTOP_QUIT_AFTER_FIRST_PAINT"):
        # Start-up benchmark and bundle check: report the first paint of the window, then quit.
        probe = FirstPaintProbe(window, app)
        window.installEventFilter(probe)
    return app.exec()


def stop_background_work() -> None:
    """On quit: stop the letter preview's render process before Python starts shutting down."""
    worker_module = sys.modules.get("ua_desktop.gui.letter.letter_render_worker")
    if worker_module is not None:  # only if a letter panel was ever built
        worker_module.shutdown_render_process()


class FirstPaintProbe(QObject):
    """Prints "first-paint <epoch seconds>" when the window first paints, then quits the application."""

    def __init__(self, window: QObject, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False
