"""The print queue: batches and single items, printed marks, reprints, removal, PDFs via the export jobs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.evenings import start_evening
from ua_desktop.core.evenings.model import Arrival, ItemKind
from ua_desktop.core.evenings.printing import PrintContext, write_batch
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.evenings.tally import evening_tally
from ua_desktop.core.roster.privacy import erase_signer
from ua_desktop.core.roster.store import RosterStore

from .evening_helpers import CASE_ID, anna, library, open_store, paths


def _signed_in(store: RosterStore, names: list[str], **options: bool) -> EveningSession:
    evening = start_evening(store, library(), [CASE_ID], "Hall", dt.date(2026, 11, 28), **options)
    session = EveningSession(store, library(), evening)
    for name in names:
        session.sign_in(Arrival(person=anna(first_name=name), consent=True))
    return session


def test_batch_prints_every_waiting_item_and_marks_them(data_dir: Path) -> None:
    with open_store() as store:
        session = _signed_in(store, ["Anna", "Ben", "Cleo"], print_labels=True)
        waiting = session.queue.pending()
        assert len(waiting) == 6
        batch = write_batch(session, waiting, data_dir / "out", PrintContext.load(paths()))
        assert sorted(f.kind for f in batch.files) == [ItemKind.LABEL, ItemKind.LETTER]
        letters = next(f for f in batch.files if f.kind is ItemKind.LETTER)
        text = "".join(page.extract_text() for page in PdfReader(letters.path).pages)
        for name in ("Anna Muster", "Ben Muster", "Cleo Muster"):
            assert name in text
        session.queue.mark_printed(batch.item_ids)
        assert session.queue.pending() == []
        assert all(item.printed and item.print_count == 1 for item in session.queue.items())
        assert evening_tally(store.conn, session.evening.id).printed == 6


def test_one_by_one_and_reprint_keep_the_tally(data_dir: Path) -> None:
    with open_store() as store:
        session = _signed_in(store, ["Anna", "Ben"])
        first, second = session.queue.items()
        batch = write_batch(session, [first], data_dir / "out", PrintContext.load(paths()))
        assert batch.item_ids == (first.id,)
        session.queue.mark_printed(batch.item_ids)
        assert [i.id for i in session.queue.pending()] == [second.id]
        assert session.queue.requeue([first.id, second.id]) == 1  # the waiting one is not "reprinted"
        again = session.queue.get([first.id])[0]
        assert again.reprint and not again.printed and again.print_count == 1
        session.queue.mark_printed([first.id])
        assert session.queue.get([first.id])[0].print_count == 2
        assert evening_tally(store.conn, session.evening.id).letters == 2


def test_remove_takes_items_out_without_changing_the_count() -> None:
    with open_store() as store:
        session = _signed_in(store, ["Anna"])
        session.queue.remove([session.queue.items()[0].id])
        assert session.queue.items() == []
        assert evening_tally(store.conn, session.evening.id).letters == 1


def test_unknown_items_and_empty_batches_are_refused(data_dir: Path) -> None:
    with open_store() as store:
        session = _signed_in(store, ["Anna"])
        with pytest.raises(UserError, match=r"No queue item 77 in evening #1"):
            session.queue.get([77])
        with pytest.raises(UserError, match="Nothing to print"):
            write_batch(session, [], data_dir / "out", PrintContext.load(paths()))


def test_items_of_a_signer_erased_meanwhile_are_not_printed(data_dir: Path) -> None:
    with open_store() as store:
        session = _signed_in(store, ["Anna"])
        items = session.queue.pending()
        erase_signer(store, items[0].signer_id)
        assert session.queue.items() == []
        with pytest.raises(UserError, match="erased meanwhile"):
            write_batch(session, items, data_dir / "out", PrintContext.load(paths()))
        assert not (data_dir / "out").exists() or not any((data_dir / "out").iterdir())


def test_each_case_language_and_kind_gets_its_own_file(data_dir: Path) -> None:
    with open_store() as store:
        session = _signed_in(store, ["Anna", "Ben"], print_labels=True, print_envelopes=True)
        batch = write_batch(session, session.queue.pending(), data_dir / "out", PrintContext.load(paths()))
        assert len(batch.files) == 3
        for written in batch.files:
            assert written.path.exists() and written.path.stat().st_mode & 0o777 == 0o600
            assert written.path.name.startswith(f"evening-{session.evening.id}-")
            assert len(written.item_ids) == 2
