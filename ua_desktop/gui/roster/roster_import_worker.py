"""Running an import (or its dry run) off the GUI thread, with progress and cancel.

SQLite connections belong to the thread that made them, so the worker opens its own connection to the
roster (same process, so it shares the writer lock) and closes it when done.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.csv_import import DuplicatePolicy, import_source
from ua_desktop.core.roster.fields import DateOrder
from ua_desktop.core.roster.source import SourceTable
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.widgets.core_words import say


class ImportWorker(QThread):
    """Imports source into the roster at db_path.

    Signals:
        progress(int): per mille done.
        succeeded(object): the ImportReport.
        failed(str): a message for the user (nothing was imported).
    """

    progress = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        backups_dir: Path,
        source: SourceTable,
        mapping: list[str | None],
        policy: DuplicatePolicy,
        dry_run: bool,
        skip_bad_rows: bool,
        group_country: str = "",
        date_order: DateOrder | None = None,
    ) -> None:
        super().__init__()
        self.db_path, self.backups_dir = db_path, backups_dir
        self.source, self.mapping, self.policy = source, mapping, policy
        self.dry_run, self.skip_bad_rows = dry_run, skip_bad_rows
        self.group_country, self.date_order = group_country, date_order
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            with RosterStore(self.db_path, self.backups_dir, read_only=self.dry_run, wait=2.0) as store:
                report = import_source(
                    store,
                    self.source,
                    mapping=self.mapping,
                    on_duplicate=self.policy,
                    dry_run=self.dry_run,
                    skip_bad_rows=self.skip_bad_rows,
                    progress=lambda fraction: self.progress.emit(int(fraction * 1000)),
                    cancelled=self._cancel.is_set,
                    group_country=self.group_country,
                    date_order=self.date_order,
                )
        except UserError as error:
            self.failed.emit(say(error))
            return
        self.succeeded.emit(report)
