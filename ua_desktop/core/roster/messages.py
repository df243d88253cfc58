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
    privacy = QT_TRANSLATE_NOOP("CoreMessages", "initials only")


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
    NOT_YES_NO = QT_TRANSLATE_NOOP(
        "CoreMessages", "{field} '{value}' is neither yes nor no (use yes, no, 1 or 0)"
    )
    NOT_A_POSTCODE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not a postcode (a postcode has only letters, digits, spaces and hyphens)",
    )
    AMBIGUOUS_DATE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{field} '{value}' can be read day first or month first; give the file's date order (DMY or MDY)",
    )


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
    SAME_EMAIL_AS_SIGNER = QT_TRANSLATE_NOOP(
        "CoreMessages", "line {line}: {name} has the e-mail address of signer {signer}, {other_name}"
    )
    SAME_EMAIL_AS_LINE = QT_TRANSLATE_NOOP(
        "CoreMessages", "line {line}: {name} has the e-mail address of line {other}, {other_name}"
    )
    # A possible duplicate (the same name and postcode, another street) is imported, and listed to check:
    POSSIBLE_SIGNER = QT_TRANSLATE_NOOP(
        "CoreMessages", "line {line}: {name} ({street}) may be signer {signer} ({other_street})"
    )
    POSSIBLE_LINE = QT_TRANSLATE_NOOP(
        "CoreMessages", "line {line}: {name} ({street}) may be the person of line {other} ({other_street})"
    )
    NO_STREET = QT_TRANSLATE_NOOP("CoreMessages", "no street")
    NUL_BYTE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "holds a NUL byte, so the file is damaged here; compare this line with the original list",
    )
    # Rows imported with something to check (ImportReport.to_review), each with its field and value:
    GARBLED_REPAIRED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{field} '{value}' was garbled by a wrong text encoding and is read as '{repaired}'",
    )
    LOST_LETTERS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{field} '{value}' has '?' for letters the program that saved the file could not write",
    )
    UNREADABLE_CHARACTERS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{field} '{value}' has characters that could not be read (�)",
    )
    POSTCODE_FROM_CITY = QT_TRANSLATE_NOOP(
        "CoreMessages", "postal code '{postcode}' was taken from the city '{value}'"
    )
    POSTCODE_IN_CITY = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "city '{value}' seems to hold a postcode, but not one of the form used in {country}; check it",
    )
    EMAIL_TO_NOTES = QT_TRANSLATE_NOOP(
        "CoreMessages", "'{value}' is not an e-mail address; it was kept in the notes, not as the e-mail"
    )
    CONSENT_IN_FUTURE = QT_TRANSLATE_NOOP("CoreMessages", "consent date {value} lies in the future")


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
    POSSIBLE = translate(
        "CoreMessages",
        "%n possible duplicate(s), the same name and postcode with another street, kept as new signers "
        "(check them in the roster):",
        None,
        1,
    )
    IGNORED_COLUMNS = QT_TRANSLATE_NOOP("CoreMessages", "columns not imported: {columns}")
    BAD_ROWS = translate("CoreMessages", "%n row(s) cannot be imported:", None, 1)
    TO_REVIEW = translate(
        "CoreMessages", "%n row(s) to check after the import, and to correct in the roster:", None, 1
    )
    FALLBACK_LINES = translate(
        "CoreMessages",
        "%n line(s) were not UTF-8 and were read as Windows-1252 (check their accents): {lines}",
        None,
        1,
    )
    CONTROLS_REMOVED = translate(
        "CoreMessages", "%n line(s) held control characters, which were removed: {lines}", None, 1
    )
    REFUSED = QT_TRANSLATE_NOOP(
        "CoreMessages", "Nothing was imported. Fix these rows, or skip them with --skip-bad-rows."
    )
    DRY_RUN = QT_TRANSLATE_NOOP("CoreMessages", "Dry run: nothing was changed.")


