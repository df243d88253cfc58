"""Renders the letter off the GUI thread: template → layout → PDF bytes, newest request wins.

Jobs run one at a time on a private single-thread pool; a job that is no longer the newest when its turn
comes is skipped, so typing fast never queues up stale renders. Results come back as queued signals.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal

from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.layout import LetterPdfWriter
from ua_desktop.core.letter.page_setup import PageSetup
from ua_desktop.core.letter.rendered import RenderedLetter
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.letter.templates import LetterRenderer, TemplateError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderJob:
    serial: int
    case: Case
    template_text: str
    language: str
    signer: LetterSigner
    setup: PageSetup
    post_country: str | None = None
    today: dt.date | None = None


@dataclass(frozen=True)
class RenderResult:
    serial: int
    letter: RenderedLetter
    pdf: bytes
    pages: int
    missing: list[str]  # characters the letter font has no glyph for (printed as boxes)


def render_job(job: RenderJob) -> RenderResult:
    """The whole edit-to-PDF path, the same one the CLI and the exports take."""
    renderer = LetterRenderer(job.case, job.template_text, job.language)
    recipient = job.case.primary_recipients[0]
    letter = renderer.render(job.signer, recipient, job.today, post_country=job.post_country)
    buffer = io.BytesIO()
    writer = LetterPdfWriter(buffer, job.setup)
    pages = writer.add_letter(letter)
    writer.close()
    return RenderResult(job.serial, letter, buffer.getvalue(), pages, list(writer.missing_characters))


class _Signals(QObject):
    finished = Signal(object)  # RenderResult
    failed = Signal(int, object)  # serial, UserError


class RenderWorker(QObject):
    """Accepts render jobs from the GUI thread and reports results back to it.

    Signals:
        finished(RenderResult): the newest job rendered.
        failed(int, UserError): the job with this serial failed (TemplateError carries the line).
    """

    finished = Signal(object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.latest = 0
        self._signals = _Signals()
        self._signals.finished.connect(self._deliver)
        self._signals.failed.connect(self._deliver_failure)

    def submit(self, job: RenderJob) -> None:
        self.latest = job.serial
        signals = self._signals
        self.pool.start(lambda: self._run(job, signals))

    def _run(self, job: RenderJob, signals: _Signals) -> None:
        if job.serial != self.latest:  # a newer edit arrived while this one waited
            return
        try:
            result = render_job(job)
        except TemplateError as error:
            signals.failed.emit(job.serial, error)
            return
        except UserError as error:
            signals.failed.emit(job.serial, error)
            return
        except Exception as error:  # a bug: log it, tell the user, keep the last good page
            log.exception("rendering the letter failed")
            signals.failed.emit(job.serial, UserError(f"The letter could not be rendered: {error!r}"))
            return
        signals.finished.emit(result)

    def _deliver(self, result: RenderResult) -> None:
        if result.serial == self.latest:
            self.finished.emit(result)

    def _deliver_failure(self, serial: int, error: UserError) -> None:
        if serial == self.latest:
            self.failed.emit(serial, error)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running job (tests, shutdown)."""
        return self.pool.waitForDone(msecs)
