"""The Signers window: the roster panel with its menus, privacy actions, backups and counts.

Opened from the main window (Roster ▸ Signers…). When another ua-desktop process holds the roster, the
window opens it read-only and says so; a damaged roster file is never written to: the window offers to
restore the newest backup, which sets the damaged file aside under a new name. A roster that is missing or
empty while copies of an earlier one lie beside it is never started empty without asking: the window offers
the newest usable copy, or an empty roster on purpose.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ua_desktop.core.errors import UserError
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.roster.privacy import erase_signer, export_person, export_roster_csv
from ua_desktop.core.roster.search import Query
from ua_desktop.core.roster.store import (
    RosterInUseError,
    RosterMissingError,
    RosterNeedsRestoreError,
    RosterStore,
    set_aside_and_restore,
    start_new_roster,
)
from ua_desktop.gui.roster.roster_import_dialog import RosterImportDialog
from ua_desktop.gui.roster.roster_panel import RosterPanel
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import FileKind, open_file_path, save_file_path
from ua_desktop.gui.widgets.locale_format import counted, number
from ua_desktop.gui.widgets.screen_fit import fit_to_screen


def open_roster(paths: AppPaths, parent: QWidget | None) -> RosterStore | None:
    """Open the roster for the GUI: writable, else read-only with a note, else None with a message."""
    title = QCoreApplication.translate("RosterWindow", "Roster")
    for _attempt in range(2):
        try:
            return RosterStore.open(paths, wait=0.5)
        except RosterInUseError:
            try:
                return RosterStore.open(paths, read_only=True)
            except UserError as error:
                QMessageBox.critical(parent, title, say(error))
                return None
        except RosterNeedsRestoreError as error:
            if not _offer_restore(paths, error, parent):
                return None
        except UserError as error:
            QMessageBox.critical(parent, title, say(error))
            return None
    return None


def _offer_restore(paths: AppPaths, error: RosterNeedsRestoreError, parent: QWidget | None) -> bool:
    """Ask what to do with a damaged or missing roster; True when the roster is ready to open again.

    A damaged roster: restore the newest backup. A missing or empty one next to copies: restore the newest
    usable copy, or start an empty roster on purpose. Cancel leaves everything as it is.
    """
    title = QCoreApplication.translate("RosterWindow", "Roster")
    missing = isinstance(error, RosterMissingError)
    if error.backup is None and not missing:
        QMessageBox.critical(parent, title, say(error))
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, say(error), parent=parent)
    restore = None
    if error.backup is not None:
        if missing:
            label = QCoreApplication.translate("RosterWindow", "Restore This Copy")
        else:
            label = QCoreApplication.translate("RosterWindow", "Restore the newest backup")
        restore = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    start_empty = None
    if missing:
        start_empty = box.addButton(
            QCoreApplication.translate("RosterWindow", "Start an Empty Roster"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    try:
        if restore is not None and clicked is restore and error.backup is not None:
            set_aside_and_restore(paths, error.backup)
        elif start_empty is not None and clicked is start_empty:
            start_new_roster(paths)
        else:
            return False
    except UserError as restore_error:
        QMessageBox.critical(parent, title, say(restore_error))
        return False
    return True


class RosterWindow(QMainWindow):
    """The signer roster in its own window.

    Signals:
        closed(): the window was closed and its roster connection released.
    """

    closed = Signal()

    def __init__(
        self,
        paths: AppPaths,
        store: RosterStore,
        ui_language: str = "en",
        group_country: str = "",
        parent: QWidget | None = None,
        settings_hub: SettingsHub | None = None,
    ):
        """settings_hub keeps the folders the window's open and save dialogs start in."""
        super().__init__(parent)
        self.setObjectName("rosterWindow")
        self.setWindowTitle(self.tr("Signers"))
        self.paths, self.store = paths, store
        self.settings_hub = settings_hub
        self.panel = RosterPanel(store, ui_language, group_country)
        self.setCentralWidget(self.panel)
        self.count_label = QLabel()
        self.count_label.setObjectName("rosterCounts")
        self.statusBar().addWidget(self.count_label, 1)
        if store.read_only:
            note = QLabel(self.tr("Read-only: the roster is open in another ua-desktop window."))
            note.setObjectName("rosterReadOnly")
            self.statusBar().addPermanentWidget(note)
        self.panel.counts_changed.connect(self.show_counts)
        self._build_menus()
        self.panel.reload()
        fit_to_screen(self, QSize(1180, 680))

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | None = None, writes: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        action.setEnabled(not (writes and self.store.read_only))
        return action

    def _build_menus(self) -> None:
        roster = self.menuBar().addMenu(self.tr("&Roster"))
        self.import_action = self._action(
            self.tr("&Import…"), self.import_file, QKeySequence("Ctrl+I"), writes=True
        )
        self.export_action = self._action(
            self.tr("&Export as CSV…"), self.export_file, QKeySequence("Ctrl+E")
        )
        self.backup_action = self._action(self.tr("&Back Up…"), self.backup)
        self.restore_action = self._action(self.tr("&Restore from Backup…"), self.restore, writes=True)
        self.close_action = self._action(
            self.tr("&Close"), self.close, QKeySequence(QKeySequence.StandardKey.Close)
        )
        for action in (
            self.import_action,
            self.export_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
            self.close_action,
        ):
            roster.addSeparator() if action is None else roster.addAction(action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.panel.undo_action)
        edit.addAction(self.panel.redo_action)
        edit.addSeparator()
        edit.addAction(self.panel.find_action)
        signer = self.menuBar().addMenu(self.tr("&Signer"))
        self.export_person_action = self._action(
            self.tr("Export Complete Record (&JSON)…"), self.export_person
        )
        self.erase_action = self._action(self.tr("E&rase Completely…"), self.erase, writes=True)
        for action in (
            self.panel.add_action,
            self.panel.edit_action,
            self.panel.delete_action,
            None,
            self.export_person_action,
            self.erase_action,
        ):
            signer.addSeparator() if action is None else signer.addAction(action)

    def show_counts(self, shown: int, total: int, selected: int) -> None:
        text = counted(self.tr("{shown} of %n signer(s)", "", total), total).format(shown=number(shown))
        if selected:
            text += " · " + counted(self.tr("%n selected", "", selected), selected)
        self.count_label.setText(text)

    # -- import and export -------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        report = RosterImportDialog.ask(
            self,
            self.paths.roster_db,
            self.paths.backups_dir,
            path or None,
            self.settings_hub,
            self.panel.group_country,
        )
        if report is not None:
            self.panel.undo_stack.clear()  # an import is not undoable step by step; a backup was made
            self.panel.reload()
            self.statusBar().showMessage(
                counted(self.tr("%n signer(s) added.", "", report.added), report.added)
                + " "
                + counted(self.tr("%n merged.", "", report.merged), report.merged),
                8000,
            )

    def export_file(self) -> None:
        chosen = save_file_path(
            self,
            self.settings_hub,
            FileKind.SIGNERS,
            self.tr("Export signers"),
            f"signers-{dt.date.today().isoformat()}.csv",
            self.tr("CSV (*.csv)"),
        )
        if chosen is None:
            return
        name = str(chosen)
        query = self.panel.model.query
        try:
            count = export_roster_csv(
                self.store, Path(name), Query(text=query.text, tag=query.tag, sort=query.sort)
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Export signers"), say(error))
            return
        self.statusBar().showMessage(counted(self.tr("%n signer(s) exported.", "", count), count), 8000)

    # -- privacy ----------------------------------------------------------------------------------
    def export_person(self) -> None:
        signer = self.panel.current_signer()
        if signer is None or signer.id is None:
            QMessageBox.information(self, self.tr("Export record"), self.tr("Select one signer first."))
            return
        default = f"{signer.last_name or signer.first_name}-{signer.id}.json"
        chosen = save_file_path(
            self,
            self.settings_hub,
            FileKind.RECORD,
            self.tr("Export record"),
            default,
            self.tr("JSON (*.json)"),
        )
        if chosen is None:
            return
        name = str(chosen)
        try:
            export_person(self.store.conn, signer.id, Path(name), self.paths.data_dir)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Export record"), say(error))

    def erase(self) -> None:
        signer = self.panel.current_signer()
        if signer is None or signer.id is None:
            QMessageBox.information(self, self.tr("Erase signer"), self.tr("Select one signer first."))
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Erase signer"),
            self.tr(
                "Erase {name} completely? Their record, tags and signatures are overwritten and removed from "
                "the backups too. This cannot be undone."
            ).format(name=signer.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.panel.undo_stack.clear()  # undo of a delete would keep this person in memory
        try:
            erasure = erase_signer(self.store, signer.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Erase signer"), say(error))
            return
        self.panel.reload()
        lines = [self.tr("{name} was erased.").format(name=erasure.signer.display_name)]
        if not erasure.journal_clean:
            lines.append(self.tr("Close other ua-desktop windows so the journal is cleared too."))
        lines.extend(say(notice) for notice in erasure.notices())
        show = QMessageBox.information if erasure.complete else QMessageBox.warning
        show(self, self.tr("Erase signer"), "\n\n".join(lines))

    # -- backups ----------------------------------------------------------------------------------
    def backup(self) -> None:
        chosen = save_file_path(
            self,
            self.settings_hub,
            FileKind.BACKUP,
            self.tr("Back up roster"),
            f"roster-{dt.date.today().isoformat()}.sqlite3",
            self.tr("Roster backups (*.sqlite3)"),
        )
        if chosen is None:
            return
        name = str(chosen)
        try:
            self.store.backup_to(Path(name))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Back up roster"), say(error))
            return
        self.statusBar().showMessage(self.tr("Roster backed up to {file}.").format(file=name), 8000)

    def restore(self) -> None:
        chosen = open_file_path(
            self,
            self.settings_hub,
            FileKind.BACKUP,
            self.tr("Restore roster"),
            self.tr("Roster backups (*.sqlite3)"),
            default=self.paths.backups_dir,  # the automatic backups, until a backup is saved elsewhere
        )
        if chosen is None:
            return
        name = str(chosen)
        answer = QMessageBox.question(
            self,
            self.tr("Restore roster"),
            self.tr("Replace the roster by this backup? The current roster is backed up first."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.restore_from(Path(name))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Restore roster"), say(error))
            return
        self.panel.undo_stack.clear()
        self.panel.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.close_model()
        self.store.close()
        super().closeEvent(event)
        self.closed.emit()
