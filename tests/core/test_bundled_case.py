"""The bundled UA 034/25 pack says exactly what its source document says."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case, RecipientRole
from ua_desktop.core.cases.text import markdown_paragraphs
from ua_desktop.core.resources import bundled_cases_dir


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Case:
    return CaseLibrary(tmp_path_factory.mktemp("cases")).get("ua-034-25")


@pytest.fixture(scope="module")
def source_lines(case: Case) -> list[str]:
    return case.source_text.split("\n")


def test_pack_is_bundled_with_its_source(case: Case) -> None:
    assert case.bundled
    assert case.folder.parent == bundled_cases_dir()
    assert case.source_text.startswith("\tAMR 51/9206/2025 - USA - Date: 1 April 2025")


def test_header_fields(case: Case) -> None:
    assert case.ua_number == "UA 034/25"
    assert case.document_index == "AMR 51/9206/2025"
    assert case.title == "Stop illegal expulsions to El Salvador"
    assert case.country == "US"
    assert case.issue_date == dt.date(2025, 4, 1)
    assert case.deadline == dt.date(2025, 7, 1)
    assert case.preferred_language == "en"
    assert case.own_language_welcome


def test_briefing_matches_source_paragraph_by_paragraph(case: Case, source_lines: list[str]) -> None:
    start = next(i for i, line in enumerate(source_lines) if line.startswith("Following a presidential"))
    end = source_lines.index("TAKE ACTION")
    # The source breaks one paragraph across two lines ("were labelled as" / "gang members"); the pack's
    # case.toml says it joins them, so a line ending in a space continues on the next line.
    source_paragraphs: list[str] = []
    for line in source_lines[start:end]:
        if source_paragraphs and source_paragraphs[-1].endswith(" "):
            source_paragraphs[-1] += line
        else:
            source_paragraphs.append(line)
    briefing = markdown_paragraphs(case.briefing_markdown)
    assert len(briefing) == len(source_paragraphs) == 6
    for ours, theirs in zip(briefing, source_paragraphs, strict=True):
        assert normalise(ours) == normalise(theirs)


def test_take_action_and_postage_match_source(case: Case, source_lines: list[str]) -> None:
    steps = [line.removeprefix("1. ") for line in source_lines if line.startswith("1. ")]
    assert list(case.take_action) == [normalise(s) for s in steps[:3]]
    postage_at = next(i for i, line in enumerate(source_lines) if line.startswith("1. INFO POSTAGE"))
    postage = normalise(steps[3] + " " + source_lines[postage_at + 1])
    assert normalise(case.postage_notes) == postage
    assert "before 1 July 2025" in case.take_action[1]


def test_recipient_matches_source(case: Case, source_lines: list[str]) -> None:
    (recipient,) = case.recipients
    assert recipient.role is RecipientRole.PRIMARY
    assert recipient.display_name == "The Honorable Kristi Noem"
    assert recipient.title == "Secretary of Homeland Security"
    assert recipient.organisation == "U.S. Department of Homeland Security"
    assert recipient.street == ("2707 Martin Luther King Jr. Avenue, SE",)
    assert (recipient.city, recipient.region, recipient.postal_code, recipient.country) == (
        "Washington",
        "DC",
        "20528",
        "US",
    )
    assert recipient.salutation == "Dear Secretary Noem,"
    last = max(i for i, line in enumerate(source_lines) if line == "The Honorable Kristi Noem")
    block = source_lines[last : last + 6]
    assert block[2:] == [
        "U.S. Department of Homeland Security",
        "2707 Martin Luther King Jr. Avenue, SE",
        "Washington, DC 20528",
        "USA",
    ]


def test_model_letter_word_for_word(case: Case, source_lines: list[str]) -> None:
    start = source_lines.index("Dear Secretary Noem,") + 1
    end = source_lines.index("Yours sincerely,")
    source_paragraphs = [line for line in source_lines[start:end] if line.strip()]
    letter = markdown_paragraphs(case.letter_template("en"))
    assert letter == [normalise(p) for p in source_paragraphs]
    assert len(letter) == 4
    assert case.closing == "Yours sincerely,"
    assert case.letter_languages == ("en",)
