"""How the report names the cases of a tally: UA number and title from the case library.

A case pack removed since the evening still appears, under its id, so the numbers never silently drop.
"""

from __future__ import annotations

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.evenings.tally import Tally
from ua_desktop.core.evenings.tally_report import CaseLabel


def case_labels(library: CaseLibrary, tally: Tally) -> dict[str, CaseLabel]:
    known = {case.id: case for case in library.cases()}
    labels: dict[str, CaseLabel] = {}
    for count in tally.cases:
        case = known.get(count.case_id)
        labels[count.case_id] = (
            CaseLabel(case.ua_number, case.title) if case else CaseLabel(count.case_id, "")
        )
    return labels
