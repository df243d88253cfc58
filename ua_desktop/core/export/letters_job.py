"""The letters export: one letter per signer per recipient, through the one letter layout (core/letter).

One combined PDF (each letter starts on a new sheet; with pad_duplex a blank page closes every letter with
an odd page count, so duplex printing never puts two people's letters on one sheet), or one PDF per signer
in a folder with safe file names. The template is compiled once and the font registered once, whatever the
number of letters. The templates run in a child process with limited memory (core/letter/isolation.py), as
they come with the case from another group; the layout and the PDF are made here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.messages import ExportMessage
from ua_desktop.core.export.ordering import plan_run, safe_file_stem, unique_stems
from ua_desktop.core.export.output import write_pdf
from ua_desktop.core.export.pdf import document_info
from ua_desktop.core.export.progress import ExportCancelledError, JobControl
from ua_desktop.core.fileio import FileMessage, ensure_output_dir, remove_stale_temporaries
from ua_desktop.core.letter.page_setup import PageSetup
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.messages import Message
from ua_desktop.core.posting import AddressStyle

if TYPE_CHECKING:
    from ua_desktop.core.letter.plan import LetterPlan


@dataclass(frozen=True)
class LetterJob:
    """What a letters export needs; template_text None means the case's model letter."""

    case: Case
    signers: Sequence[LetterSigner]
    setup: PageSetup
    template_text: str | None = None
    language: str | None = None
    today: dt.date | None = None
    place: str = ""
    style: AddressStyle = field(default_factory=AddressStyle)
    calibration: Calibration | None = None
    pad_duplex: bool = False

    @classmethod
    def planned(
        cls,
        plan: LetterPlan,
        signers: Sequence[LetterSigner],
        calibration: Calibration | None = None,
        pad_duplex: bool = False,
    ) -> LetterJob:
        """The job for signers as plan_letters() decided it (the path every surface takes)."""
        return cls(
            case=plan.case,
            signers=signers,
            setup=plan.setup,
            template_text=plan.template_text,
            language=plan.language,
            today=plan.today,
            place=plan.place,
            style=plan.style,
            calibration=calibration,
            pad_duplex=pad_duplex,
        )

    def check_senders(self) -> None:
        """Refuse before anything is written when a letter abroad would carry no sender country."""
        for item in plan_run(self.case, self.signers):
            self.style.check_sender(item.signer, item.recipient.country)


@dataclass(frozen=True)
class LetterResult:
    pages: int
    letters: int
    files: tuple[Path, ...] = ()
    notices: tuple[Message, ...] = ()  # things the user should check


class _LetterBuilder:
    """Renders and writes letters with one compiled template and one registered font.

    The templates run in a child process with limited memory (core/letter/isolation.py): the case may come
    from another group. close() gives the child back.
    """

    def __init__(self, job: LetterJob, control: JobControl):
        from ua_desktop.core.letter.isolation import IsolatedRenderer, RenderCancelledError

        self.job = job
        try:
            self.renderer = IsolatedRenderer(
                job.case, job.template_text, job.language, cancelled=control.cancel.is_set
            )
        except RenderCancelledError:
            raise ExportCancelledError() from None
        self.missing: list[str] = []

    def write(self, out: IO[bytes], signers: Sequence[LetterSigner], control: JobControl, done: int) -> int:
        """Letters of signers into out; returns the pages written. done: letters finished before."""
        from ua_desktop.core.letter.isolation import BATCH, RenderCancelledError
        from ua_desktop.core.letter.layout import LetterPdfWriter, PdfMetadata

        job = self.job
        info = document_info(job.case, "Letters")
        metadata = PdfMetadata(title=info.title, author=info.author, subject=info.subject)
        writer = LetterPdfWriter(out, job.setup, metadata, job.calibration)
        run = plan_run(job.case, signers)
        for start in range(0, len(run), BATCH):
            items = [(item.signer, item.recipient) for item in run[start : start + BATCH]]
            try:
                letters = self.renderer.render_many(items, job.today, job.place, job.style)
            except RenderCancelledError:
                raise ExportCancelledError() from None
            for number, letter in enumerate(letters, start=done + start + 1):
                writer.add_letter(letter, pad_to_even=job.pad_duplex)
                control.step(number)
        writer.close()
        self.missing.extend(c for c in writer.missing_characters if c not in self.missing)
        return writer.pages

    def notices(self) -> tuple[Message, ...]:
        if not self.missing:
            return ()
        from ua_desktop.core.letter.fonts import describe_missing

        return (describe_missing(self.missing, self.job.setup.font),)

    def close(self) -> None:
        self.renderer.close()


