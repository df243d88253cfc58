"""What the case library says to a person: problems with a case pack, import and sharing refusals, errors.

Each member's value is its English wording and the translators' key (see core/messages.py); the window and
the command line word them in their language. Names in braces that are TOML keys ({key}: id, deadline,
...) and file names (case.toml, letters/<language>.j2) are the pack format's own words and stay as they are.
"""

from __future__ import annotations

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind


class PackMessage(MessageKind):
    """The case loader: what is wrong with a pack folder, each problem placed in its file (and line)."""

    UNUSABLE = QT_TRANSLATE_NOOP("CoreMessages", "The case pack in {folder} cannot be used:\n  {problems}")
    # Layout only: two parts of a list of problems, the second on the next line, indented. The list is
    # nested in pairs, so this wording joins single problems and whole parts of the list alike.
    LIST = QT_TRANSLATE_NOOP("CoreMessages", "{first}\n  {then}")
    # Where a problem is: a file of the pack, or a line of it ({line} is written as editors show it).
    IN_FILE = QT_TRANSLATE_NOOP("CoreMessages", "{file}: {problem}")
    AT_LINE = QT_TRANSLATE_NOOP("CoreMessages", "{file}:{line}: {problem}")
    IN_RECIPIENT = QT_TRANSLATE_NOOP("CoreMessages", "recipient {index}: {problem}")

    # What is wrong with a file of the pack (the file is named before these).
    NOT_A_FOLDER = QT_TRANSLATE_NOOP("CoreMessages", "is not a folder")
    LINK = QT_TRANSLATE_NOOP("CoreMessages", "is not a regular file (links are not followed)")
    NOT_REGULAR = QT_TRANSLATE_NOOP("CoreMessages", "is not a regular file")
    MISSING = QT_TRANSLATE_NOOP("CoreMessages", "is missing")
    TOO_LARGE = QT_TRANSLATE_NOOP("CoreMessages", "is larger than {megabytes} MB")
    NOT_UTF8 = QT_TRANSLATE_NOOP("CoreMessages", "is not UTF-8 text; save it as UTF-8 and try again")
    UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "cannot be read: {error}")
    NOT_TOML = QT_TRANSLATE_NOOP("CoreMessages", "is not valid TOML: {error}")
    NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "has lists or tables nested too deeply to be read (a case pack needs only a few levels)",
    )
    NO_LETTERS_FOLDER = QT_TRANSLATE_NOOP(
        "CoreMessages", "is missing: add the model letter as letters/<language>.j2"
    )
    LETTER_NAME = QT_TRANSLATE_NOOP("CoreMessages", "name must be a language code such as en.j2")
    NO_LETTER = QT_TRANSLATE_NOOP("CoreMessages", "holds no model letter (letters/<language>.j2)")
    # Jinja's own description of a syntax error in a model letter (it has no translation).
    TEMPLATE_SYNTAX = QT_TRANSLATE_NOOP("CoreMessages", "{error}")

    # What is wrong with a value in case.toml.
    SCHEMA_VERSION = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "schema_version {version} is not supported by this version of ua-desktop (it reads version "
        "{supported}); update ua-desktop or ask the pack's author",
    )
    BAD_ID = QT_TRANSLATE_NOOP("CoreMessages", "id may use lower-case letters, digits, '.', '-' and '_' only")
    NOT_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "{key} must be text")
    # {length} and {entries} say how long or how many the value in the file is.
    TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "{key} is longer than {limit} characters (it has {length})")
    ENTRY_TOO_LONG = QT_TRANSLATE_NOOP(
        "CoreMessages", "{key} entry {index} is longer than {limit} characters (it has {length})"
    )
    TOO_MANY = QT_TRANSLATE_NOOP("CoreMessages", "{key} has more than {limit} entries (it has {entries})")
    REQUIRED = QT_TRANSLATE_NOOP("CoreMessages", "{key} is required")
    DATE_REQUIRED = QT_TRANSLATE_NOOP("CoreMessages", "{key} is required (a date such as 2025-07-01)")
    # {value} is the value as written in the file, quoted when it is text.
    NOT_A_DATE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{key} must be a date written as YYYY-MM-DD without quotes, not {value}"
    )
    NOT_TEXTS = QT_TRANSLATE_NOOP("CoreMessages", "{key} must be a list of texts")
    NO_RECIPIENTS = QT_TRANSLATE_NOOP("CoreMessages", "at least one [[recipients]] entry is required")
    NOT_A_TABLE = QT_TRANSLATE_NOOP("CoreMessages", "must be a table")
    # {role} is the value as written in the file, quoted when it is text.
    BAD_ROLE = QT_TRANSLATE_NOOP("CoreMessages", "role must be 'primary' or 'copy', not {role}")
    BAD_STREET = QT_TRANSLATE_NOOP("CoreMessages", "street must be a list of address lines")
    BAD_COUNTRY = QT_TRANSLATE_NOOP("CoreMessages", "country must be an ISO 3166 code such as US or CH")
    NO_PRIMARY = QT_TRANSLATE_NOOP("CoreMessages", 'one recipient must have role = "primary"')
    BAD_EMAIL = QT_TRANSLATE_NOOP("CoreMessages", "email must be an e-mail address such as name@example.org")
    BAD_FOLLOW_UP_NUMBER = QT_TRANSLATE_NOOP(
        "CoreMessages", "follow_up_number must be a whole number from 0 to {limit}"
    )
    REVIEW_NOT_A_LIST = QT_TRANSLATE_NOOP("CoreMessages", "needs_review must be a list of tables")
    REVIEW_ENTRY = QT_TRANSLATE_NOOP(
        "CoreMessages", "needs_review entry {index}: field and note must be text"
    )
    LETTER_NOT_A_TABLE = QT_TRANSLATE_NOOP("CoreMessages", "[letter] must be a table")


