"""GUI tests see what users see: the English catalogue (plural forms such as "1 day left") is installed
for the whole session, as the program does at start-up. Tests that switch language switch back to it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ua_desktop.gui.shell.i18n import Translators


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    translators.install("en")
    yield translators


@pytest.fixture(autouse=True)
def no_unexpected_country_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """The group's-country question is a modal dialog nobody answers here: fail instead of hanging.

    Tests that expect the question replace group_country_prompt.ask_group_country themselves.
    """
    from ua_desktop.gui.shell import group_country_prompt

    def unexpected(_parent: object, _language: str) -> str:
        raise AssertionError("unexpected question for the group's country")

    monkeypatch.setattr(group_country_prompt, "ask_group_country", unexpected)


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would block the test run: fail instead.

    Covers the static helpers (question, warning, information, critical) and a box built and run with
    exec(). Tests that expect a box replace the one they expect with their own answer, after this guard.
    """

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    def unexpected_exec(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected message box: {box.windowTitle()!r}, {box.text()!r}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected_exec)


@pytest.fixture(autouse=True)
def collect_qt_garbage_on_the_gui_thread() -> Iterator[None]:
    """Free each test's Qt objects in reference cycles here, on the GUI thread.

    Left for later, Python's cycle collector may run them down inside a worker thread (the export worker),
    where destroying a widget crashes the process.
    """
    yield
    gc.collect()
