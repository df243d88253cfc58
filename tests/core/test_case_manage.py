"""Own cases: archive and restore, delete, follow-ups and their chain, editing a pack that does not load."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ua_desktop.core.cases.draft import CaseDraft, check_draft, read_draft, write_pack
from ua_desktop.core.cases.importer import draft_from_file
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.manage import (
    archive_case,
    archived_cases,
    delete_case,
    follow_up_chain,
    follow_up_draft,
    restore_case,
    save_new_case,
)
from ua_desktop.core.errors import UserError

DATA = Path(__file__).resolve().parent.parent / "data" / "ua"


@pytest.fixture(autouse=True)
def own_case(library: CaseLibrary) -> None:
    """Every test here starts with one own case, UA 071/26, in the shared empty library."""
    save_new_case(draft_from_file(DATA / "ua-071-26-en.txt", library), library)


def own_ids(library: CaseLibrary) -> list[str]:
    return sorted(e.id for e in library.entries() if not e.bundled)


def test_archive_and_restore(library: CaseLibrary) -> None:
    archive_case(library, "ua-071-26")
    assert own_ids(library) == []
    assert [c.id for c in archived_cases(library)] == ["ua-071-26"]
    restore_case(library, "ua-071-26")
    assert own_ids(library) == ["ua-071-26"] and archived_cases(library) == []


def test_bundled_cases_cannot_be_deleted_or_archived(library: CaseLibrary) -> None:
    with pytest.raises(UserError, match="bundled case"):
        delete_case(library, "ua-034-25")
    with pytest.raises(UserError, match="bundled case"):
        archive_case(library, "ua-034-25")
    with pytest.raises(UserError, match="no own case with id 'nope'"):
        delete_case(library, "nope")


def test_delete_own_case(library: CaseLibrary) -> None:
    folder = delete_case(library, "ua-071-26")
    assert not folder.exists() and own_ids(library) == []


def test_follow_up_draft_links_and_flags(library: CaseLibrary) -> None:
    original = library.get("ua-071-26")
    draft = follow_up_draft(original, library)
    assert (draft.id, draft.follow_up, draft.follows) == ("ua-071-26-fu", True, "ua-071-26")
    assert draft.deadline is None and {"deadline", "issue_date"} <= {f.field for f in draft.review}
    assert draft.recipients == list(original.recipients)
    draft.deadline = dt.date(2026, 6, 1)
    write_pack(draft, library.user_cases_dir)
    second = follow_up_draft(library.get("ua-071-26-fu"), library)
    assert second.follows == "ua-071-26" and second.id == "ua-071-26-fu-2"
    second.deadline = dt.date(2026, 7, 1)
    write_pack(second, library.user_cases_dir)
    chain = follow_up_chain(library.cases(), "ua-071-26-fu-2")
    assert [c.id for c in chain] == ["ua-071-26", "ua-071-26-fu", "ua-071-26-fu-2"]


def test_broken_pack_opens_for_editing_and_saves_valid(library: CaseLibrary) -> None:
    draft = draft_from_file(DATA / "ua-088-26-de.txt", library)
    folder = save_new_case(draft, library)
    entry = next(e for e in library.entries() if e.folder == folder)
    assert entry.error is not None  # the deadline is missing
    reopened = read_draft(folder)
    assert reopened.title == draft.title and reopened.recipients == draft.recipients
    assert reopened.review == draft.review and reopened.letters == draft.letters
    reopened.deadline = dt.date(2026, 4, 28)
    reopened.review = []
    assert check_draft(reopened) == []
    write_pack(reopened, library.user_cases_dir)
    assert load_case(folder).deadline == dt.date(2026, 4, 28)


def test_write_pack_replaces_in_one_step(library: CaseLibrary) -> None:
    draft = CaseDraft.from_case(library.get("ua-071-26"))
    draft.title = "Librarian released on bail"
    folder = write_pack(draft, library.user_cases_dir)
    assert load_case(folder).title == "Librarian released on bail"
    leftovers = [p.name for p in library.user_cases_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []
