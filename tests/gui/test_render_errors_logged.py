"""A bug in the preview's render process reaches the program's log with its traceback.

The render process is started with "spawn" and writes no log of its own; its error reply carries the
traceback, which the window's side writes to the log.
"""

from __future__ import annotations

import dataclasses
import logging

import pytest
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.letter.job import RenderFailedError, RenderJob
from ua_desktop.core.letter.plan import plan_letters
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.letter.letter_render_worker import RenderWorker


def test_a_render_bug_in_the_child_is_logged_with_its_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    paths = resolve_paths().ensure()
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    plan = plan_letters(paths, Settings(group_country="CH"), case, locale_name="C")
    broken = dataclasses.replace(plan, case=dataclasses.replace(case, recipients=()))  # no one to write to
    worker = RenderWorker(use_process=True)
    failures: list[object] = []
    worker.failed.connect(lambda _serial, error: failures.append(error))
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(worker.failed, timeout=20_000):
        worker.submit(RenderJob(1, broken, LetterSigner.sample()))
    assert isinstance(failures[0], RenderFailedError)
    logged = [r.getMessage() for r in caplog.records if "render process" in r.getMessage()]
    assert logged and "Traceback" in logged[0] and "IndexError" in logged[0]
    worker.shutdown()
