"""The letters export on the one letter layout: run order, padding, per-signer files, cancel, bad output."""

from __future__ import annotations

import dataclasses
import errno
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case, Recipient, RecipientRole
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.letters_job import LetterJob, export_letters, export_letters_per_signer
from ua_desktop.core.export.ordering import blank_signers, plan_run, safe_file_stem
from ua_desktop.core.export.output import write_pdf
from ua_desktop.core.export.progress import ExportCancelledError, JobControl
from ua_desktop.core.letter.page_setup import PageSetup, Paper
from ua_desktop.core.letter.signer import LetterSigner

SIGNERS = [
    LetterSigner(
        "Anna", "Muster", street=("Bahnhofstrasse 12",), postal_code="8001", city="Zürich", country="CH"
    ),
    LetterSigner(
        "Дмитрий", "Иванов", street=("ул. Ленина 1",), postal_code="101000", city="Москва", country="RU"
    ),
    LetterSigner(
        "Ελένη", "Παπαδοπούλου", street=("Ερμού 10",), postal_code="105 63", city="Αθήνα", country="GR"
    ),
]
COPY = Recipient(
    name="Ambassador Example",
    role=RecipientRole.COPY,
    organisation="Embassy of the USA",
    street=("Sulgeneckstrasse 19",),
    postal_code="3007",
    city="Bern",
    country="CH",
)


@pytest.fixture
def case(data_dir: Path) -> Case:
    return CaseLibrary(data_dir / "cases").get("ua-034-25")


def job(case: Case, signers: list[LetterSigner], **changes: object) -> LetterJob:
    values: dict[str, object] = {"setup": PageSetup(), **changes}
    return LetterJob(case=case, signers=signers, **values)  # type: ignore[arg-type]


def test_one_letter_per_signer_per_recipient_in_stacking_order(case: Case) -> None:
    with_copy = dataclasses.replace(case, recipients=(*case.recipients, COPY))
    run = plan_run(with_copy, SIGNERS[:2])
    assert [(item.signer.last_name, item.recipient.name) for item in run] == [
        ("Muster", "Kristi Noem"),
        ("Muster", "Ambassador Example"),
        ("Иванов", "Kristi Noem"),
        ("Иванов", "Ambassador Example"),
    ]


def test_combined_pdf_has_one_letter_per_signer(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "letters.pdf"
    progress: list[tuple[int, int]] = []
    result = export_letters(
        out, job(case, SIGNERS), JobControl(progress=lambda d, t: progress.append((d, t)))
    )
    reader = PdfReader(out)
    assert result.letters == 3 and len(reader.pages) == result.pages
    texts = [page.extract_text() for page in reader.pages]
    assert "Anna Muster" in texts[0] and "Иванов" in "".join(texts) and "Παπαδοπούλου" in "".join(texts)
    assert all("Kristi Noem" in text for text in texts[:1])
    assert progress[0] == (0, 3) and progress[-1] == (3, 3)
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    meta = " ".join(str(v) for v in reader.metadata.values())
    assert "UA 034/25" in meta and "Muster" not in meta and "Иванов" not in meta
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptor = next(iter(fonts.values())).get_object()
    assert "+" in str(descriptor["/BaseFont"])  # embedded subset (ABCDEF+Name)


def test_padding_keeps_every_letter_on_its_own_sheets(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "duplex.pdf"
    result = export_letters(out, job(case, SIGNERS, pad_duplex=True))
    assert result.pages == 2 * result.letters == len(PdfReader(out).pages)
    assert PdfReader(out).pages[1].extract_text().strip() == ""


def test_blank_letters_for_walk_ins(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "blank.pdf"
    result = export_letters(out, job(case, blank_signers(4), setup=PageSetup(paper=Paper.LETTER)))
    reader = PdfReader(out)
    assert result.letters == 4 and len(reader.pages) == result.pages and result.pages % 4 == 0
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612, abs=0.5)
    with pytest.raises(UserError, match="between 1 and"):
        blank_signers(0)


def test_one_pdf_per_signer_with_safe_names(tmp_path: Path, case: Case) -> None:
    odd = LetterSigner(
        "Tom/Jerry", "Ba:d*Na?me<>|😀", street=("x",), postal_code="8001", city="Zürich", country="CH"
    )
    folder = tmp_path / "per signer"
    result = export_letters_per_signer(folder, job(case, [*SIGNERS[:2], odd, SIGNERS[0]]))
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 4 == len(result.files)
    assert "ua-034-25 1 Anna Muster.pdf" in names and "ua-034-25 2 Дмитрий Иванов.pdf" in names
    odd_name = next(n for n in names if n.startswith("ua-034-25 3"))
    assert not set(odd_name) & set('/:*?"<>|😀')
    assert all(len(PdfReader(p).pages) == 1 for p in result.files)


def test_safe_file_stems() -> None:
    assert safe_file_stem("CON") == "letter CON"
    assert safe_file_stem("  ..  ") == "letter"
    assert safe_file_stem("Łukasz Żółć") == "Łukasz Żółć"
    assert len(safe_file_stem("x" * 300)) == 80


def test_no_signers_is_refused(tmp_path: Path, case: Case) -> None:
    with pytest.raises(UserError, match="No signers selected"):
        export_letters(tmp_path / "x.pdf", job(case, []))
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "cancelled.pdf"
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    with pytest.raises(ExportCancelledError):
        export_letters(out, job(case, SIGNERS * 3), JobControl(progress=progress, cancel=cancel))
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "full.pdf"
    out.write_bytes(b"%PDF-1.4 the previous export")

    def build(handle: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match="disk is full"):
        write_pdf(out, build)
    assert out.read_bytes() == b"%PDF-1.4 the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["full.pdf"]


def test_a_bad_template_is_a_user_error(tmp_path: Path, case: Case) -> None:
    with pytest.raises(UserError):
        export_letters(tmp_path / "x.pdf", job(case, SIGNERS, template_text="{{ signer.nonsense }}"))
    assert list(tmp_path.iterdir()) == []


def test_signer_with_emoji_gets_a_warning(tmp_path: Path, case: Case) -> None:
    emoji = LetterSigner(
        "Zoë", "Müller 😀", street=("Bahnhofstrasse 1",), postal_code="8001", city="Zürich", country="CH"
    )
    result = export_letters(tmp_path / "emoji.pdf", job(case, [emoji]))
    assert result.notices and "U+1F600" in str(result.notices[0])
