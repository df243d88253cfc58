"""The report: CSV rows and the one-page PDF summary, read back; counts only, never a name."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.evenings import start_evening
from ua_desktop.core.evenings.model import Arrival
from ua_desktop.core.evenings.report_labels import case_labels
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.evenings.tally import CaseCount, Tally, evening_tally
from ua_desktop.core.evenings.tally_report import (
    CSV_COLUMNS,
    MAX_TABLE_ROWS,
    CaseLabel,
    tally_csv,
    write_report,
)

from .evening_helpers import CASE_ID, anna, library, open_store


def _tally() -> Tally:
    with open_store() as store:
        evening = start_evening(store, library(), [CASE_ID], "=Hall", dt.date(2026, 11, 28))
        session = EveningSession(store, library(), evening)
        session.sign_in(Arrival(person=anna(), consent=True))
        session.sign_in(Arrival(person=anna(first_name="Ben"), consent=False))
        return evening_tally(store.conn, evening.id)


def test_csv_has_one_row_per_case_and_no_names() -> None:
    tally = _tally()
    text = tally_csv(tally, case_labels(library(), tally))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1
    row = rows[0]
    assert (row["ua_number"], row["letters"], row["people"], row["new_signers"], row["not_stored"]) == (
        "UA 034/25",
        "2",
        "2",
        "1",
        "1",
    )
    assert row["place"] == "'=Hall"  # a spreadsheet must not read a place as a formula
    assert row["languages"] == "en:2"
    assert "Muster" not in text


def test_pdf_summary_is_one_page_with_the_case_numbers(tmp_path: Path) -> None:
    tally = _tally()
    out = write_report(tmp_path / "report.pdf", tally, case_labels(library(), tally), "AI Gruppe Zürich")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "UA 034/25" in text
    assert "Letters per case" in text
    assert "AI Gruppe Zürich" in text
    assert "Muster" not in text
    assert out.stat().st_mode & 0o777 == 0o600


def test_many_cases_still_fit_on_one_page(tmp_path: Path) -> None:
    tally = _tally()
    extra = tuple(CaseCount(f"case-{n}", n, n, (), n) for n in range(1, 30))
    labels = {c.case_id: CaseLabel(f"UA {n:03d}/26", "A title " * 12) for n, c in enumerate(extra, start=1)}
    labels |= case_labels(library(), tally)
    out = write_report(tmp_path / "many.pdf", dataclasses.replace(tally, cases=tally.cases + extra), labels)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "UA 001/26" in text
    assert f"and {len(extra) + 1 - MAX_TABLE_ROWS} more case(s)" in text


def test_empty_evening_reports_zero(tmp_path: Path) -> None:
    with open_store() as store:
        evening = start_evening(store, library(), [CASE_ID], "", dt.date(2026, 11, 28))
        tally = evening_tally(store.conn, evening.id)
    out = write_report(tmp_path / "empty.pdf", tally, case_labels(library(), tally))
    assert len(PdfReader(out).pages) == 1
    assert tally.letters == 0 and tally.cases[0].letters == 0


def test_removed_case_pack_is_reported_under_its_id() -> None:
    tally = _tally()
    gone = dataclasses.replace(tally, cases=(CaseCount("ua-gone-1", 1, 1),))
    assert case_labels(library(), gone) == {"ua-gone-1": CaseLabel("ua-gone-1", "")}


@pytest.mark.parametrize(
    ("name", "message"), [("report.txt", "should end in .pdf"), ("folder", "is a folder")]
)
def test_bad_report_file_names(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "folder.pdf").mkdir()
    target = tmp_path / ("folder.pdf" if name == "folder" else name)
    with pytest.raises(UserError, match=message):
        write_report(target, _tally(), {})
