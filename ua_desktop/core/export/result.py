"""What an export wrote, in one typed shape for letters, labels and envelopes alike.

The three jobs keep their own result classes (the command line reports their details); make_job() hands the
GUI's worker thread this one ExportResult instead, so the export dialog reads fields, never guesses them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ua_desktop.core.export.emails import EmailResult
from ua_desktop.core.export.envelopes_job import EnvelopeResult
from ua_desktop.core.export.fax_sheet import FaxResult
from ua_desktop.core.export.labels_job import LabelResult
from ua_desktop.core.export.letters_job import LetterResult
from ua_desktop.core.messages import Message


@dataclass(frozen=True)
class ExportResult:
    """One finished export.

    Attributes:
        pages: pages written, over all files.
        files: the files written, in order (one PDF, one per signer, or the e-mail drafts).
        notices: things the user should check, worded by the caller.
        letters, labels, envelopes, drafts: how many of each were written (0 for the other kinds).
        used_after: label positions used on the sheet left in the printer (None unless labels).
    """

    pages: int
    files: tuple[Path, ...]
    notices: tuple[Message, ...] = ()
    letters: int = 0
    labels: int = 0
    envelopes: int = 0
    used_after: frozenset[int] | None = None
    drafts: int = 0

    @classmethod
    def of_letters(cls, result: LetterResult) -> ExportResult:
        return cls(result.pages, result.files, result.notices, letters=result.letters)

    @classmethod
    def of_labels(cls, result: LabelResult, out: Path) -> ExportResult:
        return cls(result.pages, (out,), result.notices, labels=result.labels, used_after=result.used_after)

    @classmethod
    def of_envelopes(cls, result: EnvelopeResult, out: Path) -> ExportResult:
        return cls(result.pages, (out,), result.notices, envelopes=result.pages)  # one envelope a page

    @classmethod
    def of_emails(cls, result: EmailResult) -> ExportResult:
        return cls(0, result.files, result.notices, drafts=result.drafts)

    @classmethod
    def of_fax_sheet(cls, result: FaxResult, out: Path) -> ExportResult:
        return cls(result.pages, (out,), letters=result.recipients)
