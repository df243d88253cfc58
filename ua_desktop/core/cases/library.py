"""All cases the program knows: bundled packs (read-only, inside the package) and the user's own.

A broken pack in the user's folder must not hide the others, so the library returns entries that hold
either a loaded Case or the load error to show beside the folder name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ua_desktop.core.cases.leftovers import recover
from ua_desktop.core.cases.loader import CASE_FILE, CaseLoadError, load_case
from ua_desktop.core.cases.messages import CaseMessage
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.resources import bundled_cases_dir


@dataclass(frozen=True)
class CaseEntry:
    """One case folder: its loaded case, or why it could not be loaded."""

    folder: Path
    bundled: bool
    case: Case | None = None
    error: CaseLoadError | None = None

    @property
    def id(self) -> str:
        return self.case.id if self.case else self.folder.name


class UnknownCaseError(UserError):
    """No case with the requested id."""


class CaseLibrary:
    """Finds and loads case packs from the bundled folder and the user's case folder."""

    def __init__(self, user_cases_dir: Path, bundled_dir: Path | None = None) -> None:
        self.user_cases_dir = user_cases_dir
        self.bundled_dir = bundled_dir if bundled_dir is not None else bundled_cases_dir()

    @classmethod
    def open(cls, user_cases_dir: Path) -> CaseLibrary:
        """The library as the window and the commands open it, after putting right what was interrupted.

        A case that an import or save killed halfway had moved aside is found again (leftovers.recover).
        """
        recover(user_cases_dir)
        return cls(user_cases_dir)

    def _folders(self) -> list[tuple[Path, bool]]:
        found = []
        for root, bundled in ((self.bundled_dir, True), (self.user_cases_dir, False)):
            if root.is_dir():
                for child in sorted(root.iterdir()):
                    if child.is_dir() and not child.name.startswith(".") and (child / CASE_FILE).exists():
                        found.append((child, bundled))
        return found

    def entries(self) -> list[CaseEntry]:
        """Every case folder, loaded; a user case with the same id as a bundled one takes precedence."""
        result: dict[str, CaseEntry] = {}
        broken: list[CaseEntry] = []
        for folder, bundled in self._folders():
            try:
                case = load_case(folder, bundled=bundled)
            except CaseLoadError as error:
                broken.append(CaseEntry(folder, bundled, error=error))
                continue
            result[case.id] = CaseEntry(folder, bundled, case=case)
        return sorted(result.values(), key=lambda e: e.id) + broken

    def cases(self) -> list[Case]:
        return [entry.case for entry in self.entries() if entry.case is not None]

    def get(self, case_id: str) -> Case:
        """Return the case with case_id or raise UnknownCaseError listing the known ids."""
        for entry in self.entries():
            if entry.id == case_id:
                if entry.error:
                    raise entry.error
                assert entry.case is not None
                return entry.case
        known = ", ".join(case.id for case in self.cases())
        if not known:
            raise UnknownCaseError(CaseMessage.UNKNOWN_CASE_NONE_KNOWN, case_id=case_id)
        raise UnknownCaseError(CaseMessage.UNKNOWN_CASE, case_id=case_id, known=known)
