"""Set-up shared by the evening GUI tests: a controller on the test's data folder with an open evening."""

from __future__ import annotations

import datetime as dt

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.gui.evenings.evening_controller import EveningController

CASE_ID = "ua-034-25"


def controller_with_evening(labels: bool = False, envelopes: bool = False) -> EveningController:
    paths = resolve_paths().ensure()
    controller = EveningController(paths, CaseLibrary(paths.cases_dir))
    controller.start([CASE_ID], "Hall", dt.date(2026, 11, 28), labels, envelopes)
    return controller


def add_known(controller: EveningController, first: str, last: str, city: str = "Zürich") -> Signer:
    return add_signer(
        controller.store,
        Signer(
            first_name=first,
            last_name=last,
            street=("Hauptgasse 1",),
            postal_code="8001",
            city=city,
            country="CH",
            consent_date="2025-01-01",
        ),
    )