def _letters_count(job: LetterJob) -> int:
    return len(plan_run(job.case, job.signers))


def export_letters(out: Path, job: LetterJob, control: JobControl | None = None) -> LetterResult:
    """All letters in one PDF, written atomically to out."""
    control = control or JobControl()
    job.check_senders()
    total = _letters_count(job)
    builder = _LetterBuilder(job, control)
    try:
        control.start(total)
        pages = write_pdf(out, lambda handle: builder.write(handle, job.signers, control, 0))
    finally:
        builder.close()
    return LetterResult(pages, total, (Path(out),), builder.notices())


def signer_file_stems(case: Case, signers: Sequence[LetterSigner]) -> list[str]:
    """File names for one PDF per signer: case id, running number, name (blank letters: "blank")."""
    width = len(str(len(signers)))
    stems = [
        safe_file_stem(f"{case.id} {number:0{width}d} {signer.full_name or 'blank'}", fallback=case.id)
        for number, signer in enumerate(signers, start=1)
    ]
    return unique_stems(stems)


def export_letters_per_signer(
    folder: Path, job: LetterJob, control: JobControl | None = None
) -> LetterResult:
    """One PDF per signer (with that signer's letters to every recipient) in folder, each written atomically.

    A cancel stops before the next file; files already complete stay, none is ever half written. When the
    run stops part-way (a cancel, a full disk) the error counts the files that were written and kept. The
    temporary files a killed earlier run of this case left in folder are removed first.
    """
    control = control or JobControl()
    job.check_senders()
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UserError(ExportMessage.FOLDER_IS_FILE, folder=folder)
    try:
        ensure_output_dir(folder)
    except OSError as error:
        from ua_desktop.core.fileio import describe_os_error

        raise UserError(describe_os_error(error, folder)) from error
    case_prefix = safe_file_stem(job.case.id, fallback=job.case.id)
    remove_stale_temporaries(folder, lambda name: name.startswith(case_prefix) and name.endswith(".pdf"))
    total = _letters_count(job)
    builder = _LetterBuilder(job, control)
    try:
        control.start(total)
        per_signer = total // len(job.signers)
        files: list[Path] = []
        pages = 0
        for index, (signer, stem) in enumerate(
            zip(job.signers, signer_file_stems(job.case, job.signers), strict=True)
        ):
            target = folder / f"{stem}.pdf"
            done = index * per_signer
            try:
                pages += write_pdf(
                    target, functools.partial(builder.write, signers=[signer], control=control, done=done)
                )
            except UserError as error:
                if not files:
                    raise  # nothing was written: the error as it is ("nothing was changed" is true)
                raise stopped_part_way(error, target, folder, len(files), len(job.signers)) from error
            files.append(target)
    finally:
        builder.close()
    return LetterResult(pages, total, tuple(files), builder.notices())


def stopped_part_way(error: UserError, target: Path, folder: Path, written: int, total: int) -> UserError:
    """The error of a per-signer run that stopped after `written` complete files, saying so."""
    if isinstance(error, ExportCancelledError):
        return UserError(ExportMessage.PART_CANCELLED, written, total=total, folder=folder)
    if error.message is not None and error.message.kind is FileMessage.DISK_FULL:
        return UserError(
            ExportMessage.PART_WRITTEN_DISK_FULL, written, path=target, total=total, folder=folder
        )
    problem: Message | str = error.message if error.message is not None else str(error)
    return UserError(
        ExportMessage.PART_WRITTEN, written, path=target, problem=problem, total=total, folder=folder
    )
