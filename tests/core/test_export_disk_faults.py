"""Exports on a full disk and after a kill: an honest count of what was written, and no temporaries left.

One PDF per signer onto a disk that fills up part-way keeps the complete files and says how many there
are (never "nothing was changed" after writing some); a cancel says the same. The temporary files of a
killed export are removed by the next one, but never a live writer's. The full disk is a real small tmpfs
(tests/mounts.py, skipped where it cannot be mounted); a second test makes the disk full at the fsync of the
fourth file with monkeypatch, so the same path is checked everywhere.
"""

from __future__ import annotations

import errno
import fcntl
import os
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.letters_job import LetterJob, export_letters, export_letters_per_signer
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.fileio import remove_stale_temporaries
from ua_desktop.core.letter.page_setup import PageSetup
from ua_desktop.core.letter.signer import LetterSigner

from ..mounts import small_disk

SIGNERS = [
    LetterSigner(f"Anna{n}", "Muster", street=(f"Weg {n}",), postal_code="8001", city="Zürich", country="CH")
    for n in range(30)
]


@pytest.fixture
def case(data_dir: Path) -> Case:
    return CaseLibrary(data_dir / "cases").get("ua-034-25")


def job(case: Case, signers: list[LetterSigner]) -> LetterJob:
    return LetterJob(case=case, signers=signers, setup=PageSetup())


def complete_pdfs(folder: Path) -> list[Path]:
    found = sorted(folder.glob("*.pdf"))
    for pdf in found:
        assert len(PdfReader(pdf).pages) == 1, pdf
    return found


def test_per_signer_export_onto_a_full_disk_reports_what_it_wrote(tmp_path: Path, case: Case) -> None:
    with small_disk(tmp_path / "stick", 256):
        folder = tmp_path / "stick" / "letters"
        with pytest.raises(UserError) as caught:
            export_letters_per_signer(folder, job(case, SIGNERS))
        written = complete_pdfs(folder)
        assert 0 < len(written) < 30
        said = str(caught.value)
        assert "nothing was changed" not in said
        assert f"{len(written)} of 30 file(s) in {folder} had been written completely" in said
        assert "disk became full" in said
        assert sorted(p.name for p in folder.iterdir()) == [p.name for p in written]  # no temporaries


def test_per_signer_export_counts_the_files_before_a_full_disk_without_root(
    tmp_path: Path, case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC simulated at the fsync of the fourth file (where a real full disk shows on many systems)."""
    real_fsync = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    folder = tmp_path / "letters"
    with pytest.raises(UserError, match=r"3 of 6 file\(s\) in .* had been written completely"):
        export_letters_per_signer(folder, job(case, SIGNERS[:6]))
    assert len(complete_pdfs(folder)) == 3 and len(list(folder.iterdir())) == 3


def test_a_cancelled_per_signer_export_says_what_it_kept(tmp_path: Path, case: Case) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    folder = tmp_path / "letters"
    with pytest.raises(UserError, match=r"Export cancelled: 2 of 5 file\(s\)"):
        export_letters_per_signer(
            folder, job(case, SIGNERS[:5]), JobControl(progress=progress, cancel=cancel)
        )
    assert len(complete_pdfs(folder)) == 2


def test_temporaries_of_a_killed_export_are_removed_but_not_a_live_writers(
    tmp_path: Path, case: Case
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    killed = [
        folder / ".ua-034-25 01 Anna0 Muster.pdf.k2j4l1x9.tmp",
        folder / ".ua-034-25 07 Old.pdf.abc_1234.tmp",
    ]
    for tmp in killed:
        tmp.write_bytes(b"")
    live = folder / ".ua-034-25 09 Busy.pdf.zzzzzzzz.tmp"
    live.write_bytes(b"%PDF half")
    not_ours = [
        folder / ".notes.txt.abcdefgh.tmp",
        folder / ".other case.pdf.abcdefgh.tmp",
        folder / "keep.tmp",
    ]
    for other in not_ours:
        other.write_bytes(b"")
    with open(live, "rb") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)  # what atomic_writer holds while it writes
        export_letters_per_signer(folder, job(case, SIGNERS[:2]))
        assert live.exists()
    assert not any(tmp.exists() for tmp in killed)
    assert all(other.exists() for other in not_ours)
    assert remove_stale_temporaries(folder, lambda name: True) == 3  # once nobody holds it, the live one too


def test_a_single_export_removes_the_temporaries_of_its_killed_predecessor(
    tmp_path: Path, case: Case
) -> None:
    stale = tmp_path / ".letters.pdf.q1w2e3r4.tmp"
    stale.write_bytes(b"")
    export_letters(tmp_path / "letters.pdf", job(case, SIGNERS[:1]))
    assert [p.name for p in tmp_path.iterdir()] == ["letters.pdf"]
