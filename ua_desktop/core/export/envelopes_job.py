"""The envelopes export: one envelope per letter of the run (or per recipient), in the letters' order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.addresses import printable_lines, signer_label_name
from ua_desktop.core.export.envelope_pdf import EnvelopeItem, draw_envelopes, fit_envelopes
from ua_desktop.core.export.envelopes import EnvelopeOptions, page_size
from ua_desktop.core.export.messages import EnvelopeMessage, ReportName
from ua_desktop.core.export.ordering import case_recipients, plan_run
from ua_desktop.core.export.output import write_pdf
from ua_desktop.core.export.pdf import MM, document_info, open_canvas
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.messages import Message, message
from ua_desktop.core.posting import AddressStyle


class ReturnAddress(StrEnum):
    SIGNER = "signer"
    GROUP = "group"
    NONE = "none"


@dataclass(frozen=True)
class EnvelopeJob:
    """Without signers: one envelope per recipient (count times) with the group's return address."""

    case: Case
    options: EnvelopeOptions
    signers: Sequence[LetterSigner] = ()
    return_address: ReturnAddress = ReturnAddress.GROUP
    group_lines: Sequence[str] = ()
    count: int = 1
    style: AddressStyle = field(default_factory=AddressStyle)
    calibration: Calibration | None = None


@dataclass(frozen=True)
class EnvelopeResult:
    pages: int
    notices: tuple[Message, ...] = ()  # characters left out, addresses shortened or left to write by hand


def _return_lines(job: EnvelopeJob, signer: LetterSigner | None, destination: str = "") -> list[str]:
    if job.return_address is ReturnAddress.NONE:
        return []
    if job.return_address is ReturnAddress.GROUP or signer is None:
        if not any(line.strip() for line in job.group_lines):
            raise UserError(EnvelopeMessage.GROUP_ADDRESS_EMPTY)
        job.style.check_sender(None, destination)
        return job.style.group_lines(job.group_lines, destination)
    if signer.postal_address().is_empty():
        raise UserError(EnvelopeMessage.NO_POSTAL_ADDRESS, name=signer_label_name(signer))
    job.style.check_sender(signer, destination)
    return job.style.signer_lines(signer, destination)


def envelope_items(job: EnvelopeJob) -> tuple[list[EnvelopeItem], list[Message]]:
    """The envelopes in stacking order, and notices about characters the font cannot draw."""
    notices: list[Message] = []

    def item(name: str | Message, recipient: list[str], back: list[str]) -> EnvelopeItem:
        front, rear = printable_lines(recipient), printable_lines(back)
        missing = (*front.missing, *rear.missing)
        if missing:
            chars = " ".join(dict.fromkeys(missing))
            notices.append(message(EnvelopeMessage.LEAVES_OUT, name=name, chars=chars))
        return EnvelopeItem(name, front.lines, rear.lines)

    if not job.signers:
        if not 1 <= job.count <= 10_000:
            raise UserError(EnvelopeMessage.COUNT, asked=job.count)
        base = [
            item(r.display_name, job.style.recipient_lines(r), _return_lines(job, None, r.country))
            for r in case_recipients(job.case)
        ]
        return [envelope for envelope in base for _ in range(job.count)], notices
    items = []
    for run_item in plan_run(job.case, job.signers):
        name = message(
            ReportName.RECIPIENT_FROM_SIGNER,
            recipient=run_item.recipient.display_name,
            signer=signer_label_name(run_item.signer),
        )
        back = _return_lines(job, run_item.signer, run_item.recipient.country)
        items.append(item(name, job.style.recipient_lines(run_item.recipient), back))
    return items, notices


def build_envelopes(out: IO[bytes], job: EnvelopeJob, control: JobControl | None = None) -> EnvelopeResult:
    from ua_desktop.core.labels.drawing import font_measure
    from ua_desktop.core.letter.fonts import register_font

    items, notices = envelope_items(job)
    font = register_font()
    layouts, fit_notices = fit_envelopes(job.options, items, font_measure(font))
    notices.extend(fit_notices)
    width, height = page_size(job.options)
    canvas = open_canvas(out, (width * MM, height * MM), document_info(job.case, "Envelopes"))
    pages = draw_envelopes(canvas, job.options, layouts, font, job.calibration, control)
    canvas.save()
    return EnvelopeResult(pages, tuple(notices))


def export_envelopes(out: Path, job: EnvelopeJob, control: JobControl | None = None) -> EnvelopeResult:
    return write_pdf(out, lambda handle: build_envelopes(handle, job, control))


def export_calibration_page(
    out: Path, page_size_mm: tuple[float, float], printer: str = "", calibration: Calibration | None = None
) -> None:
    """The calibration page (with a calibration: the check page for that printer)."""
    from ua_desktop.core.export.calibration_page import draw_calibration_page
    from ua_desktop.core.letter.fonts import register_font

    def build(handle: IO[bytes]) -> None:
        font = register_font()
        canvas = open_canvas(
            handle, (page_size_mm[0] * MM, page_size_mm[1] * MM), document_info(None, "Printer calibration")
        )
        draw_calibration_page(canvas, page_size_mm, font, printer, calibration)
        canvas.save()

    write_pdf(out, build)
