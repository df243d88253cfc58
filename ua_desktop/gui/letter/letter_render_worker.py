"""Renders the preview outside the GUI thread and outside its GIL: template → layout → PDF bytes.

A thread in the window's process would compete with the GUI thread for Python's GIL; typing then stalls
for a few milliseconds at each switch, and a runaway template (stopped by the sandbox after two seconds)
would make the whole window sluggish meanwhile. So the work runs in a child process (core/letter/job.py's
serve loop, started with "spawn", which is safe beside Qt's threads; its memory is limited, so a template
that fills it ends in an error, not in the window's process). One helper thread here only sends a job and
waits for the answer, which releases the GIL. The newest request wins: a job that is no longer the
newest when its turn comes is skipped. All panels share one child. If the child cannot run (for example,
a frozen build without multiprocessing support), rendering falls back to that helper thread.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal
from PySide6.QtPdf import QPdfDocument

from ua_desktop.core.errors import UserError, Worded
from ua_desktop.core.letter.job import RenderFailedError, RenderJob, RenderResult, render_job, serve_in_child
from ua_desktop.gui.letter.letter_preview import load_pdf_document

log = logging.getLogger(__name__)
__all__ = ["RenderJob", "RenderResult", "RenderWorker", "render_job"]

FIRST_REPLY_S = 30.0  # the child imports ReportLab, Jinja2 and Babel before its first answer
REPLY_S = 10.0  # the sandbox stops a template after 2 s; anything slower is a hung child
POLL_SLICE_S = 0.05  # how often a waiting helper thread checks whether its panel or the program is closing
_closing = threading.Event()  # set when the program quits: no more waiting, retrying or falling back


def _closed() -> UserError:
    return UserError(Worded(QCoreApplication.translate("LetterPanel", "The letter window was closed.")))


class RenderCancelledError(Exception):
    """The panel or the program closed while a job was waiting for the render process."""


class RenderProcess:
    """A child process running serve(); restarted when it dies, killed when it hangs."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._answered = False
        self._lock = threading.Lock()
        self._busy = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._process is not None and self._process.is_alive():
                return
            parent, child = self._context.Pipe()
            process = self._context.Process(
                target=serve_in_child, args=(child,), daemon=True, name="ua-desktop-render"
            )
            process.start()
            child.close()
            self._process, self._connection, self._answered = process, parent, False

    def render(
        self, job: RenderJob, cancelled: Callable[[], bool] = _closing.is_set
    ) -> RenderResult | UserError:
        """Send job and wait for the answer.

        Raises OSError/EOFError/TimeoutError when the child fails, RenderCancelledError when cancelled() turns
        true while waiting (checked every POLL_SLICE_S, so closing a window never waits for the child).
        """
        with self._busy:  # several panels may share the child: one job at a time
            if cancelled():
                raise RenderCancelledError
            return self._render(job, cancelled)

    def _render(self, job: RenderJob, cancelled: Callable[[], bool]) -> RenderResult | UserError:
        self.start()
        connection = self._connection
        if connection is None:
            raise OSError("the render process was stopped")
        connection.send(job)
        limit = time.monotonic() + (REPLY_S if self._answered else FIRST_REPLY_S)
        while not connection.poll(POLL_SLICE_S):
            if cancelled():
                # The answer will still come; a fresh connection is simplest and keeps replies in order.
                self.stop()
                raise RenderCancelledError
            if time.monotonic() > limit:
                self.stop()
                raise TimeoutError("the render process did not answer")
        reply: object = connection.recv()
        self._answered = True
        if isinstance(reply, RenderResult | UserError):  # serve() answers with nothing else
            return reply
        raise TypeError(f"the render process answered with a {type(reply).__name__}")

    def stop(self) -> None:
        with self._lock:
            process, connection = self._process, self._connection
            self._process = self._connection = None
        if connection is not None:
            with contextlib.suppress(OSError, ValueError):
                connection.send(None)  # ask the child to stop
            connection.close()
        if process is not None:
            process.join(0.5)
            if process.is_alive():
                process.kill()
                process.join(1.0)


_shared: RenderProcess | None = None
_shared_lock = threading.Lock()


