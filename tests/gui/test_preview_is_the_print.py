"""The preview is the print: the letter panel's PDF and `ua-desktop export letters` agree, whatever decides.

For a grid of (paper, window preset, letter language, group country, signer country), both PDFs are read
back: page size, page count, where the recipient block sits and every word on the first page. The
environment is a fresh kiosk's (LANG=C, no LC_*), and the interface runs in English with Qt's default
locale en_US, the situation in which the preview used to show US Letter while the export printed A4.
"""

from __future__ import annotations

import io
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from ua_desktop.cli import main
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.resources import resource_path
from ua_desktop.core.roster.search import roster_letter_signers
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.letter.letter_panel import LetterPanel

from .settings_helpers import settings_hub

TIMEOUT = 10_000
CASE = "ua-900-26"
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


@pytest.fixture(autouse=True)
def kiosk_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # what app.py sets for the English interface
    yield
    QLocale.setDefault(before)


def two_language_case(paths: AppPaths) -> None:
    """The bundled case as the group's own pack with a German letter beside the English one."""
    folder = paths.cases_dir / CASE
    shutil.copytree(resource_path("cases/ua-034-25"), folder)
    toml = folder / "case.toml"
    text = toml.read_text(encoding="utf-8").replace('id = "ua-034-25"', f'id = "{CASE}"')
    toml.write_text(text.replace('accepted_languages = ["en"]', 'accepted_languages = ["en", "de"]'), "utf-8")
    (folder / "letters" / "de.j2").write_text(
        "Sehr geehrte Frau Ministerin,\n\nich bitte Sie, die Ausweisungen zu beenden. "
        "{{ signer.first_name }} schreibt aus {{ signer.city }}.\n",
        encoding="utf-8",
    )


PEOPLE = {
    "": ["--first", "Zoë", "--last", "Ångström", "--street", "Seestrasse 1a", "--postcode", "6004"],
    "DE": ["--first", "Jürgen", "--last", "Weiß", "--street", "Hauptstraße 5", "--postcode", "10115"],
}
TOWNS = {"": "Luzern", "DE": "Berlin"}


def add_signer(country: str) -> int:
    """A roster signer from country ("": left at the group's country); returns the id."""
    argv = ["roster", "add", *PEOPLE[country], "--city", TOWNS[country]]
    if country:
        argv += ["--country", country]
    assert main(argv) == 0
    with RosterStore.open(resolve_paths().ensure(), read_only=True) as store:
        return max(signer.signer_id or 0 for _label, signer in roster_letter_signers(store))


def first_letter(pdf: bytes, pages: int) -> list[tuple[tuple[float, float], str, tuple[float, float] | None]]:
    """Per page of the first letter: size, text, and where "Kristi Noem" (the recipient block) starts."""
    reader = PdfReader(io.BytesIO(pdf))
    result = []
    for page in reader.pages[:pages]:
        found: list[tuple[float, float]] = []

        def visit(text: str, _cm: object, tm: list[float], *_rest: object, into: list = found) -> None:
            if "Kristi Noem" in text:
                into.append((round(tm[4], 1), round(tm[5], 1)))

        text = page.extract_text(visitor_text=visit)
        size = (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1))
        result.append((size, text, found[0] if found else None))
    return result


GRID = [
    (paper, preset, language, group, signer)
    for (paper, preset, group), (language, signer) in itertools.product(
        itertools.product(["", "a4", "letter"], ["", "din-a", "ch-right"], ["", "CH", "US"]),
        [("en", ""), ("de", "DE")],
    )
]


def test_preview_and_export_agree_across_the_grid(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths().ensure()
    two_language_case(paths)
    case = CaseLibrary(paths.cases_dir).get(CASE)
    ids = {country: add_signer(country) for country in ("", "DE")}
    hub = settings_hub(paths)
    with RosterStore.open(paths, read_only=True) as store:
        roster = roster_letter_signers(store)
    panel = LetterPanel(paths, hub, signer_provider=lambda: roster)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.show_case(case)
    checked = refused = 0
    for paper, preset, language, group, signer_country in GRID:
        hub.update(paper=paper, default_preset=preset, group_country=group)
        panel.language_combo.setCurrentIndex(panel.language_combo.findData(language))
        wanted = next(i for i, (_label, s) in enumerate(roster) if s.signer_id == ids[signer_country])
        panel.signer_combo.setCurrentIndex(wanted + 2)  # after "Sample signer" and "Blank"
        with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
            panel.request_render()
        result = panel.last_result
        assert result is not None and panel.language == language
        out = tmp_path / "letters.pdf"
        argv = ["export", "letters", "--case", CASE, "--signers", str(ids[signer_country])]
        status = main([*argv, "--language", language, "--out", str(out)])
        captured = capsys.readouterr()
        combo = (paper, preset, language, group, signer_country)
        if not group and not signer_country:
            # Posted from nowhere known to the US: the export refuses, and the preview says so.
            assert status == 1 and "settings set group_country" in captured.err, combo
            assert result.missing_sender_country == "US", combo
            refused += 1
            continue
        assert status == 0, (combo, captured.err)
        assert result.missing_sender_country == "", combo
        preview = first_letter(result.pdf, result.pages)
        exported = first_letter(out.read_bytes(), result.pages)
        assert preview == exported, combo
        assert panel.preview.page_count == result.pages
        size = preview[0][0]
        expected = LETTER if paper == "letter" or (not paper and group == "US") else A4
        assert size == pytest.approx(expected, abs=0.5), combo
        if preset == "ch-right":  # the address on the right half of the sheet
            assert preview[0][2] is not None and preview[0][2][0] > expected[0] / 2, combo
        checked += 1
    assert checked == 45 and refused == 9


def test_c_locale_preview_and_export_are_a4_until_the_settings_say_letter(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths().ensure()
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    hub = settings_hub(paths)
    panel = LetterPanel(paths, hub)
    qtbot.addWidget(panel)
    panel.show()
    out = tmp_path / "letters.pdf"
    for setting, size in (("", A4), ("letter", LETTER), ("a4", A4)):
        if setting:
            assert main(["settings", "set", "paper", setting]) == 0
            hub.reload()
        with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
            panel.show_case(case)
        preview = PdfReader(io.BytesIO(panel.last_result.pdf)).pages[0].mediabox
        assert (round(float(preview.width), 1), round(float(preview.height), 1)) == pytest.approx(
            size, abs=0.5
        )
        assert main(["export", "letters", "--case", case.id, "--blank", "1", "--out", str(out)]) == 0
        page = PdfReader(out).pages[0].mediabox
        assert (round(float(page.width), 1), round(float(page.height), 1)) == pytest.approx(size, abs=0.5)
    capsys.readouterr()
