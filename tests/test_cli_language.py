"""The command line speaks the terminal's language: LANGUAGE, then LC_ALL, LC_MESSAGES and LANG, as gettext
programs choose; C, POSIX and languages without a catalogue give English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.cli_words import terminal_language

BAD_ROWS = (
    "Vorname;Nachname;Strasse;PLZ;Ort;Land;E-Mail\n"
    "Anna;Muster;Bahnhofstrasse 12;8001;Zürich;CH;anna@example.org\n"
    "Peter;Meier;Hauptgasse 2;12;Bern;CH;peter@\n"
    "Hans;Frei;Weg 1;3011;Bern;CH;hans@\n"  # imported; the address that is none goes to the notes
)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "de_CH.UTF-8"}, "de"),
        ({"LANG": "fr_BE.UTF-8", "LC_MESSAGES": "it_IT.UTF-8"}, "it"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LANGUAGE": "pt:fr", "LANG": "de_DE.UTF-8"}, "fr"),  # no Portuguese catalogue: the next one
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_terminal_language(environ: dict[str, str], language: str) -> None:
    assert terminal_language(environ) == language


def import_bad_rows(tmp_path: Path, **language: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "people.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(language)
    return subprocess.run(
        [sys.executable, "-m", "ua_desktop", "roster", "import", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,  # not the project's folder, whose source tree `-m` would import first
    )


def test_row_problems_in_german_french_and_english(tmp_path: Path) -> None:
    german = import_bad_rows(tmp_path, LANG="de_CH.UTF-8")
    assert german.returncode == 1
    assert "Zeile 3" in german.stderr and "Schweiz" in german.stderr
    assert "Zeile 4" in german.stderr and "hans@" in german.stderr
    french = import_bad_rows(tmp_path, LANGUAGE="fr", LANG="de_CH.UTF-8")
    assert "ligne 3" in french.stderr and "Suisse" in french.stderr
    english = import_bad_rows(tmp_path, LANG="C")
    assert "line 4: 'hans@' is not an e-mail address; it was kept in the notes" in english.stderr
    assert "1 row cannot be imported:" in english.stderr  # the English catalogue's plural form, not "row(s)"
