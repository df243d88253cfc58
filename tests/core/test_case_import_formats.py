"""An Urgent Action arrives as a Word file, a web page, an e-mail or a two-column PDF: each reads as its text.

The corpus documents (tests/data/ua_corpus/) are turned into each format here, at test time, and the draft
read from the file is scored against the document's true values like the text itself: no field wrong.
"""

from __future__ import annotations

import email.message
import html
import importlib.util
import os
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from ua_desktop.core.cases.importer import document_text, draft_from_file, draft_from_text, is_shared_pack
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.cases.text import markdown_paragraphs
from ua_desktop.core.errors import UserError
from ua_desktop.core.resources import bundled_cases_dir

from .ua_corpus import CORPUS, expectations, import_document, load, score

DATA = Path(__file__).resolve().parent.parent / "data"
TEXT_FAMILIES = [path.stem for path in expectations() if load(path)["document"].endswith(".txt")]


def pdf_helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ua_pdf_helpers_formats", DATA / "ua_pdf.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def wrong_fields(path: Path, name: str) -> list[str]:
    spec = load(CORPUS / f"{name}.toml")
    draft = import_document(path, spec.get("case_id"))
    return [f"{s.field}: {s.detail}" for s in score(draft, spec) if s.verdict == "wrong"]


def as_docx(text: str, target: Path, table_for: str = "") -> Path:
    """The text as a Word file, a paragraph per line; numbered steps as a numbered list (no "1." typed);
    the lines of the block that starts with table_for go into the right cell of a two-cell table."""
    import docx

    document = docx.Document()
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if table_for and line.strip() == table_for:
            block = []
            while index < len(lines) and lines[index].strip():
                block.append(lines[index].strip())
                index += 1
            table = document.add_table(rows=1, cols=2)
            table.cell(0, 0).text = "Write to:"
            table.cell(0, 1).text = "\n".join(block)
            continue
        if line.startswith("1. "):
            document.add_paragraph(line[3:], style="List Number")
        else:
            document.add_paragraph(line.strip())
        index += 1
    document.save(str(target))
    return target


def as_html(text: str, target: Path) -> Path:
    """The text as a saved web page: navigation, a script, a paragraph per line, short lines with <br>."""
    body = []
    for block in text.split("\n\n"):
        lines = [html.escape(line.strip()) for line in block.split("\n") if line.strip()]
        if lines:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>UA</title>'
        "<script>var x = 'URGENT ACTION UA 999/99';</script><style>p{margin:0}</style></head><body>"
        '<nav><a href="/">Home</a> <a href="/ua">Urgent Actions</a></nav><main>'
        + "\n".join(body)
        + "</main><footer>Example Section &copy; 2026</footer></body></html>"
    )
    target.write_text(page, encoding="utf-8")
    return target


def as_pasted_email(text: str) -> str:
    """Forwarded and quoted: mail headers, a URL line, "> " on every line, wrapped at 72, no-break spaces."""
    lines: list[str] = []
    for line in text.split("\n"):
        wrapped = textwrap.wrap(line, 72) or [""]
        lines += wrapped + ([""] if len(wrapped) > 1 else [])
    quoted = "\n".join("> " + line.replace(" 20", "\u00a020") for line in lines)
    return (
        "---------- Forwarded message ---------\nFrom: UA coordination <ua@example.org>\n"
        "Date: Tue, 3 Mar 2026 10:12\nSubject: New UA\n\n> https://www.example.org/urgent-actions/new\n"
        + quoted
    )


@pytest.mark.parametrize("name", TEXT_FAMILIES)
def test_two_column_pdf_reads_in_column_order(name: str, tmp_path: Path) -> None:
    pdf = pdf_helpers().write_two_column_pdf(corpus_text(name), tmp_path / f"{name}.pdf")
    assert wrong_fields(pdf, name) == []


def test_two_column_pdf_is_read_left_column_first(tmp_path: Path) -> None:
    pdf = pdf_helpers().write_two_column_pdf(corpus_text("intl-2019"), tmp_path / "two.pdf")
    text = document_text(pdf)
    # the left column ends inside the model letter, the right one goes on with it
    assert (
        text.index("TEACHER AT RISK")
        < text.index("Dear Head of the Judiciary")
        < text.index("NAME AND PRONOUN")
    )
    assert "Kurdish schoolteacher" not in text.split("\n")[0]


@pytest.mark.parametrize("name", TEXT_FAMILIES)
def test_text_pasted_from_an_email(name: str, tmp_path: Path) -> None:
    pasted = tmp_path / f"{name}.txt"
    pasted.write_text(as_pasted_email(corpus_text(name)), encoding="utf-8")
    assert wrong_fields(pasted, name) == []


