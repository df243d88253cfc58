"""Templates are rendered by a child process whose memory is limited: exports, `letter render`, the preview.

Issue 16, item 4: whatever the sandbox does not foresee, a template from a shared case must end in a clear
error within seconds and a few hundred MB, in a process that is not the program's own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import sys
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.letters_job import LetterJob, export_letters
from ua_desktop.core.export.progress import ExportCancelledError, JobControl
from ua_desktop.core.letter.isolation import MEMORY_LIMIT_MB, IsolatedRenderer, memory_limit
from ua_desktop.core.letter.page_setup import PageSetup
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.letter.templates import LetterRenderer, TemplateError
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.posting import AddressStyle

DAY = dt.date(2026, 11, 28)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is set on Linux")


def bundled_case() -> Case:
    return CaseLibrary(resolve_paths().ensure().cases_dir).get("ua-034-25")


def _address_space_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text(encoding="ascii").splitlines():
        if line.startswith("Max address space"):
            return line.split()[3]
    raise AssertionError("no address space line")


def test_the_child_renders_what_the_program_would() -> None:
    case = bundled_case()
    signers = [LetterSigner.sample(), dataclasses.replace(LetterSigner.sample(), first_name="Łukasz")]
    items = [(signer, case.primary_recipients[0]) for signer in signers]
    style = AddressStyle("CH")
    here = LetterRenderer(case)
    with IsolatedRenderer(case) as renderer:
        there = renderer.render_many(items, DAY, "Bern", style)
    assert there == [here.render(signer, recipient, DAY, "Bern", style) for signer, recipient in items]


def test_template_errors_come_back_with_their_line() -> None:
    with pytest.raises(TemplateError) as caught:
        IsolatedRenderer(bundled_case(), "Dear all,\n\n{% if x %}")
    assert caught.value.line == 3
    with (
        IsolatedRenderer(bundled_case(), "a\n{{ nope }}") as renderer,
        pytest.raises(TemplateError) as caught,
    ):
        renderer.render(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY)
    assert caught.value.line == 2 and "unknown field 'nope'" in str(caught.value)


@linux_only
def test_the_child_runs_with_limited_memory_and_the_program_without() -> None:
    assert memory_limit() is None  # the tests' own process: never limited by rendering
    with IsolatedRenderer(bundled_case()) as renderer:
        limit = renderer.child_memory_limit()
        child = renderer._child
        assert child is not None
        in_proc = _address_space_limit(child.process.pid or 0)
    assert limit is not None and MEMORY_LIMIT_MB * 2**20 < limit < 2 * 2**30  # start-up + MEMORY_LIMIT_MB
    assert in_proc == str(limit)


@linux_only
def test_a_template_that_outgrows_the_child_is_a_clear_error_and_the_next_render_works() -> None:
    # Wide characters take 4 bytes each: ten texts of a million stay within the sandbox's count of
    # characters but not within a child that may take 16 MB.
    template = "{% set s = '𝄞' * 999000 %}" + "".join(f"{{% set k{n} = s ~ '{n}' %}}" for n in range(9))
    with pytest.raises(UserError, match=r"needs too much memory|more than the 16 MB"):
        renderer = IsolatedRenderer(bundled_case(), template, memory_mb=16)
        with renderer:
            renderer.render(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY)
    with IsolatedRenderer(bundled_case()) as renderer:
        letter = renderer.render(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY)
    assert letter.signer_name == "Anna Muster"


def test_a_child_that_dies_is_reported_and_replaced(tmp_path: Path) -> None:
    renderer = IsolatedRenderer(bundled_case())
    child = renderer._child
    assert child is not None
    child.process.kill()
    child.process.join(5)
    with pytest.raises(UserError, match="the process rendering it ended unexpectedly"):
        renderer.render(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY)
    renderer.close()
    with IsolatedRenderer(bundled_case()) as fresh:
        assert fresh.render(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY).body_paragraphs


def test_exports_render_in_the_child_and_a_cancel_stops_them(tmp_path: Path) -> None:
    case = bundled_case()
    signers = [LetterSigner.sample()] * 40
    job = LetterJob(case, signers, PageSetup(), template_text="Hello {{ signer.first_name }}, {{ 1 * 2 }}")
    seen: list[int] = []
    result = export_letters(
        tmp_path / "out.pdf", job, JobControl(progress=lambda done, total: seen.append(done))
    )
    assert result.letters == 40 and seen[-1] == 40
    control = JobControl()
    control.cancel.set()
    with pytest.raises(ExportCancelledError):
        export_letters(tmp_path / "cancelled.pdf", job, control)
    assert not (tmp_path / "cancelled.pdf").exists()


@linux_only
def test_the_preview_child_limits_its_memory_too() -> None:
    from ua_desktop.core.letter.job import RenderJob, RenderResult, serve_in_child
    from ua_desktop.core.letter.plan import LetterPlan

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=serve_in_child, args=(child,), daemon=True)
    process.start()
    try:
        plan = LetterPlan(
            bundled_case(), PageSetup(), "en", "Hello {{ signer.first_name }}", "", AddressStyle()
        )
        parent.send(RenderJob(1, plan, LetterSigner.sample()))
        assert parent.poll(60)
        assert isinstance(parent.recv(), RenderResult)
        limit = _address_space_limit(process.pid or 0)
    finally:
        parent.send(None)
        process.join(10)
    assert limit != "unlimited" and MEMORY_LIMIT_MB * 2**20 < int(limit) < 2 * 2**30
