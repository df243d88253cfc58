"""The main window: case briefing on the left, the letter on the right, a case switcher on top."""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMessageBox, QSplitter, QToolBar, QWidget

from ua_desktop import APP_DISPLAY_NAME
from ua_desktop.core.cases.library import CaseEntry, CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.cases.briefing_panel import BriefingPanel
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.screen_fit import fit_to_screen, restore_fitting_geometry

if TYPE_CHECKING:
    from ua_desktop.core.letter.signer import LetterSigner
    from ua_desktop.gui.cases.case_actions import CaseActions
    from ua_desktop.gui.evenings.evening_menu import EveningMenu
    from ua_desktop.gui.letter.letter_panel import LetterPanel
    from ua_desktop.gui.roster.roster_menu import RosterMenu
    from ua_desktop.gui.shell.menu_host import MenuHost

log = logging.getLogger(__name__)

#: The main window's size on a first start, on a screen large enough for it.
PREFERRED_SIZE = QSize(1280, 800)


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return QByteArray()


@dataclass(frozen=True)
class HandOver:
    """What a window rebuilt for another interface language continues with (WindowHost.switch_language).

    Taken from the old window while it is still shown; the new one takes the rest from the old window itself
    once that has closed (and so written its draft): the editor's text with its undo history and cursor, the
    letter language, the signer shown in the preview.
    """

    window: MainWindow
    layout: QByteArray  # QMainWindow.saveState: where the docks and toolbars are
    queue_open: bool  # the print-queue panel was on screen
    roster_open: bool  # the Signers window was open
    sign_in_open: bool  # sign-in mode was open


