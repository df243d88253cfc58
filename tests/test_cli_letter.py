"""`ua-desktop letter render`: PDF and text output, presets, and clear messages for bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.cli import main


def render(tmp_path: Path, *args: str, out: str = "letter.pdf") -> tuple[int, Path]:
    target = tmp_path / out
    code = main(
        ["letter", "render", "--case", "ua-034-25", "--date", "2026-11-28", *args, "--out", str(target)]
    )
    return code, target


def test_pdf_for_the_sample_signer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = render(tmp_path, "--sample", "--preset", "din-b")
    assert code == 0
    assert "(1 page(s), a4, din-b)" in capsys.readouterr().out
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = reader.pages[0].extract_text()
    assert "Dear Secretary Noem," in text and "Anna Muster" in text and "Zürich, 28 November 2026" in text
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    assert out.stat().st_mode & 0o777 == 0o600


def test_letter_paper_and_presets(tmp_path: Path) -> None:
    code, out = render(tmp_path, "--paper", "letter")
    assert code == 0
    box = PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)
    code, out = render(tmp_path, "--preset", "ch-right", out="ch.pdf")
    assert code == 0
    box = PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
    assert round(float(box.width)) == 595  # A4


def test_text_output_for_a_blank_signer(tmp_path: Path) -> None:
    code, out = render(tmp_path, "--blank", out="letter.txt")
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("28 November 2026\n\nThe Honorable Kristi Noem\n")
    assert "Anna Muster" not in text and text.rstrip().endswith("Yours sincerely,")


def test_group_draft_is_used_and_template_file_overrides(tmp_path: Path, data_dir: Path) -> None:
    drafts = data_dir / "drafts"
    drafts.mkdir(parents=True)
    (drafts / "ua-034-25.en.j2").write_text(
        "Our group's own words, {{ signer.first_name }}.", encoding="utf-8"
    )
    code, out = render(tmp_path, out="a.txt")
    assert code == 0 and "Our group's own words, Anna." in out.read_text(encoding="utf-8")
    template = tmp_path / "t.j2"
    template.write_text("From a file.", encoding="utf-8")
    code, out = render(tmp_path, "--template", str(template), out="b.txt")
    assert code == 0 and "From a file." in out.read_text(encoding="utf-8")


def test_bad_template_exits_1_with_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "bad.j2"
    template.write_text("Hello\n{{ signer.frist_name }}\n", encoding="utf-8")
    code, out = render(tmp_path, "--template", str(template))
    assert code == 1 and not out.exists()
    err = capsys.readouterr().err
    assert "line 2" in err and "did you mean signer.first_name?" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--out-format",), None),
        (("--language", "xx"), "no model letter in 'xx'"),
        (("--template", "/nonexistent/t.j2"), "Cannot read the template"),
    ],
)
def test_bad_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message
) -> None:
    if message is None:
        with pytest.raises(SystemExit) as caught:
            render(tmp_path, *args)
        assert caught.value.code == 2
        return
    code, _ = render(tmp_path, *args)
    assert code == 1 and message in capsys.readouterr().err


def test_wrong_extension_and_unknown_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = render(tmp_path, out="letter.docx")
    assert code == 1 and "must end in .pdf or .txt" in capsys.readouterr().err
    assert main(["letter", "render", "--case", "nope", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "There is no case with id 'nope'" in capsys.readouterr().err


def test_missing_glyphs_are_warned_about(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "emoji.j2"
    template.write_text("Solidarity ✊🏽 from us.", encoding="utf-8")
    code, _ = render(tmp_path, "--template", str(template))
    assert code == 0
    err = capsys.readouterr().err
    assert "warning" in err and "U+1F3FD" in err and "they print as \ufffd" in err


def test_signer_from_the_roster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.roster.records import add_signer
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

    store = RosterStore.open(resolve_paths().ensure())
    try:
        person = Signer(
            first_name="Ελένη", last_name="Παπαδοπούλου", city="Αθήνα", country="GR", email="e@x.gr"
        )
        saved = add_signer(store, person)
    finally:
        store.close()
    assert saved.id is not None
    code, out = render(tmp_path, "--signer", str(saved.id), out="roster.txt")
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(
        "Ελένη Παπαδοπούλου\nΑΘΗΝΑ\nGREECE\n"
    )  # Greek addresses write the town in capitals, and Greek capitals carry no accents
    assert text.rstrip().endswith("Yours sincerely,\n\nΕλένη Παπαδοπούλου")
    assert "e@x.gr" not in text  # the letter never sees the rest of the roster record
    code, _ = render(tmp_path, "--signer", "999", out="missing.txt")
    assert code == 1 and "999" in capsys.readouterr().err
