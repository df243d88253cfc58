"""Turning print-queue items into PDF files, through the export jobs (one code path for every letter).

A batch can mix cases, languages and kinds; each (case, language, kind) group becomes one PDF written by
the export job that prints that kind everywhere else in the program (export_letters, export_labels,
export_envelopes), with the group's own version of the letter, the case's page setup and the printer's
calibration. The caller marks the items printed once the files reached the printer (GUI) or the disk (CLI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.model import ItemKind, QueueItem
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.export.ordering import safe_file_stem
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.settings import Settings

DEFAULT_ENVELOPE = "DL"


@dataclass(frozen=True)
class PrintContext:
    """Where the letters' settings come from: data folders, the group's settings, the printer."""

    paths: AppPaths
    settings: Settings
    calibration: Calibration | None = None
    envelope: str = DEFAULT_ENVELOPE
    locale_name: str = ""

    @classmethod
    def load(cls, paths: AppPaths, printer: str = "", locale_name: str = "") -> PrintContext:
        """Settings from the settings file, the calibration saved for printer ("" = the default one)."""
        from ua_desktop.core.calibration_store import CalibrationStore

        settings = Settings.load(paths.settings_file)
        calibration = CalibrationStore.in_config_dir(paths.config_dir).get(printer)
        return cls(paths, settings, calibration, locale_name=locale_name)


@dataclass(frozen=True)
class PrintFile:
    """One written PDF and the queue items it holds."""

    path: Path
    case_id: str
    kind: ItemKind
    item_ids: tuple[int, ...]
    pages: int


@dataclass(frozen=True)
class BatchResult:
    files: tuple[PrintFile, ...]
    warnings: tuple[str, ...]

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(i for f in self.files for i in f.item_ids)


def _groups(items: Sequence[QueueItem]) -> dict[tuple[str, str, ItemKind], list[QueueItem]]:
    groups: dict[tuple[str, str, ItemKind], list[QueueItem]] = {}
    for item in items:
        groups.setdefault((item.case_id, item.language, item.kind), []).append(item)
    return groups


def write_batch(
    session: EveningSession,
    items: Sequence[QueueItem],
    folder: Path,
    context: PrintContext,
    control: JobControl | None = None,
) -> BatchResult:
    """Write the PDFs for items into folder; nothing is marked printed here.

    Raises UserError when there is nothing to print or an item's signer was erased meanwhile.
    """
    if not items:
        raise UserError("Nothing to print: the queue has no waiting items.")
    signers = session.queue.letter_signers(items)
    gone = [item for item in items if item.id not in signers]
    if gone:
        raise UserError(
            f"{len(gone)} item(s) belong to a signer who was erased meanwhile; remove them from the queue."
        )
    control = control or JobControl()
    evening = session.evening
    batch = dt.datetime.now().strftime("%H%M%S")  # later batches never overwrite earlier files
    files: list[PrintFile] = []
    warnings: list[str] = []
    for (case_id, language, kind), group in _groups(items).items():
        case = session.case(case_id)
        people = [signers[item.id] for item in group]
        stem = safe_file_stem(
            f"evening-{evening.id}-{batch}-{case_id}-{language}-{kind.value}s", fallback="evening"
        )
        target = Path(folder) / f"{stem}.pdf"
        pages, found = _write_group(case, language, kind, people, target, context, evening.date, control)
        warnings.extend(found)
        files.append(PrintFile(target, case_id, kind, tuple(item.id for item in group), pages))
    return BatchResult(tuple(files), tuple(dict.fromkeys(warnings)))


def _write_group(
    case: Case,
    language: str,
    kind: ItemKind,
    people: list[LetterSigner],
    target: Path,
    context: PrintContext,
    day: dt.date,
    control: JobControl,
) -> tuple[int, tuple[str, ...]]:
    from ua_desktop.core.export.addresses import AddressStyle, group_return_lines

    settings = context.settings
    style = AddressStyle(sender_country=settings.group_country)
    group_lines = group_return_lines(settings.group_name, settings.group_return_address)
    if kind is ItemKind.LETTER:
        from ua_desktop.core.export.letters_job import LetterJob, export_letters
        from ua_desktop.core.letter.drafts import letter_source
        from ua_desktop.core.letter.page_setup import default_setup, load_page_setup

        setup = load_page_setup(
            context.paths.drafts_dir, case.id, default_setup(context.locale_name, settings.group_country)
        )
        job = LetterJob(
            case=case,
            signers=people,
            setup=setup,
            template_text=letter_source(context.paths.drafts_dir, case, language),
            language=language,
            today=day,
            place=settings.group_city,
            post_country=settings.group_country or None,
            calibration=context.calibration,
        )
        result = export_letters(target, job, control)
        return result.pages, result.warnings
    if kind is ItemKind.LABEL:
        from ua_desktop.core.export.labels_job import AddressSource, LabelJob, export_labels
        from ua_desktop.core.labels.catalogue import LabelCatalogue
        from ua_desktop.core.labels.used_positions import UsedPositionsStore

        default = "5160" if settings.paper == "letter" else "L7160"  # the commonest sheet for the paper size
        sheet = LabelCatalogue.load(context.paths.data_dir).get(settings.default_label_sheet or default)
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
        used_store.set_used(sheet.id, labels.used_after)
        return labels.pages, labels.warnings
    from ua_desktop.core.envelopes import EnvelopeOptions, parse_envelope
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
    return envelopes.pages, envelopes.warnings