class MainWindow(QMainWindow):
    """Top-level window.

    With deferred=True (how the program starts) only the briefing and the case switcher are built before the
    window first paints; the letter editor with its preview and the menus follow right after that first
    paint (finish_startup, a few tens of milliseconds later), so the case is on screen as early as possible.
    Tests build the whole window at once (deferred=False).

    The area menus (Cases, Roster, Evening) see the window only through a MenuHost; the window decides the
    order of all menus and asks the host's close guards before it closes.

    The settings are the application's one SettingsHub, handed on to every panel and menu; a change (in
    Preferences or by `ua-desktop settings set` in another program) reaches them all through its signal.

    Signals:
        case_changed(object): the Case now shown.
        language_change_requested(str): the user chose another UI language ("" = system).
    """

    case_changed = Signal(object)
    language_change_requested = Signal(str)

    def __init__(
        self,
        paths: AppPaths,
        settings: SettingsHub,
        library: CaseLibrary,
        parent: QWidget | None = None,
        deferred: bool = False,
    ):
        super().__init__(parent)
        self.paths = paths
        self.settings_hub = settings
        self.library = library
        self.case: Case | None = None
        self.entries: list[CaseEntry] = []
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setObjectName("mainWindow")

        self.started = False
        self.briefing_panel = BriefingPanel(dates_later=deferred)
        self.letter_panel: LetterPanel | None = None
        self.menu_host: MenuHost | None = None
        self.case_actions: CaseActions | None = None
        self.roster_menu: RosterMenu | None = None
        self.evening_menu: EveningMenu | None = None
        self.splitter = QSplitter()  # horizontal; avoiding the Qt namespace saves ~17 ms of start-up
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.briefing_panel)
        self.splitter.addWidget(QWidget())  # the letter panel's place until finish_startup
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.case_label = QLabel(self.tr("&Case:"))
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("caseSwitcher")
        self.case_combo.setAccessibleName(self.tr("Case"))
        self.case_combo.setMinimumContentsLength(30)
        self.case_label.setBuddy(self.case_combo)
        toolbar = QToolBar(self.tr("Case"))
        toolbar.setObjectName("caseToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.case_label)
        toolbar.addWidget(self.case_combo)
        self.addToolBar(toolbar)

        self.case_combo.currentIndexChanged.connect(self._on_case_index)
        settings.changed.connect(self._on_settings_changed)
        self.reload_cases(select=self.settings.last_case_id)
        self._restore_state()
        if deferred:
            QTimer.singleShot(1000, self.finish_startup)  # in case no paint arrives (e.g. minimised)
        else:
            self.finish_startup()

    @property
    def settings(self) -> Settings:
        """The settings in force now (read only; change them with self.settings_hub.update)."""
        return self.settings_hub.current

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self.started:
            QTimer.singleShot(0, self.finish_startup)  # right after the first paint
        elif event.type() == QEvent.Type.WindowActivate:
            self.settings_hub.reload()  # `ua-desktop settings set` may have changed them meanwhile
            if self.letter_panel is not None:
                self.letter_panel.refresh_signers()  # the roster may have changed in its own window
        return handled

    def finish_startup(self) -> None:
        """Build the letter panel and the menus (once)."""
        if self.started:
            return
        self.started = True
        self.briefing_panel.show_dates()
        from ua_desktop.gui.letter.letter_panel import LetterPanel

        sizes = self.splitter.sizes()
        self.letter_panel = LetterPanel(self.paths, self.settings_hub, signer_provider=self.roster_signers)
        old = self.splitter.replaceWidget(1, self.letter_panel)
        if old is not None:
            old.deleteLater()
        self.splitter.setSizes(sizes)
        # Menus here too: their keyboard shortcuts make Qt build its whole key-enum namespace (~35 ms).
        self._build_menus()
        if self.case is not None:
            self.letter_panel.show_case(self.case)

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """All menus, in the one order the window owns: File, Edit, Cases, Roster, Evening, Tools, Help."""
        from ua_desktop.gui.cases.case_actions import CaseActions
        from ua_desktop.gui.evenings.evening_menu import EveningMenu
        from ua_desktop.gui.roster.roster_menu import RosterMenu
        from ua_desktop.gui.shell.menu_host import MenuHost

        self.menu_host = MenuHost(
            window=self,
            paths=self.paths,
            settings_hub=self.settings_hub,
            library=self.library,
            case_changed=self.case_changed,
            current_case=lambda: self.case,
            reload_cases=self.reload_cases,
            selected_signer_ids=self.selected_signer_ids,
        )
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.reload_action = QAction(self.tr("&Reload Cases"), self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(
            lambda: self.reload_cases(select=self.case.id if self.case else "")
        )
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export_case(print_mode=False))
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.export_case(print_mode=True))
        self.email_action = QAction(self.tr("E-&mail drafts…"), self)
        self.email_action.triggered.connect(self.email_drafts)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.email_action)
        file_menu.addSeparator()
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.edit_preferences)
        self.edit_menu.addAction(self.preferences_action)

        self.case_actions = CaseActions(self.menu_host)  # library, import, edit, export, replies
        self.menuBar().addMenu(self.case_actions.menu)
        self.roster_menu = RosterMenu(self.menu_host)  # the Signers window
        self.menuBar().addMenu(self.roster_menu.menu)
        self.evening_menu = EveningMenu(self.menu_host)  # with its status-bar tally and print-queue dock
        self.menuBar().addMenu(self.evening_menu.menu)

        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.calibration_action = QAction(self.tr("Printer &calibration…"), self)
        self.calibration_action.triggered.connect(self.calibrate_printer)
        self.tools_menu.addAction(self.calibration_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About UA Desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def selected_signer_ids(self) -> list[int]:
        """Roster ids selected in the Signers window, when it is open (for "selected signers")."""
        return self.roster_menu.selected_signer_ids() if self.roster_menu is not None else []

    def export_case(self, print_mode: bool = False) -> None:
        """File → Export… / Print…: letters, labels or envelopes for the shown case."""
        if self.case is None:
            return
        from ua_desktop.gui.cases import deadline_guard
        from ua_desktop.gui.export.export_dialog import ExportDialog

        if not deadline_guard.confirm_export_after_deadline(self, self.case):
            return
        ExportDialog.ask(
            self, self.paths, self.settings_hub, self.case, self.selected_signer_ids(), print_mode
        )

    def email_drafts(self) -> None:
        """File → E-mail drafts…: the shown case's letters as e-mail drafts, or its fax sheet."""
        if self.case is None:
            return
        from ua_desktop.gui.export.email_drafts_dialog import EmailDraftsDialog

        EmailDraftsDialog.ask(self, self.paths, self.settings_hub, self.case, self.selected_signer_ids())

    def roster_signers(self) -> list[tuple[str, LetterSigner]]:
        """Signers from the roster for the letter preview's signer list (read-only, up to 200)."""
        if not self.paths.roster_db.exists():
            return []
        from ua_desktop.core.roster.search import roster_letter_signers
        from ua_desktop.core.roster.store import RosterStore

        with RosterStore.open(self.paths, read_only=True) as store:
            return roster_letter_signers(store)

    def calibrate_printer(self) -> None:
        """Tools → Printer calibration…"""
        from ua_desktop.core.calibration_store import CalibrationStore
        from ua_desktop.core.letter.page_setup import PAPER_SIZES_MM
        from ua_desktop.core.letter.plan import group_paper
        from ua_desktop.gui.export.calibration_dialog import CalibrationDialog

        paper = PAPER_SIZES_MM[group_paper(self.settings)]
        CalibrationDialog.ask(
            self, CalibrationStore.in_config_dir(self.paths.config_dir), paper, self.settings_hub
        )

    def edit_preferences(self) -> None:
        """Run the Preferences dialog (it saves through the hub, so every panel follows); a new language
        is applied at once, by rebuilding the window."""
        from ua_desktop.gui.shell.i18n import available_languages
        from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog

        old_language = self.settings.ui_language
        PreferencesDialog.ask(
            self,
            self.settings_hub,
            self.paths,
            available_languages(),
            self.label_sheet_choices(),
            self.preset_choices(),
        )
        if self.settings.ui_language != old_language:
            self.language_change_requested.emit(self.settings.ui_language)

    def label_sheet_choices(self) -> list[tuple[str, str]]:
        """(id, description) of the catalogue's label sheets, for Preferences."""
        from ua_desktop.core.labels.catalogue import LabelCatalogue

        return [(sheet.id, sheet.title) for sheet in LabelCatalogue.load(self.paths.data_dir).sheets]

    def preset_choices(self) -> list[tuple[str, str]]:
        """(id, description) of the window-envelope presets, for Preferences."""
        from ua_desktop.core.letter.page_setup import PRESETS

        return [(preset.value, geometry.label) for preset, geometry in PRESETS.items()]

    def show_about(self) -> None:
        from ua_desktop.gui.shell.about_dialog import AboutDialog  # rarely opened; not worth start-up time

        AboutDialog(self).exec()

    # -- cases -------------------------------------------------------------------------------------
    def reload_cases(self, select: str = "") -> None:
        """Re-read the case folders and fill the switcher; invalid packs are listed, not opened."""
        self.entries = self.library.entries()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        index_to_select = -1
        for index, entry in enumerate(self.entries):
            if entry.case:
                label = f"{entry.case.ua_number} — {entry.case.title}"
                if not entry.bundled:
                    label += " " + self.tr("(own)")
            else:
                label = self.tr("{folder} (cannot be opened)").format(folder=entry.folder.name)
            self.case_combo.addItem(label, entry.id)
            if entry.id == select:
                index_to_select = index
        self.case_combo.blockSignals(False)
        if index_to_select < 0:
            index_to_select = next((i for i, e in enumerate(self.entries) if e.case), 0)
        if self.entries:
            self.case_combo.setCurrentIndex(index_to_select)
            self._on_case_index(index_to_select)

    def _on_case_index(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        if entry.case is None:
            assert entry.error is not None
            QMessageBox.warning(self, self.tr("Case cannot be opened"), say(entry.error))
            return
        self.show_case(entry.case)

    def show_case(self, case: Case) -> None:
        self.case = case
        self._remember(last_case_id=case.id)
        self.briefing_panel.show_case(case, transit_days=self.settings.postal_transit_days)
        if self.letter_panel is not None:
            self.letter_panel.show_case(case)
        self.setWindowTitle(f"{case.ua_number} — {APP_DISPLAY_NAME}")
        self.case_changed.emit(case)

    # -- state -------------------------------------------------------------------------------------
    def hand_over(self) -> HandOver:
        """What a window rebuilt in another language needs of this one; call while this one is shown."""
        evening = self.evening_menu
        dock = evening.queue_dock if evening is not None else None
        roster = self.roster_menu.window if self.roster_menu is not None else None
        sign_in = evening.sign_in_window if evening is not None else None
        return HandOver(
            self,
            self.saveState(),
            queue_open=dock is not None and dock.isVisible(),
            roster_open=roster is not None and roster.isVisible(),
            sign_in_open=sign_in is not None and sign_in.isVisible(),
        )

    def take_over(self, handed: HandOver) -> None:
        """Continue where the old window left off: its letter, signer, print-queue panel, docks, and the
        Signers window and sign-in mode when they were open (rebuilt in the new language)."""
        self.finish_startup()
        old = handed.window
        if self.letter_panel is not None and old.letter_panel is not None:
            self.letter_panel.take_over(old.letter_panel)
        if handed.queue_open and self.evening_menu is not None:
            self.evening_menu.show_queue()
        self.restoreState(handed.layout)
        if handed.roster_open and old.roster_menu is not None and self.roster_menu is not None:
            if old.roster_menu.window is not None:
                old.roster_menu.window.close()  # in the old language, and no longer known to any menu
            self.roster_menu.show_roster()
        if handed.sign_in_open:
            QTimer.singleShot(0, self._reopen_sign_in)  # after the evening menu has restored the evening

    def _reopen_sign_in(self) -> None:
        menu = self.evening_menu
        if menu is not None and menu.controller.evening is not None:
            menu.open_sign_in()

    def _restore_state(self) -> None:
        state = self.settings.ui_state
        if not restore_fitting_geometry(self, _decode(state.get("geometry", ""))):
            fit_to_screen(self, PREFERRED_SIZE, centre=True)  # the status bar on screen, even at 1280×720
        if not self.splitter.restoreState(_decode(state.get("splitter", ""))):
            self.splitter.setSizes([470, 810])  # the letter side holds editor and preview

    def _on_settings_changed(self, settings: Settings) -> None:
        if self.case is not None:  # the transit days decide the "too late for post" notice
            self.briefing_panel.show_case(self.case, transit_days=settings.postal_transit_days)

    def _remember(self, **changes: object) -> None:
        """Save bookkeeping (last case, geometry): only these keys, so other changes in the file stay."""
        try:
            self.settings_hub.update(**changes)
        except UserError as error:
            log.warning("could not save settings: %s", error)

    def save_state(self) -> None:
        state = dict(self.settings.ui_state)
        state["geometry"] = _encode(self.saveGeometry())
        state["splitter"] = _encode(self.splitter.saveState())
        self._remember(ui_state=state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.menu_host is not None:
            if not self.menu_host.may_close():  # e.g. unprinted letters of an evening would be lost
                event.ignore()
                return
            self.menu_host.release()
        self.save_state()
        if self.letter_panel is not None:
            self.letter_panel.shutdown()  # drafts written, preview jobs given up before widgets go away
        super().closeEvent(event)
