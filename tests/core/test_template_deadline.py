"""The wall-clock limit on templates: one watchdog thread for every render, and a runaway loop stopped."""

from __future__ import annotations

import threading
import time

import pytest

from ua_desktop.core.letter.sandbox import ResourceLimitError, run_with_deadline


def test_a_runaway_loop_is_stopped_at_its_deadline() -> None:
    def forever() -> None:
        while True:
            pass

    started = time.perf_counter()
    with pytest.raises(ResourceLimitError, match=r"longer than 0\.2 seconds"):
        run_with_deadline(forever, seconds=0.2)
    assert 0.15 < time.perf_counter() - started < 2.0


def test_quick_work_returns_its_result_and_no_interruption_arrives_later() -> None:
    assert run_with_deadline(lambda: 42, seconds=0.05) == 42
    time.sleep(0.2)  # past that deadline: nothing may be raised here
    assert sum(run_with_deadline(lambda n=n: n, seconds=5) for n in range(100)) == 4950


def test_a_thousand_renders_share_one_watchdog_thread() -> None:
    run_with_deadline(lambda: None)
    before = threading.active_count()
    started = []
    original_start = threading.Thread.start

    def counting_start(thread: threading.Thread) -> None:
        started.append(thread.name)
        original_start(thread)

    threading.Thread.start = counting_start  # type: ignore[method-assign]
    try:
        for _ in range(1000):
            run_with_deadline(lambda: None)
    finally:
        threading.Thread.start = original_start  # type: ignore[method-assign]
    assert started == [] and threading.active_count() == before


def test_deadlines_of_several_threads_are_kept_apart() -> None:
    results: dict[str, object] = {}

    def spin() -> None:
        while True:
            pass

    def slow() -> None:
        try:
            run_with_deadline(spin, seconds=0.3)
        except ResourceLimitError as error:
            results["slow"] = error

    def quick() -> None:
        results["quick"] = sum(run_with_deadline(lambda: 1, seconds=0.1) for _ in range(50))

    threads = [threading.Thread(target=slow), threading.Thread(target=quick)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert isinstance(results["slow"], ResourceLimitError) and results["quick"] == 50
