"""An export as the Export dialog describes it, turned into one of the core jobs.

The GUI collects choices into an ExportRequest; make_job() returns a callable the worker thread runs with
a JobControl. Signers are read from the roster inside the job, off the GUI thread. The CLI builds the same
jobs from its arguments, so both paths end in the same export functions; letters take their page setup,
language and sender rules from core/letter/plan.py, labels and envelopes their address rules from
core/posting.py, as the preview, the CLI and the evening queue do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ua_desktop.core.calibration_store import CalibrationStore
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.envelopes import EnvelopeOptions
from ua_desktop.core.export.envelopes_job import EnvelopeJob, ReturnAddress, export_envelopes
from ua_desktop.core.export.labels_job import AddressSource, LabelJob, export_labels
from ua_desktop.core.export.letters_job import LetterJob, export_letters, export_letters_per_signer
from ua_desktop.core.export.messages import ExportMessage
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.export.result import ExportResult
from ua_desktop.core.export.selection import SignerSelection, resolve_signers
from ua_desktop.core.labels.catalogue import LabelSheet
from ua_desktop.core.letter.plan import LetterChoices, plan_letters
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.posting import group_return_lines, posting_style
from ua_desktop.core.settings import Settings


class Kind(StrEnum):
    LETTERS = "letters"
    LABELS = "labels"
    ENVELOPES = "envelopes"


@dataclass(frozen=True)
class ExportRequest:
    kind: Kind
    paths: AppPaths
    settings: Settings
    case: Case
    selection: SignerSelection | None  # None: no signers (labels/envelopes per recipient)
    output: Path
    printer: str | None = None  # whose calibration to apply; None: none
    usps_style: bool = False
    locale_name: str | None = None  # None: the system's (core/letter/page_setup.py system_locale_name)
    paper: str | None = None
    pad_duplex: bool = False
    per_signer_folder: bool = False
    sheet: LabelSheet | None = None
    label_source: AddressSource = AddressSource.RECIPIENTS
    label_count: int | None = None
    label_start: int = 1
    label_used: frozenset[int] = frozenset()
    envelope: EnvelopeOptions | None = None
    envelope_return: ReturnAddress = ReturnAddress.GROUP
    envelope_count: int = 1
    privacy: bool = False  # every signer with initials and town only (core/letter/signer.py printed_signer)


def _signers(request: ExportRequest) -> list[LetterSigner]:
    if request.selection is None:
        if request.kind is Kind.LETTERS:
            raise UserError(ExportMessage.NO_SIGNERS_FOR_LETTERS)
        return []
    return resolve_signers(request.paths, request.selection, request.privacy)


def make_job(request: ExportRequest) -> Callable[[JobControl], ExportResult]:
    """The job for request, to run on a worker thread; its ExportResult is the same shape for every kind."""
    settings = request.settings
    calibration = (
        CalibrationStore.in_config_dir(request.paths.config_dir).get(request.printer)
        if request.printer is not None
        else None
    )
    style = posting_style(settings, usps_style=request.usps_style)
    group = group_return_lines(settings.group_name, settings.group_return_address)

    def run(control: JobControl) -> ExportResult:
        signers = _signers(request)
        if request.kind is Kind.LETTERS:
            plan = plan_letters(
                request.paths,
                settings,
                request.case,
                LetterChoices(paper=request.paper),
                locale_name=request.locale_name,
            )
            job = LetterJob.planned(plan, signers, calibration, request.pad_duplex)
            if request.per_signer_folder:
                return ExportResult.of_letters(export_letters_per_signer(request.output, job, control))
            return ExportResult.of_letters(export_letters(request.output, job, control))
        if request.kind is Kind.LABELS:
            if request.sheet is None:
                raise UserError(ExportMessage.CHOOSE_SHEET)
            count = request.label_count if signers or request.label_count else 1
            labels = export_labels(
                request.output,
                LabelJob(
                    request.case,
                    request.sheet,
                    request.label_source,
                    signers,
                    count,
                    request.label_start,
                    request.label_used,
                    style,
                    group,
                    calibration,
                ),
                control,
            )
            return ExportResult.of_labels(labels, request.output)
        if request.envelope is None:
            raise UserError(ExportMessage.CHOOSE_ENVELOPE)
        back = request.envelope_return
        envelopes = export_envelopes(
            request.output,
            EnvelopeJob(
                request.case,
                request.envelope,
                signers,
                back,
                group,
                request.envelope_count,
                style,
                calibration,
            ),
            control,
        )
        return ExportResult.of_envelopes(envelopes, request.output)

    return run


def roster_tags(paths: AppPaths) -> list[str]:
    """The roster's tags for the "signers with the tag" choice (none when there is no roster yet)."""
    if not paths.roster_db.exists():
        return []
    from ua_desktop.core.roster.records import tags_with_counts
    from ua_desktop.core.roster.store import RosterStore

    try:
        store = RosterStore.open(paths, read_only=True)
    except UserError:
        return []
    try:
        return [tag for tag, _count in tags_with_counts(store.conn)]
    finally:
        store.close()