class ShareMessage(MessageKind):
    """A shared .uacase file that cannot be imported, and why."""

    ARCHIVE_TOO_LARGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{pack} is larger than {megabytes} MB; a pack is small."
    )
    OUTSIDE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{pack} cannot be imported: it refuses the member '{member}': its path leads outside the case pack.",
    )
    LINK = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{pack} cannot be imported: it refuses the member '{member}': it is a link, and packs hold plain "
        "files only.",
    )
    ENCRYPTED = QT_TRANSLATE_NOOP(
        "CoreMessages", "{pack} cannot be imported: it refuses the member '{member}': it is encrypted."
    )
    ZIP_BOMB = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{pack} cannot be imported: it refuses the member '{member}': it unpacks to more than it declares "
        "(a 'zip bomb').",
    )
    TOO_MANY_FILES = QT_TRANSLATE_NOOP(
        "CoreMessages", "{pack} cannot be imported: it holds {files} files; a case pack has a handful."
    )
    UNPACKS_TOO_LARGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{pack} cannot be imported: it unpacks to {megabytes} MB; a case pack is far smaller."
    )
    TWICE = QT_TRANSLATE_NOOP("CoreMessages", "{pack} cannot be imported: it holds '{member}' twice.")
    MEMBER_TOO_LARGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{pack} cannot be imported: it refuses '{member}': larger than {megabytes} MB."
    )
    NOT_A_ZIP = QT_TRANSLATE_NOOP(
        "CoreMessages", "{pack} is not a readable .uacase file (a zip made by 'Export case'): {error}."
    )
    NO_CASE_FILE = QT_TRANSLATE_NOOP("CoreMessages", "{pack} holds no case.toml: it is not a case pack.")
    INVALID = QT_TRANSLATE_NOOP("CoreMessages", "{pack} is not a valid case pack:\n  {problems}")
    BAD_LETTERS = QT_TRANSLATE_NOOP("CoreMessages", "{pack} has letters that cannot be used:\n  {problems}")


class CaseImportMessage(MessageKind):
    """An Urgent Action document (pasted text, .txt or PDF) that cannot be made into a case."""

    TOO_LARGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} is larger than {megabytes} MB; a UA is a few pages."
    )
    NOT_TEXT = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is not a text file. Import the Urgent Action as a .txt, .pdf, .docx, .html or .eml file, or "
        "paste its text.",
    )
    NO_TEXT = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no text to import: paste the Urgent Action or choose a file."
    )
    NO_UA_NUMBER = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The document has no UA number to name the case after; give the case an id (for example ua-123-25).",
    )
    NOT_A_UA = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This does not look like an Urgent Action: it has no URGENT ACTION heading and no UA number such as "
        "'UA 034/25' near the top. Check that you chose the right document.",
    )
    PDF_PASSWORD = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is password-protected. Open it in a PDF viewer, copy the text and paste it into the import "
        "window instead.",
    )
    PDF_PAGES = QT_TRANSLATE_NOOP("CoreMessages", "{name} has {pages} pages; an Urgent Action has a few.")
    WORD_DAMAGED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is not a Word document that can be read (it may be damaged). Open it in a word processor, "
        "copy the text and paste it into the import window instead.",
    )
    PDF_DAMAGED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is not a PDF that can be read (it may be damaged). Open it in a PDF viewer, copy the text "
        "and paste it into the import window instead.",
    )
    PDF_SCANNED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} holds no text, only pictures of pages: it was probably scanned. Open it in a PDF viewer or "
        "on the printed page, copy or type the text, and paste it into the import window (Cases > Import "
        "case…, 'Paste text').",
    )


