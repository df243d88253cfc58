"""The one decision path from (settings, case, the user's choices) to what a letter looks like on paper.

The live preview, the GUI export, Print, `letter render`, `export letters|labels|envelopes` and the evening
print queue all call plan_letters() (labels and envelopes take its address rules through posting_style()),
so the preview cannot show Letter while the export prints A4, and no surface can forget the sender's
country. What it decides:

* the page setup: paper, window preset, margins, font (core/letter/page_setup.py decide_page_setup);
* the letter language and the template: the user's choice, else the case's preferred language; the
  editor's text, else the group's saved version, else the model letter;
* the place on the date line (the group's town) and the address rules (core/posting.py): posted from the
  group's country, the sender's country on every letter abroad.

The system locale (LC_ALL, LC_PAPER, LANG) decides the paper only when the Preferences and the group's
country do not; the interface language never does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.messages import LetterMessage
from ua_desktop.core.letter.page_setup import (
    PageSetup,
    Paper,
    decide_page_setup,
    decide_paper,
    saved_page_setup,
    system_locale_name,
)
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.posting import AddressStyle, SenderCountryMissingError, posting_style
from ua_desktop.core.settings import Settings

if TYPE_CHECKING:
    from ua_desktop.core.cases.model import Recipient
    from ua_desktop.core.letter.rendered import RenderedLetter
    from ua_desktop.core.letter.templates import LetterRenderer


@dataclass(frozen=True)
class LetterChoices:
    """What the person chose for this render, export or print, over the settings; None: not chosen."""

    paper: str | None = None  # "a4" | "letter"
    preset: str | None = None  # window envelope, e.g. "din-b"; alone it implies its paper
    language: str | None = None  # letter language; default the case's preferred one
    template_text: str | None = None  # the editor's text or --template; default the group's saved letter
    today: dt.date | None = None  # the date on the letter; default today


@dataclass(frozen=True)
class LetterPlan:
    """Everything decided about one case's letters; picklable, for the preview's render process."""

    case: Case
    setup: PageSetup
    language: str
    template_text: str
    place: str  # the town on the date line ("" : the signer's town)
    style: AddressStyle
    today: dt.date | None = None

    def renderer(self) -> LetterRenderer:
        from ua_desktop.core.letter.templates import LetterRenderer

        return LetterRenderer(self.case, self.template_text, self.language)

    def render(
        self, signer: LetterSigner, recipient: Recipient, renderer: LetterRenderer | None = None
    ) -> RenderedLetter:
        """One letter by this plan (pass a renderer to reuse its compiled template across letters)."""
        return (renderer or self.renderer()).render(signer, recipient, self.today, self.place, self.style)

    def render_isolated(self, signer: LetterSigner, recipients: Iterable[Recipient]) -> list[RenderedLetter]:
        """The letters of signer to each recipient, rendered by a child process with limited memory.

        For the command line's `letter render`: the template comes with the case, perhaps from another
        group (core/letter/isolation.py).
        """
        from ua_desktop.core.letter.isolation import render_letters

        items = [(signer, recipient) for recipient in recipients]
        return render_letters(
            self.case, self.template_text, self.language, items, self.today, self.place, self.style
        )

    def check_senders(self, signers: Iterable[LetterSigner]) -> None:
        """Raise SenderCountryMissingError when a letter abroad would carry no sender country."""
        destinations = {r.country for r in (*self.case.primary_recipients, *self.case.copy_recipients)}
        for signer in signers:
            for destination in sorted(destinations):
                self.style.check_sender(signer, destination)

    def missing_sender_country(self, signer: LetterSigner) -> str:
        """The check above for the preview: the destination (ISO code) that the export would refuse, or ""."""
        try:
            self.check_senders([signer])
        except SenderCountryMissingError as error:
            return error.destination
        return ""


def group_paper(settings: Settings, paper: str | None = None, locale_name: str | None = None) -> Paper:
    """The paper for this export: the user's choice, else as decide_paper() decides for the group."""
    return decide_paper(
        locale_name=system_locale_name() if locale_name is None else locale_name,
        group_country=settings.group_country,
        settings_paper=settings.paper,
        paper=paper,
    )


def default_label_sheet(settings: Settings, locale_name: str | None = None) -> str:
    """The label sheet to offer: the Preferences' one, else the commonest sheet for the group's paper."""
    if settings.default_label_sheet:
        return settings.default_label_sheet
    return "5160" if group_paper(settings, locale_name=locale_name) is Paper.LETTER else "L7160"


def plan_letters(
    paths: AppPaths,
    settings: Settings,
    case: Case,
    choices: LetterChoices | None = None,
    locale_name: str | None = None,
) -> LetterPlan:
    """Decide how case's letters are printed; locale_name defaults to the system's (tests pass their own).

    Raises UserError when the chosen language has no model letter and no template text is given.
    """
    choices = choices or LetterChoices()
    language = choices.language or case.default_letter_language
    template = choices.template_text
    if template is None:
        if language not in case.letter_templates:
            known = ", ".join(case.letter_languages)
            raise UserError(LetterMessage.NO_MODEL_LETTER, language=language, known=known)
        from ua_desktop.core.letter.drafts import letter_source

        template = letter_source(paths.drafts_dir, case, language)
    setup = decide_page_setup(
        saved_page_setup(paths.drafts_dir, case.id),
        locale_name=system_locale_name() if locale_name is None else locale_name,
        group_country=settings.group_country,
        settings_paper=settings.paper,
        settings_preset=settings.default_preset,
        paper=choices.paper,
        preset=choices.preset,
    )
    return LetterPlan(
        case=case,
        setup=setup,
        language=language,
        template_text=template,
        place=settings.group_city,
        style=posting_style(settings),
        today=choices.today,
    )
