"""Unhandled exceptions: logged with their traceback and shown in a dialog that names the log file.

The program keeps running afterwards where it safely can (Qt event handlers are independent), because
closing a window full of unsaved edits over a bug would lose the user's work.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ua_desktop.core.errors import UserError
from ua_desktop.gui.widgets.core_words import say

log = logging.getLogger("ua_desktop.crash")


class CrashHandler:
    """Installed as sys.excepthook by the application."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(error, UserError):
            log.warning("user error: %s", error)
            self._show(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("CrashHandler", "Cannot continue"),
                say(error),
                "",
            )
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unhandled exception\n%s", details)
        message = QCoreApplication.translate(
            "CrashHandler",
            "Something went wrong inside UA Desktop. Your data has not been changed by this error.\n\n"
            "The details were written to the log file:\n{path}\n\n"
            "If it happens again, please send that file to whoever looks after the program.",
        ).format(path=self.log_file)
        self._show(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashHandler", "Unexpected error"),
            message,
            details,
        )

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, QApplication.activeWindow())
            if details:
                box.setDetailedText(details)
            box.exec()
        finally:
            self._showing = False
