"""What the exports say to a person: refusals of letters, labels and envelopes jobs, and their warnings.

Each member's value is its English wording and the translators' key (see core/messages.py); the window and
the command line word them in their language.
"""

from __future__ import annotations

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind, translate


class ExportMessage(MessageKind):
    """Refusals every export kind shares: recipients, signers, counts, the output file, a cancel."""

    NO_RECIPIENT = QT_TRANSLATE_NOOP(
        "CoreMessages", "Case {case_id} names no recipient; add one to its case.toml."
    )
    NO_SIGNERS_FOR_RUN = QT_TRANSLATE_NOOP(
        "CoreMessages", "No signers selected. Choose signers (all, by id or by tag) or ask for blank letters."
    )
    NO_SIGNERS_FOR_LETTERS = QT_TRANSLATE_NOOP(
        "CoreMessages", "No signers selected. Choose signers or ask for blank letters."
    )
    BLANK_COUNT = QT_TRANSLATE_NOOP("CoreMessages", "Ask for between 1 and 10000 blank letters, not {asked}.")
    OUT_IS_FOLDER = QT_TRANSLATE_NOOP(
        "CoreMessages", "{out} is a folder; give a file name such as {example}."
    )
    NOT_PDF = QT_TRANSLATE_NOOP("CoreMessages", "The output file {name} should end in .pdf.")
    FOLDER_IS_FILE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{folder} is a file; --per-signer-folder needs a folder."
    )
    CANCELLED = QT_TRANSLATE_NOOP("CoreMessages", "Export cancelled; no file was written.")
    # One PDF per signer stopped part-way: the files before it are complete and stay.
    PART_WRITTEN_DISK_FULL = translate(
        "CoreMessages",
        "The disk became full while writing {path}. %n of {total} file(s) in {folder} had been written "
        "completely before that and were kept; the rest were not written. Free some space and export again.",
        None,
        1,
    )
    PART_WRITTEN = translate(
        "CoreMessages",
        "The export stopped at {path}: {problem} %n of {total} file(s) in {folder} had been written "
        "completely before that and were kept; the rest were not written.",
        None,
        1,
    )
    PART_CANCELLED = translate(
        "CoreMessages",
        "Export cancelled: %n of {total} file(s) in {folder} had been written completely and were kept; "
        "the rest were not written.",
        None,
        1,
    )
    CHOOSE_SHEET = QT_TRANSLATE_NOOP("CoreMessages", "Choose a label sheet.")
    CHOOSE_ENVELOPE = QT_TRANSLATE_NOOP("CoreMessages", "Choose an envelope size.")


class SelectionMessage(MessageKind):
    """Choosing the signers of an export (--signers, --tag)."""

    BAD_IDS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "--signers '{text}': use all, or roster ids such as 3,7,10-12 (see 'ua-desktop roster list').",
    )
    NO_IDS = QT_TRANSLATE_NOOP(
        "CoreMessages", "No signers selected: --signers needs all or at least one roster id."
    )
    EMPTY_ROSTER = QT_TRANSLATE_NOOP(
        "CoreMessages", "No signers selected: the roster is empty. Add signers first, or use --blank N."
    )
    NO_SUCH_IDS = QT_TRANSLATE_NOOP("CoreMessages", "No signer with id {ids} in the roster.")
    NONE_WITH_TAG = QT_TRANSLATE_NOOP(
        "CoreMessages", "No signers selected: there are no signers with the tag '{tag}'."
    )
    NONE_IN_ROSTER = QT_TRANSLATE_NOOP(
        "CoreMessages", "No signers selected: there are no signers in the roster."
    )


class ReportName(MessageKind):
    """How a label or an envelope is named in reports when no person's name alone says it."""

    BLANK_SIGNER = QT_TRANSLATE_NOOP("CoreMessages", "(blank signer)")
    GROUP_ADDRESS = QT_TRANSLATE_NOOP("CoreMessages", "the group's return address")
    RECIPIENT_FROM_SIGNER = QT_TRANSLATE_NOOP("CoreMessages", "{recipient} (from {signer})")


class LabelJobMessage(MessageKind):
    """The labels export's refusals and warnings."""

    COUNT = QT_TRANSLATE_NOOP("CoreMessages", "Ask for between 1 and {limit} labels, not {asked}.")
    GROUP_ADDRESS_EMPTY = QT_TRANSLATE_NOOP(
        "CoreMessages", "The group's return address is empty; set it in the settings first."
    )
    NO_SIGNERS = QT_TRANSLATE_NOOP("CoreMessages", "No signers selected for return-address labels.")
    NO_POSTAL_ADDRESS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} has no postal address in the roster; add it, or print the group's return address instead.",
    )
    LEAVES_OUT = QT_TRANSLATE_NOOP(
        "CoreMessages", "The label for {name} leaves out {chars}: the label font has no such characters."
    )


