"""Importing a PDF Urgent Action: two pages laid out like a section's document, a scan, a broken file."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from ua_desktop.core.cases.importer import document_text, draft_from_file, draft_from_text
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.pdf_text import PdfTextError
from ua_desktop.core.cases.text import markdown_paragraphs
from ua_desktop.core.resources import bundled_cases_dir

DATA = Path(__file__).resolve().parent.parent / "data"


def pdf_helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ua_pdf_helpers", DATA / "ua_pdf.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_page_seed_pdf_imports_like_its_text(tmp_path: Path, library: CaseLibrary) -> None:
    import pypdf

    source = (bundled_cases_dir() / "ua-034-25" / "source.txt").read_text(encoding="utf-8")
    pdf = pdf_helpers().write_ua_pdf(source, tmp_path / "ua-034-25.pdf", "The Honorable Kristi Noem")
    assert len(pypdf.PdfReader(pdf).pages) == 2
    from_pdf = draft_from_file(pdf, library)
    from_text = draft_from_text(source, library)
    assert from_pdf.review == []
    for name in ("ua_number", "document_index", "issue_date", "title", "country", "deadline", "closing"):
        assert getattr(from_pdf, name) == getattr(from_text, name), name
    assert from_pdf.take_action == from_text.take_action
    assert from_pdf.postage_notes == from_text.postage_notes
    assert from_pdf.recipients == from_text.recipients
    assert markdown_paragraphs(from_pdf.briefing_markdown) == markdown_paragraphs(from_text.briefing_markdown)
    assert from_pdf.letters == from_text.letters
    assert from_pdf.source_text.startswith("AMR 51/9206/2025")  # the pack keeps what was read


@pytest.mark.parametrize(
    ("name", "page_two"),
    [
        ("ua-071-26-en.txt", "Dr Anna Kovács"),
        ("ua-102-26-fr.txt", "Monsieur Paul Ndongo"),
        ("ua-088-26-de.txt", "Mr Tomasz Nowak"),  # "Zielińska": Latin Extended survives the round trip
    ],
)
def test_pdf_of_each_document_reads_like_its_text(
    tmp_path: Path, library: CaseLibrary, name: str, page_two: str
) -> None:
    source = (DATA / "ua" / name).read_text(encoding="utf-8")
    pdf = pdf_helpers().write_ua_pdf(source, tmp_path / "ua.pdf", page_two)
    from_pdf, from_text = draft_from_file(pdf, library), draft_from_text(source, library)
    assert from_pdf.review == from_text.review
    assert markdown_paragraphs(from_pdf.briefing_markdown) == markdown_paragraphs(from_text.briefing_markdown)
    assert (from_pdf.take_action, from_pdf.postage_notes) == (from_text.take_action, from_text.postage_notes)
    assert from_pdf.recipients == from_text.recipients
    assert (from_pdf.letters, from_pdf.closing) == (from_text.letters, from_text.closing)
    assert (from_pdf.deadline, from_pdf.issue_date, from_pdf.title) == (
        from_text.deadline,
        from_text.issue_date,
        from_text.title,
    )


def test_scanned_pdf_says_to_paste_the_text(tmp_path: Path, library: CaseLibrary) -> None:
    scan = pdf_helpers().write_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(PdfTextError) as info:
        draft_from_file(scan, library)
    message = str(info.value)
    assert "scanned" in message and "paste it into the import window" in message


def test_damaged_pdf(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n% cut off here")
    with pytest.raises(PdfTextError, match="not a PDF that can be read"):
        document_text(broken)


def test_encrypted_pdf(tmp_path: Path) -> None:
    import pypdf

    source = (DATA / "ua" / "ua-071-26-en.txt").read_text(encoding="utf-8")
    plain = pdf_helpers().write_ua_pdf(source, tmp_path / "plain.pdf")
    writer = pypdf.PdfWriter(clone_from=plain)
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(PdfTextError, match="password-protected"):
        document_text(locked)


def test_pdf_by_content_despite_its_name(tmp_path: Path, library: CaseLibrary) -> None:
    source = (DATA / "ua" / "ua-071-26-en.txt").read_text(encoding="utf-8")
    pdf = pdf_helpers().write_ua_pdf(source, tmp_path / "download")
    assert draft_from_file(pdf, library).ua_number == "UA 071/26"
