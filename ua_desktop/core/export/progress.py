"""Progress reporting and cancelling for export jobs, without Qt.

The GUI runs a job in a worker thread and passes a callback (forwarded to a Qt signal) and a threading.Event
(set by the Cancel button); the CLI passes nothing. Jobs call check() between pages, so a cancel stops the
job within one page and the temporary output file is removed by the atomic writer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ua_desktop.core.errors import UserError
from ua_desktop.core.export.messages import ExportMessage

ProgressCallback = Callable[[int, int], None]  # (done, total)


class ExportCancelledError(UserError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(ExportMessage.CANCELLED)


@dataclass
class JobControl:
    """What a running job reports to and listens to."""

    progress: ProgressCallback | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    total: int = 0

    def start(self, total: int) -> None:
        self.total = total
        self.step(0)

    def step(self, done: int) -> None:
        """Report done of total; raise ExportCancelledError if cancel was requested."""
        if self.cancel.is_set():
            raise ExportCancelledError()
        if self.progress is not None:
            self.progress(done, self.total)
