"""Checks on one signer, shared by the edit dialog, the import and `roster add`.

Problems are typed (a kind plus the field and value); `message()` gives the core message each surface words
in its language (core/roster/messages.py holds the wordings).
"""

from __future__ import annotations

from dataclasses import dataclass

from ua_desktop.core.email_address import EMAIL_RE
from ua_desktop.core.messages import CountryCode, Message, message
from ua_desktop.core.postcodes import postcode_is_valid
from ua_desktop.core.roster.messages import FieldName, ProblemKind
from ua_desktop.core.roster.signer import Signer

__all__ = ["Problem", "ProblemKind", "max_length", "validate_signer"]

# Longest accepted value per field; a 10,000-character "name" is a broken file, not a person.
MAX_LENGTH = {"notes": 5000, "street": 500, "email": 254}
DEFAULT_MAX_LENGTH = 200


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    field: str
    value: str = ""
    country: str = ""  # for POSTCODE_SHAPE: whose postcode form was expected

    def message(self) -> Message:
        match self.kind:
            case ProblemKind.NO_NAME:
                return message(self.kind)
            case (
                ProblemKind.EMAIL_SHAPE
                | ProblemKind.UNKNOWN_COUNTRY
                | ProblemKind.UNKNOWN_LANGUAGE
                | ProblemKind.NOT_A_POSTCODE
            ):
                return message(self.kind, value=self.value)
            case ProblemKind.POSTCODE_SHAPE:
                return message(self.kind, value=self.value, country=CountryCode(self.country))
            case ProblemKind.BAD_DATE | ProblemKind.NOT_YES_NO | ProblemKind.AMBIGUOUS_DATE:
                return message(self.kind, field=_field(self.field), value=self.value)
            case ProblemKind.TOO_LONG:
                return message(
                    self.kind, field=_field(self.field), length=int(self.value), limit=max_length(self.field)
                )
            case ProblemKind.MISSING_FOR_LETTER:
                return message(self.kind, field=_field(self.field))
        raise AssertionError(self.kind)  # pragma: no cover

    def describe(self) -> str:
        """The problem in English (logs, tests)."""
        return self.message().english()


def _field(column: str) -> Message | str:
    """A column's name as a message ("postal code"), or the column itself when it has no name."""
    return message(FieldName[column]) if column in FieldName.__members__ else column


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
    if signer.postal_code and not postcode_is_valid(signer.country, signer.postal_code):
        if signer.country:
            problems.append(
                Problem(ProblemKind.POSTCODE_SHAPE, "postal_code", signer.postal_code, signer.country)
            )
        else:  # no country to ask: "+41" is no postcode anywhere
            problems.append(Problem(ProblemKind.NOT_A_POSTCODE, "postal_code", signer.postal_code))
    if for_letter:
        for column in ("street", "city"):
            if not signer.column_value(column):
                problems.append(Problem(ProblemKind.MISSING_FOR_LETTER, column))
    return problems
