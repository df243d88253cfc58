"""GUI tests see what users see: the English catalogue (plural forms such as "1 day left") is installed
for the whole session, as the program does at start-up. Tests that switch language switch back to it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ua_desktop.gui.i18n import Translators


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    translators.install("en")
    yield translators
