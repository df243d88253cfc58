"""What the roster says to a person: problems with a signer or a row, import reports, roster errors.

Each member's value is its English wording and the translators' key (see core/messages.py); the window and
the command line word them in their language.
"""

from __future__ import annotations

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind, translate


class FieldName(MessageKind):
    """A roster column as a person calls it, for messages that name the field."""

    title = QT_TRANSLATE_NOOP("CoreMessages", "title")
    first_name = QT_TRANSLATE_NOOP("CoreMessages", "first name")
    last_name = QT_TRANSLATE_NOOP("CoreMessages", "last name")
    organisation = QT_TRANSLATE_NOOP("CoreMessages", "organisation")
    street = QT_TRANSLATE_NOOP("CoreMessages", "street")
    postal_code = QT_TRANSLATE_NOOP("CoreMessages", "postal code")
    city = QT_TRANSLATE_NOOP("CoreMessages", "city")
    region = QT_TRANSLATE_NOOP("CoreMessages", "region")
    country = QT_TRANSLATE_NOOP("CoreMessages", "country")
    email = QT_TRANSLATE_NOOP("CoreMessages", "e-mail")
    phone = QT_TRANSLATE_NOOP("CoreMessages", "phone")
    language = QT_TRANSLATE_NOOP("CoreMessages", "language")
    tags = QT_TRANSLATE_NOOP("CoreMessages", "tags")
    notes = QT_TRANSLATE_NOOP("CoreMessages", "notes")
    consent_date = QT_TRANSLATE_NOOP("CoreMessages", "consent date")
    consent_method = QT_TRANSLATE_NOOP("CoreMessages", "consent method")


class ProblemKind(MessageKind):
    """What can be wrong with one signer (validate_signer) or one imported row."""

    NO_NAME = QT_TRANSLATE_NOOP("CoreMessages", "neither a first nor a last name")
    EMAIL_SHAPE = QT_TRANSLATE_NOOP("CoreMessages", "'{value}' is not an e-mail address")
    POSTCODE_SHAPE = QT_TRANSLATE_NOOP(
        "CoreMessages", "postcode '{value}' does not have the form used in {country}"
    )
    UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
        "CoreMessages", "unknown country '{value}' (use a name or an ISO code such as CH)"
    )
    UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "unknown language '{value}' (use a code such as de, or a name)"
    )
    BAD_DATE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{field} '{value}' is not a date (use 2025-03-31 or 31.03.2025)"
    )
    TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "{field} is {length} characters long (at most {limit})")
    MISSING_FOR_LETTER = QT_TRANSLATE_NOOP("CoreMessages", "{field} is needed to print a sender address")


class RowMessage(MessageKind):
    """A record of an imported file that cannot be imported, and why."""

    ROW = QT_TRANSLATE_NOOP("CoreMessages", "line {line}: {problems}")
    NOT_CSV = QT_TRANSLATE_NOOP("CoreMessages", "cannot be read as CSV ({detail}); check its quotes")
    FIELD_COUNT = QT_TRANSLATE_NOOP("CoreMessages", "has {fields} fields where the header has {width}")
    DUPLICATE_OF_SIGNER = QT_TRANSLATE_NOOP(
        "CoreMessages", "line {line}: {name} is already in the roster as signer {signer}"
    )
    DUPLICATE_OF_LINE = QT_TRANSLATE_NOOP(
        "CoreMessages", "line {line}: {name} is already in this file at line {other}"
    )


class ImportMessage(MessageKind):
    """The lines of an import report, as `roster import` prints them."""

    READ_CSV = translate(
        "CoreMessages", "{path}: %n row(s) read ({encoding}, '{delimiter}' separated)", None, 1
    )
    READ_VCARD = translate("CoreMessages", "{path}: %n row(s) read ({encoding}, vCard)", None, 1)
    ADDED = translate("CoreMessages", "%n signer(s) were added", None, 1)
    WOULD_ADD = translate("CoreMessages", "%n signer(s) would be added", None, 1)
    MERGED = translate("CoreMessages", "%n merged into existing signers", None, 1)
    SKIPPED = translate("CoreMessages", "%n duplicate(s) skipped", None, 1)
    FOUND = translate("CoreMessages", "%n duplicate(s) found", None, 1)
    IGNORED_COLUMNS = QT_TRANSLATE_NOOP("CoreMessages", "columns not imported: {columns}")
    BAD_ROWS = translate("CoreMessages", "%n row(s) cannot be imported:", None, 1)
    REFUSED = QT_TRANSLATE_NOOP(
        "CoreMessages", "Nothing was imported. Fix these rows, or skip them with --skip-bad-rows."
    )
    DRY_RUN = QT_TRANSLATE_NOOP("CoreMessages", "Dry run: nothing was changed.")
