"""The Export dialog, printing, user-defined label sheets and printer calibration, driven with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.calibration_store import CalibrationStore
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.export.envelopes_job import ReturnAddress
from ua_desktop.core.export.request import Kind
from ua_desktop.core.export.selection import SelectionMode
from ua_desktop.core.labels.catalogue import LabelCatalogue
from ua_desktop.core.labels.used_positions import UsedPositionsStore
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.export.calibration_dialog import CalibrationDialog
from ua_desktop.gui.export.export_dialog import ExportDialog
from ua_desktop.gui.export.print_support import print_pdf
from ua_desktop.gui.export.return_address_dialog import ReturnAddressDialog
from ua_desktop.gui.labels.label_sheet_dialog import LabelSheetDialog

from .settings_helpers import settings_hub


@pytest.fixture
def paths() -> AppPaths:
    return resolve_paths().ensure()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def make_dialog(qtbot: QtBot, paths: AppPaths, print_mode: bool = False) -> ExportDialog:
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    settings = settings_hub(
        paths,
        group_name="Amnesty-Gruppe Zürich",
        group_return_address=["Postfach 1", "8021 Zürich"],
        group_country="CH",
    )
    dialog = ExportDialog(paths, settings, case, print_mode=print_mode)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def run_export(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)


def test_labels_export_with_thumbnails_and_remembered_positions(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, paths)
    choose(dialog.kind, Kind.LABELS)
    choose(dialog.who, "none")
    choose(dialog.labels.sheet, "L7163")
    dialog.labels.fixed.setChecked(True)
    dialog.labels.count.setValue(16)
    dialog.labels.positions._buttons[0].setChecked(True)  # label 1 already peeled off
    assert dialog.labels.positions.start() == 2
    out = tmp_path / "labels.pdf"
    dialog.path.setText(str(out))
    run_export(qtbot, dialog)
    reader = PdfReader(out)
    assert len(reader.pages) == 2 and "Kristi Noem" in reader.pages[0].extract_text()
    assert dialog.thumbnails.count() == 2
    assert dialog.open_folder.isEnabled()
    assert UsedPositionsStore.in_data_dir(paths.data_dir).used("L7163") == frozenset({1, 2, 3})
    assert dialog.labels.positions.start() == 4


def test_envelopes_and_progress(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, paths)
    choose(dialog.kind, Kind.ENVELOPES)
    choose(dialog.who, "none")
    choose(dialog.envelopes.size_choice, "us10")
    dialog.envelopes.priority.setChecked(True)
    dialog.envelopes.count.setValue(3)
    out = tmp_path / "envelopes.pdf"
    dialog.path.setText(str(out))
    seen: list[tuple[int, int]] = []
    dialog.run_button.click()
    assert dialog.worker is not None
    dialog.worker.progress.connect(lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    text = PdfReader(out).pages[0].extract_text()
    assert "Par avion" in text and "Amnesty-Gruppe Zürich" in text
    assert len(PdfReader(out).pages) == 3


def fresh_install_envelopes(qtbot: QtBot, paths: AppPaths, out: Path) -> ExportDialog:
    """The Export dialog on envelopes per recipient, on a fresh install where only the country is set."""
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    dialog = ExportDialog(paths, settings_hub(paths, group_country="CH"), case)
    qtbot.addWidget(dialog)
    choose(dialog.kind, Kind.ENVELOPES)
    choose(dialog.who, "none")
    dialog.path.setText(str(out))
    return dialog


def test_envelopes_without_a_return_address_ask_for_it(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[list[str] | None] = [None, [], ["Postfach 1", "8021 Zürich"]]
    asked: list[str] = []

    def ask(cls: type, parent: object, group_name: str) -> list[str] | None:
        asked.append(group_name)
        return answers.pop(0)

    monkeypatch.setattr(ReturnAddressDialog, "ask", classmethod(ask))
    dialog = fresh_install_envelopes(qtbot, paths, tmp_path / "back.pdf")
    dialog.run_button.click()  # Cancel: back to the dialog, nothing written
    assert dialog.worker is None and not (tmp_path / "back.pdf").exists() and len(asked) == 1

    run_export(qtbot, dialog)  # "Print without a sender"
    assert dialog.envelopes.return_address.currentData() == ReturnAddress.NONE
    bare = PdfReader(tmp_path / "back.pdf").pages[0].extract_text()
    assert "Kristi Noem" in bare and "Postfach" not in bare
    assert Settings.load(paths.settings_file).group_return_address == []

    other = fresh_install_envelopes(qtbot, paths, tmp_path / "sender.pdf")
    run_export(qtbot, other)  # the address typed in is kept and printed
    assert Settings.load(paths.settings_file).group_return_address == ["Postfach 1", "8021 Zürich"]
    assert "Postfach 1" in PdfReader(tmp_path / "sender.pdf").pages[0].extract_text()
    run_export(qtbot, other)
    assert len(asked) == 3  # once kept, never asked again


def test_a_fresh_install_is_asked_once_for_the_groups_country(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    from ua_desktop.gui.shell import group_country_prompt

    answers: list[str | None] = [None, "CH"]
    monkeypatch.setattr(group_country_prompt, "ask_group_country", lambda parent, language: answers.pop(0))
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    hub = settings_hub(
        paths, group_name="Amnesty-Gruppe Luzern", group_return_address=["Postfach", "6000 Luzern"]
    )
    dialog = ExportDialog(paths, hub, case)
    qtbot.addWidget(dialog)
    choose(dialog.kind, Kind.ENVELOPES)
    choose(dialog.who, "none")
    out = tmp_path / "envelopes.pdf"
    dialog.path.setText(str(out))
    run_export(qtbot, dialog)  # "Not now": the core refuses, saying what to set, and writes nothing
    assert not out.exists() and warnings and "group's country" in warnings[-1]
    dialog.run_button.click()  # the country is given and kept, and the export runs again by itself
    qtbot.waitUntil(lambda: out.exists() and dialog.worker is None, timeout=30_000)
    assert hub.current.group_country == "CH" and not answers
    text = PdfReader(out).pages[0].extract_text()
    assert text.index("6000 Luzern") < text.index("SWITZERLAND")
    run_export(qtbot, dialog)  # never asked again (answers is empty: a third question would fail)


def test_return_address_dialog(qtbot: QtBot) -> None:
    dialog = ReturnAddressDialog("Amnesty-Gruppe Zürich")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.lines.setPlainText(" Postfach 1 \n\n8021 Zürich\n")
    assert dialog.save_button.isEnabled()
    assert dialog.address() == ["Postfach 1", "8021 Zürich"]
    dialog.without_button.click()
    assert dialog.without_sender and dialog.result() == QDialog.DialogCode.Accepted


def test_blank_letters_and_cancel_leaves_no_file(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, paths)
    choose(dialog.who, SelectionMode.BLANK)
    dialog.blank.setValue(10_000)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "letters.pdf"
    dialog.path.setText(str(out))
    dialog.run_button.click()
    assert dialog.worker is not None
    reported: list[int] = []

    def cancel_at_first_progress(done: int, _total: int) -> None:
        # Cancel as soon as the job reports, as a person would while it runs (10,000 pages take seconds).
        if not reported:
            dialog.cancel_button.click()
        reported.append(done)

    dialog.worker.progress.connect(cancel_at_first_progress)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)  # the window keeps painting meanwhile
    assert reported and reported[0] < 10_000
    assert "Cancelled" in dialog.status.text()
    assert list(folder.iterdir()) == []
    dialog.blank.setValue(2)
    run_export(qtbot, dialog)
    assert out.exists() and dialog.thumbnails.count() >= 2


def test_no_signers_for_letters_is_explained(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, warnings: list[str]
) -> None:
    dialog = make_dialog(qtbot, paths)
    choose(dialog.who, SelectionMode.ALL)
    dialog.path.setText(str(tmp_path / "x.pdf"))
    run_export(qtbot, dialog)
    assert warnings and "No signers selected" in warnings[0]
    assert not (tmp_path / "x.pdf").exists()


def test_print_renders_the_same_pages_with_range_and_copies(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    from ua_desktop.core.export.labels_job import LabelJob, export_labels

    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    source = tmp_path / "source.pdf"
    export_labels(source, LabelJob(case, LabelCatalogue.load(None).get("5160"), count=70))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    sent = print_pdf(printer, source)
    expected = 2 if printer.supportsMultipleCopies() else 4
    assert sent == expected
    reader = PdfReader(printed)
    assert len(reader.pages) >= 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612, abs=2)


def test_user_defined_sheet_is_checked_before_saving(qtbot: QtBot, paths: AppPaths) -> None:
    catalogue = LabelCatalogue.load(paths.data_dir)
    dialog = LabelSheetDialog(catalogue, catalogue.get("L7160"))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled() and dialog.name.text() == "L7160 (own)"
    dialog.lengths["pitch_x"].setValue(60.0)
    assert not save.isEnabled() and "overlap" in dialog.problem.text()
    dialog.lengths["pitch_x"].setValue(66.5)
    dialog.lengths["origin_x"].setValue(15.0)
    assert not save.isEnabled() and "leave the page" in dialog.problem.text()
    dialog.lengths["origin_x"].setValue(6.0)
    assert save.isEnabled()
    save.click()
    assert dialog.sheet is not None
    assert LabelCatalogue.load(paths.data_dir).get("L7160 (own)").pitch_x == pytest.approx(66.5)


def test_calibration_dialog_saves_per_printer(qtbot: QtBot, paths: AppPaths) -> None:
    store = CalibrationStore.in_config_dir(paths.config_dir)
    dialog = CalibrationDialog(store, (210.0, 297.0))
    qtbot.addWidget(dialog)
    dialog.printer.setEditText("Office laser")
    for spin, value in zip(dialog.fields, (21.0, 101.0, 19.0, 99.0), strict=True):
        spin.setValue(value)
    assert "scale x 1.0100" in dialog.result_label.text()
    dialog.fields[1].setValue(150.0)
    assert "implausible" in dialog.result_label.text()
    dialog.fields[1].setValue(101.0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert store.get("Office laser").scale_x == pytest.approx(1.01)


def test_main_window_menus(qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    from ua_desktop.gui.shell.main_window import MainWindow

    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))
    qtbot.addWidget(window)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    calls: list[bool] = []
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *args: calls.append(args[-1])))
    from ua_desktop.gui.cases import deadline_guard

    answers = iter([False, True, True])  # UA 034/25's deadline has passed: the user is asked first
    monkeypatch.setattr(deadline_guard, "confirm_export_after_deadline", lambda parent, case: next(answers))
    window.export_action.trigger()  # declined: no dialog
    window.export_action.trigger()
    window.print_action.trigger()
    assert calls == [False, True]
    opened: list[object] = []
    monkeypatch.setattr(CalibrationDialog, "ask", classmethod(lambda cls, *args: opened.append(args)))
    window.calibration_action.trigger()
    assert opened
    # Stop the letter preview's render worker now: destroyed later by the garbage collector, its thread
    # pool would wait for a pending render while holding the GIL and stall whichever test runs then.
    window.letter_panel.worker.shutdown()
    window.close()


def test_print_mode_builds_then_prints_the_same_pages(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ua_desktop.gui.export.print_support as print_support

    printed = tmp_path / "printed.pdf"

    def fake_dialog(parent: object, max_page: int = 9999) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(print_support, "ask_printer", fake_dialog)
    dialog = make_dialog(qtbot, paths, print_mode=True)
    choose(dialog.kind, Kind.ENVELOPES)
    choose(dialog.who, "none")
    dialog.envelopes.count.setValue(2)
    run_export(qtbot, dialog)
    assert "Sent 2 pages to the printer." in dialog.status.text()
    reader = PdfReader(printed)
    assert len(reader.pages) == 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(220 * 72 / 25.4, abs=2)
    dialog.close()


def test_selected_roster_signers(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    records = pytest.importorskip("ua_desktop.core.roster.records")
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

    with RosterStore.open(paths) as store:
        chosen = records.add_signer(
            store,
            Signer(
                first_name="Ελένη",
                last_name="Παπαδοπούλου",
                street=("Ερμού 10",),
                postal_code="105 63",
                city="Αθήνα",
                country="GR",
            ),
        )
        records.add_signer(
            store,
            Signer(
                first_name="Not",
                last_name="Chosen",
                street=("Gasse 1",),
                postal_code="8001",
                city="Zürich",
                country="CH",
            ),
        )
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    dialog = ExportDialog(paths, settings_hub(paths), case, selected_ids=[chosen.id])
    qtbot.addWidget(dialog)
    choose(dialog.who, SelectionMode.IDS)
    out = tmp_path / "selected.pdf"
    dialog.path.setText(str(out))
    run_export(qtbot, dialog)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Παπαδοπούλου" in text and "Chosen" not in text


def test_the_options_take_the_room_of_the_page_shown(qtbot: QtBot) -> None:
    """Letters do not sit above the empty height of the labels' grid: the dialog grows for labels and the
    options area is as tall as the letters' page when letters are chosen."""
    dialog = make_dialog(qtbot, resolve_paths().ensure())
    dialog.show()
    qtbot.waitExposed(dialog)
    letters_height = dialog.options_area.sizeHint().height()
    assert letters_height <= dialog.letters.sizeHint().height() + 4
    choose(dialog.kind, Kind.LABELS)
    assert dialog.options_area.sizeHint().height() >= dialog.labels.sizeHint().height()
    assert dialog.options_area.sizeHint().height() > letters_height
    labels_dialog_height = dialog.height()
    choose(dialog.kind, Kind.LETTERS)
    assert dialog.options_area.sizeHint().height() == letters_height
    assert dialog.height() < labels_dialog_height
