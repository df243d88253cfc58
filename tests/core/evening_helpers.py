"""Shared set-up for the evening tests: a roster in the test's data folder and the bundled case."""

from __future__ import annotations

import shutil

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.resources import bundled_cases_dir
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


def add_german_case(case_id: str = "ua-099-25", ua_number: str = "UA 099/25") -> str:
    """A second case in the user's folder: the bundled pack under another id, with a German letter too."""
    target = paths().cases_dir / case_id
    shutil.copytree(bundled_cases_dir() / CASE_ID, target)
    toml = target / "case.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('id = "ua-034-25"', f'id = "{case_id}"').replace('"UA 034/25"', f'"{ua_number}"')
    text = text.replace('accepted_languages = ["en"]', 'accepted_languages = ["en", "de"]')
    toml.write_text(text, encoding="utf-8")
    (target / "letters" / "de.j2").write_text("Ich bin zutiefst besorgt.\n", encoding="utf-8")
    return case_id
