"""Case packs: one Urgent Action per folder, data never code."""

from ua_desktop.core.cases.library import CaseEntry, CaseLibrary
from ua_desktop.core.cases.loader import CaseLoadError, Problem, load_case, validate_case_dir
from ua_desktop.core.cases.model import SCHEMA_VERSION, Case, Recipient

__all__ = [
    "SCHEMA_VERSION",
    "Case",
    "CaseEntry",
    "CaseLibrary",
    "CaseLoadError",
    "Problem",
    "Recipient",
    "load_case",
    "validate_case_dir",
]
