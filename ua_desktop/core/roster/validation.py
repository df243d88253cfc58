"""Checks on one signer, shared by the edit dialog, the import and `roster add`.

Problems are typed (a code plus the field) so the GUI can word them in the user's language; `describe()`
gives the English sentence the CLI prints.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from ua_desktop.core.address import postal_code_is_valid
from ua_desktop.core.countries import country_name
from ua_desktop.core.roster.signer import Signer

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# Longest accepted value per field; a 10,000-character "name" is a broken file, not a person.
MAX_LENGTH = {"notes": 5000, "street": 500, "email": 254}
DEFAULT_MAX_LENGTH = 200


class ProblemKind(enum.Enum):
    NO_NAME = "no_name"
    EMAIL_SHAPE = "email_shape"
    POSTCODE_SHAPE = "postcode_shape"
    UNKNOWN_COUNTRY = "unknown_country"
    UNKNOWN_LANGUAGE = "unknown_language"
    BAD_DATE = "bad_date"
    TOO_LONG = "too_long"
    MISSING_FOR_LETTER = "missing_for_letter"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    field: str
    value: str = ""
    country: str = ""  # for POSTCODE_SHAPE: whose postcode form was expected

    def describe(self) -> str:
        label = self.field.replace("_", " ")
        match self.kind:
            case ProblemKind.NO_NAME:
                return "neither a first nor a last name"
            case ProblemKind.EMAIL_SHAPE:
                return f"'{self.value}' is not an e-mail address"
            case ProblemKind.POSTCODE_SHAPE:
                return f"postcode '{self.value}' does not have the form used in {country_name(self.country)}"
            case ProblemKind.UNKNOWN_COUNTRY:
                return f"unknown country '{self.value}' (use a name or an ISO code such as CH)"
            case ProblemKind.UNKNOWN_LANGUAGE:
                return f"unknown language '{self.value}' (use a code such as de, or a name)"
            case ProblemKind.BAD_DATE:
                return f"{label} '{self.value}' is not a date (use 2025-03-31 or 31.03.2025)"
            case ProblemKind.TOO_LONG:
                return f"{label} is {self.value} characters long (at most {max_length(self.field)})"
            case ProblemKind.MISSING_FOR_LETTER:
                return f"{label} is needed to print a sender address"
        raise AssertionError(self.kind)  # pragma: no cover


def max_length(column: str) -> int:
    return MAX_LENGTH.get(column, DEFAULT_MAX_LENGTH)


def validate_signer(signer: Signer, for_letter: bool = False) -> list[Problem]:
    """Every problem with signer; for_letter also asks for what a sender address needs."""
    problems: list[Problem] = []
    if not (signer.first_name or signer.last_name):
        problems.append(Problem(ProblemKind.NO_NAME, "last_name"))
    for column in (
        "title",
        "first_name",
        "last_name",
        "organisation",
        "street",
        "postal_code",
        "city",
        "region",
        "email",
        "phone",
        "notes",
        "consent_method",
    ):
        length = len(signer.column_value(column))
        if length > max_length(column):
            problems.append(Problem(ProblemKind.TOO_LONG, column, str(length)))
    if any(len(tag) > DEFAULT_MAX_LENGTH for tag in signer.tags):
        problems.append(Problem(ProblemKind.TOO_LONG, "tags", str(max(len(t) for t in signer.tags))))
    if signer.email and not EMAIL_RE.match(signer.email):
        problems.append(Problem(ProblemKind.EMAIL_SHAPE, "email", signer.email))
    if signer.postal_code and signer.country and not postal_code_is_valid(signer.country, signer.postal_code):
        problems.append(
            Problem(ProblemKind.POSTCODE_SHAPE, "postal_code", signer.postal_code, signer.country)
        )
    if for_letter:
        for column in ("street", "city"):
            if not signer.column_value(column):
                problems.append(Problem(ProblemKind.MISSING_FOR_LETTER, column))
    return problems
