"""The command line's catalogue reader answers as QTranslator does, for every message of every catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ua_desktop.cli_words import CATALOGUE, say
from ua_desktop.core.messages import CONTEXT, message
from ua_desktop.core.resources import translations_root
from ua_desktop.core.roster.messages import ImportMessage
from ua_desktop.core.ui_languages import UI_LANGUAGES
from ua_desktop.qm_catalogue import CatalogueError, QmCatalogue

COUNTS = [-1, 0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101, 111, 1000, 1001, 100000]


def _sources(data: bytes) -> list[str]:
    """Every source text of a catalogue (the reader's own index, so the comparison covers them all)."""
    return [source.decode("utf-8") for source in QmCatalogue(data)._messages]


@pytest.mark.parametrize("language", sorted(UI_LANGUAGES))
def test_every_message_and_plural_form_as_qtranslator_gives_it(language: str) -> None:
    path = translations_root() / f"{CATALOGUE}_{language}.qm"
    if not path.exists():
        pytest.skip(f"no compiled catalogue for {language}")
    qt = QTranslator()
    assert qt.load(str(path))
    catalogue = QmCatalogue.load(path)
    sources = _sources(path.read_bytes())
    assert len(sources) > 100
    contexts = {CONTEXT, "RosterImportDialog", "MainWindow", "NoSuchContext"}
    for source in sources:
        for context in contexts:
            for count in COUNTS if "%n" in source else [-1, 3]:
                expected = qt.translate(context, source, None, count)
                assert catalogue.translate(context, source, None, count) == expected, (source, context, count)
    assert catalogue.translate(CONTEXT, "no such text in any catalogue") == ""


def test_english_plurals_without_qt() -> None:
    """The English catalogue words the counts: "1 duplicate skipped", "2 duplicates skipped"."""
    assert say(message(ImportMessage.SKIPPED, 1), "en") == "1 duplicate skipped"
    assert say(message(ImportMessage.SKIPPED, 2), "en") == "2 duplicates skipped"
    assert re.fullmatch(r"3 Duplikat\w* übersprungen", say(message(ImportMessage.SKIPPED, 3), "de"))


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError):
        QmCatalogue(b"PK\x03\x04 a zip file")


def test_plural_rules_of_a_language_with_three_forms() -> None:
    """Polish, as lrelease compiles its rule (n == 1; n % 10 in 2..4 and n % 100 not in 10..20; else)."""
    from ua_desktop.qm_catalogue import _AND, _BETWEEN, _EQ, _MOD_10, _MOD_100, _NEW_RULE, _NOT, MAGIC

    rules = bytes([_EQ, 1, _NEW_RULE, _MOD_10 | _BETWEEN, 2, 4, _AND, _MOD_100 | _NOT | _BETWEEN, 10, 20])
    catalogue = QmCatalogue(MAGIC + bytes([0x88]) + len(rules).to_bytes(4, "big") + rules)
    forms = {n: catalogue.plural_form(n) for n in (0, 1, 2, 4, 5, 12, 14, 21, 22, 25, 104, 112, 1002)}
    assert forms == {0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 14: 2, 21: 2, 22: 1, 25: 2, 104: 1, 112: 2, 1002: 1}


def test_a_roster_import_never_loads_qt(tmp_path: Path) -> None:
    """`roster import` words its report (plurals, duplicates, bad rows) without QtCore (issue 17: start-up
    is part of what a 100,000-row import costs)."""
    import os
    import subprocess
    import sys

    people = tmp_path / "people.csv"
    people.write_text("First name,Last name,Postcode\nAnna,Muster,8001\nAnna,Muster,8001\nBea,,x\n", "utf-8")
    script = (
        "import sys\n"
        "from ua_desktop.cli import main\n"
        "status = main(['roster', 'import', sys.argv[1], '--skip-bad-rows'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'\n"
        "sys.exit(status)\n"
    )
    for language in ("C.UTF-8", "de_CH.UTF-8"):
        env = {**os.environ, "UA_DESKTOP_DATA_DIR": str(tmp_path / language), "LANG": language, "LC_ALL": ""}
        env.pop("LANGUAGE", None)
        result = subprocess.run(
            [sys.executable, "-c", script, str(people)], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert (
            "1 duplicate skipped" if language.startswith("C") else "1 Duplikat übersprungen"
        ) in result.stdout


@pytest.mark.parametrize("cut", [20, 1000, 20_000])
def test_a_damaged_catalogue_words_the_message_in_english(
    cut: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ua_desktop.cli_words as cli_words

    data = (translations_root() / f"{CATALOGUE}_de.qm").read_bytes()
    (tmp_path / f"{CATALOGUE}_de.qm").write_bytes(data[:cut])  # a copy cut short, as a broken install leaves
    monkeypatch.setattr(cli_words, "translations_root", lambda: tmp_path)
    cli_words._translator.cache_clear()
    try:
        worded = say(message(ImportMessage.SKIPPED, 3), "de")
    finally:
        cli_words._translator.cache_clear()
    assert worded in ("3 duplicate(s) skipped", "3 Duplikate übersprungen")  # English, or what was readable
