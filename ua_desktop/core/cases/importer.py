"""Bring an Urgent Action into the case library: pasted text, a document file (.txt, .pdf, .docx, .html,
.eml) or a .uacase.

One code path for the GUI and the CLI: read the document (document_text), turn it into a draft
(draft_from_text: the parser plus the link from a follow-up to its original case), and save it as an own
pack (save_new_case, with the caller's answer to an id clash). A .uacase is someone else's finished pack
and goes through share.import_shared_case instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from ua_desktop.core.cases.doc_formats import decode_html, docx_text, eml_text, html_text, looks_like_html
from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import MAX_FILE_BYTES
from ua_desktop.core.cases.manage import check_id
from ua_desktop.core.cases.messages import CaseImportMessage, CaseMessage
from ua_desktop.core.cases.model import ReviewFlag
from ua_desktop.core.cases.pdf_text import pdf_text
from ua_desktop.core.cases.share import SUFFIX
from ua_desktop.core.cases.ua_parser import parse_ua_text
from ua_desktop.core.errors import UserError

# Every field the importer looks for, in the order the import report lists them, with an English label
# for the CLI (the GUI has its own translated labels for the same keys).
FIELD_LABELS = {
    "ua_number": "UA number",
    "follow_up": "Follow-up",
    "follows": "Follows case",
    "document_index": "Document index",
    "issue_date": "Issue date",
    "title": "Title",
    "country": "Country",
    "briefing": "Briefing",
    "take_action": "Action steps",
    "deadline": "Deadline",
    "preferred_language": "Preferred language",
    "postage_notes": "Postage notes",
    "recipients": "Recipients",
    "letter": "Model letter",
    "closing": "Closing",
}


def is_shared_pack(path: Path) -> bool:
    """True for a .uacase file (by name, or by content for a renamed one)."""
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError:
        return False
    return (
        head.startswith(b"PK\x03\x04")
        and path.suffix.lower() not in (".txt", ".pdf", ".docx")
        and not _is_word_file(path)
    )


def _is_word_file(path: Path) -> bool:
    """A zip holding word/document.xml: a .docx, whatever its name."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def document_text(path: Path) -> str:
    """The text of a document: .txt, .pdf, .docx, .html (a saved web page) or .eml (a saved e-mail).

    The format is told by the file's extension, or by its content when the extension says nothing (a PDF by
    its %PDF header, a Word file by its zip contents, a web page by its <html> tag).
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
        size = path.stat().st_size
    except OSError as error:
        raise UserError(CaseMessage.CANNOT_READ, path=path, reason=error.strerror or str(error)) from error
    if path.suffix.lower() == ".pdf" or head.startswith(b"%PDF"):
        return pdf_text(path)
    suffix = path.suffix.lower()
    word = suffix == ".docx" or (head.startswith(b"PK\x03\x04") and _is_word_file(path))
    limit = MAX_WORD_BYTES if word else MAX_FILE_BYTES  # a Word UA with a photo is a few MB of zip
    if size > limit:
        raise UserError(CaseImportMessage.TOO_LARGE, name=path.name, megabytes=limit // 1_000_000)
    data = path.read_bytes()
    if word:
        return _word_text(data, path)
    if b"\x00" in data[:4096]:
        raise UserError(CaseImportMessage.NOT_TEXT, name=path.name)
    if suffix in _HTML_SUFFIXES or (suffix not in (".txt", ".eml") and looks_like_html(data)):
        return html_text(decode_html(data))
    if suffix == ".eml":
        return eml_text(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # "Text only" exports of Windows word processors


MAX_WORD_BYTES = 20_000_000  # a .docx as a file (its photos are in it); its text is what is read
MAX_WORD_UNPACKED = 100_000_000  # what a .docx may unpack to: a UA is a few pages, a zip bomb is not


def _word_text(data: bytes, path: Path) -> str:
    import io
    from zipfile import BadZipFile, ZipFile

    from docx.opc.exceptions import PackageNotFoundError

    try:
        with ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_WORD_UNPACKED:
            raise UserError(CaseImportMessage.WORD_DAMAGED, name=path.name)
        return docx_text(data)
    except (BadZipFile, PackageNotFoundError, KeyError, ValueError, SyntaxError) as error:
        # SyntaxError: lxml's XMLSyntaxError, a document.xml cut off or damaged
        raise UserError(CaseImportMessage.WORD_DAMAGED, name=path.name) from error


def _base_number(ua_number: str) -> str:
    return re.sub(r"-\d+$", "", ua_number)


def link_follow_up(draft: CaseDraft, library: CaseLibrary) -> None:
    """Point a follow-up at its original case when the library has it; flag it otherwise."""
    if not draft.follow_up or draft.follows:
        return
    base = _base_number(draft.ua_number)
    originals = [c for c in library.cases() if c.ua_number == base and not c.follow_up]
    if len(originals) == 1:
        draft.follows = originals[0].id
    else:
        draft.review.append(
            ReviewFlag("follows", f"the original case {base or '(unknown)'} is not in your case library")
        )


def draft_from_text(text: str, library: CaseLibrary, case_id: str | None = None) -> CaseDraft:
    """Parse the document text into a draft (nothing saved)."""
    if not text.strip():
        raise UserError(CaseImportMessage.NO_TEXT)
    draft = parse_ua_text(text, require_ua=not case_id)
    if case_id:
        draft.id = check_id(case_id)
    if not draft.id:
        raise UserError(CaseImportMessage.NO_UA_NUMBER)
    link_follow_up(draft, library)
    return draft


def draft_from_file(path: Path, library: CaseLibrary, case_id: str | None = None) -> CaseDraft:
    """Read an Urgent Action document (any format document_text reads) into a draft (nothing saved)."""
    return draft_from_text(document_text(path), library, case_id)


def found_fields(draft: CaseDraft) -> dict[str, str]:
    """What the importer found, keyed like FIELD_LABELS, as short plain text (empty when not found)."""
    recipients = "; ".join(
        f"{r.display_name} ({r.role.value})" + (f", {r.city}" if r.city else "") for r in draft.recipients
    )
    return {
        "ua_number": draft.ua_number,
        "follow_up": "yes" if draft.follow_up else "no",
        "follows": draft.follows,
        "document_index": draft.document_index,
        "issue_date": draft.issue_date.isoformat() if draft.issue_date else "",
        "title": draft.title,
        "country": draft.country,
        "briefing": f"{draft.briefing_markdown.count(chr(10) * 2) + 1} paragraph(s)"
        if draft.briefing_markdown
        else "",
        "take_action": f"{len(draft.take_action)} step(s)" if draft.take_action else "",
        "deadline": draft.deadline.isoformat() if draft.deadline else "",
        "preferred_language": draft.preferred_language,
        "postage_notes": "yes" if draft.postage_notes else "",
        "recipients": recipients,
        "letter": ", ".join(sorted(draft.letters)),
        "closing": draft.closing,
    }


def import_report(draft: CaseDraft) -> str:
    """The plain-text report the CLI prints: what was found, then what to check."""
    lines = []
    for key, value in found_fields(draft).items():
        if key == "follows" and not draft.follow_up:
            continue
        lines.append(f"  {FIELD_LABELS[key] + ':':<20} {value or '(not found)'}")
    if draft.review:
        lines.append("Check these in the case editor (they were not found or are uncertain):")
        lines += [f"  - {flag.field}: {flag.note}" for flag in draft.review]
    return "\n".join(lines)
