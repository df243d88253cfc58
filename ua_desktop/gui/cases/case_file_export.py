"""Writing one case as a .uacase pack, asked from the Cases menu and from the case library alike.

Its own module so that both callers import it without importing each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import FileKind, save_file_path

if TYPE_CHECKING:
    from ua_desktop.gui.shell.settings_hub import SettingsHub


def export_case_file(parent: QWidget | None, case: Case, settings_hub: SettingsHub | None = None) -> str:
    """Ask where to save case as a .uacase and write it; returns the path written ("" if cancelled).

    The dialog starts in the folder case files were last saved to or imported from (kept in settings_hub).
    """
    from ua_desktop.core.cases.share import export_case

    path = save_file_path(
        parent,
        settings_hub,
        FileKind.CASE,
        QCoreApplication.translate("CaseActions", "Export case"),
        f"{case.id}.uacase",
        QCoreApplication.translate("CaseActions", "Case packs (*.uacase)"),
    )
    if path is None:
        return ""
    try:
        written = export_case(case, path)
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("CaseActions", "Case not exported"), say(error)
        )
        return ""
    return str(written)
