"""The fax sheet: for recipients with a fax number and no time for the post, the letter ready to fax.

A first page lists every recipient with a fax number (name, title, organisation, number); then one page per
recipient (more when the letter is long) headed by the fax number and the addressee, with the model letter
as rendered for a blank signer (the same rendering path as the printed letters: salutation and closing are
the letter's) and ruled lines to sign and print name and address by hand. Paper, margins and font are the
letters' own (core/letter/plan.py plan_letters, which calls decide_page_setup).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING
from xml.sax.saxutils import escape

from ua_desktop.core.cases.model import Case, Recipient
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.messages import EmailMessage
from ua_desktop.core.export.output import write_pdf
from ua_desktop.core.export.pdf import MM, apply_document_info, document_info
from ua_desktop.core.export.progress import ExportCancelledError, JobControl
from ua_desktop.core.letter.rendered import RenderedLetter
from ua_desktop.core.letter.signer import LetterSigner

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from ua_desktop.core.letter.plan import LetterPlan

SIGNATURE_LINES = 3  # signature, name, address


def fax_recipients(case: Case) -> list[Recipient]:
    """Every recipient with a fax number (primary and copies, in the case's order); UserError if none."""
    found = [r for r in case.recipients if r.fax]
    if not found:
        raise UserError(EmailMessage.NO_FAX, case_id=case.id)
    return found


@dataclass(frozen=True)
class FaxResult:
    pages: int
    recipients: int


def _letters(plan: LetterPlan, recipients: Sequence[Recipient], control: JobControl) -> list[RenderedLetter]:
    """The model letter to each recipient for a blank signer, through the isolated renderer."""
    from ua_desktop.core.letter.isolation import IsolatedRenderer, RenderCancelledError

    try:
        with IsolatedRenderer(
            plan.case, plan.template_text, plan.language, cancelled=control.cancel.is_set
        ) as renderer:
            items = [(LetterSigner(), recipient) for recipient in recipients]
            return renderer.render_many(items, plan.today, plan.place, plan.style)
    except RenderCancelledError:
        raise ExportCancelledError() from None


def _story(
    plan: LetterPlan, recipients: Sequence[Recipient], letters: Sequence[RenderedLetter]
) -> list[Flowable]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, KeepTogether, PageBreak, Paragraph, Spacer

    from ua_desktop.core.letter.fonts import register_font

    setup = plan.setup
    font = register_font(setup.font)
    size = setup.font_size_pt
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.6)
    heading = ParagraphStyle("heading", parent=body, fontSize=size * 1.4, leading=size * 1.8)

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    case = plan.case
    story: list[Flowable] = [para(" — ".join(p for p in (case.ua_number, case.title) if p), heading)]
    for recipient in recipients:
        story.append(para(f"{recipient.one_line}\nFax {recipient.fax}"))
    for recipient, letter in zip(recipients, letters, strict=True):
        story.append(PageBreak())
        story.append(para(f"Fax {recipient.fax}", heading))
        story.append(para("\n".join(letter.recipient_lines)))
        if letter.place_date_line:
            story.append(para(letter.place_date_line))
        story.append(Spacer(1, size))
        story.extend(para(text) for text in (letter.salutation, *letter.body_paragraphs) if text)
        ending: list[Flowable] = [para(letter.closing)] if letter.closing else []
        for _ in range(SIGNATURE_LINES):  # sign, then name and address, by hand
            ending.append(Spacer(1, size * 2.2))
            ending.append(HRFlowable(width="60%", thickness=0.5, color="#000000", hAlign="LEFT"))
        story.append(KeepTogether(ending))
        if letter.copy_to_lines:
            story.append(Spacer(1, size))
            story.append(para("\n".join([letter.copy_to_heading, *letter.copy_to_lines])))
    return story


def export_fax_sheet(out: Path, plan: LetterPlan, control: JobControl | None = None) -> FaxResult:
    """Write the fax sheet of plan's case to out (a PDF, atomically)."""
    control = control or JobControl()
    recipients = fax_recipients(plan.case)
    control.start(len(recipients))
    letters = _letters(plan, recipients, control)
    control.step(len(recipients))
    info = document_info(plan.case, "Fax sheet")

    def build(handle: IO[bytes]) -> int:
        from reportlab.platypus import SimpleDocTemplate

        setup = plan.setup
        width, height = setup.page_size_mm
        document = SimpleDocTemplate(
            handle,
            pagesize=(width * MM, height * MM),
            leftMargin=setup.margin_left_mm * MM,
            rightMargin=setup.margin_right_mm * MM,
            topMargin=setup.margin_top_mm * MM,
            bottomMargin=setup.margin_bottom_mm * MM,
            invariant=True,
        )

        def first_page(canvas: Canvas, _document: object) -> None:
            apply_document_info(canvas, info)

        document.build(_story(plan, recipients, letters), onFirstPage=first_page)
        return int(document.page)

    pages = write_pdf(out, build)
    return FaxResult(pages, len(recipients))
