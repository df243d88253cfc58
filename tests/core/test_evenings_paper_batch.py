"""The queue printed as one document per kind of paper: every item, in queue order, no file written over."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings import paper_batch
from ua_desktop.core.evenings.evenings import start_evening
from ua_desktop.core.evenings.model import Arrival, ItemKind
from ua_desktop.core.evenings.paper_batch import (
    PaperKind,
    free_file_names,
    give_back_label_positions,
    print_file_names,
    write_paper_batch,
)
from ua_desktop.core.evenings.printing import PrintContext
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.labels.used_positions import UsedPositionsStore
from ua_desktop.core.roster.store import RosterStore

from .evening_helpers import CASE_ID, add_german_case, anna, library, open_store, paths

SIGNERS = ("Anna Muster", "Ben Muster", "Cleo Muster")
RECIPIENTS = ("Kristi Noem", "Jane Roe")


def second_case() -> str:
    """A second case whose letters go to someone else, so every page tells which case it belongs to."""
    case_id = add_german_case()
    toml = paths().cases_dir / case_id / "case.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("Kristi Noem", "Jane Roe"), encoding="utf-8")
    return case_id


def evening(store: RosterStore, case_ids: list[str]) -> EveningSession:
    started = start_evening(
        store,
        library(),
        case_ids,
        "Hall",
        dt.date(2026, 11, 28),
        print_labels=True,
        print_envelopes=True,
    )
    return EveningSession(store, library(), started)


def who(text: str, names: tuple[str, ...]) -> list[str]:
    """The names in text, in the order they appear."""
    return re.findall("|".join(re.escape(name) for name in names), text)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_one_file_per_paper_with_every_item_in_queue_order(data_dir: Path) -> None:
    second = second_case()
    with open_store() as store:
        session = evening(store, [CASE_ID, second])
        session.sign_in(Arrival(person=anna(language="de"), consent=True))
        session.sign_in(Arrival(person=anna(first_name="Ben"), consent=True))
        waiting = session.queue.pending()
        assert len(waiting) == 12  # 2 people x 2 cases x (letter, label, envelope)
        batch = write_paper_batch(session, waiting, data_dir / "out", PrintContext.load(paths()))

    assert [f.paper for f in batch.files] == [PaperKind.PLAIN, PaperKind.LABEL_SHEETS, PaperKind.ENVELOPES]
    assert sorted(p.name for p in (data_dir / "out").iterdir()) == sorted(f.path.name for f in batch.files)
    for written, kind in zip(batch.files, ItemKind, strict=True):
        assert written.item_ids == tuple(item.id for item in waiting if item.kind is kind)  # queue order
        assert written.path.stat().st_mode & 0o777 == 0o600
    letters, labels, envelopes = batch.files

    pages = page_texts(letters.path)  # each letter on a sheet of its own, signer by signer, case by case
    assert letters.pages == len(pages) == 4
    assert [who(text, SIGNERS)[0] for text in pages] == [
        "Anna Muster",
        "Anna Muster",
        "Ben Muster",
        "Ben Muster",
    ]
    assert [who(text, RECIPIENTS)[0] for text in pages] == ["Kristi Noem", "Jane Roe"] * 2
    assert "Ich bin zutiefst besorgt." in pages[1] and "Ich bin" not in pages[3]  # Anna's own language

    sheet = page_texts(labels.path)  # four runs of labels, one after the other on the same sheet
    assert labels.pages == len(sheet) == 1 and labels.stock == "L7160" and labels.first_label == 1
    assert who(sheet[0], RECIPIENTS) == ["Kristi Noem", "Jane Roe"] * 2
    assert UsedPositionsStore.in_data_dir(paths().data_dir).used("L7160") == {1, 2, 3, 4}

    covers = page_texts(envelopes.path)
    assert envelopes.pages == len(covers) == 4 and envelopes.stock == "DL"
    assert [who(text, RECIPIENTS) for text in covers] == [["Kristi Noem"], ["Jane Roe"]] * 2
    assert batch.item_ids == tuple(f for written in batch.files for f in written.item_ids)


def test_a_later_batch_never_writes_over_an_earlier_one(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paper_batch, "batch_time", lambda: "193000")  # both batches in the same second
    out = data_dir / "out"
    with open_store() as store:
        session = evening(store, [CASE_ID])
        for name in ("Anna", "Ben"):
            session.sign_in(Arrival(person=anna(first_name=name), consent=True))
        first = write_paper_batch(session, session.queue.pending(), out, PrintContext.load(paths()))
        session.queue.mark_printed(first.item_ids)
        kept = {f.path: f.path.read_bytes() for f in first.files}
        session.sign_in(Arrival(person=anna(first_name="Cleo"), consent=True))
        second = write_paper_batch(session, session.queue.pending(), out, PrintContext.load(paths()))

    assert [f.path.name for f in first.files] == [
        "evening-1-193000-letters.pdf",
        "evening-1-193000-labels.pdf",
        "evening-1-193000-envelopes.pdf",
    ]
    assert [f.path.name for f in second.files] == [
        "evening-1-193000-2-letters.pdf",
        "evening-1-193000-2-labels.pdf",
        "evening-1-193000-2-envelopes.pdf",
    ]
    assert {path: path.read_bytes() for path in kept} == kept
    assert [who(text, SIGNERS)[0] for text in page_texts(first.files[0].path)] == [
        "Anna Muster",
        "Ben Muster",
    ]
    assert [who(text, SIGNERS)[0] for text in page_texts(second.files[0].path)] == ["Cleo Muster"]
    assert len(list(out.iterdir())) == 6  # and no parts folder left behind


def test_labels_that_never_reached_the_printer_give_their_positions_back(data_dir: Path) -> None:
    positions = UsedPositionsStore.in_data_dir(paths().data_dir)
    positions.set_used("L7160", {1, 2})  # the part-used sheet in the printer
    with open_store() as store:
        session = evening(store, [CASE_ID])
        session.sign_in(Arrival(person=anna(), consent=True))
        context = PrintContext.load(paths())
        batch = write_paper_batch(session, session.queue.pending(), data_dir / "out", context)
    labels = next(f for f in batch.files if f.paper is PaperKind.LABEL_SHEETS)
    assert labels.first_label == 3
    assert positions.used("L7160") == {1, 2, 3}
    give_back_label_positions(batch, context)
    assert positions.used("L7160") == {1, 2}


def test_a_failed_batch_leaves_no_file_and_the_sheet_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> int:
        raise UserError("The disk is full.")

    monkeypatch.setattr(paper_batch, "_join", broken)
    with open_store() as store:
        session = evening(store, [CASE_ID])
        session.sign_in(Arrival(person=anna(), consent=True))
        with pytest.raises(UserError, match="disk is full"):
            write_paper_batch(session, session.queue.pending(), data_dir / "out", PrintContext.load(paths()))
    assert list((data_dir / "out").iterdir()) == []
    assert UsedPositionsStore.in_data_dir(paths().data_dir).used("L7160") == frozenset()


def test_print_to_file_names(tmp_path: Path) -> None:
    chosen = tmp_path / "evening.pdf"
    assert print_file_names(chosen, [PaperKind.LABEL_SHEETS]) == {PaperKind.LABEL_SHEETS: chosen}
    both = [PaperKind.PLAIN, PaperKind.LABEL_SHEETS]
    assert print_file_names(chosen, both) == {
        PaperKind.PLAIN: tmp_path / "evening-letters.pdf",
        PaperKind.LABEL_SHEETS: tmp_path / "evening-labels.pdf",
    }
    (tmp_path / "evening-labels.pdf").write_bytes(b"an earlier print")
    assert print_file_names(chosen, both) == {
        PaperKind.PLAIN: tmp_path / "evening-2-letters.pdf",
        PaperKind.LABEL_SHEETS: tmp_path / "evening-2-labels.pdf",
    }
    assert free_file_names(tmp_path, "x", [PaperKind.ENVELOPES]) == {
        PaperKind.ENVELOPES: tmp_path / "x-envelopes.pdf"
    }
