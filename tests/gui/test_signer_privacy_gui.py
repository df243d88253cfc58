"""A signer's privacy in the window: the signer dialog's checkbox, the roster's column, sign-in mode's "print
only my initials and town", and "initials and town only" for a whole export or print run."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.evenings.model import Arrival
from ua_desktop.core.export.envelopes_job import ReturnAddress
from ua_desktop.core.export.labels_job import AddressSource
from ua_desktop.core.export.request import Kind
from ua_desktop.core.export.selection import SelectionMode
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.records import add_signer, get_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.evenings.print_queue_panel import PrintQueuePanel
from ua_desktop.gui.models.roster_model import COLUMNS, RosterModel
from ua_desktop.gui.roster.signer_dialog import SignerDialog

from .evening_gui_helpers import add_known
from .settings_helpers import settings_hub
from .test_export_dialog import choose, make_dialog, run_export
from .test_print_queue import FakePrinting
from .test_sign_in import make_window, type_name

MARGARETHE = Signer(
    first_name="Margarethe",
    last_name="Oberholzer-Wyss",
    street=("Seefeldstrasse 81",),
    postal_code="8008",
    city="Zürich",
    country="CH",
)
SECRET = ("Margarethe", "Oberholzer", "Seefeldstrasse", "8008")


def squeezed(text: str) -> str:
    return "".join(text.split())


def assert_private(text: str) -> None:
    flat = squeezed(text)
    for word in SECRET:
        assert word not in flat, word
    assert "M.O." in flat and "Zürich" in flat


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


# -- the roster ----------------------------------------------------------------------------------
def test_the_signer_dialog_sets_the_flag_and_shows_the_address_as_printed(qtbot: QtBot) -> None:
    dialog = SignerDialog(MARGARETHE, [])
    qtbot.addWidget(dialog)
    assert not dialog.privacy.isChecked() and "Seefeldstrasse 81" in dialog.address_preview.text()
    dialog.privacy.click()
    assert dialog.signer().privacy is True
    assert_private(dialog.address_preview.text())  # "Address as printed" follows the checkbox
    dialog.privacy.click()
    assert dialog.signer().privacy is False and "Seefeldstrasse 81" in dialog.address_preview.text()


def test_the_signer_dialog_shows_a_stored_flag_and_keyboard_reaches_it(qtbot: QtBot) -> None:
    dialog = SignerDialog(Signer(first_name="Anna", last_name="Muster", privacy=True, id=7), [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.privacy.isChecked()
    qtbot.keyClick(
        dialog.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier
    )  # "Print only the &initials …"
    qtbot.waitUntil(lambda: not dialog.privacy.isChecked())
    assert dialog.signer().privacy is False


def test_the_roster_table_has_an_initials_only_column(qtbot: QtBot) -> None:
    store = RosterStore.open(resolve_paths().ensure())
    try:
        add_signer(store, MARGARETHE)
        add_signer(store, Signer(first_name="Anna", last_name="Muster", privacy=True))
        model = RosterModel(store)
        column = COLUMNS.index("privacy")
        assert model.headerData(column, Qt.Orientation.Horizontal) == "Initials only"
        assert [model.data(model.index(row, column)) for row in range(2)] == ["yes", ""]  # Muster, Oberholzer
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.signer_at(0) is not None and model.signer_at(0).privacy  # type: ignore[union-attr]
        model.close()
    finally:
        store.close()


# -- sign-in mode --------------------------------------------------------------------------------
def fill_walk_in(qtbot: QtBot, window: object) -> None:
    from ua_desktop.gui.evenings.sign_in_window import SignInWindow

    assert isinstance(window, SignInWindow)
    type_name(qtbot, window, "Margarethe", "Oberholzer-Wyss")
    window.street_edit.setText("Seefeldstrasse 81")
    window.postcode_edit.setText("8008")
    window.city_edit.setText("Zürich")


def test_a_walk_in_ticks_print_only_my_initials_and_town(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    fill_walk_in(qtbot, window)
    window.consent_check.setChecked(True)
    assert window.privacy_check.isVisible() and "initials and town" in window.privacy_check.text()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "Print &only …"
    qtbot.waitUntil(window.privacy_check.isChecked)
    result = window.sign()
    assert result is not None and result.signer_id is not None
    assert get_signer(window.controller.store.conn, result.signer_id).privacy is True
    assert not window.privacy_check.isChecked()  # the next person starts without it


def test_a_walk_in_who_is_not_kept_gets_letters_with_initials(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    fill_walk_in(qtbot, window)
    window.privacy_check.setChecked(True)
    result = window.sign()
    assert result is not None and not result.stored
    panel = PrintQueuePanel(window.controller, settings_hub(group_country="CH"))
    qtbot.addWidget(panel)
    printing = FakePrinting(panel, tmp_path)
    assert panel.print_waiting() == 1
    assert_private(pdf_text(printing.sent[0]))


def test_a_returning_signer_sees_the_checkbox_and_can_ask_for_privacy(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    known = add_known(window.controller, "Anna", "Muster")
    window.choose_returning(known)
    assert window.privacy_check.isVisible() and not window.consent_check.isVisible()
    window.privacy_check.setChecked(True)
    assert window.sign() is not None
    assert known.id is not None and get_signer(window.controller.store.conn, known.id).privacy is True


# -- a whole export or print run ----------------------------------------------------------------
def test_the_export_dialog_prints_everyone_with_initials(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths().ensure()
    with RosterStore.open(paths) as store:
        add_signer(store, MARGARETHE)
    dialog = make_dialog(qtbot, paths)
    choose(dialog.kind, Kind.LETTERS)
    choose(dialog.who, SelectionMode.ALL)
    out = tmp_path / "letters.pdf"
    dialog.path.setText(str(out))
    run_export(qtbot, dialog)
    assert "Seefeldstrasse" in squeezed(pdf_text(out))  # the control: printed in full without the option
    dialog.privacy.setChecked(True)
    assert dialog.request(out, None).privacy is True
    run_export(qtbot, dialog)
    assert_private(pdf_text(out))
    choose(dialog.envelopes.return_address, ReturnAddress.SIGNER)
    choose(dialog.labels.source, AddressSource.SIGNERS)
    for kind in (Kind.ENVELOPES, Kind.LABELS):
        choose(dialog.kind, kind)
        target = tmp_path / f"{kind.value}.pdf"
        dialog.path.setText(str(target))
        run_export(qtbot, dialog)
        assert_private(pdf_text(target))
    choose(dialog.who, SelectionMode.BLANK)
    assert not dialog.privacy.isEnabled()  # blank letters print no one


def test_the_print_queue_prints_everyone_with_initials(qtbot: QtBot, tmp_path: Path) -> None:
    from .evening_gui_helpers import controller_with_evening

    controller = controller_with_evening()
    controller.sign_in(Arrival(person=MARGARETHE, consent=True))
    panel = PrintQueuePanel(controller, settings_hub(group_country="CH"))
    qtbot.addWidget(panel)
    printing = FakePrinting(panel, tmp_path)
    panel.privacy.setChecked(True)
    assert panel.print_waiting() == 1
    assert_private(pdf_text(printing.sent[0]))


# -- the live preview ----------------------------------------------------------------------------
def test_the_live_preview_shows_a_private_signer_with_initials(qtbot: QtBot) -> None:
    """The letter panel's preview (rendered through the same plan as every export) of a roster signer who
    asked for privacy: initials and town only."""
    from ua_desktop.core.roster.search import roster_letter_signers
    from ua_desktop.gui.letter.letter_panel import LetterPanel

    paths = resolve_paths().ensure()
    with RosterStore.open(paths) as store:
        add_signer(store, dataclasses.replace(MARGARETHE, privacy=True))
        roster = roster_letter_signers(store)
    panel = LetterPanel(paths, settings_hub(paths, group_country="CH"), signer_provider=lambda: roster)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.letter_rendered, timeout=30_000):
        panel.show_case(CaseLibrary(paths.cases_dir).get("ua-034-25"))
    panel.signer_combo.setCurrentIndex(2)  # after "Sample signer" and "Blank"
    with qtbot.waitSignal(panel.letter_rendered, timeout=30_000):
        panel.request_render()
    result = panel.last_result
    assert result is not None
    assert_private("".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages))
