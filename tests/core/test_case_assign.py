"""Assisted import in the core: a selection of the source set as one field, read by the parser's readers.

The documents here are fictional and written for these tests.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from ua_desktop.core.cases.assign import (
    assign_text,
    assignable_fields,
    flags_of,
    mark_checked,
    origin_of,
    suggested_id,
)
from ua_desktop.core.cases.draft import CaseDraft, check_draft
from ua_desktop.core.cases.messages import AssignMessage
from ua_desktop.core.cases.model import Recipient, RecipientRole, ReviewFlag
from ua_desktop.core.messages import Message

SOURCE = """\
Forwarded by the section office
Further information on UA 045/15: lawyer still held
Index: MDE 13/1234/2015
Published on 3 March 2015. Please write as soon as possible, until 12 March 2015, or 3 Marsch.
Preferred language to address target: Persian, English
Head of the Judiciary
Gholamhossein Mohseni Ejei
c/o Embassy of Iran to the European Union
Avenue Franklin Roosevelt 15
1050 Brussels
Belgium
Salutation: Dear Prosecutor/Señor Fiscal
Dear Head of the Judiciary,
I am writing to ask you to release the lawyer at once and without conditions. She was arrested for her
work as a lawyer and has been held without any charge for more than a year in a prison near the capital.
Yours sincerely,
"""


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def assign(draft: CaseDraft, field: str, part: str) -> object:
    return assign_text(draft, field, part, span_of(draft.source_text, part))


@pytest.fixture
def draft() -> CaseDraft:
    """What an importer that found nothing leaves: an empty draft with everything flagged."""
    flags = [
        ReviewFlag(key, "not found")
        for key in ("ua_number", "deadline", "issue_date", "country", "title", "preferred_language", "letter")
    ]
    flags += [ReviewFlag("recipients", "no addressee block found")]
    return CaseDraft(source_text=SOURCE, review=flags)


def test_a_deadline_is_read_as_a_date_and_its_flag_goes(draft: CaseDraft) -> None:
    assert assign(draft, "deadline", "until 12 March 2015") is None
    assert draft.deadline == dt.date(2015, 3, 12)
    assert not flags_of(draft, "deadline")
    assert draft.origins["deadline"] == span_of(SOURCE, "until 12 March 2015")
    assert origin_of(draft, "deadline") == draft.origins["deadline"]
    assert [f.field for f in draft.review if f.field == "issue_date"] == ["issue_date"]  # others stay


def test_text_that_is_not_the_field_is_refused_and_changes_nothing(draft: CaseDraft) -> None:
    before = copy.deepcopy(draft)
    problem = assign(draft, "deadline", "3 Marsch")
    assert problem is not None and problem.kind is AssignMessage.NOT_A_DATE
    assert problem.values["text"] == "3 Marsch"
    problem = assign(draft, "issue_date", "3 March")
    assert problem is not None and problem.kind is AssignMessage.DATE_WITHOUT_YEAR
    problem = assign(draft, "country", "Head of the Judiciary")
    assert problem is not None and problem.kind is AssignMessage.NOT_A_COUNTRY
    problem = assign(draft, "ua_number", "Head of the Judiciary")
    assert problem is not None and problem.kind is AssignMessage.NOT_A_UA_NUMBER
    problem = assign_text(draft, "preferred_language", "Persian, Klingonish", (0, 5))
    assert problem is not None and problem.kind is AssignMessage.NOT_A_LANGUAGE
    assert problem.values["text"] == "Klingonish"
    problem = assign(draft, "recipients.1", "Belgium")
    assert problem is not None and problem.kind is AssignMessage.NOT_AN_ADDRESS
    problem = assign_text(draft, "title", "  \n", (0, 3))
    assert problem is not None and problem.kind is AssignMessage.NOTHING_SELECTED
    assert draft == before


def test_the_header_fields(draft: CaseDraft) -> None:
    assert assign(draft, "ua_number", "Further information on UA 045/15: lawyer still held") is None
    assert (draft.ua_number, draft.follow_up) == ("UA 045/15", True)
    assert suggested_id(draft) == "ua-045-15-fu"  # the importer's own rule for a follow-up's id
    assert assign(draft, "document_index", "Index: MDE 13/1234/2015") is None
    assert draft.document_index == "MDE 13/1234/2015"
    assert assign(draft, "issue_date", "3 March 2015") is None
    assert draft.issue_date == dt.date(2015, 3, 3)
    assert assign(draft, "title", "lawyer still held") is None
    assert draft.title == "lawyer still held"
    assert assign(draft, "country", "Belgium") is None
    assert draft.country == "BE"
    assert (
        assign(draft, "preferred_language", "Preferred language to address target: Persian, English") is None
    )
    assert (draft.preferred_language, draft.accepted_languages) == ("fa", ["fa", "en"])
    assert not {"ua_number", "issue_date", "title", "country", "preferred_language"} & {
        f.field for f in draft.review
    }
    assert set(draft.origins) == {
        "ua_number",
        "document_index",
        "issue_date",
        "title",
        "country",
        "preferred_language",
    }


def test_an_address_block_becomes_a_recipient_and_its_gaps_are_flagged(draft: CaseDraft) -> None:
    block = (
        "Gholamhossein Mohseni Ejei\nc/o Embassy of Iran to the European Union\n"
        "Avenue Franklin Roosevelt 15\n1050 Brussels\nBelgium"
    )
    assert "recipients.1" in assignable_fields(draft)
    assert assign(draft, "recipients.1", block) is None
    (recipient,) = draft.recipients
    assert recipient.name == "Gholamhossein Mohseni Ejei"
    assert recipient.street == ("Avenue Franklin Roosevelt 15",)
    assert (recipient.postal_code, recipient.city, recipient.country) == ("1050", "Brussels", "BE")
    assert recipient.role is RecipientRole.PRIMARY
    assert draft.origins["recipients.1"] == span_of(SOURCE, block)
    assert draft.origins["recipients.1.city"] == span_of(SOURCE, "1050 Brussels")  # each part, as the parser
    assert draft.origins["recipients.1.street"] == span_of(SOURCE, "Avenue Franklin Roosevelt 15")
    assert "recipients.1.salutation" in assignable_fields(draft) and "recipients.2" in assignable_fields(
        draft
    )
    assert assign(draft, "recipients.1.salutation", "Salutation: Dear Prosecutor/Señor Fiscal") is None
    assert (draft.recipients[0].salutation, draft.recipients[0].salutation_alternative) == (
        "Dear Prosecutor",
        "Señor Fiscal",
    )
    assert assign(draft, "recipients.1.salutation", "Dear Head of the Judiciary,") is None
    assert draft.recipients[0].salutation == "Dear Head of the Judiciary,"
    assert draft.recipients[0].salutation_alternative == ""

    # Assigned again, a block without a country: the recipient keeps its salutation, the gap is flagged.
    assert assign(draft, "recipients.1", "Head of the Judiciary\nGholamhossein Mohseni Ejei") is None
    recipient = draft.recipients[0]
    assert (recipient.name, recipient.salutation, recipient.country) == (
        "Head of the Judiciary",
        "Dear Head of the Judiciary,",
        "",
    )
    assert "recipients.1.country" in {f.field for f in flags_of(draft, "recipients.1")}
    assert assign(draft, "recipients.2", block) is None
    assert draft.recipients[1].role is RecipientRole.COPY  # the first one receives the letter already


def test_the_letter_without_its_salutation_and_closing(draft: CaseDraft) -> None:
    start = SOURCE.index("Dear Head")
    end = SOURCE.index("Yours sincerely,") + len("Yours sincerely,")
    assert assign_text(draft, "letter", SOURCE[start:end], (start, end)) is None
    (letter,) = draft.letters.values()
    assert list(draft.letters) == ["en"]
    assert letter.startswith("I am writing to ask you") and "Yours sincerely" not in letter
    assert "her work as a lawyer" in letter  # the wrapped lines are one paragraph again


def test_a_draft_completed_by_hand_passes_the_loader(draft: CaseDraft) -> None:
    for field, part in (
        ("ua_number", "UA 045/15"),
        ("title", "lawyer still held"),
        ("country", "Belgium"),
        ("deadline", "12 March 2015"),
        ("preferred_language", "English"),
        ("recipients.1", SOURCE[SOURCE.index("Gholamhossein") : SOURCE.index("Dear")]),
        ("letter", SOURCE[SOURCE.index("I am writing") : SOURCE.index("Yours")]),
    ):
        assert assign(draft, field, part) is None, field
    draft.id = suggested_id(draft)
    mark_checked(draft, "recipients")
    assert draft.id == "ua-045-15"
    assert check_draft(draft) == []


def test_fields_and_spans_outside_the_draft_are_errors_of_the_program(draft: CaseDraft) -> None:
    with pytest.raises(ValueError, match="cannot assign"):
        assign_text(draft, "recipients.3", "x\ny", (0, 1))  # only the next new recipient is offered
    with pytest.raises(ValueError, match="outside"):
        assign_text(draft, "title", "x", (0, len(SOURCE) + 1))
    draft.recipients.append(Recipient(name="A"))
    assert assignable_fields(draft)[-5:] == [
        "recipients.1",
        "recipients.1.salutation",
        "recipients.1.email",
        "recipients.1.fax",
        "recipients.2",
    ]


CONTACTS = """\
Head of the Judiciary, Tehran, Iran
Fax: +98 21 5522 1234
Please write to him at info@judiciary.example.ir.
Email: <press@judiciary.example.ir>
Fax: see the embassy
"""


def test_a_recipients_e_mail_and_fax_are_assigned_from_what_the_document_says() -> None:
    draft = CaseDraft(
        source_text=CONTACTS,
        recipients=[Recipient(name="Head of the Judiciary")],
        review=[ReviewFlag("recipients.1.email", "not found"), ReviewFlag("recipients.1.fax", "not found")],
    )
    assert assign(draft, "recipients.1.fax", "Fax: +98 21 5522 1234") is None
    assert assign(draft, "recipients.1.email", "Please write to him at info@judiciary.example.ir.") is None
    recipient = draft.recipients[0]
    assert (recipient.fax, recipient.email) == ("+98 21 5522 1234", "info@judiciary.example.ir")
    assert draft.review == [] and draft.origins["recipients.1.fax"] == span_of(
        CONTACTS, "Fax: +98 21 5522 1234"
    )
    assert assign(draft, "recipients.1.email", "Email: <press@judiciary.example.ir>") is None
    assert draft.recipients[0].email == "press@judiciary.example.ir"  # the brackets are not the address
    # Text that is not the field changes nothing.
    refused = assign(draft, "recipients.1.fax", "Fax: see the embassy")
    assert isinstance(refused, Message) and refused.kind is AssignMessage.NOT_A_FAX
    refused = assign(draft, "recipients.1.email", "Head of the Judiciary, Tehran, Iran")
    assert isinstance(refused, Message) and refused.kind is AssignMessage.NOT_AN_EMAIL
    assert (
        draft.recipients[0].fax == "+98 21 5522 1234"
        and draft.recipients[0].email == "press@judiciary.example.ir"
    )
