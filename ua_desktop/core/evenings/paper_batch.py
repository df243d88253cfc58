"""One document per kind of paper: what "Print all waiting" sends and what `evening print` writes.

Letters go on plain paper, labels on label sheets, envelopes through the envelope feed, and a printer needs
its paper changed between them. Sending every part of a batch as its own job cost letters: printed to a
file, each job replaced the one before and only the last part survived. So the parts written by
printing.write_batch are joined, paper kind by paper kind, into one PDF each, every item in queue order
and every letter still starting on its own sheet; labels that carry on a part-used sheet are put on that
very sheet. Files are never written over: the names are reserved before anything is written.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.model import ItemKind, QueueItem
from ua_desktop.core.evenings.printing import PrintContext, PrintFile, label_sheet, write_batch
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.fileio import FILE_MODE, describe_os_error, ensure_output_dir, write_bytes_atomic
from ua_desktop.core.messages import Message


class PaperKind(StrEnum):
    """The paper a printer needs, in the order a batch is printed; the value names the file."""

    PLAIN = "letters"
    LABEL_SHEETS = "labels"
    ENVELOPES = "envelopes"


PAPER_OF: dict[ItemKind, PaperKind] = {
    ItemKind.LETTER: PaperKind.PLAIN,
    ItemKind.LABEL: PaperKind.LABEL_SHEETS,
    ItemKind.ENVELOPE: PaperKind.ENVELOPES,
}


@dataclass(frozen=True)
class PaperFile:
    """One document for one kind of paper, and the queue items it holds (in queue order).

    stock: what to load, the label sheet (e.g. "L7160") or the envelope size (e.g. "DL"); "" for plain paper.
    first_label: where the labels start on the first sheet, which is the part-used one when above 1.
    """

    paper: PaperKind
    path: Path
    pages: int
    item_ids: tuple[int, ...]
    stock: str = ""
    first_label: int = 1


@dataclass(frozen=True)
class PaperBatch:
    """The documents of a batch in printing order, and the label sheet's used positions before it."""

    files: tuple[PaperFile, ...]
    notices: tuple[Message, ...] = ()
    label_sheet_id: str = ""
    labels_used_before: frozenset[int] = frozenset()

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(i for f in self.files for i in f.item_ids)


def paper_kinds(items: Sequence[QueueItem]) -> list[PaperKind]:
    """The kinds of paper items need, in printing order."""
    needed = {PAPER_OF[item.kind] for item in items}
    return [paper for paper in PaperKind if paper in needed]


def batch_time() -> str:
    """The time in a batch's file names, e.g. 193000 (a test can hold it still)."""
    return dt.datetime.now().strftime("%H%M%S")


def _stems(stem: str) -> Iterator[str]:
    yield stem
    for number in itertools.count(2):
        yield f"{stem}-{number}"


def free_file_names(folder: Path, stem: str, papers: Sequence[PaperKind]) -> dict[PaperKind, Path]:
    """<stem>-letters.pdf, <stem>-labels.pdf, … with the first of stem, stem-2, … that names no file yet."""
    for candidate in _stems(stem):
        names = {paper: Path(folder) / f"{candidate}-{paper.value}.pdf" for paper in papers}
        if not any(path.exists() for path in names.values()):
            return names
    raise AssertionError("unreachable: the stems never run out")


def print_file_names(chosen: Path, papers: Sequence[PaperKind]) -> dict[PaperKind, Path]:
    """Where "print to file" puts each kind: the chosen file for one kind, else name-letters.pdf, …

    The chosen name was confirmed in the print dialog; the names made from it were not, so they never
    replace a file that is already there.
    """
    if len(papers) == 1:
        return {papers[0]: Path(chosen)}
    stem = chosen.stem if chosen.suffix.lower() == ".pdf" else chosen.name
    return free_file_names(chosen.parent, stem, papers)


def _reserve(folder: Path, stem: str, papers: Sequence[PaperKind]) -> dict[PaperKind, Path]:
    """free_file_names, each created empty and exclusively, so two batches at once never share a name."""
    while True:
        names = free_file_names(folder, stem, papers)
        made: list[Path] = []
        try:
            for path in names.values():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
                made.append(path)
        except FileExistsError:
            for path in made:
                path.unlink(missing_ok=True)
            continue
        except OSError as error:
            for path in made:
                path.unlink(missing_ok=True)
            raise UserError(describe_os_error(error, Path(folder))) from error
        return names


