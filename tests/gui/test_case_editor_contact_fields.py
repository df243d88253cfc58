"""The case editor shows and saves the contact fields (e-mail, fax, social handles, alternative salutation),
the follow-up number and the embassy instruction, and flags on them are marked like on any field."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.model import ReviewFlag
from ua_desktop.core.resources import bundled_cases_dir
from ua_desktop.gui.cases.case_editor import CaseEditorDialog


def draft_with_contacts() -> CaseDraft:
    draft = CaseDraft.from_case(load_case(bundled_cases_dir() / "ua-034-25", bundled=True))
    draft.id = "ua-045-15-2"
    draft.follow_up = True
    draft.follow_up_number = 2
    draft.copies_instruction = "Also send copies to diplomatic representatives accredited to your country."
    draft.recipients[0] = dataclasses.replace(
        draft.recipients[0],
        salutation="Dear Prosecutor",
        salutation_alternative="Señor Fiscal",
        email="fiscal@example.org",
        fax="+52 55 5346 0908",
        social=("@fiscalia", "Twitter: @FGR_mx"),
    )
    draft.review = [ReviewFlag("recipients.1.email", "two addresses in the document")]
    return draft


def test_contact_fields_are_shown_edited_and_saved(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = CaseEditorDialog(draft_with_contacts(), library)
    qtbot.addWidget(dialog)
    recipients = dialog.recipients
    assert recipients.inputs["email"].text() == "fiscal@example.org"
    assert recipients.inputs["fax"].text() == "+52 55 5346 0908"
    assert recipients.inputs["salutation_alternative"].text() == "Señor Fiscal"
    assert recipients.social.text() == "@fiscalia, Twitter: @FGR_mx"
    assert recipients.inputs["email"].property("flagged") is True
    assert "two addresses" in recipients.notes["email"].text()
    assert dialog.follow_up_number_box.value() == 2
    assert dialog.copies_edit.toPlainText().startswith("Also send copies")

    qtbot.keyClicks(recipients.inputs["email"], ".mx")
    recipients.social.clear()
    qtbot.keyClicks(recipients.social, " @one ,, @two ")
    recipients.inputs["fax"].clear()
    qtbot.keyClicks(recipients.inputs["fax"], "+52 1")
    dialog.follow_up_number_box.setValue(3)
    dialog.copies_edit.setPlainText("Copies to the embassy.")
    dialog.save()
    assert dialog.saved_folder is not None
    case = load_case(dialog.saved_folder)
    recipient = case.recipients[0]
    assert recipient.email == "fiscal@example.org.mx"
    assert recipient.social == ("@one", "@two")
    assert recipient.fax == "+52 1"
    assert recipient.salutation_alternative == "Señor Fiscal"
    assert case.follow_up_number == 3
    assert case.copies_instruction == "Copies to the embassy."
    assert case.review == ()  # the flagged e-mail was edited, so it counts as checked


def test_follow_up_number_zero_reads_not_stated(qtbot: QtBot, library: CaseLibrary) -> None:
    draft = draft_with_contacts()
    draft.follow_up_number = 0
    dialog = CaseEditorDialog(draft, library)
    qtbot.addWidget(dialog)
    assert dialog.follow_up_number_box.text() == "not stated"


def test_edited_fields_lose_their_origin(qtbot: QtBot, library: CaseLibrary) -> None:
    draft = draft_with_contacts()
    draft.source_text = "UA 45/15 Stop it now\nFax: +52 55 5346 0908\n"
    draft.origins = {"title": (9, 20), "ua_number": (0, 8), "recipients.1.fax": (26, 42)}
    dialog = CaseEditorDialog(draft, library)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "!")
    assert dialog.collect().origins == {"ua_number": (0, 8), "recipients.1.fax": (26, 42)}
    dialog.recipients.add_recipient()  # the recipients are renumbered: their origins go
    assert dialog.collect().origins == {"ua_number": (0, 8)}