class RosterMessage(MessageKind):
    """Opening, saving, backing up and restoring the roster, and finding a signer in it."""

    # A person entered by hand (`roster add`, the signer dialog) whom the roster may already hold
    # (core/roster/matching.py known_matches); {street} is the stored signer's, or the RowMessage "no street".
    KNOWN_SIGNER = QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} is already in the roster as signer {signer} ({street})."
    )
    NAMESAKE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster also has {name} in the same postcode, at another street: signer {signer} ({street}).",
    )

    IN_USE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster is in use by another ua-desktop window or command. Close it and try again "
        "(a second window opens the roster read-only).",
    )
    IN_USE_CLOSE_FIRST = QT_TRANSLATE_NOOP(
        "CoreMessages", "The roster is in use by another ua-desktop window or command; close it first."
    )
    DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. "
        "Restore the newest backup with: ua-desktop roster restore {backup}",
    )
    DAMAGED_WITHOUT_BACKUP = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. "
        "There is no backup to restore; keep the file and ask for help to recover it.",
    )
    NEWER_SCHEMA = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster {path} was written by a newer version of ua-desktop (schema {version}, this version "
        "knows {known}). Update ua-desktop to open it; the file was left untouched.",
    )
    NO_ROSTER_YET = QT_TRANSLATE_NOOP("CoreMessages", "There is no roster at {path} yet.")
    CANNOT_OPEN = QT_TRANSLATE_NOOP("CoreMessages", "Cannot open the roster {path}: {detail}.")
    NEEDS_UPGRADE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster {path} needs an upgrade, which a read-only window cannot do. Close the other "
        "ua-desktop window and open the roster again.",
    )
    CANNOT_USE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot use the roster {path}: {detail}. Check that the data folder is writable, or start "
        "ua-desktop with --data-dir DIR.",
    )
    READ_ONLY = QT_TRANSLATE_NOOP(
        "CoreMessages", "The roster is open read-only because another ua-desktop window is using it."
    )
    NOT_SAVED = QT_TRANSLATE_NOOP(
        "CoreMessages", "The roster could not be saved: {detail}. Nothing was changed."
    )
    BACKUP_NOT_WRITTEN = QT_TRANSLATE_NOOP(
        "CoreMessages", "The backup {path} could not be written: {detail}."
    )
    READ_ONLY_NO_RESTORE = QT_TRANSLATE_NOOP(
        "CoreMessages", "The roster is open read-only; close the other ua-desktop window to restore."
    )
    NO_BACKUP_FILE = QT_TRANSLATE_NOOP("CoreMessages", "There is no backup file {path}.")
    CANNOT_READ_BACKUP = QT_TRANSLATE_NOOP("CoreMessages", "Cannot read the backup {path}: {detail}.")
    UNUSABLE_BACKUP = QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a usable roster backup: {detail}.")
    NOT_A_BACKUP = QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} is not a ua-desktop roster backup (it holds no roster)."
    )
    NO_SIGNER = QT_TRANSLATE_NOOP("CoreMessages", "There is no signer with id {signer}.")
    NO_SIGNER_MEANWHILE = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no signer with id {signer} (perhaps deleted meanwhile)."
    )
    DISK_FULL = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The disk that holds the roster {path} is full. The roster is not damaged and nothing was changed: "
        "free some space and try again (there is no need to restore a backup).",
    )
    DISK_ERROR = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The disk that holds the roster {path} reported an error ({detail}). This does not mean the roster "
        "is damaged: check the disk or USB stick and try again before restoring anything.",
    )
    FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster {path} cannot be changed here: permission denied or read-only medium (for example a "
        "write-protected USB stick). Reading it and copying it elsewhere work; to change it, make the folder "
        "writable or start ua-desktop with --data-dir DIR.",
    )
    MISSING_WITH_COPY = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster {path} is missing or empty, but there is a copy of an earlier roster: {copy}. Nothing "
        "was started empty. Restore the copy with: ua-desktop roster restore {copy} (or, to start a new "
        "empty roster on purpose: ua-desktop roster new).",
    )
    MISSING_WITH_UNUSABLE_COPIES = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The roster {path} is missing or empty, and the copies beside it cannot be restored: {copies}. "
        "Nothing was started empty; keep these files and ask for help to recover them (or, to start a new "
        "empty roster on purpose: ua-desktop roster new).",
    )
    NOT_EMPTY = translate(
        "CoreMessages",
        "The roster {path} already holds %n signer(s); restore a backup to replace it instead.",
        None,
        1,
    )