def _join(parts: Sequence[PrintFile], target: Path, paper: PaperKind) -> int:
    """The parts as one PDF at target, in order; returns its pages."""
    if len(parts) == 1:
        os.replace(parts[0].path, target)  # the parts folder lies inside target's folder: one file system
        return parts[0].pages
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        pages = list(PdfReader(part.path).pages)
        if part.continues_sheet and len(writer.pages):
            writer.pages[-1].merge_page(pages.pop(0))  # the same sheet: the positions do not overlap
        for page in pages:
            writer.add_page(page)
    writer.add_metadata({"/Title": f"Urgent Action evening — {paper.value}", "/Creator": "ua-desktop"})
    buffer = io.BytesIO()
    writer.write(buffer)
    write_bytes_atomic(target, buffer.getvalue())
    return len(writer.pages)


def write_paper_batch(
    session: EveningSession,
    items: Sequence[QueueItem],
    folder: Path,
    context: PrintContext,
    control: JobControl | None = None,
) -> PaperBatch:
    """One PDF per kind of paper in folder (evening-<id>-<time>-letters.pdf, …); nothing is marked printed.

    Raises UserError as write_batch does; then no file is left behind.
    """
    folder = Path(folder)
    try:
        ensure_output_dir(folder)
    except OSError as error:
        raise UserError(describe_os_error(error, folder)) from error
    papers = paper_kinds(items)
    sheet_id = ""
    used_before: frozenset[int] = frozenset()
    envelopes = _envelope_name(context) if PaperKind.ENVELOPES in papers else ""
    stocks = {PaperKind.PLAIN: "", PaperKind.ENVELOPES: envelopes}
    first_label = 1
    if PaperKind.LABEL_SHEETS in papers:
        from ua_desktop.core.labels.used_positions import UsedPositionsStore

        sheet = label_sheet(context)
        store = UsedPositionsStore.in_data_dir(context.paths.data_dir)
        sheet_id = stocks[PaperKind.LABEL_SHEETS] = sheet.id
        used_before = store.used(sheet.id)
        first_label = store.first_free(sheet.id, sheet.labels_per_sheet)
    parts_folder = Path(tempfile.mkdtemp(prefix=".ua-desktop-parts-", dir=folder))
    batch = PaperBatch((), (), sheet_id, used_before)
    targets: dict[PaperKind, Path] = {}
    try:
        parts = write_batch(session, items, parts_folder, context, control)
        stem = f"evening-{session.evening.id}-{batch_time()}"
        targets = _reserve(folder, stem, papers)
        files = tuple(
            _paper_file(
                paper,
                [part for part in parts.files if PAPER_OF[part.kind] is paper],
                targets[paper],
                stocks[paper],
                first_label if paper is PaperKind.LABEL_SHEETS else 1,
            )
            for paper in papers
        )
    except BaseException:
        for path in targets.values():
            path.unlink(missing_ok=True)
        give_back_label_positions(batch, context)
        raise
    finally:
        shutil.rmtree(parts_folder, ignore_errors=True)
    return PaperBatch(files, parts.notices, sheet_id, used_before)


def _paper_file(
    paper: PaperKind, parts: Sequence[PrintFile], target: Path, stock: str, first_label: int
) -> PaperFile:
    ids = tuple(i for part in parts for i in part.item_ids)
    return PaperFile(paper, target, _join(parts, target, paper), ids, stock, first_label)


def _envelope_name(context: PrintContext) -> str:
    from ua_desktop.core.export.envelopes import parse_envelope

    return parse_envelope(context.envelope).name


def give_back_label_positions(batch: PaperBatch, context: PrintContext) -> None:
    """The label sheet's used positions as they were before batch, whose labels never reached the printer.

    Writing the labels moved them on; left so, the next print would skip labels still on the sheet, or
    worse, take a sheet the printer never saw as the part-used one.
    """
    if not batch.label_sheet_id:
        return
    from ua_desktop.core.labels.used_positions import UsedPositionsStore

    store = UsedPositionsStore.in_data_dir(context.paths.data_dir)
    store.set_used(batch.label_sheet_id, batch.labels_used_before)
