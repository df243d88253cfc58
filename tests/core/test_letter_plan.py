"""The one decision path (core/letter/plan.py) and the sender's country on mail abroad (core/posting.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.export.envelopes import EnvelopeOptions, envelope_size
from ua_desktop.core.export.envelopes_job import EnvelopeJob, ReturnAddress, export_envelopes
from ua_desktop.core.export.labels_job import AddressSource, LabelJob, export_labels
from ua_desktop.core.export.letters_job import LetterJob, export_letters
from ua_desktop.core.labels.catalogue import LabelCatalogue
from ua_desktop.core.letter.page_setup import (
    AddressPreset,
    PageSetup,
    Paper,
    save_page_setup,
    system_locale_name,
)
from ua_desktop.core.letter.plan import LetterChoices, default_label_sheet, group_paper, plan_letters
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.posting import AddressStyle, SenderCountryMissingError, posting_style
from ua_desktop.core.settings import Settings

# A signer left at "the group's country": no country of their own.
ZOE = LetterSigner("Zoë", "Ångström", street=("Seestrasse 1a",), postal_code="6004", city="Luzern")


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir).ensure()


@pytest.fixture
def case(paths: AppPaths) -> Case:
    return CaseLibrary(paths.cases_dir).get("ua-034-25")


def test_c_locale_means_a4_and_the_settings_decide_over_the_locale(paths: AppPaths, case: Case) -> None:
    plan = plan_letters(paths, Settings(), case, locale_name="C")
    assert (plan.setup.paper, plan.setup.preset) == (Paper.A4, AddressPreset.DIN_B)
    assert plan_letters(paths, Settings(), case, locale_name="en_US.UTF-8").setup.paper is Paper.LETTER
    assert plan_letters(paths, Settings(paper="letter"), case, locale_name="C").setup.paper is Paper.LETTER
    assert plan_letters(paths, Settings(paper="a4"), case, locale_name="en_US").setup.paper is Paper.A4
    swiss = plan_letters(paths, Settings(group_country="CH"), case, locale_name="en_US")
    assert (swiss.setup.paper, swiss.setup.preset) == (Paper.A4, AddressPreset.CH_RIGHT)
    assert group_paper(Settings(group_country="US"), locale_name="C") is Paper.LETTER
    assert default_label_sheet(Settings(paper="letter")) == "5160"
    assert default_label_sheet(Settings(group_country="CH"), locale_name="en_US") == "L7160"


def test_the_system_locale_is_read_from_the_environment_not_the_interface(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    assert system_locale_name() == "C"
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert system_locale_name() == "en_US.UTF-8"
    monkeypatch.setenv("LC_ALL", "de_CH.UTF-8")
    assert system_locale_name() == "de_CH.UTF-8"


def test_the_plan_takes_the_cases_saved_setup_language_template_and_place(
    paths: AppPaths, case: Case
) -> None:
    save_page_setup(paths.drafts_dir, case.id, PageSetup(preset=AddressPreset.DIN_A, font_size_pt=12))
    settings = Settings(group_city="Luzern", group_country="CH")
    plan = plan_letters(paths, settings, case, LetterChoices(template_text="Hi {{ signer.first_name }}"))
    assert plan.setup.preset is AddressPreset.DIN_A and plan.setup.font_size_pt == 12
    assert plan.language == "en" and plan.place == "Luzern" and plan.style.sender_country == "CH"
    letter = plan.render(ZOE, case.primary_recipients[0])
    assert letter.body_paragraphs == ["Hi Zoë"] and letter.place_date_line.startswith("Luzern, ")
    on_letter = plan_letters(paths, settings, case, LetterChoices(paper="letter"))
    assert on_letter.setup.paper is Paper.LETTER and on_letter.setup.font_size_pt == 12
    with pytest.raises(Exception, match="no model letter in 'de'"):
        plan_letters(paths, settings, case, LetterChoices(language="de"))


def test_a_signer_without_a_country_sends_from_the_groups_country(case: Case) -> None:
    style = AddressStyle("CH")
    recipient = case.primary_recipients[0]
    assert style.signer_lines(ZOE, "US") == ["Zoë Ångström", "Seestrasse 1a", "6004 Luzern", "SWITZERLAND"]
    assert style.signer_lines(ZOE, "CH") == ["Zoë Ångström", "Seestrasse 1a", "6004 Luzern"]  # domestic
    german = dataclasses.replace(ZOE, country="DE", postal_code="10115", city="Berlin")
    assert style.signer_lines(german, "US")[-1] == "GERMANY"  # their own country wins
    private = dataclasses.replace(ZOE, privacy=True)
    assert style.signer_lines(private, "US") == ["Z. Å.", "Luzern", "SWITZERLAND"]
    assert style.recipient_lines(recipient)[-1] == "UNITED STATES"
    assert AddressStyle("US").recipient_lines(recipient)[-1] == "WASHINGTON, DC 20528"


def test_the_groups_address_gets_its_country_once(case: Case) -> None:
    style = AddressStyle("CH")
    typed = ["Amnesty-Gruppe Luzern", "Postfach 12", "6000 Luzern"]
    assert style.group_lines(typed, "US") == [*typed, "SWITZERLAND"]
    assert style.group_lines([*typed, "Schweiz"], "US") == [*typed, "Schweiz"]
    assert style.group_lines([*typed, "SWITZERLAND"], "US") == [*typed, "SWITZERLAND"]
    assert style.group_lines(typed, "CH") == typed
    assert AddressStyle().group_lines(typed, "US") == typed


def test_letters_abroad_print_the_groups_country_in_the_sender_lines(tmp_path: Path, case: Case) -> None:
    setup = PageSetup()
    job = LetterJob(case, [ZOE], setup, style=posting_style(Settings(group_country="ch")))
    export_letters(tmp_path / "letters.pdf", job)
    text = PdfReader(tmp_path / "letters.pdf").pages[0].extract_text()
    # Sender block, and the return line above the window address.
    assert "6004 Luzern\nSWITZERLAND" in text or "6004 Luzern SWITZERLAND" in text
    assert "Zoë Ångström, Seestrasse 1a, 6004 Luzern, SWITZERLAND" in text


def test_neither_country_known_refuses_before_anything_is_written(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "letters.pdf"
    with pytest.raises(SenderCountryMissingError, match="settings set group_country"):
        export_letters(out, LetterJob(case, [ZOE], PageSetup()))
    assert not out.exists()
    # Blank letters (filled in by hand) and a name without an address have nothing to send back to.
    export_letters(out, LetterJob(case, [LetterSigner(), LetterSigner("Walk", "In")], PageSetup()))
    assert len(PdfReader(out).pages) == 2
    sheet = LabelCatalogue.load(None).get("L7160")
    with pytest.raises(SenderCountryMissingError):
        export_labels(tmp_path / "l.pdf", LabelJob(case, sheet, AddressSource.SIGNERS, [ZOE], count=1))
    options = EnvelopeOptions(envelope_size("DL"))
    with pytest.raises(SenderCountryMissingError):
        export_envelopes(tmp_path / "e.pdf", EnvelopeJob(case, options, group_lines=["Group", "Street 1"]))
    export_envelopes(tmp_path / "e.pdf", EnvelopeJob(case, options, return_address=ReturnAddress.NONE))


def test_the_preview_names_the_letter_the_export_would_refuse(paths: AppPaths, case: Case) -> None:
    from ua_desktop.core.letter.job import RenderJob, render_job

    plan = plan_letters(paths, Settings(), case, locale_name="C")
    assert render_job(RenderJob(1, plan, ZOE)).missing_sender_country == "US"
    assert render_job(RenderJob(2, plan, LetterSigner.sample())).missing_sender_country == ""
    swiss = plan_letters(paths, Settings(group_country="CH"), case, locale_name="C")
    result = render_job(RenderJob(3, swiss, ZOE))
    assert result.missing_sender_country == "" and result.letter.sender_lines[-1] == "SWITZERLAND"
