"""Importing Urgent Action documents: the seed must become the bundled pack, others what they say.

The documents under tests/data/ua/ were written for these tests in the seed's layout (English, French and
German, a follow-up, and a text that is not a UA at all); they are fictional.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from ua_desktop.core.cases.draft import CaseDraft, check_draft
from ua_desktop.core.cases.importer import draft_from_file, draft_from_text, import_report
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import Problem, load_case
from ua_desktop.core.cases.manage import ClashPolicy, save_new_case
from ua_desktop.core.cases.model import Case, RecipientRole
from ua_desktop.core.cases.text import markdown_paragraphs
from ua_desktop.core.cases.ua_parser import NotAnUrgentActionError
from ua_desktop.core.errors import UserError
from ua_desktop.core.resources import bundled_cases_dir

DATA = Path(__file__).resolve().parent.parent / "data" / "ua"


@pytest.fixture(scope="module")
def bundled() -> Case:
    return load_case(bundled_cases_dir() / "ua-034-25", bundled=True)


def assert_equivalent(draft: CaseDraft, case: Case) -> None:
    """Every field of case.toml, the briefing and the letter, compared one by one."""
    for name in (
        "id",
        "ua_number",
        "follow_up",
        "follows",
        "document_index",
        "title",
        "country",
        "issue_date",
        "deadline",
        "preferred_language",
        "own_language_welcome",
        "postage_notes",
        "closing",
    ):
        assert getattr(draft, name) == getattr(case, name), name
    assert tuple(draft.accepted_languages) == case.accepted_languages
    assert tuple(draft.take_action) == case.take_action
    assert len(draft.recipients) == len(case.recipients)
    for ours, theirs in zip(draft.recipients, case.recipients, strict=True):
        for field in dataclasses.fields(theirs):
            assert getattr(ours, field.name) == getattr(theirs, field.name), field.name
    assert markdown_paragraphs(draft.briefing_markdown) == markdown_paragraphs(case.briefing_markdown)
    assert sorted(draft.letters) == sorted(case.letter_templates)
    for language, body in case.letter_templates.items():
        assert markdown_paragraphs(draft.letters[language]) == markdown_paragraphs(body)
    assert draft.review == []


def test_seed_document_imports_as_the_bundled_pack(bundled: Case, library: CaseLibrary) -> None:
    draft = draft_from_text(bundled.source_text, library)
    assert_equivalent(draft, bundled)
    assert draft.source_text == bundled.source_text


def test_saved_import_loads_and_equals_bundled(bundled: Case, library: CaseLibrary) -> None:
    draft = draft_from_text(bundled.source_text, library, case_id="ua-034-25")
    folder = save_new_case(draft, library, ClashPolicy.REPLACE)
    case = load_case(folder)
    assert_equivalent(CaseDraft.from_case(case), bundled)
    assert case.source_text == bundled.source_text
    own = [e for e in library.entries() if e.id == "ua-034-25"]
    assert len(own) == 1 and not own[0].bundled  # the own copy takes precedence over the bundled one


def test_english_document_with_copy_recipient(library: CaseLibrary) -> None:
    draft = draft_from_file(DATA / "ua-071-26-en.txt", library)
    assert draft.id == "ua-071-26"
    assert (draft.ua_number, draft.document_index) == ("UA 071/26", "EUR 27/1184/2026")
    assert draft.title == "Librarian jailed for lending banned books"
    assert (draft.country, draft.issue_date, draft.deadline) == (
        "HU",
        dt.date(2026, 2, 12),
        dt.date(2026, 4, 9),
    )
    assert len(markdown_paragraphs(draft.briefing_markdown)) == 3
    assert draft.postage_notes.startswith("INFO POSTAGE: Letters to Hungary")
    primary, copy = draft.recipients
    assert (primary.honorific, primary.name, primary.title) == ("Dr", "Anna Kovács", "Minister of Justice")
    assert primary.street == ("Kossuth Lajos tér 4",)
    assert (primary.postal_code, primary.city, primary.country) == ("1055", "Budapest", "HU")
    assert primary.salutation == "Dear Minister,"
    assert copy.role is RecipientRole.COPY
    assert (copy.honorific, copy.name, copy.organisation) == (
        "His Excellency",
        "Péter Fekete",
        "Embassy of Hungary",
    )
    assert (copy.postal_code, copy.city, copy.country, copy.salutation) == ("3006", "Bern", "CH", "")
    assert len(markdown_paragraphs(draft.letters["en"])) == 3
    assert draft.closing == "Yours sincerely,"
    assert draft.review == []
    assert check_draft(draft) == []


def test_french_document(library: CaseLibrary) -> None:
    draft = draft_from_file(DATA / "ua-102-26-fr.txt", library)
    assert (draft.id, draft.ua_number, draft.country) == ("ua-102-26", "AU 102/26", "CM")
    assert (draft.issue_date, draft.deadline) == (dt.date(2026, 3, 5), dt.date(2026, 4, 30))
    assert draft.preferred_language == "fr" and draft.own_language_welcome
    assert draft.postage_notes.startswith("INFO AFFRANCHISSEMENT")
    (recipient,) = draft.recipients
    assert (recipient.honorific, recipient.name) == ("Monsieur", "Paul Ndongo")
    assert recipient.street == ("BP 1234",)  # a post box is not a postcode
    assert (recipient.city, recipient.postal_code, recipient.country) == ("Yaoundé", "", "CM")
    assert recipient.salutation == "Monsieur le Ministre,"
    assert list(draft.letters) == ["fr"]
    assert draft.closing.startswith("Je vous prie d’agréer, Monsieur le Ministre")
    assert draft.review == []  # Cameroon has no postcodes, so none is missing
    assert check_draft(draft) == []


def test_german_document_deadline_without_year_and_two_addressees(library: CaseLibrary) -> None:
    draft = draft_from_file(DATA / "ua-088-26-de.txt", library)
    assert (draft.title, draft.country) == ("Klimaaktivistin drohen fünf Jahre Haft", "PL")
    assert draft.issue_date == dt.date(2026, 3, 3)
    assert draft.deadline is None  # "bis zum 28. April": never a guessed year
    flags = {flag.field: flag.note for flag in draft.review}
    assert "has no year" in flags["deadline"] and "28. April" in flags["deadline"]
    assert "2 addressees" in flags["recipients"]
    first, second = draft.recipients
    assert first.salutation == "Dear Minister Nowak,"  # the salutation names Nowak
    assert second.salutation == "" and "recipients.2.salutation" in flags
    assert (second.name, second.postal_code, second.city) == ("Ewa Lis", "02-676", "Warszawa")
    assert draft.preferred_language == "en" and list(draft.letters) == ["en"]
    problems = [str(p) for p in check_draft(draft)]
    assert any("deadline is required" in p for p in problems)


def test_follow_up_links_to_its_original(library: CaseLibrary) -> None:
    draft = draft_from_file(DATA / "ua-034-25-1-en.txt", library)
    assert draft.follow_up and draft.ua_number == "UA 034/25-1"
    assert draft.id == "ua-034-25-1"
    assert draft.follows == "ua-034-25"  # the bundled original
    assert draft.deadline == dt.date(2025, 7, 15)
    folder = save_new_case(draft, library)
    case = load_case(folder)
    assert case.follow_up and case.follows == "ua-034-25"


def test_follow_up_without_original_is_flagged(tmp_path: Path) -> None:
    empty = CaseLibrary(tmp_path / "cases", bundled_dir=tmp_path / "none")
    draft = draft_from_file(DATA / "ua-034-25-1-en.txt", empty)
    assert draft.follows == ""
    assert [f.field for f in draft.review] == ["follows"]


def test_not_an_urgent_action(library: CaseLibrary) -> None:
    with pytest.raises(NotAnUrgentActionError, match="does not look like an Urgent Action"):
        draft_from_file(DATA / "not-an-ua.txt", library)


def test_empty_text_and_binary_file(library: CaseLibrary, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no text to import"):
        draft_from_text("  \n", library)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(UserError, match="not a text file"):
        draft_from_file(binary, library)


def test_missing_parts_stay_empty_and_flagged(library: CaseLibrary) -> None:
    text = (DATA / "ua-071-26-en.txt").read_text(encoding="utf-8")
    head = text.split("TAKE ACTION")[0]  # no steps, no addressee, no letter
    draft = draft_from_text(head, library)
    fields = {flag.field for flag in draft.review}
    assert {"take_action", "deadline", "preferred_language", "recipients", "letter"} <= fields
    assert draft.deadline is None and draft.recipients == [] and draft.letters == {}
    assert "(not found)" in import_report(draft)


def test_pasted_wrapped_text_imports_the_same(library: CaseLibrary) -> None:
    """Text copied from a PDF viewer or an e-mail: wrapped at 72 columns, blank lines between paragraphs."""
    import textwrap

    original = (DATA / "ua-071-26-en.txt").read_text(encoding="utf-8")
    wrapped_lines = []
    for line in original.splitlines():
        if len(line) > 100:
            wrapped_lines += [*textwrap.wrap(line, 72), ""]
        else:
            wrapped_lines.append(line)
    unwrapped = draft_from_text(original, library)
    wrapped = draft_from_text("\r\n".join(wrapped_lines), library)
    assert markdown_paragraphs(wrapped.briefing_markdown) == markdown_paragraphs(unwrapped.briefing_markdown)
    assert wrapped.letters == unwrapped.letters
    assert wrapped.recipients == unwrapped.recipients
    assert wrapped.postage_notes == unwrapped.postage_notes


def test_template_syntax_in_a_document_is_kept_literally(library: CaseLibrary) -> None:
    text = (DATA / "ua-071-26-en.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Lending a book is not a crime. Eszter", "Lending a book {{ is }} not a crime. Eszter"
    )
    draft = draft_from_text(text, library)
    assert draft.letters["en"].startswith("{% raw %}")
    assert check_draft(draft) == []


def test_explicit_id_and_bad_id(library: CaseLibrary) -> None:
    draft = draft_from_file(DATA / "ua-071-26-en.txt", library, case_id="librarian-szeged")
    assert draft.id == "librarian-szeged"
    with pytest.raises(UserError, match="cannot be a case id"):
        draft_from_file(DATA / "ua-071-26-en.txt", library, case_id="../escape")


def test_id_clash_asks_replaces_or_keeps_both(library: CaseLibrary) -> None:
    from ua_desktop.core.cases.manage import CaseIdClashError

    first = save_new_case(draft_from_file(DATA / "ua-071-26-en.txt", library), library)
    assert first.name == "ua-071-26"
    with pytest.raises(CaseIdClashError) as info:
        save_new_case(draft_from_file(DATA / "ua-071-26-en.txt", library), library)
    assert info.value.free_id == "ua-071-26-2" and "--keep-both" in str(info.value)
    both = save_new_case(draft_from_file(DATA / "ua-071-26-en.txt", library), library, ClashPolicy.KEEP_BOTH)
    assert both.name == "ua-071-26-2" and load_case(both).id == "ua-071-26-2"
    replaced = save_new_case(
        draft_from_file(DATA / "ua-071-26-en.txt", library), library, ClashPolicy.REPLACE
    )
    assert replaced == first
    assert sorted(c.id for c in library.cases() if not c.bundled) == ["ua-071-26", "ua-071-26-2"]


def test_flags_survive_saving_and_loading(library: CaseLibrary) -> None:
    draft = draft_from_file(DATA / "ua-088-26-de.txt", library)
    draft.deadline = dt.date(2026, 4, 28)  # what the user enters in the editor
    folder = save_new_case(draft, library)
    case = load_case(folder)
    assert case.deadline == dt.date(2026, 4, 28)
    assert [f.field for f in case.review] == [f.field for f in draft.review]
    assert "[[needs_review]]" in (folder / "case.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Please take action before 1 July 2025.", dt.date(2025, 7, 1)),
        ("Bitte werden Sie bis zum 28. April 2026 aktiv.", dt.date(2026, 4, 28)),
        ("Handeln Sie spätestens am 3. März 2026.", dt.date(2026, 3, 3)),
        ("Merci d’agir avant le 1er juillet 2025.", dt.date(2025, 7, 1)),
        ("Por favor, actúa antes del 15 de agosto de 2025.", dt.date(2025, 8, 15)),
        ("Si prega di agire entro il 1° settembre 2025.", dt.date(2025, 9, 1)),
        ("Agisci prima del 2 ottobre 2025.", dt.date(2025, 10, 2)),
    ],
)
def test_deadline_sentences_in_five_languages(sentence: str, expected: dt.date) -> None:
    from ua_desktop.core.cases.ua_words import find_deadline

    found = find_deadline(sentence)
    assert found is not None and found.as_date() == expected


@pytest.mark.parametrize(
    "sentence",
    ["Please take action before 1 July.", "Merci d’agir avant le 30 avril.", "Actúa antes del 15 de agosto."],
)
def test_deadline_without_year_is_never_completed(sentence: str) -> None:
    from ua_desktop.core.cases.ua_words import find_deadline

    found = find_deadline(sentence)
    assert found is not None and found.year is None and found.as_date() is None


def flagged_field(problem: Problem) -> str:
    """The review flag that should point the user at a problem the loader reports."""
    detail = str(problem.detail)
    if match := re.match(r"recipient (\d+): (\w+) is required", detail):
        return f"recipients.{match[1]}.{match[2]}"
    if "holds no model letter" in detail:
        return "letter"
    return detail.split()[0]  # "deadline is required ..." → deadline


@pytest.mark.parametrize(
    ("name", "known_problems"),
    [
        ("ua-071-26-en.txt", []),
        ("ua-088-26-de.txt", ["deadline"]),  # the German document gives no year with its deadline
    ],
)
def test_any_line_missing_gives_a_draft_or_a_message(
    name: str, known_problems: list[str], library: CaseLibrary
) -> None:
    """Documents arrive damaged (a line lost in copying): the importer copes and never raises a bug.

    The whole document is read and loads as the test data says; with one line lost it is still read,
    unless the lost line is the UA number the case is named after, and then the message says so. What
    the loader would refuse in a damaged draft is flagged for review, so the editor shows where to look.
    """
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    whole = draft_from_text("\n".join(lines), library)
    assert [flagged_field(p) for p in check_draft(whole)] == known_problems
    refused: list[str] = []
    for index in range(len(lines)):
        text = "\n".join(lines[:index] + lines[index + 1 :])
        try:
            draft = draft_from_text(text, library)
        except UserError as error:
            assert "no UA number" in str(error), lines[index]
            refused.append(lines[index].strip())
            draft = draft_from_text(text, library, case_id="damaged")  # the user gives the id
        flagged = {flag.field for flag in draft.review}
        for problem in check_draft(draft):
            assert flagged_field(problem) in flagged, (lines[index], str(problem))
    assert refused == [whole.ua_number]


def test_windows_text_export_is_read(tmp_path: Path, library: CaseLibrary) -> None:
    """Word's "Text only" on Windows writes cp1252, not UTF-8: accents and typographic quotes survive."""
    text = (DATA / "ua-071-26-en.txt").read_text(encoding="utf-8")
    legacy = tmp_path / "ua-071-26.txt"
    legacy.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    draft = draft_from_file(legacy, library)
    assert draft.recipients == draft_from_text(text, library).recipients
    assert "“spreading prohibited content”" in draft.briefing_markdown
