"""Runs one export job on a worker thread, so the window stays responsive while a PDF is built.

The job is a plain callable taking a core JobControl; progress comes back as a queued signal, Cancel sets
the control's threading.Event and the core stops within one page (the atomic writer then removes the
temporary file). Errors the user can fix arrive as their message; anything else is logged as a bug.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ua_desktop.core.errors import UserError
from ua_desktop.core.export.progress import ExportCancelledError, JobControl
from ua_desktop.core.export.result import ExportResult
from ua_desktop.core.posting import SenderCountryMissingError
from ua_desktop.gui.widgets.core_words import say

log = logging.getLogger(__name__)

ExportCallable = Callable[[JobControl], ExportResult]


class ExportWorker(QObject):
    """Executes a job callable on its own QThread.

    Signals:
        progress(int, int): letters/labels/envelopes done and total.
        succeeded(ExportResult): what the job wrote.
        failed(str): a message for the user (cancel included).
        sender_country_missing(str): the core refused a letter abroad whose sender has no country (the
            message); the dialog asks for the group's country and may run the job again.
        cancelled(): the user cancelled; nothing was written.
        finished(): emitted last, whatever the outcome.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    sender_country_missing = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: ExportCallable) -> None:
        super().__init__()
        self._job = job
        self.control = JobControl(progress=self.progress.emit)
        self._job_thread = QThread()
        self._job_thread.setObjectName("exportWorker")
        self.moveToThread(self._job_thread)
        self._job_thread.started.connect(self._run)
        self.finished.connect(self._job_thread.quit)

    def start(self) -> None:
        self._job_thread.start()

    def cancel(self) -> None:
        self.control.cancel.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._job_thread.wait(ms)

    @Slot()
    def _run(self) -> None:
        try:
            result = self._job(self.control)
        except ExportCancelledError:
            self.cancelled.emit()
        except SenderCountryMissingError as error:
            self.sender_country_missing.emit(say(error))
        except UserError as error:
            self.failed.emit(say(error))
        except Exception as error:  # a bug: keep the window alive, log the traceback
            log.exception("export failed")
            self.failed.emit(self.tr("Unexpected error: {error}").format(error=error))
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()
