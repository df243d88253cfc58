"""Writing one case as a .uacase pack, asked from the Cases menu and from the case library alike.

Its own module so that both callers import it without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.gui.widgets.core_words import say


def export_case_file(parent: QWidget, case: Case) -> str:
    """Ask where to save case as a .uacase and write it; returns the path written ("" if cancelled)."""
    from ua_desktop.core.cases.share import export_case

    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CaseActions", "Export case"),
        f"{case.id}.uacase",
        QCoreApplication.translate("CaseActions", "Case packs (*.uacase)"),
    )
    if not name:
        return ""
    try:
        written = export_case(case, Path(name))
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("CaseActions", "Case not exported"), say(error)
        )
        return ""
    return str(written)