class CaseMessage(MessageKind):
    """The case library, the user's own cases and a case's reply log; a file that cannot be read."""

    CANNOT_READ = QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {path}: {reason}.")
    UNKNOWN_CASE = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no case with id '{case_id}'. Known cases: {known}."
    )
    UNKNOWN_CASE_NONE_KNOWN = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no case with id '{case_id}'. Known cases: none."
    )
    ID_CLASH_BUNDLED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A case with id '{case_id}' already exists (a bundled case). Choose whether the new pack replaces "
        "it (--replace) or is kept beside it as '{free_id}' (--keep-both).",
    )
    ID_CLASH_OWN = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A case with id '{case_id}' already exists (one of your own cases). Choose whether the new pack "
        "replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).",
    )
    BAD_ID = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{case_id}' cannot be a case id: use lower-case letters, digits, '.', '-' and '_' (at most 64, "
        "starting with a letter or digit), e.g. ua-034-25.",
    )
    NO_OWN_CASE = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no own case with id '{case_id}'. Your own cases: {known}."
    )
    NO_OWN_CASE_NONE_KNOWN = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no own case with id '{case_id}'. Your own cases: none."
    )
    BUNDLED = QT_TRANSLATE_NOOP(
        "CoreMessages", "'{case_id}' is a bundled case: it comes with the program and cannot be changed."
    )
    NOT_ARCHIVED = QT_TRANSLATE_NOOP("CoreMessages", "There is no archived case with id '{case_id}'.")
    NO_ID = QT_TRANSLATE_NOOP(
        "CoreMessages", "The case needs an id before it can be saved (lower-case letters, digits, '-')."
    )
    NOT_A_CASE_FOLDER = QT_TRANSLATE_NOOP(
        "CoreMessages", "{target} is not a case folder; move it away and try again."
    )
    REPLY_LOG_UNREADABLE = QT_TRANSLATE_NOOP(
        "CoreMessages", "The reply log {path} cannot be read ({error}); fix or move the file."
    )
    REPLY_WITHOUT_AUTHORITY = QT_TRANSLATE_NOOP(
        "CoreMessages", "Say who answered (the authority or official) before logging a reply."
    )
    REPLY_IN_FUTURE = QT_TRANSLATE_NOOP(
        "CoreMessages", "The date a reply was received cannot be in the future."
    )
    NO_SUCH_REPLY = QT_TRANSLATE_NOOP(
        "CoreMessages", "Case '{case_id}' has {replies} logged replies; there is no reply {number}."
    )


class AssignMessage(MessageKind):
    """Text selected in the source document that cannot be read as the field it was assigned to."""

    NOTHING_SELECTED = QT_TRANSLATE_NOOP(
        "CoreMessages", "Select the text in the document first, then choose the field it belongs to."
    )
    NOT_A_DATE = QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' cannot be read as a date. Select a date such as '1 July 2025'."
    )
    DATE_WITHOUT_YEAR = QT_TRANSLATE_NOOP(
        "CoreMessages", "The date '{text}' has no year. Select the date with its year, or enter it by hand."
    )
    NOT_A_REAL_DATE = QT_TRANSLATE_NOOP("CoreMessages", "'{text}' is not a real date.")
    NOT_A_COUNTRY = QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' is not the name of a country. Select the country's name only."
    )
    NOT_A_LANGUAGE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{text}' is not the name of a language. Select the language names, e.g. 'Persian, English'.",
    )
    NOT_A_UA_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "'{text}' holds no UA number such as 'UA 034/25'.")
    NOT_AN_INDEX = QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' holds no document index such as 'AMR 51/9206/2025'."
    )
    NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Select the whole address block: the name and the address lines, each on its own line, down to "
        "the country.",
    )
    NOT_A_LETTER = QT_TRANSLATE_NOOP(
        "CoreMessages", "The selection holds no letter text: select the paragraphs of the model letter."
    )
    NOT_AN_EMAIL = QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' holds no e-mail address. Select an address such as 'minister@example.org'."
    )
    NOT_A_FAX = QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' is not a fax number. Select the number only, such as '+98 21 5522 1234'."
    )
    LETTER_LANGUAGE_UNKNOWN = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The language of the selected letter cannot be told. Set the preferred language first, then assign "
        "the letter again.",
    )
