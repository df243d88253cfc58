"""The print-queue panel, the tally dialog and the Evening menu of the main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.model import Arrival
from ua_desktop.core.labels.used_positions import UsedPositionsStore
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.signer import Signer
from ua_desktop.gui.evenings.evening_start_dialog import StartEveningDialog, StartRequest
from ua_desktop.gui.evenings.print_queue_panel import PrintQueuePanel
from ua_desktop.gui.evenings.tally_dialog import TallyDialog
from ua_desktop.gui.shell.main_window import MainWindow

from .evening_gui_helpers import CASE_ID, controller_with_evening
from .settings_helpers import settings_hub


def person(first: str) -> Signer:
    return Signer(
        first_name=first, last_name="Muster", street=("Hauptgasse 1",), postal_code="8001", city="Zürich"
    )


class FakePrinting:
    """Stands in for the native print dialog and the printer: keeps a copy of every PDF sent."""

    def __init__(self, panel: PrintQueuePanel, folder: Path) -> None:
        self.sent: list[Path] = []
        self.folder = folder
        panel.ask_printer = lambda: QPrinter()  # type: ignore[method-assign]
        panel.calibration_name = lambda printer: ""  # type: ignore[method-assign]
        panel.send_to_printer = self.send  # type: ignore[method-assign]

    def send(self, printer: QPrinter, pdf: Path) -> None:
        copy = self.folder / f"{len(self.sent)}-{pdf.name}"
        copy.write_bytes(pdf.read_bytes())
        self.sent.append(copy)


def make_panel(qtbot: QtBot, names: list[str], **options: bool) -> PrintQueuePanel:
    """A queue of people left at the group's country, in a group that posts from Switzerland."""
    controller = controller_with_evening(**options)
    for name in names:
        controller.sign_in(Arrival(person=person(name), consent=True))
    panel = PrintQueuePanel(controller, settings_hub(group_country="CH"))
    qtbot.addWidget(panel)
    return panel


def test_queue_lists_items_as_people_sign_in(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["Anna"], labels=True)
    assert panel.model.rowCount() == 2
    panel.controller.sign_in(Arrival(person=person("Ben"), consent=False))
    assert panel.model.rowCount() == 4  # refreshed by the controller's signal
    assert panel.model.index(3, 1).data() == "Ben Muster (not kept)"
    assert [panel.model.index(r, 4).data() for r in range(4)] == ["Letter", "Label", "Letter", "Label"]
    assert panel.summary.text() == "4 items waiting to be printed"


