"""The preview's render child runs with limited memory (issue 16, item 4): a template that fills the memory
ends in an error in that child, never in the window's process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.letter.isolation import MEMORY_LIMIT_MB, memory_limit
from ua_desktop.core.letter.job import RenderJob, RenderResult
from ua_desktop.core.letter.page_setup import PageSetup
from ua_desktop.core.letter.plan import LetterPlan
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.posting import AddressStyle
from ua_desktop.gui.letter.letter_render_worker import RenderProcess


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is set on Linux")
def test_the_preview_renders_in_a_child_whose_address_space_is_limited() -> None:
    case = CaseLibrary(resolve_paths().ensure().cases_dir).get("ua-034-25")
    plan = LetterPlan(case, PageSetup(), "en", "Hello {{ signer.first_name }}", "", AddressStyle())
    process = RenderProcess()
    try:
        result = process.render(RenderJob(1, plan, LetterSigner.sample()))
        assert isinstance(result, RenderResult)
        child = process._process
        assert child is not None and child.pid is not None
        limits = Path(f"/proc/{child.pid}/limits").read_text(encoding="ascii").splitlines()
    finally:
        process.stop()
    [line] = [line for line in limits if line.startswith("Max address space")]
    soft = line.split()[3]
    assert soft != "unlimited" and MEMORY_LIMIT_MB * 2**20 < int(soft) < 2 * 2**30
    assert memory_limit() is None  # the window's own process is never limited