class EnvelopeMessage(MessageKind):
    """Envelope sizes and the envelopes export's refusals and warnings."""

    NOT_AN_ENVELOPE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Envelope {name}: {width} x {height} mm is not an envelope size ua-desktop can print "
        "(20 to 500 mm each way).",
    )
    ZONE_OUTSIDE = QT_TRANSLATE_NOOP(
        "CoreMessages", "Envelope {name}: a printing zone lies outside the envelope."
    )
    UNKNOWN_SIZE = QT_TRANSLATE_NOOP(
        "CoreMessages", "Unknown envelope size '{name}'. Known sizes: {known}, or custom WIDTHxHEIGHT (mm)."
    )
    TOO_SMALL = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A {width} x {height} mm envelope is too small for a recipient and a return address "
        "(at least 120 x 70 mm).",
    )
    BAD_CUSTOM_SIZE = QT_TRANSLATE_NOOP(
        "CoreMessages", "Custom envelope size '{spec}': write it as WIDTHxHEIGHT in mm."
    )
    LARGER_THAN_PAPER = QT_TRANSLATE_NOOP(
        "CoreMessages", "A {size} envelope is larger than the chosen paper; use another feed."
    )
    ADDRESS_DOES_NOT_FIT = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The address for {name} does not fit the {size} envelope's address zone; "
        "shorten it or choose a larger envelope. Nothing was printed.",
    )
    ADDRESS_SHORTENED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The address on the envelope for {name} is shortened to fit the {size} envelope's address zone "
        "({lines}); check that the post can still read it.",
    )
    ADDRESS_LEFT_BLANK = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The address on the envelope for {name} does not fit the {size} envelope's address zone even at the "
        "smallest readable size, so the zone is left blank: write it by hand or choose a larger envelope.",
    )
    RETURN_SHORTENED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The return address on the envelope for {name} is shortened to fit its corner ({lines}).",
    )
    RETURN_LEFT_BLANK = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The return address on the envelope for {name} does not fit its corner even at the smallest readable "
        "size, so the corner is left blank: write it by hand or shorten it.",
    )
    COUNT = QT_TRANSLATE_NOOP("CoreMessages", "Ask for between 1 and 10000 envelopes, not {asked}.")
    GROUP_ADDRESS_EMPTY = QT_TRANSLATE_NOOP(
        "CoreMessages", "The group's return address is empty; set it in the settings or print none."
    )
    NO_POSTAL_ADDRESS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} has no postal address for the return address; add it in the roster, "
        "or print the group's return address.",
    )
    LEAVES_OUT = QT_TRANSLATE_NOOP("CoreMessages", "The envelope for {name} leaves out {chars}.")


class EmailMessage(MessageKind):
    """E-mail drafts, the mailto: link of one letter, the fax sheet (core/export/emails.py, fax_sheet.py)."""

    EARLIER_DRAFTS = translate(
        "CoreMessages",
        "%n earlier draft(s) of this case are in {folder} too. Delete them before sending, or the "
        "officials get the letter twice.",
        None,
        1,
    )
    NO_RECIPIENT_EMAIL = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Case {case_id} has no recipient with an e-mail address; add one in the case's recipients, or send "
        "the letters by post.",
    )
    NO_EMAIL_BUT_FAX = translate(
        "CoreMessages",
        "Case {case_id} has no recipient with an e-mail address, but %n recipient(s) have a fax number: "
        "print the fax sheet and send the letter by fax.",
        None,
        1,
    )
    NO_FAX = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Case {case_id} has no recipient with a fax number; add one in the case's recipients.",
    )
    LETTER_RECIPIENT_NO_EMAIL = QT_TRANSLATE_NOOP(
        "CoreMessages", "{recipient} has no e-mail address in case {case_id}."
    )
    NO_SIGNERS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No signers selected: e-mail drafts are written for signers from the roster, one per signer and "
        "recipient (blank letters to sign by hand are for paper only).",
    )
    BAD_ADDRESS = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The e-mail address '{address}' of {recipient} cannot be used; correct it in the case's recipients.",
    )
    FOLDER_IS_FILE = QT_TRANSLATE_NOOP(
        "CoreMessages", "{folder} is a file; choose a folder for the e-mail drafts."
    )
