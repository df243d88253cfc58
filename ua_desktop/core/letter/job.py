"""One preview render as plain data, and a render server loop for a separate process.

The preview renders in a child process so that neither the GIL nor a runaway template can make typing
stutter in the window; this module holds the Qt-free part: the job, its result, the whole edit-to-PDF
path (the same one the CLI and the exports take) and the loop the child runs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from multiprocessing.connection import Connection

from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.plan import LetterPlan
from ua_desktop.core.letter.rendered import RenderedLetter
from ua_desktop.core.letter.signer import LetterSigner


@dataclass(frozen=True)
class RenderJob:
    """One preview: the letter of signer by plan (core/letter/plan.py, the path every export takes)."""

    serial: int
    plan: LetterPlan
    signer: LetterSigner


@dataclass(frozen=True)
class RenderResult:
    serial: int
    letter: RenderedLetter
    pdf: bytes
    pages: int
    missing: list[str]  # characters the letter font has no glyph for (printed as boxes)
    # The destination (ISO code) of a letter abroad without the sender's country, which the export refuses.
    missing_sender_country: str = ""


def render_job(job: RenderJob) -> RenderResult:
    """Template -> letter -> layout -> PDF bytes for the case's first recipient."""
    # Imported here: the GUI process imports this module for RenderJob without loading Jinja2 or ReportLab.
    from ua_desktop.core.letter.layout import LetterPdfWriter

    plan = job.plan
    letter = plan.render(job.signer, plan.case.primary_recipients[0])
    buffer = io.BytesIO()
    writer = LetterPdfWriter(buffer, plan.setup)
    pages = writer.add_letter(letter)
    writer.close()
    missing = list(writer.missing_characters)
    no_origin = plan.missing_sender_country(job.signer)
    return RenderResult(job.serial, letter, buffer.getvalue(), pages, missing, no_origin)


def serve(connection: Connection) -> None:
    """The child process: answer each RenderJob with a RenderResult or the UserError; None stops."""
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply: object = render_job(job)
        except UserError as error:
            reply = error
        except Exception as error:  # a bug; the parent logs it and keeps the last good page
            reply = UserError(f"The letter could not be rendered: {error!r}")
        try:
            connection.send(reply)
        except (EOFError, OSError):
            return
