"""Adding, replacing, archiving and deleting the user's own case packs.

Bundled packs are read-only; an own pack with the same id takes precedence over a bundled one (see
CaseLibrary), which is how "replace" works for a bundled case. When a new pack's id is already taken the
caller decides, through a ClashPolicy, whether it replaces the existing case or is kept beside it under a
free id; with ClashPolicy.ASK the caller gets a CaseIdClashError and asks the user.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from enum import StrEnum
from pathlib import Path

from ua_desktop.core.cases.draft import CaseDraft, replace_folder, write_pack
from ua_desktop.core.cases.library import CaseEntry, CaseLibrary
from ua_desktop.core.cases.loader import CASE_FILE, ID_RE, CaseLoadError, load_case
from ua_desktop.core.cases.messages import CaseMessage
from ua_desktop.core.cases.model import Case, ReviewFlag
from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import describe_os_error, ensure_private_dir

ARCHIVE_DIR = ".archive"


class ClashPolicy(StrEnum):
    ASK = "ask"
    REPLACE = "replace"
    KEEP_BOTH = "keep-both"


class CaseIdClashError(UserError):
    """A case with this id exists; .existing says which (bundled or own) so the caller can ask."""

    def __init__(self, case_id: str, existing: CaseEntry, free_id: str) -> None:
        self.case_id = case_id
        self.existing = existing
        self.free_id = free_id
        kind = CaseMessage.ID_CLASH_BUNDLED if existing.bundled else CaseMessage.ID_CLASH_OWN
        super().__init__(kind, case_id=case_id, free_id=free_id)


def check_id(case_id: str) -> str:
    """Return case_id if it can name a pack folder, else raise UserError saying what is allowed."""
    if not ID_RE.match(case_id):
        raise UserError(CaseMessage.BAD_ID, case_id=case_id)
    return case_id


def find_entry(library: CaseLibrary, case_id: str) -> CaseEntry | None:
    """The library entry with case_id (own before bundled), or None."""
    entries = [e for e in library.entries() if e.id == case_id]
    own = [e for e in entries if not e.bundled]
    if own or entries:
        return (own or entries)[0]
    folder = library.user_cases_dir / case_id
    if folder.exists() or folder.is_symlink():
        return CaseEntry(folder, bundled=False)
    return None


def free_id(library: CaseLibrary, case_id: str) -> str:
    """case_id, or case_id-2, -3 ... : the first id no case and no folder uses."""
    taken = {e.id for e in library.entries()}
    candidate, number = case_id, 1
    while candidate in taken or (library.user_cases_dir / candidate).exists():
        number += 1
        candidate = f"{case_id[:60]}-{number}"
    return candidate


def resolve_clash(library: CaseLibrary, case_id: str, policy: ClashPolicy) -> str:
    """The id a new pack gets under policy; raise CaseIdClashError when policy is ASK and id is taken."""
    existing = find_entry(library, case_id)
    if existing is None or policy is ClashPolicy.REPLACE:
        return case_id
    if policy is ClashPolicy.KEEP_BOTH:
        return free_id(library, case_id)
    raise CaseIdClashError(case_id, existing, free_id(library, case_id))


def save_new_case(draft: CaseDraft, library: CaseLibrary, policy: ClashPolicy = ClashPolicy.ASK) -> Path:
    """Write draft as a new own pack, resolving an id clash by policy; return its folder."""
    check_id(draft.id)
    draft.id = resolve_clash(library, draft.id, policy)
    return write_pack(draft, library.user_cases_dir)


def own_folder(library: CaseLibrary, case_id: str) -> Path:
    """The folder of the own case case_id; UserError for bundled or unknown ids."""
    entry = find_entry(library, case_id)
    if entry is None:
        known = ", ".join(e.id for e in library.entries() if not e.bundled)
        if not known:
            raise UserError(CaseMessage.NO_OWN_CASE_NONE_KNOWN, case_id=case_id)
        raise UserError(CaseMessage.NO_OWN_CASE, case_id=case_id, known=known)
    if entry.bundled:
        raise UserError(CaseMessage.BUNDLED, case_id=case_id)
    return entry.folder


def delete_case(library: CaseLibrary, case_id: str) -> Path:
    """Remove the own case's folder; bundled cases cannot be deleted."""
    folder = own_folder(library, case_id)
    try:
        if folder.is_symlink() or folder.is_file():
            folder.unlink()
        else:
            shutil.rmtree(folder)
    except OSError as error:
        raise UserError(describe_os_error(error, folder)) from error
    return folder