def shared_render_process() -> RenderProcess:
    """The one render child of this program, started on first use and stopped when the program exits.

    Shared like QThreadPool.globalInstance(): every letter panel (and every window in the tests) uses it,
    so opening a window never costs another interpreter start.
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RenderProcess()
            atexit.register(shutdown_render_process)
        return _shared


def shutdown_render_process() -> None:
    """Stop the render child for good (the program is quitting); waiting helper threads give up at once."""
    _closing.set()
    if _shared is not None:
        _shared.stop()


class _Signals(QObject):
    finished = Signal(object, object)  # RenderResult, QPdfDocument | None
    failed = Signal(int, object)  # serial, UserError


class _State:
    """What the helper thread shares with the GUI thread; never the QObject, which may be deleted first."""

    def __init__(self, use_process: bool) -> None:
        self.latest = 0
        self.use_process = use_process
        self.closed = False
        self.process = shared_render_process()
        self.gui_thread = QThread.currentThread()

    def close(self) -> None:
        self.closed = True  # the shared child stays for the other panels

    def cancelled(self) -> bool:
        return self.closed or _closing.is_set()

    def render(self, job: RenderJob) -> RenderResult | UserError:
        if self.use_process:
            for attempt in (1, 2):
                try:
                    return self.process.render(job, self.cancelled)
                except RenderCancelledError:
                    return _closed()
                except (OSError, EOFError, TimeoutError) as error:
                    if self.cancelled():
                        return _closed()
                    self.process.stop()
                    log.warning("letter render process failed (attempt %d): %r", attempt, error)
            if self.cancelled():
                return _closed()
            log.error("the letter render process keeps failing; this panel renders in a thread from now on")
            self.use_process = False
        try:
            return render_job(job)
        except UserError as error:
            return error

    def run(self, job: RenderJob, signals: _Signals) -> None:
        """Runs on the helper thread; nothing may escape into Qt's thread pool."""
        if job.serial != self.latest or self.cancelled():  # a newer edit arrived while this one waited
            return
        try:
            reply = self.render(job)
        except Exception as error:  # a bug: log it, tell the user, keep the last good page
            log.exception("rendering the letter failed")
            reply = UserError(
                Worded(
                    QCoreApplication.translate(
                        "LetterPanel", "The letter could not be rendered: {error}"
                    ).format(error=repr(error))
                )
            )
        if self.cancelled():
            return
        if isinstance(reply, RenderFailedError):  # a bug in the render process, which has no log of its own
            log.error("rendering the letter failed in the render process:\n%s", reply.details)
        if isinstance(reply, RenderResult):
            document = None if job.serial != self.latest else load_pdf_document(reply.pdf)
            if document is not None:
                document.moveToThread(self.gui_thread)  # parsed here, shown there
            signals.finished.emit(reply, document)
        else:
            signals.failed.emit(job.serial, reply)


class RenderWorker(QObject):
    """Accepts render jobs from the GUI thread and reports results back to it.

    Signals:
        finished(RenderResult, QPdfDocument | None): the newest job rendered, its PDF already loaded.
        failed(int, UserError): the job with this serial failed (a TemplateError carries the line).
    """

    finished = Signal(object, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, use_process: bool = True) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)
        self.state = _State(use_process)
        if use_process:
            self.state.process.start()  # the child imports while the window opens
        state = self.state
        self.destroyed.connect(lambda *_: state.close())
        self._signals = _Signals()
        self._signals.finished.connect(self._deliver)
        self._signals.failed.connect(self._deliver_failure)

    @property
    def latest(self) -> int:
        return self.state.latest

    def submit(self, job: RenderJob) -> None:
        self.state.latest = job.serial
        state, signals = self.state, self._signals
        self.pool.start(lambda: state.run(job, signals))

    def _deliver(self, result: RenderResult, document: QPdfDocument | None) -> None:
        if result.serial == self.state.latest:
            self.finished.emit(result, document)

    def _deliver_failure(self, serial: int, error: UserError) -> None:
        if serial == self.state.latest:
            self.failed.emit(serial, error)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running job (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Ignore jobs from now on; the running one gives up within POLL_SLICE_S (the window is closing)."""
        self.state.close()
        self.pool.waitForDone(int(REPLY_S * 1000))  # a job rendering in the fallback thread finishes first
