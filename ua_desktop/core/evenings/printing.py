"""Turning print-queue items into PDF files, through the export jobs (one code path for every letter).

A batch can mix cases, languages and kinds. Kind by kind (letters, labels, envelopes) and in queue order,
each run of items sharing case and language becomes one PDF written by the export job that prints that kind
everywhere else in the program (export_letters, export_labels, export_envelopes), with the page setup,
letter and sender rules of core/letter/plan.py (the preview's and the exports' own) and the printer's
calibration. core/evenings/paper_batch.py joins these parts into one document per kind of paper. The caller
marks the items printed once the files reached the printer (GUI) or the disk (CLI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.messages import QueueMessage
from ua_desktop.core.evenings.model import ItemKind, QueueItem
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.export.ordering import safe_file_stem, unique_stems
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.letter.signer import LetterSigner, printed_signer
from ua_desktop.core.messages import Message
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.settings import Settings

if TYPE_CHECKING:
    from ua_desktop.core.labels.catalogue import LabelSheet

DEFAULT_ENVELOPE = "DL"


@dataclass(frozen=True)
class PrintContext:
    """Where the letters' settings come from: data folders, the group's settings, the printer."""

    paths: AppPaths
    settings: Settings
    calibration: Calibration | None = None
    envelope: str = DEFAULT_ENVELOPE
    locale_name: str | None = None  # None: the system's; the page decisions are core/letter/plan.py's
    privacy: bool = False  # everyone with initials and town only (core/letter/signer.py printed_signer)

    @classmethod
    def load(
        cls, paths: AppPaths, printer: str = "", locale_name: str | None = None, privacy: bool = False
    ) -> PrintContext:
        """Settings from the settings file, the calibration saved for printer ("" = the default one)."""
        from ua_desktop.core.calibration_store import CalibrationStore

        settings = Settings.load(paths.settings_file)
        calibration = CalibrationStore.in_config_dir(paths.config_dir).get(printer)
        return cls(paths, settings, calibration, locale_name=locale_name, privacy=privacy)


@dataclass(frozen=True)
class PrintFile:
    """One written PDF and the queue items it holds.

    continues_sheet: a labels file whose first page is the last sheet of the batch's previous labels file
    (that sheet still had free positions, and this file skipped the used ones), so joining the two puts
    both on one sheet.
    """

    path: Path
    case_id: str
    kind: ItemKind
    item_ids: tuple[int, ...]
    pages: int
    continues_sheet: bool = False


@dataclass(frozen=True)
class BatchResult:
    files: tuple[PrintFile, ...]
    notices: tuple[Message, ...]  # things to check (left-out characters), worded by the caller

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(i for f in self.files for i in f.item_ids)


def _runs(items: Sequence[QueueItem]) -> Iterator[list[QueueItem]]:
    """Kind by kind (in ItemKind's order), the runs of consecutive items sharing case and language."""
    for kind in ItemKind:
        run: list[QueueItem] = []
        for item in (item for item in items if item.kind is kind):
            if run and (run[-1].case_id, run[-1].language) != (item.case_id, item.language):
                yield run
                run = []
            run.append(item)
        if run:
            yield run


def label_sheet(context: PrintContext) -> LabelSheet:
    """The sheet the queue's labels go on (core/letter/plan.py decides which)."""
    from ua_desktop.core.labels.catalogue import LabelCatalogue
    from ua_desktop.core.letter.plan import default_label_sheet

    sheet_id = default_label_sheet(context.settings, context.locale_name)
    return LabelCatalogue.load(context.paths.data_dir).get(sheet_id)


def _unused(path: Path) -> Path:
    """path, or "name (2).pdf", "name (3).pdf", … when a file of that name is already there."""
    number = 1
    candidate = path
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
    return candidate


def write_batch(
    session: EveningSession,
    items: Sequence[QueueItem],
    folder: Path,
    context: PrintContext,
    control: JobControl | None = None,
) -> BatchResult:
    """Write the PDFs for items into folder, one per run (see _runs); nothing is marked printed here.

    The label sheet's used positions move on as the labels are written (as in every labels export);
    paper_batch.give_back_label_positions undoes that when the labels never reached the printer.

    Raises UserError when there is nothing to print or an item's signer was erased meanwhile.
    """
    if not items:
        raise UserError(QueueMessage.NOTHING_TO_PRINT)
    signers = session.queue.letter_signers(items)
    gone = [item for item in items if item.id not in signers]
    if gone:
        raise UserError(QueueMessage.SIGNER_ERASED, count=len(gone))
    from ua_desktop.core.labels.used_positions import UsedPositionsStore

    control = control or JobControl()
    evening = session.evening
    batch = dt.datetime.now().strftime("%H%M%S")
    runs = list(_runs(items))
    stems = unique_stems(
        [
            safe_file_stem(
                f"evening-{evening.id}-{batch}-{run[0].case_id}-{run[0].language}-{run[0].kind.value}s",
                fallback="evening",
            )
            for run in runs
        ]
    )
    positions = UsedPositionsStore.in_data_dir(context.paths.data_dir)
    sheet_id = label_sheet(context).id if any(item.kind is ItemKind.LABEL for item in items) else ""
    files: list[PrintFile] = []
    notices: dict[str, Message] = {}  # by English wording: each remark once
    for run, stem in zip(runs, stems, strict=True):
        first = run[0]
        case = session.case(first.case_id)
        people = [printed_signer(signers[item.id], context.privacy) for item in run]
        continues = (
            first.kind is ItemKind.LABEL
            and any(f.kind is ItemKind.LABEL for f in files)
            and bool(positions.used(sheet_id))
        )
        target = _unused(Path(folder) / f"{stem}.pdf")  # later batches never overwrite earlier files
        pages, found = _write_group(
            case, first.language, first.kind, people, target, context, evening.date, control
        )
        notices.update((notice.english(), notice) for notice in found)
        ids = tuple(item.id for item in run)
        files.append(PrintFile(target, first.case_id, first.kind, ids, pages, continues))
    return BatchResult(tuple(files), tuple(notices.values()))


def _write_group(
    case: Case,
    language: str,
    kind: ItemKind,
    people: list[LetterSigner],
    target: Path,
    context: PrintContext,
    day: dt.date,
    control: JobControl,
) -> tuple[int, tuple[Message, ...]]:
    from ua_desktop.core.posting import group_return_lines, posting_style

    settings = context.settings
    style = posting_style(settings)
    group_lines = group_return_lines(settings.group_name, settings.group_return_address)
    if kind is ItemKind.LETTER:
        from ua_desktop.core.export.letters_job import LetterJob, export_letters
        from ua_desktop.core.letter.plan import LetterChoices, plan_letters

        choices = LetterChoices(language=language, today=day)
        plan = plan_letters(context.paths, settings, case, choices, locale_name=context.locale_name)
        job = LetterJob.planned(plan, people, context.calibration)
        result = export_letters(target, job, control)
        return result.pages, result.notices
    if kind is ItemKind.LABEL:
        from ua_desktop.core.export.labels_job import AddressSource, LabelJob, export_labels
        from ua_desktop.core.labels.used_positions import UsedPositionsStore

        sheet = label_sheet(context)
        used_store = UsedPositionsStore.in_data_dir(context.paths.data_dir)
        label_job = LabelJob(
            case=case,
            sheet=sheet,
            source=AddressSource.RECIPIENTS,
            signers=people,
            used=used_store.used(sheet.id),
            style=style,
            group_lines=group_lines,
            calibration=context.calibration,
        )
        labels = export_labels(target, label_job, control)
        unsaved = used_store.remember_after_job(sheet.id, labels.used_after)
        return labels.pages, (*labels.notices, unsaved) if unsaved else labels.notices
    from ua_desktop.core.export.envelopes import EnvelopeOptions, parse_envelope
    from ua_desktop.core.export.envelopes_job import EnvelopeJob, ReturnAddress, export_envelopes

    back = ReturnAddress.GROUP if group_lines else ReturnAddress.NONE
    options = EnvelopeOptions(
        size=parse_envelope(context.envelope), return_address=back is not ReturnAddress.NONE
    )
    envelope_job = EnvelopeJob(
        case=case,
        options=options,
        signers=people,
        return_address=back,
        group_lines=group_lines,
        style=style,
        calibration=context.calibration,
    )
    envelopes = export_envelopes(target, envelope_job, control)
    return envelopes.pages, envelopes.notices
