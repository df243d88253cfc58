"""The one place that creates the QApplication and the objects everything else receives."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ua_desktop import APP_DISPLAY_NAME, APP_NAME, ORGANISATION, __version__
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import DataDirError
from ua_desktop.core.logging_setup import setup_logging
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.resources import resource_path
from ua_desktop.core.settings import Settings
from ua_desktop.gui.crash import CrashHandler
from ua_desktop.gui.i18n import Translators, choose_language
from ua_desktop.gui.main_window import MainWindow

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


def run_gui(data_dir: str | None = None, qt_args: Sequence[str] = ()) -> int:
    """Start the desktop program; returns the process exit status."""
    app = create_application(qt_args)
    try:
        paths = resolve_paths(data_dir).ensure()
    except DataDirError as error:
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(error))
        return 1
    os.umask(0o077)  # everything this process creates is private to the user
    log_file = setup_logging(paths.log_file)
    CrashHandler(log_file).install()
    settings = Settings.load(paths.settings_file)
    translators = Translators(app)
    language = choose_language(settings.ui_language)
    translators.install(language)
    QLocale.setDefault(QLocale(language))
    log.info("ua-desktop %s starting, data dir %s, language %s", __version__, paths.data_dir, language)

    window = MainWindow(paths, settings, CaseLibrary(paths.cases_dir))
    window.translators = translators
    window.show()
    if os.environ.get("UA_DESKTOP_QUIT_AFTER_FIRST_PAINT"):
        # Used by the start-up benchmark: quit as soon as the event loop has painted the window.
        QTimer.singleShot(0, app.quit)
    return app.exec()
