"""The Evening menu of the main window, the tally in its status bar and the print-queue dock.

The main window builds it with its MenuHost and places `menu` in its menu bar; this object owns the
EveningController (imported on first use, so start-up does not pay for SQLite), restores an evening left
open when the app was closed mid-evening, and, as the host's close guard, asks before letters would be lost
and releases the roster when the window closes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QMessageBox

from ua_desktop.core.errors import UserError, Worded
from ua_desktop.gui.evenings.evening_words import describe_evening, letters, people, to_print
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import counted, long_date

if TYPE_CHECKING:
    from ua_desktop.core.settings import Settings
    from ua_desktop.gui.evenings.evening_controller import EveningController
    from ua_desktop.gui.evenings.sign_in_window import SignInWindow
    from ua_desktop.gui.shell.menu_host import MenuHost

log = logging.getLogger(__name__)


class EveningMenu(QObject):
    """The Evening menu (`menu`), the tally in the host window's status bar, the queue as a dock."""

    def __init__(self, host: MenuHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.window = host.window  # parent of dialogs; its status bar and dock areas (QMainWindow API)
        self._controller: EveningController | None = None
        self.sign_in_window: SignInWindow | None = None
        self.queue_dock: QDockWidget | None = None

        self.menu = QMenu(self.tr("E&vening"), self.window)
        self.menu.setObjectName("eveningMenu")
        self.start_action = QAction(self.tr("&Start evening…"), self)
        self.sign_in_action = QAction(self.tr("Sign-&in mode"), self)
        self.sign_in_action.setShortcuts([QKeySequence(Qt.Key.Key_F11), QKeySequence("Ctrl+Shift+S")])
        self.queue_action = QAction(self.tr("&Print queue…"), self)
        self.tally_action = QAction(self.tr("&Tally and report…"), self)
        self.end_action = QAction(self.tr("&End evening"), self)
        for action in (self.start_action, self.sign_in_action, self.queue_action, self.tally_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.end_action)
        self.start_action.triggered.connect(self.start_evening)
        self.sign_in_action.triggered.connect(self.open_sign_in)
        self.queue_action.triggered.connect(self.show_queue)
        self.tally_action.triggered.connect(self.show_tally)
        self.end_action.triggered.connect(self.end_evening)

        self.status_label = QLabel()
        self.status_label.setObjectName("eveningTally")
        self.window.statusBar().addPermanentWidget(self.status_label)
        host.add_close_guard(self)
        host.settings_hub.changed.connect(self._on_settings_changed)
        self._update_actions()
        QTimer.singleShot(0, self.restore)

    def _on_settings_changed(self, settings: Settings) -> None:
        """An open sign-in window shows the group's consent text as Preferences now say."""
        if self.sign_in_window is not None:
            self.sign_in_window.set_group(settings.consent_text, settings.group_country)

    # -- the controller ----------------------------------------------------------------------------
    @property
    def controller(self) -> EveningController:
        if self._controller is None:
            from ua_desktop.gui.evenings.evening_controller import EveningController

            self._controller = EveningController(self.host.paths, self.host.library, self)
            self._controller.evening_changed.connect(self._evening_changed)
            self._controller.counts_changed.connect(self.update_status)
        return self._controller

    def restore(self) -> None:
        """Continue an evening that was still open when the app was last closed."""
        try:
            evening = self.controller.restore()
        except UserError as error:
            log.warning("evening not restored: %s", error)
            return
        if evening is not None:
            self.window.statusBar().showMessage(
                self.tr("The evening {evening} is still open and was restored.").format(
                    evening=describe_evening(evening)
                ),
                10000,
            )

    # -- the host's close guard --------------------------------------------------------------------
    def may_close(self) -> bool:
        """Ask before closing when letters of people who were not kept are still unprinted (they are lost)."""
        lost = self._controller.waiting_not_kept() if self._controller is not None else 0
        if not lost:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Letters not printed"),
            counted(
                self.tr(
                    "%n letter(s) of people who did not want to be kept are not printed yet. Nothing about "
                    "them is stored, so closing now loses them. Close anyway?",
                    "",
                    lost,
                ),
                lost,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def release(self) -> None:
        """The window closes: release the roster now (a language switch opens the new window's roster right
        after this); should the window stay after all, the evening is picked up again on the next turn."""
        if self._controller is None:
            return
        if self.sign_in_window is not None:
            self.sign_in_window.close()
        self._controller.close()
        QTimer.singleShot(0, self._reopen_if_still_shown)

    def _reopen_if_still_shown(self) -> None:
        if self.window.isVisible() and self._controller is not None and self._controller.session is None:
            self.restore()

    # -- actions -----------------------------------------------------------------------------------
    def _warn(self, error: UserError) -> None:
        QMessageBox.warning(self.window, self.tr("Evening"), say(error))

    def start_evening(self) -> None:
        from ua_desktop.gui.evenings.evening_start_dialog import StartEveningDialog

        controller = self.controller
        try:
            if controller.restore() is not None or controller.evening is not None:
                raise UserError(
                    Worded(
                        self.tr("The evening {evening} is still open. End it first.").format(
                            evening=describe_evening(controller.evening) if controller.evening else ""
                        )
                    )
                )
            case = self.host.current_case()
            request = StartEveningDialog.ask(
                self.window,
                self.host.library.cases(),
                case.id if case else "",
                controller.evenings_on,
            )
            if request is None:
                return
            controller.start(request.case_ids, request.place, request.day, request.labels, request.envelopes)
        except UserError as error:
            self._warn(error)
            return
        self.open_sign_in()

    def open_sign_in(self) -> None:
        from ua_desktop.gui.evenings.sign_in_window import SignInWindow

        if self.controller.evening is None:
            QMessageBox.information(
                self.window,
                self.tr("Sign-in mode"),
                self.tr("Start an evening first (Evening → Start evening…)."),
            )
            return
        if self.sign_in_window is None:
            settings = self.host.settings
            self.sign_in_window = SignInWindow(
                self.controller, settings.consent_text, settings.group_country, self.window
            )
        self.sign_in_window.refresh_evening()
        self.sign_in_window.open_on_best_screen(self.window)

    def show_queue(self) -> None:
        from ua_desktop.gui.evenings.print_queue_panel import PrintQueuePanel

        if self.queue_dock is None:
            self.queue_dock = QDockWidget(self.tr("Print queue"), self.window)
            self.queue_dock.setObjectName("printQueueDock")
            self.queue_dock.setWidget(PrintQueuePanel(self.controller, self.host.settings_hub))
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.queue_dock)
        self.queue_dock.show()
        self.queue_dock.raise_()

    def show_tally(self) -> None:
        from ua_desktop.gui.evenings.tally_dialog import TallyDialog

        try:
            dialog = TallyDialog(
                self.controller, self.host.settings.group_name, self.window, self.host.settings_hub
            )
        except UserError as error:
            self._warn(error)
            return
        dialog.exec()

    def end_evening(self) -> None:
        controller = self.controller
        evening = controller.evening
        if evening is None:
            return
        waiting = controller.waiting()
        question = self.tr("End the evening {evening}?").format(evening=describe_evening(evening))
        if waiting:
            question += "\n" + counted(
                self.tr("%n item(s) are still waiting to be printed.", "", waiting), waiting
            )
        answer = QMessageBox.question(self.window, self.tr("End evening"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            controller.end()
        except UserError as error:
            self._warn(error)
            return
        self.show_tally()

    # -- status ------------------------------------------------------------------------------------
    def _evening_changed(self, evening: object) -> None:
        if evening is None and self.sign_in_window is not None:
            self.sign_in_window.close()
        elif self.sign_in_window is not None:
            self.sign_in_window.refresh_evening()
        self._update_actions()
        self.update_status()

    def _update_actions(self) -> None:
        running = self._controller is not None and self._controller.evening is not None
        self.start_action.setEnabled(not running)
        self.end_action.setEnabled(running)

    def update_status(self) -> None:
        """The totals of the open evening in the status bar (empty when none is open)."""
        controller = self._controller
        tally = controller.tally() if controller is not None and controller.evening is not None else None
        if tally is None or controller is None:
            self.status_label.clear()
            return
        totals = (people(tally.people), letters(tally.letters), to_print(controller.waiting()))
        self.status_label.setText(
            self.tr("Evening {date}: {totals}").format(
                date=long_date(tally.evening.date), totals=" · ".join(totals)
            )
        )
