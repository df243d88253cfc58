"""The preview's render loop (core/letter/job.py serve): a bug reaches the log with its traceback."""

from __future__ import annotations

import logging
import multiprocessing
import threading

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.job import RenderFailedError, serve


def test_a_render_bug_is_logged_and_its_traceback_travels_to_the_parent(
    caplog: pytest.LogCaptureFixture,
) -> None:
    parent, child = multiprocessing.Pipe()
    loop = threading.Thread(target=serve, args=(child,))  # the child process's loop, here in a thread
    loop.start()
    try:
        with caplog.at_level(logging.ERROR, logger="ua_desktop.core.letter.job"):
            parent.send("not a render job")  # render_job() reads job.plan from it: an AttributeError, a bug
            assert parent.poll(10), "serve() did not answer"
            reply = parent.recv()  # through the pipe, so the reply was pickled as it is between processes
    finally:
        parent.send(None)
        loop.join(10)
    assert not loop.is_alive()

    assert isinstance(reply, RenderFailedError)
    assert isinstance(reply, UserError)  # shown by the panel like any render problem
    assert str(reply).startswith("The letter could not be rendered: AttributeError(")
    assert reply.details.startswith("Traceback (most recent call last):")
    assert "in render_job" in reply.details
    assert "AttributeError" in reply.details.splitlines()[-1]

    [record] = [r for r in caplog.records if r.name == "ua_desktop.core.letter.job"]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and record.exc_info[0] is AttributeError
