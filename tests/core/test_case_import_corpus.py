"""Every Urgent Action layout the groups receive: each field read right, or empty and flagged; none wrong.

The corpus (tests/data/ua_corpus/) holds one document per family, written for these tests in the shape of
the real ones (the people, places and numbers are invented), each with a .toml of the true values. The
summary table is printed with `-s`, or by `.venv/bin/python tests/core/ua_corpus.py`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ua_desktop.core.cases.importer import draft_from_file, draft_from_text
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.messages import CaseImportMessage
from ua_desktop.core.cases.ua_parser import NotAnUrgentActionError, parse_ua_text
from ua_desktop.core.errors import UserError

from .ua_corpus import CORPUS, expectations, import_document, load, origin_problems, run_corpus, score, table

FAMILIES = [path.stem for path in expectations()]


def test_corpus_has_every_family() -> None:
    families = {load(path)["family"] for path in expectations()}
    assert len(families) == len(FAMILIES) >= 9
    for word in ("2019-2025", "2016-2018", "2008-2015", "1990s", "German", "French", "Italian", "Spanish"):
        assert any(word in family for family in families), word
    assert any("model letter" in family for family in families)


@pytest.mark.parametrize("name", FAMILIES)
def test_every_field_right_or_flagged(name: str) -> None:
    spec = load(CORPUS / f"{name}.toml")
    draft = import_document(CORPUS / spec["document"], spec.get("case_id"))
    scores = list(score(draft, spec))
    wrong = [f"{s.field}: {s.detail}" for s in scores if s.verdict == "wrong"]
    assert wrong == []
    right = [s for s in scores if s.verdict == "right"]
    assert len(right) >= 0.65 * len(scores), [s.field for s in scores if s.verdict != "right"]


@pytest.mark.parametrize("name", FAMILIES)
def test_every_field_found_says_where(name: str) -> None:
    """Each value found has an origin in the draft's source text that holds it (for the assisted import)."""
    spec = load(CORPUS / f"{name}.toml")
    draft = import_document(CORPUS / spec["document"], spec.get("case_id"))
    assert origin_problems(draft) == []
    assert draft.origins, "no origins at all"


def test_summary_table(capsys: pytest.CaptureFixture[str]) -> None:
    scores = run_corpus()
    summary = table(scores)
    print(summary)
    assert "| total" in summary
    assert sum(s.verdict == "wrong" for s in scores) == 0
    assert capsys.readouterr().out.count("\n") == len(FAMILIES) + 3


INTL = (CORPUS / "intl-2019.txt").read_text(encoding="utf-8")
INTL_HEADER = "First UA: 112/26 Index: MDE 13/1234/2026 Iran Date: 3 March 2026"


@pytest.mark.parametrize(
    ("header", "number", "follow_up", "follow_up_number", "case_id"),
    [
        (INTL_HEADER, "UA 112/26", False, 0, "ua-112-26"),
        ("UA: 112/26 Index: MDE 13/1234/2026 Iran Date: 3 March 2026", "UA 112/26", False, 0, "ua-112-26"),
        ("UA: 112/26", "UA 112/26", False, 0, "ua-112-26"),
        ("Further information on UA 112/26", "UA 112/26", True, 0, "ua-112-26-fu"),
        # in brackets the original's index and date: never taken for this document's
        (
            "Further information on UA 112/26 (MDE 13/1234/2026, 3 February 2026)",
            "UA 112/26",
            True,
            0,
            "ua-112-26-fu",
        ),
        (
            "Second UA: 112/26 Index: MDE 13/1301/2026 Iran Date: 3 March 2026",
            "UA 112/26",
            True,
            2,
            "ua-112-26-fu2",
        ),
        ("Third UA: 112/26", "UA 112/26", True, 3, "ua-112-26-fu3"),
        ("URGENT ACTION TYPE AND NUMBER: SECOND UA 45/15", "UA 045/15", True, 2, "ua-045-15-fu2"),
        ("UA 112/26-1", "UA 112/26-1", True, 1, "ua-112-26-1"),
    ],
)
def test_header_variants_give_the_number(
    header: str, number: str, follow_up: bool, follow_up_number: int, case_id: str
) -> None:
    draft = parse_ua_text(INTL.replace(INTL_HEADER, header))
    assert (draft.ua_number, draft.follow_up, draft.follow_up_number, draft.id) == (
        number,
        follow_up,
        follow_up_number,
        case_id,
    )
    assert draft.title == "TEACHER AT RISK OF EXECUTION"  # never the header line or a heading
    flagged = {flag.field for flag in draft.review}
    assert ("follow_up_number" in flagged) == (follow_up and not follow_up_number)
    if "Index" not in header:
        assert draft.document_index == "" and "document_index" in flagged
        assert draft.issue_date is None and "issue_date" in flagged


def test_tehran_address_and_two_preferred_languages() -> None:
    draft = parse_ua_text(INTL)
    (recipient,) = draft.recipients
    assert (recipient.title, recipient.honorific, recipient.name) == (
        "Head of the Judiciary",
        "Hojatoleslam",
        "Ali Rezaei",
    )
    assert (recipient.postal_code, recipient.city, recipient.country) == ("1316814737", "Tehran", "IR")
    assert (draft.preferred_language, draft.accepted_languages) == ("fa", ["fa", "en"])
    assert "## ADDITIONAL INFORMATION" in draft.briefing_markdown
    assert draft.deadline == dt.date(2026, 4, 28)


