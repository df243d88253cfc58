"""One preview render as plain data, and a render server loop for a separate process.

The preview renders in a child process so that neither the GIL nor a runaway template can make typing
stutter in the window; this module holds the Qt-free part: the job, its result, the whole edit-to-PDF
path (the same one the CLI and the exports take) and the loop the child runs.

A bug while rendering must reach the log with its traceback. The child is started with "spawn", so it
begins with logging unconfigured and has no log file of its own: serve() logs the exception (it shows on
the child's stderr, and in the log when serve runs where logging is set up) and sends the formatted
traceback back in a RenderFailedError, for the parent to write to its log.
"""

from __future__ import annotations

import contextlib
import io
import logging
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection

from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.messages import LetterMessage
from ua_desktop.core.letter.plan import LetterPlan
from ua_desktop.core.letter.rendered import RenderedLetter
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.messages import Message, message

log = logging.getLogger(__name__)


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


class RenderFailedError(UserError):
    """A bug stopped a render in the child process.

    A UserError so the panel shows it like any other render problem and keeps the last good page; the
    traceback (`details`) is for the log, which only the parent process writes.
    """

    def __init__(self, what: Message, details: str) -> None:
        super().__init__(what)
        self.details = details  # UserError's __reduce__ sends it through the pipe with the typed message


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


def serve_in_child(connection: Connection) -> None:
    """serve() as the preview's child process runs it: with limited memory (core/letter/isolation.py)."""
    from ua_desktop.core.letter.isolation import prepare_child

    prepare_child()
    serve(connection)


def serve(connection: Connection) -> None:
    """The child process: answer each RenderJob with a RenderResult or the UserError; None stops.

    A bug is answered with a RenderFailedError that carries its traceback, after logging it here. Running
    out of memory is answered too, and ends the loop: the parent starts a fresh child for the next job.
    """
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply: object = render_job(job)
        except MemoryError:
            from ua_desktop.core.letter.isolation import out_of_memory

            with contextlib.suppress(EOFError, OSError, MemoryError):
                connection.send(out_of_memory())
            return
        except UserError as error:
            reply = error
        except Exception as error:  # a bug: logged here, and its traceback sent on for the parent's log
            log.exception("rendering the letter preview failed")
            failed = message(LetterMessage.RENDER_FAILED, error=repr(error))
            reply = RenderFailedError(failed, traceback.format_exc())
        try:
            connection.send(reply)
        except (EOFError, OSError):
            return
