"""The labels export: which addresses, how many, where on the sheet, and the sheet left in the printer.

One code path for the GUI and the CLI. Addresses come from the case's recipients, each signer's return
address or the group's return address; "per letter" follows the run order of core/export/ordering.py so
labels match the letters stack. Every label is fitted before anything is drawn; one that cannot be made
legible stays blank at its position (named in a notice), so the labels still match that stack.
"""

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
from ua_desktop.core.export.messages import LabelJobMessage, ReportName
from ua_desktop.core.export.ordering import case_recipients, plan_run
from ua_desktop.core.export.output import write_pdf
from ua_desktop.core.export.pdf import MM, document_info, open_canvas
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.labels.catalogue import LabelSheet
from ua_desktop.core.labels.drawing import (
    LabelItem,
    draw_labels,
    draw_test_page,
    fit_labels,
    font_measure,
)
from ua_desktop.core.labels.geometry import Placement, plan_positions, positions_used_after
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.messages import Message, message
from ua_desktop.core.posting import AddressStyle

MAX_LABELS = 100_000


class AddressSource(StrEnum):
    RECIPIENTS = "recipients"  # the case's officials
    SIGNERS = "signers"  # each signer's own return address
    GROUP = "group"  # the group's return address


@dataclass(frozen=True)
class LabelResult:
    pages: int
    labels: int  # labels printed (a label left blank is not counted but keeps its position)
    placements: tuple[Placement, ...]
    used_after: frozenset[int]  # positions gone on the sheet left in the printer
    notices: tuple[Message, ...] = ()  # characters left out, labels shortened or left blank


@dataclass(frozen=True)
class LabelJob:
    """Everything a labels export needs; count=None means one label per letter of the run."""

    case: Case
    sheet: LabelSheet
    source: AddressSource = AddressSource.RECIPIENTS
    signers: Sequence[LetterSigner] = ()
    count: int | None = None
    start: int = 1
    used: frozenset[int] = frozenset()
    style: AddressStyle = field(default_factory=AddressStyle)
    group_lines: Sequence[str] = ()
    calibration: Calibration | None = None


def _clean_all(raw: list[tuple[str | Message, tuple[str, ...]]], notices: list[Message]) -> list[LabelItem]:
    """LabelItems with characters the font cannot draw left out (and named in notices).

    One check over all distinct addresses first: usually nothing is missing and no label needs cleaning.
    """
    from ua_desktop.core.letter.fonts import missing_characters

    distinct = {lines for _name, lines in raw}
    characters = set("".join("".join(lines) for lines in distinct))  # each character checked once
    if not missing_characters("".join(sorted(characters))):
        return [LabelItem(name, lines) for name, lines in raw]
    cleaned: dict[tuple[str, tuple[str, ...]], LabelItem] = {}  # by the name in English and the lines
    for name, lines in raw:
        key = (str(name), lines)
        if key not in cleaned:
            clean = printable_lines(lines)
            if clean.missing:
                chars = " ".join(clean.missing)
                notices.append(message(LabelJobMessage.LEAVES_OUT, name=name, chars=chars))
            cleaned[key] = LabelItem(name, clean.lines)
    return [cleaned[str(name), lines] for name, lines in raw]


def _signer_address(signer: LetterSigner, destination: str, style: AddressStyle) -> tuple[str, ...]:
    if signer.postal_address().is_empty():
        raise UserError(LabelJobMessage.NO_POSTAL_ADDRESS, name=signer_label_name(signer))
    style.check_sender(signer, destination)
    return tuple(style.signer_lines(signer, destination))


def _group_address(job: LabelJob, destination: str) -> tuple[str | Message, tuple[str, ...]]:
    job.style.check_sender(None, destination)
    lines = tuple(job.style.group_lines(job.group_lines, destination))
    return (message(ReportName.GROUP_ADDRESS), lines)


