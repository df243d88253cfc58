"""The import dialog reads ambiguous dates as the user or the group's country says (issue 17)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.fields import DateOrder
from ua_desktop.core.roster.search import Query, list_signers
from ua_desktop.core.roster.source import read_source
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.roster.roster_import_dialog import RosterImportDialog

AMBIGUOUS = Path(__file__).parent.parent / "data" / "contacts" / "dates_ambiguous.csv"


def _dialog(qtbot: QtBot, group_country: str = "") -> RosterImportDialog:
    paths = resolve_paths().ensure()
    RosterStore.open(paths).close()  # an empty roster, as the roster window has opened
    dialog = RosterImportDialog(
        paths.roster_db, paths.backups_dir, read_source(AMBIGUOUS), None, group_country
    )
    qtbot.addWidget(dialog)
    _wait_for_the_dry_run(qtbot, dialog)
    return dialog


def _wait_for_the_dry_run(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.worker is None, timeout=10_000)


def _dates() -> list[str]:
    with RosterStore.open(resolve_paths().ensure()) as store:
        return sorted(s.consent_date for s in list_signers(store.conn, Query()))


def test_ambiguous_dates_are_listed_until_the_order_is_chosen(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert "can be read day first or month first" in dialog.summary.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData(DateOrder.MDY))
    _wait_for_the_dry_run(qtbot, dialog)
    assert "day first or month first" not in dialog.summary.toPlainText() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()
    assert _dates() == ["2024-03-01", "2024-04-02", "2024-05-06"]


def test_the_groups_country_reads_them_without_asking(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, group_country="CH")
    assert dialog.import_button.isEnabled(), dialog.summary.toPlainText()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()
    assert _dates() == ["2024-01-03", "2024-02-04", "2024-05-06"]