def archive_dir(library: CaseLibrary) -> Path:
    return library.user_cases_dir / ARCHIVE_DIR


def archive_case(library: CaseLibrary, case_id: str) -> Path:
    """Move an own case out of the case list into the archive folder (it can be restored)."""
    folder = own_folder(library, case_id)
    target = archive_dir(library) / folder.name
    if target.exists():
        target = archive_dir(library) / free_id(
            CaseLibrary(archive_dir(library), library.bundled_dir), folder.name
        )
    try:
        ensure_private_dir(archive_dir(library))
        folder.rename(target)
    except OSError as error:
        raise UserError(describe_os_error(error, target)) from error
    return target


def archived_cases(library: CaseLibrary) -> list[Case]:
    """The cases in the archive (packs that no longer load are skipped)."""
    found = []
    root = archive_dir(library)
    for child in sorted(root.iterdir()) if root.is_dir() else []:
        if child.is_dir() and not child.is_symlink() and (child / CASE_FILE).exists():
            try:
                found.append(load_case(child))
            except CaseLoadError:
                continue
    return found


def restore_case(library: CaseLibrary, case_id: str, policy: ClashPolicy = ClashPolicy.ASK) -> Path:
    """Bring an archived case back into the case list."""
    case = next((c for c in archived_cases(library) if c.id == case_id), None)
    if case is None:
        raise UserError(CaseMessage.NOT_ARCHIVED, case_id=case_id)
    new_id = resolve_clash(library, case.id, policy)
    if new_id != case.id:
        draft = CaseDraft.from_case(case)
        draft.id = new_id
        folder = write_pack(draft, library.user_cases_dir)
        shutil.rmtree(case.folder, ignore_errors=True)
        return folder
    target = library.user_cases_dir / new_id
    replace_folder(case.folder, target)
    return target


def follow_up_draft(case: Case, library: CaseLibrary) -> CaseDraft:
    """A copy of case to edit into its follow-up ("further information"), linked to the original.

    The new deadline is not known yet: it is left empty and flagged, like every other field the user has
    to take from the follow-up document.
    """
    draft = CaseDraft.from_case(case)
    draft.follow_up = True
    draft.follows = (case.follows or case.id) if case.follow_up else case.id
    draft.id = free_id(library, f"{draft.follows}-fu"[:64])
    draft.deadline = None
    draft.issue_date = None
    draft.source_text = ""
    draft.origins = {}  # offsets into the original's source text, which the follow-up does not keep
    draft.follow_up_number = 0  # the follow-up document says which one it is
    draft.review = [
        ReviewFlag("deadline", "enter the deadline of the follow-up"),
        ReviewFlag("issue_date", "enter the date of the follow-up document"),
        ReviewFlag("briefing", "replace the briefing with the news of the follow-up"),
    ]
    draft.recipients = [dataclasses.replace(r) for r in case.recipients]
    return draft


def follow_up_chain(cases: list[Case], case_id: str) -> list[Case]:
    """The original case of case_id and all its follow-ups, oldest first (issue date, then id)."""
    by_id = {c.id: c for c in cases}
    root = by_id.get(case_id)
    seen: set[str] = set()
    while root is not None and root.follows and root.follows in by_id and root.id not in seen:
        seen.add(root.id)
        root = by_id[root.follows]
    if root is None:
        return []
    chain, frontier = [root], [root.id]
    while frontier:
        parent = frontier.pop()
        for child in cases:
            if child.follows == parent and child not in chain:
                chain.append(child)
                frontier.append(child.id)
    return sorted(chain, key=lambda c: (c.follow_up, c.issue_date or dt.date.min, c.id))
