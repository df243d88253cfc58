"""What the evenings say to a person: starting and ending evenings, signing in, the print queue, the report.

Each member's value is its English wording and the translators' key (see core/messages.py); the window and
the command line word them in their language. An evening is named by `Evening.describe()` ("2026-11-28,
St. Mary's hall (#3)"), and ids are passed as text: they appear in commands to type, never as 1,234.
"""

from __future__ import annotations

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind, translate


class EveningMessage(MessageKind):
    """Starting, finding and ending an evening, and signing people in (evenings.py, session.py)."""

    STILL_OPEN = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The evening {evening} is still open. End it first "
        "(ua-desktop evening end {evening_id}) or keep working in it.",
    )
    NO_SUCH_EVENING = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no evening #{evening_id}. 'ua-desktop evening list' shows the evenings."
    )
    NO_CASES = QT_TRANSLATE_NOOP(
        "CoreMessages", "An evening needs at least one case. 'ua-desktop cases list' shows the cases."
    )
    PLACE_TOO_LONG = QT_TRANSLATE_NOOP(
        "CoreMessages", "The place is longer than {limit} characters; shorten it."
    )
    HAS_ENDED = QT_TRANSLATE_NOOP("CoreMessages", "The evening {evening} has ended; start a new one.")
    ALREADY_ENDED = QT_TRANSLATE_NOOP("CoreMessages", "The evening {evening} already ended at {ended_at}.")
    CASE_NOT_IN_EVENING = QT_TRANSLATE_NOOP(
        "CoreMessages", "Case {unknown} is not part of the evening {evening}; its cases are {cases}."
    )
    ENDED_NO_SIGN_IN = QT_TRANSLATE_NOOP(
        "CoreMessages", "The evening {evening} has ended; start a new one to sign people in."
    )
    NO_SUCH_SIGNER = QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no signer with id {signer_id} (perhaps erased meanwhile)."
    )
    WHO_IS_SIGNING = QT_TRANSLATE_NOOP(
        "CoreMessages", "Who is signing? Give a name, or pick a returning signer."
    )
    CANNOT_SIGN_IN = QT_TRANSLATE_NOOP("CoreMessages", "Cannot sign in: {problems}.")


class QueueMessage(MessageKind):
    """The print queue and printing it (queue.py, printing.py)."""

    NO_QUEUE_ITEM = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No queue item {items} in evening #{evening_id}. "
        "'ua-desktop evening queue {evening_id}' lists the queue.",
    )
    NOTHING_TO_PRINT = QT_TRANSLATE_NOOP("CoreMessages", "Nothing to print: the queue has no waiting items.")
    SIGNER_ERASED = translate(
        "CoreMessages",
        "%n item(s) belong to a signer who was erased meanwhile; remove them from the queue.",
        None,
        1,
    )


class ReportMessage(MessageKind):
    """The file an evening's report is written to (tally_report.py)."""

    IS_A_FOLDER = QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder; give a file name such as {example}.")
    WRONG_SUFFIX = QT_TRANSLATE_NOOP("CoreMessages", "The report file {name} should end in {suffix}.")
    UNKNOWN_SUFFIX = QT_TRANSLATE_NOOP(
        "CoreMessages", "The report file {name} should end in .pdf (summary) or .csv (spreadsheet)."
    )
