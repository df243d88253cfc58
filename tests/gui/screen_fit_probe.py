"""Opens the main window and the dialogs on one screen size, in one interface language, and reports in JSON.

Run by test_screen_fit.py in a process of its own, because the screen of the offscreen platform is set when
the application starts (QT_QPA_PLATFORM=offscreen:configfile=...): a laptop's 1366×768 or 1280×720 screen.
The language is installed as the program installs it (gui/shell/i18n.py, compiled catalogues).

usage: python screen_fit_probe.py LANGUAGE...   (prints one JSON object: language → window → report)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QLocale, QRect
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from ua_desktop.core.calibration_store import CalibrationStore
from ua_desktop.core.cases.draft import read_draft
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.labels.catalogue import LabelCatalogue
from ua_desktop.core.letter.page_setup import PageSetup
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.roster.source import read_source
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.core.settings_store import SettingsStore
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.screen_fit import FRAME_ESTIMATE
from ua_desktop.gui.widgets.wrapping_toolbar import WrappingToolBar

CASE_ID = "ua-034-25"


def rect(value: QRect) -> list[int]:
    return [value.x(), value.y(), value.width(), value.height()]


def hidden_toolbar_actions(window: QWidget) -> list[str]:
    """Toolbar actions a user cannot see: folded into a QToolBar's » menu, or outside a wrapping bar."""
    hidden = []
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if (
                action.isVisible()
                and not action.isSeparator()
                and button is not None
                and not button.isVisible()
            ):
                hidden.append(f"{toolbar.objectName()}: {action.iconText() or action.text()}")
    for bar in window.findChildren(WrappingToolBar):
        for index in range(bar.flow.count()):
            item = bar.flow.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None or widget.isHidden():
                continue
            if not widget.isVisible() or not bar.rect().contains(widget.geometry()):
                hidden.append(f"{bar.objectName()}: {getattr(widget, 'text', widget.objectName)()}")
    return hidden


def report(window: QWidget) -> dict[str, object]:
    """Where the window is, the room it has, and what a user could not see of it."""
    screen = window.screen().availableGeometry()
    entry: dict[str, object] = {
        "available": rect(screen),
        "frame": rect(window.frameGeometry()),
        "size_with_estimated_frame": [
            window.width() + FRAME_ESTIMATE.left() + FRAME_ESTIMATE.right(),
            window.height() + FRAME_ESTIMATE.top() + FRAME_ESTIMATE.bottom(),
        ],
        "hidden_actions": hidden_toolbar_actions(window),
    }
    if isinstance(window, QMainWindow) and window.objectName() == "mainWindow":
        bar = window.statusBar()
        entry["status_bar_visible"] = bar.isVisible()
        entry["status_bar"] = rect(QRect(bar.mapToGlobal(bar.rect().topLeft()), bar.size()))
    return entry


def windows(paths: AppPaths, hub: SettingsHub) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The main window and the dialogs that issue #14 names, each built as the program builds it."""
    from ua_desktop.gui.cases.case_editor import CaseEditorDialog
    from ua_desktop.gui.cases.case_import_dialog import CaseImportDialog
    from ua_desktop.gui.evenings.evening_controller import EveningController
    from ua_desktop.gui.evenings.evening_start_dialog import StartEveningDialog
    from ua_desktop.gui.evenings.tally_dialog import TallyDialog
    from ua_desktop.gui.export.calibration_dialog import CalibrationDialog
    from ua_desktop.gui.export.email_drafts_dialog import EmailDraftsDialog
    from ua_desktop.gui.export.export_dialog import ExportDialog
    from ua_desktop.gui.labels.label_sheet_dialog import LabelSheetDialog
    from ua_desktop.gui.letter.page_setup_dialog import PageSetupDialog
    from ua_desktop.gui.roster.roster_import_dialog import RosterImportDialog
    from ua_desktop.gui.roster.roster_window import RosterWindow
    from ua_desktop.gui.shell.main_window import MainWindow
    from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog

    library = CaseLibrary(paths.cases_dir)
    case = library.get(CASE_ID)
    folder = next(entry.folder for entry in library.entries() if entry.id == CASE_ID)
    catalogue = LabelCatalogue.load(paths.data_dir)
    sheets = [(sheet.id, sheet.title) for sheet in catalogue.sheets]
    people = Path(tempfile.mkdtemp()) / "people.csv"
    people.write_text(
        "Vorname;Nachname;Strasse;PLZ;Ort;Land;E-Mail;Telefon;Notizen;Farbe\n"
        "Peter;Meier;Hauptgasse 1;3011;Bern;CH;peter@example.org;031 000 00 00;;blau\n",
        encoding="utf-8",
    )
    controller = EveningController(paths, library)
    if controller.restore() is None:  # an open evening: the main window's status bar shows its totals
        controller.start([CASE_ID], "Hall", dt.date(2026, 11, 28), False, False)
    yield "main", lambda: MainWindow(paths, hub, library)
    yield "export", lambda: ExportDialog(paths, hub, case)
    yield "e-mail drafts", lambda: EmailDraftsDialog(paths, hub, case, (1, 2))
    yield "preferences", lambda: PreferencesDialog(hub, paths, ["en", "de", "fr", "it", "es"], sheets, [])
    yield "page setup", lambda: PageSetupDialog(PageSetup())
    yield "case editor", lambda: CaseEditorDialog(read_draft(folder), library, original=folder)
    yield "case import", lambda: CaseImportDialog(library)

    def assisted_import() -> QWidget:
        """The import dialog on its second page: the bundled case's source beside its fields."""
        dialog = CaseImportDialog(library)
        dialog.paste_edit.setPlainText((folder / "source.txt").read_text(encoding="utf-8"))
        dialog.read()
        return dialog

    yield "case import assisted", assisted_import
    yield "roster", lambda: RosterWindow(paths, RosterStore.open(paths), hub.current.ui_language or "en")
    yield "roster import", lambda: RosterImportDialog(paths.roster_db, paths.backups_dir, read_source(people))
    yield "label sheet", lambda: LabelSheetDialog(catalogue, catalogue.get("L7160"))
    yield "evening start", lambda: StartEveningDialog(library.cases(), CASE_ID, controller.evenings_on)
    yield "tally", lambda: TallyDialog(controller, "Amnesty-Gruppe Zürich")
    yield (
        "calibration",
        lambda: CalibrationDialog(CalibrationStore.in_config_dir(paths.config_dir), (210.0, 297.0)),
    )


def probe(app: QApplication, translators: Translators, language: str) -> dict[str, object]:
    """Every window of windows() in language: shown, measured, closed; the main window also maximised."""
    loaded = translators.install(language)  # as app.py does, and as a change of language in Preferences does
    QLocale.setDefault(QLocale(language))
    paths = resolve_paths().ensure()
    hub = SettingsHub(SettingsStore.for_paths(paths))
    hub.update(ui_language=language)
    results: dict[str, object] = {"catalogue": {"loaded": loaded}}
    for name, build in windows(paths, hub):
        window = build()
        window.show()
        app.processEvents()
        results[name] = report(window)
        if name == "main":
            window.showMaximized()
            app.processEvents()
            results["main maximised"] = report(window)
        window.close()
        window.deleteLater()
        app.processEvents()
    return results


def main(languages: list[str]) -> None:
    app = QApplication([sys.argv[0]])
    translators = Translators(app)
    print(json.dumps({language: probe(app, translators, language) for language in languages}))


if __name__ == "__main__":
    main(sys.argv[1:])