class ImportFileMessage(MessageKind):
    """Why a file cannot be imported at all (reading it, its columns), or why an import stopped."""

    DAMAGED_TEXT = QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} starts like {encoding} text but is damaged ({detail})."
    )
    WORKBOOK = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program and save "
        "it as 'CSV UTF-8' first.",
    )
    NOT_TEXT = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} does not look like a CSV text file (it holds binary data or an unknown encoding). "
        "Save the list as 'CSV UTF-8' from your spreadsheet program and try again.",
    )
    TOO_LARGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} is larger than 200 MB; split it into smaller files."
    )
    FOLDER = QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder, not a file.")
    NO_FILE = QT_TRANSLATE_NOOP("CoreMessages", "There is no file {path}.")
    CANNOT_READ = QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {path}: {reason}.")
    EMPTY = QT_TRANSLATE_NOOP("CoreMessages", "{path} is empty: there is nobody to import.")
    BAD_HEADER = QT_TRANSLATE_NOOP("CoreMessages", "{path}, header {problem}.")
    NO_CARDS = QT_TRANSLATE_NOOP("CoreMessages", "{path} holds no contact cards (BEGIN:VCARD … END:VCARD).")
    PDF = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is a PDF document, not a table. Export the list as CSV from the program it came from, or "
        "copy the table into a spreadsheet and save it as 'CSV UTF-8'.",
    )
    IMAGE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is an image ({format}), not a table. Choose the list itself (a CSV or vCard file).",
    )
    DOCUMENT = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is a text document ({format}), not a table. Copy the table into a spreadsheet and save it "
        "as 'CSV UTF-8'.",
    )
    ARCHIVE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is a compressed archive ({format}), not a table. Unpack it and import the CSV or vCard "
        "file inside.",
    )
    DATABASE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is a database file ({format}), not a table. Export the list as CSV from the program that "
        "keeps it.",
    )
    FIRST_ROW_LOOKS_LIKE_DATA = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No column of {path} holds names, and its first row looks like a person rather than column "
        "names ({row}). If the file has no header row, read its first row as data and choose the field "
        "of each column.",
    )
    MAPPING_MISMATCH = QT_TRANSLATE_NOOP(
        "CoreMessages", "The column mapping does not match the file's columns."
    )
    NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No column of {path} holds names (its columns: {columns}). "
        "Map a column to '{first_name}', '{last_name}' or '{full_name}'.",
    )
    NO_ROWS = QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} has a header line but no rows: there is nobody to import."
    )
    CANCELLED = QT_TRANSLATE_NOOP("CoreMessages", "The import was cancelled; the roster was not changed.")


class MappingMessage(MessageKind):
    """What is wrong with a column mapping the user gave (`roster import --mapping`)."""

    NO_COLUMN = QT_TRANSLATE_NOOP(
        "CoreMessages", "the file has no column '{header}' (its columns: {columns})"
    )
    NOT_A_FIELD = QT_TRANSLATE_NOOP("CoreMessages", "'{target}' is not a roster field (fields: {fields})")
    TOO_MANY_POSITIONS = translate(
        "CoreMessages", "%n field(s) given in column order, but the file has {columns} columns", None, 1
    )


class ErasureMessage(MessageKind):
    """What an erasure could not do, or did besides the roster itself (core/roster/privacy.py)."""

    TEMPORARIES_REMOVED = translate(
        "CoreMessages",
        "%n unfinished roster copy/copies left by an interrupted backup or restore were deleted.",
        None,
        1,
    )
    NOT_ERASED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The person could not be erased from the copy {path} ({reason}): delete that file, or erase them "
        "again once it can be changed.",
    )
    DAMAGED = QT_TRANSLATE_NOOP("CoreMessages", "it is damaged: {detail}; it was not written to")
    BEING_WRITTEN = QT_TRANSLATE_NOOP("CoreMessages", "a backup is being written to it right now")
    OUTSIDE_KNOWN = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "ua-desktop cannot reach the copies it wrote outside its folders; they may still hold the person: "
        "{paths}. Delete or correct them yourself.",
    )
    OUTSIDE_UNKNOWN = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Copies kept outside ua-desktop's folders (backups and CSV files saved elsewhere or moved, letters "
        "and labels saved as PDF, printouts) cannot be reached: check them yourself.",
    )