def test_print_all_waiting_as_one_batch_marks_them(qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(qtbot, ["Anna", "Ben", "Cleo"])
    printing = FakePrinting(panel, tmp_path)
    assert panel.print_waiting() == 3
    assert len(printing.sent) == 1
    text = "".join(page.extract_text() for page in PdfReader(printing.sent[0]).pages)
    assert all(f"{name} Muster" in text for name in ("Anna", "Ben", "Cleo"))
    assert all(item.printed for item in panel.controller.queue_items())
    assert panel.model.index(0, 0).data().startswith("Printed ")
    assert not panel.print_waiting_button.isEnabled()
    panel.hide_printed.setChecked(True)
    assert panel.model.rowCount() == 0


def test_one_by_one_and_reprint_without_double_count(qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(qtbot, ["Anna", "Ben"])
    printing = FakePrinting(panel, tmp_path)
    first, _second = panel.controller.queue_items()
    panel.select_ids([first.id])
    assert panel.print_selected() == 1
    assert "Anna Muster" in PdfReader(printing.sent[0]).pages[0].extract_text()
    assert [i.printed for i in panel.controller.queue_items()] == [True, False]
    panel.select_ids([first.id])
    assert panel.print_selected() == 1  # printed again
    again = panel.controller.queue_items()[0]
    assert again.reprint and again.print_count == 2
    assert panel.controller.tally().letters == 2
    assert len(printing.sent) == 2


def test_items_of_people_not_kept_are_forgotten_once_printed(qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(qtbot, [])
    FakePrinting(panel, tmp_path)
    panel.controller.sign_in(Arrival(person=person("Zoraida"), consent=False))
    assert panel.print_waiting() == 1
    assert panel.controller.queue_items() == []
    assert panel.controller.tally().letters == 1


def test_cancelled_print_dialog_marks_nothing(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["Anna"])
    panel.ask_printer = lambda: None  # type: ignore[method-assign]
    assert panel.print_waiting() == 0
    assert not panel.controller.queue_items()[0].printed


def test_print_through_the_real_print_path_to_a_pdf_file(qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(qtbot, ["Anna"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    panel.ask_printer = lambda: printer  # type: ignore[method-assign]
    assert panel.print_waiting() == 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1
    assert panel.controller.queue_items()[0].printed


def test_print_all_to_a_file_writes_a_file_per_paper_with_every_item_in_order(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_hub(group_country="CH")  # the country the group posts from
    panel = make_panel(qtbot, ["Anna", "Ben"], labels=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "evening.pdf"))
    panel.ask_printer = lambda: printer  # type: ignore[method-assign]
    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("no paper to change in a file"))
    jobs: list[tuple[str, list[str]]] = []  # (output file, the text of the pages sent)
    real_send = panel.send_to_printer

    def send(printer: QPrinter, pdf: Path) -> None:
        jobs.append((printer.outputFileName(), [page.extract_text() for page in PdfReader(pdf).pages]))
        real_send(printer, pdf)

    panel.send_to_printer = send  # type: ignore[method-assign]
    assert panel.print_waiting() == 4
    letters, labels = tmp_path / "evening-letters.pdf", tmp_path / "evening-labels.pdf"
    assert [job[0] for job in jobs] == [str(letters), str(labels)]
    assert sorted(path.name for path in tmp_path.glob("*.pdf")) == [
        "evening-labels.pdf",
        "evening-letters.pdf",
    ]
    letter_pages, label_pages = jobs[0][1], jobs[1][1]
    assert ["Anna Muster" in text for text in letter_pages] == [True, False]
    assert ["Ben Muster" in text for text in letter_pages] == [False, True]
    assert len(label_pages) == 1 and label_pages[0].count("Kristi Noem") == 2  # both labels, one sheet
    assert len(PdfReader(letters).pages) == 2 and len(PdfReader(labels).pages) == 1
    assert all(item.printed for item in panel.controller.queue_items())
    assert printer.outputFileName() == str(tmp_path / "evening.pdf")
    assert str(letters) in panel.outcome.text() and str(labels) in panel.outcome.text()


def test_a_failed_labels_job_leaves_the_labels_waiting(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_hub(group_country="CH")  # the country the group posts from
    panel = make_panel(qtbot, ["Anna", "Ben"], labels=True)
    printing = FakePrinting(panel, tmp_path)
    positions = UsedPositionsStore.in_data_dir(panel.controller.paths.data_dir)
    positions.set_used("L7160", {1})

    def send(printer: QPrinter, pdf: Path) -> None:
        if pdf.name.endswith("-labels.pdf"):
            raise UserError("The printer is out of paper.")
        printing.send(printer, pdf)

    panel.send_to_printer = send  # type: ignore[method-assign]
    asked: list[str] = []
    panel.ask_paper = lambda part: asked.append(part.stock) or True  # type: ignore[method-assign]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert panel.print_waiting() == 2
    assert asked == ["L7160"]
    assert [(i.kind.value, i.printed) for i in panel.controller.queue_items()] == [
        ("letter", True),
        ("label", False),
        ("letter", True),
        ("label", False),
    ]
    assert len(printing.sent) == 1
    assert "out of paper" in shown[0] and "2 items still waiting" in shown[0]
    assert positions.used("L7160") == {1}  # the sheet in the printer is as it was
    assert panel.print_waiting_button.isEnabled()


def test_cancel_at_the_paper_prompt_leaves_the_rest_waiting(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_hub(group_country="CH")  # the country the group posts from
    panel = make_panel(qtbot, ["Anna"], labels=True, envelopes=True)
    printing = FakePrinting(panel, tmp_path)
    ok, cancel = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel
    answers = [cancel, ok, cancel]
    prompts: list[str] = []

    def information(parent: object, title: str, text: str, *buttons: object) -> QMessageBox.StandardButton:
        prompts.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "information", information)
    assert panel.print_waiting() == 1  # the letter; the labels' prompt is cancelled
    assert len(prompts) == 1  # none for the plain paper that comes first
    assert prompts[0].startswith("Load label sheets (L7160) into the printer, then press OK.")
    assert [i.printed for i in panel.controller.queue_items()] == [True, False, False]
    assert panel.print_waiting() == 1  # labels loaded; the envelopes' prompt is cancelled
    assert prompts[2].startswith("Load DL envelopes into the printer, then press OK.")
    assert [i.printed for i in panel.controller.queue_items()] == [True, True, False]
    assert len(printing.sent) == 2 and "1 item still waiting" in panel.outcome.text()

    answers.extend([ok, ok])  # the envelope, then a new person's letter: plain paper again first
    assert panel.print_waiting() == 1
    panel.controller.sign_in(Arrival(person=person("Ben"), consent=True))
    panel.select_ids([item.id for item in panel.controller.queue_items() if item.name == "Ben Muster"][:1])
    assert panel.print_selected() == 1
    assert prompts[3].startswith("Load DL envelopes") and prompts[4].startswith("Load plain paper")
    assert len(prompts) == 5 and answers == []


def test_remove_asks_and_keeps_the_tally(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = make_panel(qtbot, ["Anna"])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.select_ids([panel.controller.queue_items()[0].id])
    panel.remove_selected()
    assert panel.controller.queue_items() == []
    assert panel.controller.tally().letters == 1


def test_tally_dialog_shows_counts_and_saves_pdf_and_csv(qtbot: QtBot, tmp_path: Path) -> None:
    controller = controller_with_evening()
    controller.sign_in(Arrival(person=person("Anna"), consent=True))
    controller.sign_in(Arrival(person=person("Ben"), consent=False))
    dialog = TallyDialog(controller, "AI Gruppe Zürich")
    qtbot.addWidget(dialog)
    assert dialog.figures.text() == "2 letters · 2 people · 1 new signer · 1 not kept"
    assert dialog.table.item(0, 0).text() == "UA 034/25" and dialog.table.item(0, 3).text() == "2"
    dialog.ask_save_path = lambda kind: tmp_path / f"report.{kind}"  # type: ignore[method-assign]
    pdf = dialog.save("pdf")
    assert pdf is not None and len(PdfReader(pdf).pages) == 1
    assert "UA 034/25" in PdfReader(pdf).pages[0].extract_text()
    csv_file = dialog.save("csv")
    assert csv_file is not None and "UA 034/25" in csv_file.read_text(encoding="utf-8-sig")


def test_start_dialog_warns_about_an_evening_on_the_same_date(qtbot: QtBot) -> None:
    controller = controller_with_evening()
    paths = resolve_paths()
    dialog = StartEveningDialog(CaseLibrary(paths.cases_dir).cases(), CASE_ID, controller.evenings_on)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(dt.date(2026, 11, 28))
    assert not dialog.same_day.isHidden()
    assert "already an evening on this date: 28 November 2026, Hall (#1)" in dialog.same_day.text()
    dialog.date_edit.setDate(dt.date(2026, 11, 29))
    assert dialog.same_day.isHidden()
    dialog.place_edit.setText("Library")
    assert dialog.request() == StartRequest((CASE_ID,), "Library", dt.date(2026, 11, 29), False, False)


def make_main_window(qtbot: QtBot) -> MainWindow:
    paths = resolve_paths().ensure()
    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))
    qtbot.addWidget(window)
    window.show()
    return window


def test_main_window_evening_menu_status_bar_and_restore(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window(qtbot)
    menu = window.evening_menu
    titles = [action.text() for action in menu.menu.actions() if action.text()]
    assert titles == [
        "&Start evening…",
        "Sign-&in mode",
        "&Print queue…",
        "&Tally and report…",
        "&End evening",
    ]
    assert [s.toString() for s in menu.sign_in_action.shortcuts()] == ["F11", "Ctrl+Shift+S"]
    request = StartRequest((CASE_ID,), "Hall", dt.date(2026, 11, 28), False, False)
    monkeypatch.setattr(StartEveningDialog, "ask", classmethod(lambda cls, *args: request))
    menu.start_evening()
    assert menu.sign_in_window is not None and menu.sign_in_window.isVisible()
    menu.controller.sign_in(Arrival(person=person("Anna"), consent=True))
    assert menu.status_label.text() == "Evening 28 November 2026: 1 person · 1 letter · 1 to print"
    menu.show_queue()
    assert menu.queue_dock is not None and menu.queue_dock.isVisible()
    window.close()  # the app is closed mid-evening: the roster is released, the evening stays open

    again = make_main_window(qtbot)
    qtbot.waitUntil(
        lambda: (
            again.evening_menu._controller is not None and again.evening_menu.controller.evening is not None
        )
    )
    assert again.evening_menu.controller.evening.place == "Hall"
    totals = "Evening 28 November 2026: 1 person · 1 letter · 1 to print"
    assert again.evening_menu.status_label.text() == totals
    again.evening_menu.show_queue()
    assert again.evening_menu.queue_dock.widget().model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(TallyDialog, "exec", lambda self: 0)
    again.evening_menu.end_evening()
    assert again.evening_menu.controller.evening is None
    assert again.evening_menu.status_label.text() == ""


def test_start_refuses_while_an_evening_started_elsewhere_is_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window(qtbot)
    other = controller_with_evening()  # e.g. `ua-desktop evening start` while the window was open
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(StartEveningDialog, "ask", classmethod(lambda cls, *args: pytest.fail("no dialog")))
    window.evening_menu.start_evening()
    assert warnings == ["The evening 28 November 2026, Hall (#1) is still open. End it first."]
    assert window.evening_menu.controller.evening is not None  # and the window now works in it
    other.close()


def test_closing_with_unprinted_letters_of_people_not_kept_asks_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window(qtbot)
    request = StartRequest((CASE_ID,), "Hall", dt.date(2026, 11, 28), False, False)
    monkeypatch.setattr(StartEveningDialog, "ask", classmethod(lambda cls, *args: request))
    window.evening_menu.start_evening()
    window.evening_menu.controller.sign_in(Arrival(person=person("Zoraida"), consent=False))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.close()  # "No": the window and the letter stay
    assert window.isVisible() and window.evening_menu.controller.waiting_not_kept() == 1
    assert "1 letter of a person who did not want to be kept is not printed yet" in asked[0]
    assert window.close()
    assert len(asked) == 2


def test_restoring_again_keeps_the_queue_of_people_not_kept(qtbot: QtBot) -> None:
    controller = controller_with_evening()
    controller.sign_in(Arrival(person=person("Zoraida"), consent=False))
    assert controller.restore() == controller.evening
    assert [item.name for item in controller.queue_items()] == ["Zoraida Muster"]


def test_a_fresh_install_asks_once_for_the_groups_country(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ua_desktop.gui.shell import group_country_prompt

    controller = controller_with_evening()
    controller.sign_in(Arrival(person=person("Anna"), consent=True))
    hub = settings_hub()  # a fresh install: no country anywhere
    panel = PrintQueuePanel(controller, hub)
    qtbot.addWidget(panel)
    printing = FakePrinting(panel, tmp_path)
    asked: list[str] = []

    def answer(_parent: object, language: str) -> str:
        asked.append(language)
        return "CH"

    monkeypatch.setattr(group_country_prompt, "ask_group_country", answer)
    assert panel.print_waiting() == 1
    assert hub.current.group_country == "CH" and len(asked) == 1
    letter = PdfReader(printing.sent[0]).pages[0].extract_text()
    assert "8001 Zürich" in letter and "SWITZERLAND" in letter  # the sender's country, on mail to the US
    controller.sign_in(Arrival(person=person("Ben"), consent=True))
    assert panel.print_waiting() == 1 and len(asked) == 1  # asked once, never again
