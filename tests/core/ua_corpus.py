"""Score the importer on the corpus of Urgent Action layouts (tests/data/ua_corpus/).

Each document there has a .toml beside it saying the true value of every field, or listing it under
`absent` when the document does not state it (the importer must then flag it for review). A field is
right (the value found is the true one), flagged (left empty with a review flag), or wrong (another value,
an invented one, or empty without a flag). Run as a script for the summary table:

    .venv/bin/python tests/core/ua_corpus.py
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.model import Recipient

CORPUS = Path(__file__).resolve().parent.parent / "data" / "ua_corpus"

FIELDS = (
    "ua_number",
    "follow_up",
    "follow_up_number",
    "document_index",
    "issue_date",
    "title",
    "country",
    "briefing",
    "take_action",
    "deadline",
    "preferred_language",
    "accepted_languages",
    "own_language_welcome",
    "postage_notes",
    "copies_instruction",
    "letter",
    "closing",
)
RECIPIENT_FIELDS = (
    "role",
    "honorific",
    "name",
    "title",
    "organisation",
    "street",
    "city",
    "postal_code",
    "country",
    "salutation",
    "salutation_alternative",
    "email",
    "fax",
    "social",
)
_DEFAULTS: dict[str, Any] = {
    "follow_up": False,
    "follow_up_number": 0,
    "issue_date": None,
    "deadline": None,
    "own_language_welcome": False,
    "take_action": [],
    "accepted_languages": [],
    "briefing": [],
}


@dataclass(frozen=True)
class Score:
    """One field of one document."""

    family: str
    field: str
    verdict: str  # "right", "flagged" or "wrong"
    detail: str = ""


def expectations() -> list[Path]:
    """The expected-fields files of the corpus, one per family."""
    return sorted(CORPUS.glob("*.toml"))


def load(expected: Path) -> dict[str, Any]:
    with expected.open("rb") as handle:
        return tomllib.load(handle)


def _briefing(markdown: str) -> list[list[Any]]:
    """[heading, first paragraph, paragraph count] of each section of the briefing."""
    sections: list[list[Any]] = []
    for block in (b for b in markdown.strip().split("\n\n") if b):
        text = re.sub(r"\\(.)", r"\1", block)
        if text.startswith("## "):
            sections.append([text[3:], "", 0])
            continue
        if not sections:
            sections.append(["", "", 0])
        if not sections[-1][2]:
            sections[-1][1] = text
        sections[-1][2] += 1
    return sections


def _last_paragraph(markdown: str) -> str:
    blocks = [b for b in markdown.strip().split("\n\n") if b]
    return re.sub(r"\\(.)", r"\1", blocks[-1]) if blocks else ""


def _flagged(draft: CaseDraft, field: str) -> bool:
    return any(flag.field == field or flag.field.startswith(field + ".") for flag in draft.review)


def _empty(value: object) -> bool:
    return value in ("", None, 0, False, [], (), {})


def _verdict(value: object, want: object, absent: bool, flagged: bool) -> tuple[str, str]:
    if absent:
        if _empty(value):
            return ("flagged", "") if flagged else ("wrong", "not stated, but not flagged")
        return "wrong", f"not stated in the document, yet read as {value!r}"
    if value == want:
        return "right", ""
    if _empty(value) and flagged:
        return "flagged", f"missed {want!r}"
    return "wrong", f"{value!r} instead of {want!r}"


def _field_value(draft: CaseDraft, field: str, spec: dict[str, Any]) -> tuple[object, object]:
    """(what the draft says, what the document says) for one top-level field."""
    fields = spec.get("fields", {})
    if field == "briefing":
        got = _briefing(draft.briefing_markdown)
        want = fields.get("briefing", [])
        matches = len(got) == len(want) and all(
            g[0] == w[0] and g[1].startswith(w[1]) and g[2] == w[2] for g, w in zip(got, want, strict=True)
        )
        ends = fields.get("briefing_ends")
        if matches and ends and not _last_paragraph(draft.briefing_markdown).endswith(ends):
            matches = False
        return (want if matches else got), want
    if field == "letter":
        want_letter = (
            [
                fields["letter_language"],
                fields["letter_starts"],
                fields["letter_ends"],
                fields["letter_paragraphs"],
            ]
            if "letter_language" in fields
            else []
        )
        if not draft.letters:
            return [], want_letter
        language, body = next(iter(draft.letters.items()))
        paragraphs = [p for p in body.strip().split("\n\n") if p]
        if want_letter and (
            language == want_letter[0]
            and paragraphs[0].startswith(want_letter[1])
            and paragraphs[-1].endswith(want_letter[2])
            and len(paragraphs) == want_letter[3]
            and len(draft.letters) == 1
        ):
            return want_letter, want_letter
        return [language, paragraphs[0][:40], paragraphs[-1][-40:], len(paragraphs)], want_letter
    value = getattr(draft, field)
    if isinstance(value, tuple):
        value = list(value)
    return value, fields.get(field, _DEFAULTS.get(field, ""))


def _recipient_value(recipient: Recipient, field: str) -> object:
    value = getattr(recipient, field)
    if field == "role":
        return value.value
    return list(value) if isinstance(value, tuple) else value


def score(draft: CaseDraft, spec: dict[str, Any]) -> Iterator[Score]:
    """The verdict on every field the document has or lacks."""
    family = spec["family"]
    absent = set(spec.get("absent", []))
    for field in FIELDS:
        value, want = _field_value(draft, field, spec)
        verdict, detail = _verdict(value, want, field in absent, _flagged(draft, field))
        yield Score(family, field, verdict, detail)
    wanted = spec.get("recipients", [])
    for number, want in enumerate(wanted, start=1):
        recipient = draft.recipients[number - 1] if number <= len(draft.recipients) else None
        for field in RECIPIENT_FIELDS:
            key = f"recipients.{number}.{field}"
            expected = want.get(field, [] if field in ("street", "social") else "")
            if recipient is None:
                flagged = _flagged(draft, "recipients")
                yield Score(family, key, "flagged" if flagged else "wrong", "recipient missing")
                continue
            value = _recipient_value(recipient, field)
            flagged = _flagged(draft, key) or _flagged(draft, "recipients")
            if _empty(expected) and _empty(value):
                yield Score(family, key, "right")
            else:
                verdict, detail = _verdict(value, expected, False, flagged)
                yield Score(family, key, verdict, detail)
    for extra in draft.recipients[len(wanted) :]:
        yield Score(family, "recipients", "wrong", f"a recipient the document does not have: {extra}")


def origin_problems(draft: CaseDraft) -> list[str]:
    """Fields with a value but no origin, or whose origin does not hold the value."""
    problems = []
    source = draft.source_text

    def span(field: str) -> str | None:
        if field not in draft.origins:
            problems.append(f"{field}: no origin")
            return None
        start, end = draft.origins[field]
        if not 0 <= start < end <= len(source):
            problems.append(f"{field}: origin {start}-{end} outside the source text")
            return None
        return re.sub(r"\s+", " ", source[start:end])

    for field in ("document_index", "title", "closing", "copies_instruction"):
        value = getattr(draft, field)
        if value and (text := span(field)) is not None and value not in text:
            problems.append(f"{field}: {value!r} not in its origin {text!r}")
    if draft.ua_number and (text := span("ua_number")) is not None:
        number = re.search(r"(\d+)/(\d+)", draft.ua_number)
        assert number is not None
        if not re.search(rf"\b0*{int(number[1])}/(?:\d\d)?{number[2]}\b", text):
            problems.append(f"ua_number: {draft.ua_number!r} not in its origin {text!r}")
    for field in ("issue_date", "deadline"):
        value = getattr(draft, field)
        if value and (text := span(field)) is not None and str(value.year) not in text:
            problems.append(f"{field}: {value} not in its origin {text!r}")
    for field, value in (
        ("country", draft.country),
        ("briefing", draft.briefing_markdown),
        ("take_action", draft.take_action),
        ("preferred_language", draft.preferred_language),
        ("letter", draft.letters),
    ):
        if value:
            span(field)
    for number, recipient in enumerate(draft.recipients, start=1):
        span(f"recipients.{number}")
        for field in ("name", "email", "fax", "organisation"):
            value = getattr(recipient, field)
            text = span(f"recipients.{number}.{field}") if value else None
            if value and text is not None and value not in text:
                problems.append(f"recipients.{number}.{field}: {value!r} not in its origin {text!r}")
    return problems


def import_document(path: Path, case_id: str | None = None) -> CaseDraft:
    """Import one corpus document the way the program does (file reader, parser, library link)."""
    import tempfile

    from ua_desktop.core.cases.importer import draft_from_file
    from ua_desktop.core.cases.library import CaseLibrary

    with tempfile.TemporaryDirectory(prefix="ua-corpus-") as scratch:
        library = CaseLibrary(Path(scratch) / "cases", bundled_dir=Path(scratch) / "none")
        return draft_from_file(path, library, case_id)


def table(scores: list[Score]) -> str:
    """The summary: one row per family with its right / flagged / wrong counts."""
    families = list(dict.fromkeys(s.family for s in scores))
    counts = Counter((s.family, s.verdict) for s in scores)
    width = max(len(f) for f in [*families, "family"])
    rows = [
        f"| {'family':<{width}} | right | flagged | wrong |",
        f"|{'-' * (width + 2)}|------:|--------:|------:|",
    ]
    for family in families:
        r, f, w = (counts[(family, v)] for v in ("right", "flagged", "wrong"))
        rows.append(f"| {family:<{width}} | {r:>5} | {f:>7} | {w:>5} |")
    total = [sum(counts[(fam, v)] for fam in families) for v in ("right", "flagged", "wrong")]
    rows.append(f"| {'total':<{width}} | {total[0]:>5} | {total[1]:>7} | {total[2]:>5} |")
    return "\n".join(rows)


def run_corpus() -> list[Score]:
    scores: list[Score] = []
    for expected in expectations():
        spec = load(expected)
        draft = import_document(CORPUS / spec["document"], spec.get("case_id"))
        scores += score(draft, spec)
    return scores


def main() -> int:
    scores = run_corpus()
    print(table(scores))
    wrong = [s for s in scores if s.verdict != "right"]
    for s in wrong:
        print(f"  {s.verdict:7} {s.family}: {s.field} {s.detail}")
    return 1 if any(s.verdict == "wrong" for s in scores) else 0


if __name__ == "__main__":
    sys.exit(main())