@pytest.mark.parametrize("name", ["intl-2019", "labelled-2017", "section-de"])
def test_saved_eml_file(name: str, tmp_path: Path) -> None:
    message = email.message.EmailMessage()
    message["From"] = "Sektion <ua@example.org>"
    message["Subject"] = "Neue Urgent Action"
    message.set_content(corpus_text(name))
    eml = tmp_path / f"{name}.eml"
    eml.write_bytes(bytes(message))
    assert wrong_fields(eml, name) == []


def test_eml_with_only_an_html_body(tmp_path: Path) -> None:
    message = email.message.EmailMessage()
    message["Subject"] = "UA"
    page = as_html(corpus_text("intl-2019"), tmp_path / "page.html").read_text(encoding="utf-8")
    message.set_content(page, subtype="html")
    eml = tmp_path / "html-only.eml"
    eml.write_bytes(bytes(message))
    assert wrong_fields(eml, "intl-2019") == []


@pytest.mark.parametrize("name", ["intl-2019", "template-2013", "network-1994", "section-fr"])
def test_word_file(name: str, tmp_path: Path) -> None:
    docx = as_docx(corpus_text(name), tmp_path / f"{name}.docx")
    assert wrong_fields(docx, name) == []


def test_word_file_with_the_address_in_a_table(tmp_path: Path) -> None:
    docx = as_docx(corpus_text("intl-2019"), tmp_path / "table.docx", table_for="Head of the Judiciary")
    assert "Write to:\n\nHead of the Judiciary\nHojatoleslam Ali Rezaei" in document_text(docx)
    assert wrong_fields(docx, "intl-2019") == []


def test_word_file_by_content_is_not_a_shared_pack(tmp_path: Path) -> None:
    docx = as_docx(corpus_text("intl-2019"), tmp_path / "renamed.bin")
    assert not is_shared_pack(docx)
    assert "TEACHER AT RISK OF EXECUTION" in document_text(docx)


def test_damaged_word_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="not a Word document that can be read"):
        document_text(broken)


def test_a_word_file_with_its_text_cut_off_is_named_damaged(tmp_path: Path) -> None:
    import zipfile

    whole = as_docx(corpus_text("intl-2019"), tmp_path / "whole.docx")
    cut = tmp_path / "cut.docx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(cut, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(UserError, match="not a Word document that can be read"):
        document_text(cut)


def test_a_word_file_with_a_photo_is_not_too_large(tmp_path: Path) -> None:
    import zipfile

    path = as_docx(corpus_text("intl-2019"), tmp_path / "photo.docx")
    with zipfile.ZipFile(path, "a") as archive:  # a 3 MB photo that does not compress
        archive.writestr("word/media/image1.jpeg", os.urandom(3_000_000), zipfile.ZIP_STORED)
    assert path.stat().st_size > 3_000_000
    assert "TEACHER AT RISK OF EXECUTION" in document_text(path)


@pytest.mark.parametrize("name", ["intl-2019", "section-es", "labelled-2017"])
def test_saved_web_page(name: str, tmp_path: Path) -> None:
    page = as_html(corpus_text(name), tmp_path / f"{name}.html")
    text = document_text(page)
    assert "Home" not in text and "999/99" not in text and "Example Section" not in text
    assert wrong_fields(page, name) == []


def test_provenance_line_above_the_document(tmp_path: Path) -> None:
    text = "Source: https://www.example.org/en/documents/mde13/1234/2026/en/\n\n" + corpus_text("intl-2019")
    path = tmp_path / "with-source.txt"
    path.write_text(text, encoding="utf-8")
    assert wrong_fields(path, "intl-2019") == []


@pytest.fixture(scope="module")
def bundled() -> Case:
    from ua_desktop.core.cases.loader import load_case

    return load_case(bundled_cases_dir() / "ua-034-25", bundled=True)


@pytest.mark.parametrize("kind", ["docx", "html", "email"])
def test_the_seed_document_in_every_format_gives_the_bundled_case(
    kind: str, bundled: Case, library: CaseLibrary, tmp_path: Path
) -> None:
    text = bundled.source_text
    if kind == "docx":
        path = as_docx(text, tmp_path / "seed.docx")
    elif kind == "html":
        path = as_html(text, tmp_path / "seed.html")
    else:
        path = tmp_path / "seed.txt"
        path.write_text(as_pasted_email(text), encoding="utf-8")
    draft = draft_from_file(path, library)
    reference = draft_from_text(text, library)
    assert (draft.id, draft.title, draft.deadline, draft.document_index) == (
        bundled.id,
        bundled.title,
        bundled.deadline,
        bundled.document_index,
    )
    assert draft.recipients == reference.recipients
    assert tuple(draft.take_action) == bundled.take_action
    assert markdown_paragraphs(draft.briefing_markdown) == markdown_paragraphs(bundled.briefing_markdown)
    assert markdown_paragraphs(draft.letters["en"]) == markdown_paragraphs(bundled.letter_template("en"))
