"""Shared set-up for the evening tests: a roster in the test's data folder and the bundled case."""

from __future__ import annotations

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore

CASE_ID = "ua-034-25"


def paths() -> AppPaths:
    return resolve_paths().ensure()


def open_store() -> RosterStore:
    return RosterStore.open(paths())


def library() -> CaseLibrary:
    return CaseLibrary(paths().cases_dir)


def anna(**changes: object) -> Signer:
    values: dict[str, object] = {
        "first_name": "Anna",
        "last_name": "Muster",
        "street": ("Bahnhofstrasse 12",),
        "postal_code": "8001",
        "city": "Zürich",
        "country": "CH",
    }
    values.update(changes)
    return Signer(**values)  # type: ignore[arg-type]
