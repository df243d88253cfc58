"""What the core says reaches the window in the interface language: row problems in the import preview,
a refused file, a core error shown by say(), with countries named and numbers written in that language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import message
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.messages import RowMessage
from ua_desktop.core.roster.source import read_source
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.roster.roster_import_dialog import RosterImportDialog
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.widgets.core_words import say

BAD_ROWS = (
    "Vorname;Nachname;Strasse;PLZ;Ort;Land;E-Mail\n"
    "Anna;Muster;Bahnhofstrasse 12;8001;Zürich;CH;anna@example.org\n"
    "Peter;Meier;Hauptgasse 2;12;Bern;CH;peter@\n"
    "Lena;Frei;Marktgasse 3;3000;Bern;Narnia;\n"
    "Hans;Frei;Weg 1;3011;Bern;CH;hans@\n"  # imported; the address that is none goes to the notes
)

# For each language: words that only its wording of the problems above contains.
EXPECTED = {
    "de": ("Schweiz", "Zeile 3"),
    "fr": ("Suisse", "ligne 3"),
}


@pytest.fixture
def interface(english_catalogue: Translators) -> Iterator[Translators]:
    """Switch the interface language as Preferences does; back to English afterwards."""
    yield english_catalogue
    english_catalogue.install("en")
    QLocale.setDefault(QLocale("en_GB"))


def switch(translators: Translators, language: str) -> None:
    assert translators.install(language), f"the {language} catalogue is compiled"
    QLocale.setDefault(QLocale(language))


@pytest.mark.parametrize("language", ["de", "fr"])
def test_import_preview_words_row_problems_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, interface: Translators, language: str
) -> None:
    switch(interface, language)
    path = tmp_path / "people.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    paths = resolve_paths().ensure()
    RosterStore.open(paths).close()  # an empty roster to import into
    dialog = RosterImportDialog(paths.roster_db, paths.backups_dir, read_source(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.worker is None, timeout=10_000)
    summary = dialog.summary.toPlainText()
    for word in EXPECTED[language]:
        assert word in summary, summary
    for english in (
        "is not an e-mail address",
        "does not have the form used in",
        "unknown country",
        "line 3",
    ):
        assert english not in summary, summary
    assert "hans@" in summary and "Narnia" in summary  # the values themselves are kept as typed


def test_a_core_error_is_worded_in_the_interface_language(interface: Translators) -> None:
    error = UserError(RowMessage.FIELD_COUNT, fields=1888, width=8)
    assert say(error) == "has 1,888 fields where the header has 8"
    switch(interface, "de")
    worded = say(error)
    assert "1.888" in worded and "has" not in worded.split()
    switch(interface, "fr")
    three = message(RowMessage.FIELD_COUNT, fields=3, width=8)
    assert say(three) != three.english() and "3" in say(three)
