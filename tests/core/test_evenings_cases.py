"""An evening on two cases: people sign some or all, in their own language where the case has a letter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from ua_desktop.core.evenings.evenings import start_evening
from ua_desktop.core.evenings.model import Arrival
from ua_desktop.core.evenings.printing import PrintContext, write_batch
from ua_desktop.core.evenings.report_labels import case_labels
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.evenings.tally import evening_tally
from ua_desktop.core.evenings.tally_report import tally_csv, write_report
from ua_desktop.core.roster.records import get_signer

from .evening_helpers import CASE_ID, add_german_case, anna, library, open_store, paths


def test_several_cases_and_languages(data_dir: Path, tmp_path: Path) -> None:
    second = add_german_case()
    with open_store() as store:
        evening = start_evening(store, library(), [CASE_ID, second], "Hall", dt.date(2026, 11, 28))
        session = EveningSession(store, library(), evening)
        both = session.sign_in(Arrival(person=anna(language="de"), consent=True))
        assert both.counted == (CASE_ID, second)
        assert {(i.case_id, i.language) for i in both.queued} == {(CASE_ID, "en"), (second, "de")}
        one = session.sign_in(Arrival(person=anna(first_name="Ben"), consent=True, case_ids=(second,)))
        assert one.counted == (second,)
        signatures = get_signer(store.conn, both.signer_id).signatures
        assert {(s.case_id, s.language) for s in signatures} == {(CASE_ID, "en"), (second, "de")}

        tally = evening_tally(store.conn, evening.id)
        assert [(c.case_id, c.letters) for c in tally.cases] == [(CASE_ID, 1), (second, 2)]
        assert dict(tally.cases[1].languages) == {"de": 1, "en": 1}
        assert (tally.people, tally.letters) == (2, 3)

        batch = write_batch(session, session.queue.pending(), data_dir / "out", PrintContext.load(paths()))
        assert sorted((f.case_id, f.path.name.split("-")[-2]) for f in batch.files) == [
            (CASE_ID, "en"),
            (second, "de"),
            (second, "en"),
        ]
        german = next(f for f in batch.files if f.case_id == second and "-de-" in f.path.name)
        assert "Ich bin zutiefst besorgt." in PdfReader(german.path).pages[0].extract_text()

        labels = case_labels(library(), tally)
        assert "UA 099/25" in tally_csv(tally, labels)
        report = write_report(tmp_path / "two.pdf", tally, labels)
        text = PdfReader(report).pages[0].extract_text()
        assert "UA 034/25" in text and "UA 099/25" in text