def label_items(job: LabelJob) -> tuple[list[LabelItem], list[Message]]:
    """The labels to print, in order, and notices about characters left out."""
    notices: list[Message] = []
    if job.count is not None and not 1 <= job.count <= MAX_LABELS:
        raise UserError(LabelJobMessage.COUNT, limit=MAX_LABELS, asked=job.count)
    if job.source is AddressSource.GROUP and not any(line.strip() for line in job.group_lines):
        raise UserError(LabelJobMessage.GROUP_ADDRESS_EMPTY)
    if job.count is not None:
        destination = case_recipients(job.case)[0].country
        if job.source is AddressSource.RECIPIENTS:
            base: list[tuple[str | Message, tuple[str, ...]]] = [
                (r.display_name, tuple(job.style.recipient_lines(r))) for r in case_recipients(job.case)
            ]
        elif job.source is AddressSource.SIGNERS:
            if not job.signers:
                raise UserError(LabelJobMessage.NO_SIGNERS)
            base = [(signer_label_name(s), _signer_address(s, destination, job.style)) for s in job.signers]
        else:
            base = [_group_address(job, destination)]
        return _clean_all([entry for entry in base for _ in range(job.count)], notices), notices
    raw: list[tuple[str | Message, tuple[str, ...]]] = []
    cache: dict[tuple[int, str], tuple[str | Message, tuple[str, ...]]] = {}
    for run_item in plan_run(job.case, job.signers):
        if job.source is AddressSource.RECIPIENTS:
            person: object = run_item.recipient
        elif job.source is AddressSource.SIGNERS:
            person = run_item.signer
        else:
            person = None
        key = (id(person), run_item.recipient.country)
        entry = cache.get(key)
        if entry is None:
            destination = run_item.recipient.country
            if isinstance(person, LetterSigner):
                entry = (signer_label_name(person), _signer_address(person, destination, job.style))
            elif person is None:
                entry = _group_address(job, destination)
            else:
                recipient = run_item.recipient
                entry = (recipient.display_name, tuple(job.style.recipient_lines(recipient)))
            cache[key] = entry
        raw.append(entry)
    return _clean_all(raw, notices), notices


def build_labels(out: IO[bytes], job: LabelJob, control: JobControl | None = None) -> LabelResult:
    """Draw the job's labels into out; LabelsDoNotFitError (nothing drawn) if no address fits its label."""
    from ua_desktop.core.letter.fonts import register_font

    items, notices = label_items(job)
    font = register_font()
    fitted = fit_labels(job.sheet, items, font_measure(font))
    notices.extend(fitted.notices())
    placements = plan_positions(job.sheet, len(items), job.start, job.used)
    canvas = open_canvas(
        out, (job.sheet.page_width * MM, job.sheet.page_height * MM), document_info(job.case, "Labels")
    )
    pages = draw_labels(canvas, job.sheet, items, placements, fitted, font, job.calibration, control=control)
    canvas.save()
    used_before = job.used | set(range(1, job.start))
    used_after = positions_used_after(placements, used_before, job.sheet.labels_per_sheet)
    return LabelResult(pages, fitted.printable, tuple(placements), frozenset(used_after), tuple(notices))


def export_labels(out: Path, job: LabelJob, control: JobControl | None = None) -> LabelResult:
    """Write the labels PDF to out atomically."""
    return write_pdf(out, lambda handle: build_labels(handle, job, control))


def export_test_page(out: Path, sheet: LabelSheet, calibration: Calibration | None = None) -> None:
    """The sheet's outlines and position numbers on one page."""
    from ua_desktop.core.letter.fonts import register_font

    def build(handle: IO[bytes]) -> None:
        font = register_font()
        canvas = open_canvas(
            handle,
            (sheet.page_width * MM, sheet.page_height * MM),
            document_info(None, f"Test page {sheet.id}"),
        )
        draw_test_page(canvas, sheet, font, calibration)
        canvas.save()

    write_pdf(out, build)