def test_an_english_letter_is_flagged_only_when_the_target_does_not_read_english() -> None:
    assert not parse_ua_text(INTL).flagged("letter")  # Persian, English: the English letter is fine
    persian_only = INTL.replace("Persian, English", "Persian").replace(
        "You can also write in your own language.", ""
    )
    notes = [flag.note for flag in parse_ua_text(persian_only).flagged("letter")]
    assert notes == [
        "the model letter is in 'en' but the target reads fa: add a letter in one of those languages"
    ]


def test_salutation_with_alternative_and_contact_lines() -> None:
    draft = parse_ua_text((CORPUS / "template-2013.txt").read_text(encoding="utf-8"))
    minister = draft.recipients[0]
    assert (minister.salutation, minister.salutation_alternative) == ("Dear Minister", "Exmo. Sr. Ministro")
    assert (minister.fax, minister.email) == ("+55 61 2025 0000", "gabinete.ministro@example.gov.br")
    assert minister.social == ("Twitter: @justica_exemplo",)
    assert draft.copies_instruction.startswith("Also send copies to diplomatic representatives")
    start, end = draft.origins["recipients.1.fax"]
    assert draft.source_text[start:end] == "Fax: +55 61 2025 0000"


def test_model_letter_alone_imports_with_an_id(library: CaseLibrary) -> None:
    path = CORPUS / "model-letter.html"
    draft = draft_from_file(path, library, case_id="okafor-letter")
    assert draft.id == "okafor-letter" and draft.ua_number == ""
    assert draft.recipients[0].name == "Musa Adeyemi"
    assert draft.closing == "Yours sincerely,"
    assert {"ua_number", "title", "deadline", "briefing"} <= {flag.field for flag in draft.review}


def test_model_letter_without_id_asks_for_one_in_neutral_words(library: CaseLibrary) -> None:
    with pytest.raises(UserError) as info:
        draft_from_file(CORPUS / "model-letter.html", library)
    assert info.value.message is not None and info.value.message.kind is CaseImportMessage.NO_UA_NUMBER
    assert "give the case an id" in str(info.value)
    assert "--id" not in str(info.value) and "command line" not in str(info.value)


def test_text_that_is_no_urgent_action_is_still_refused_without_an_id(library: CaseLibrary) -> None:
    text = (Path(__file__).resolve().parent.parent / "data" / "ua" / "not-an-ua.txt").read_text(
        encoding="utf-8"
    )
    with pytest.raises(NotAnUrgentActionError):
        draft_from_text(text, library)


def test_a_heading_is_never_the_title() -> None:
    """A document whose head is missing: the title stays empty rather than taking a heading or a sentence."""
    text = (CORPUS / "labelled-2017.txt").read_text(encoding="utf-8")
    text = text.replace("URGENT ACTION TITLE: Lawyer detained for defending farmers\n", "")
    draft = parse_ua_text(text)
    assert draft.title == "" and "title" in {flag.field for flag in draft.review}
    assert draft.ua_number == "UA 045/15"


def test_model_letter_pasted_without_a_heading(library: CaseLibrary) -> None:
    """Only the recipient block, the salutation and the letter: the address is read, not taken for a head."""
    from ua_desktop.core.cases.importer import document_text

    text = document_text(CORPUS / "model-letter.html").replace("Model letter\n", "")
    draft = draft_from_text(text, library, case_id="pasted-letter")
    (recipient,) = draft.recipients
    assert (recipient.name, recipient.city, recipient.salutation) == (
        "Musa Adeyemi",
        "Abuja",
        "Dear Inspector General,",
    )
    assert draft.briefing_markdown == "" and "briefing" in {flag.field for flag in draft.review}


def _loader_field(detail: str) -> str:
    """The review flag a loader problem should be found under."""
    import re

    if match := re.match(r"recipient (\d+): (\w+) is required", detail):
        return f"recipients.{match[1]}.{match[2]}"
    if "[[recipients]]" in detail:
        return "recipients"
    if "model letter" in detail or "preferred language is" in detail:
        return "letter|preferred_language"
    return detail.split()[0]


@pytest.mark.parametrize("name", FAMILIES)
def test_a_line_lost_in_copying_never_breaks_the_import(name: str) -> None:
    """With any one line missing the document is still read (or refused with a message), and whatever the
    loader would refuse is flagged for review."""
    from ua_desktop.core.cases.draft import check_draft
    from ua_desktop.core.cases.importer import document_text

    spec = load(CORPUS / f"{name}.toml")
    lines = document_text(CORPUS / spec["document"]).split("\n")
    for index in range(len(lines)):
        text = "\n".join(lines[:index] + lines[index + 1 :])
        try:
            draft = parse_ua_text(text, require_ua=False)
        except UserError:
            continue
        draft.id = draft.id or "damaged"
        flagged = {flag.field for flag in draft.review}
        for problem in check_draft(draft):
            wanted = _loader_field(str(problem.detail)).split("|")
            assert any(w in flagged or any(f.startswith(w + ".") for f in flagged) for w in wanted), (
                lines[index],
                str(problem.detail),
            )


def test_a_sentence_that_starts_like_a_heading_stays_in_the_briefing() -> None:
    sentence = (
        "Take action: that is what his pupils asked of the teachers' union when they heard of the sentence, "
        "and copies of their letter reached the court."
    )
    text = INTL.replace("His lawyer was not allowed", "\n" + sentence + "\nHis lawyer was not allowed")
    draft = parse_ua_text(text)
    reference = parse_ua_text(INTL)
    assert sentence in draft.briefing_markdown.replace("\\'", "'")
    assert draft.take_action == reference.take_action and draft.recipients == reference.recipients
