"""What the label sheets say to a person: why a sheet cannot be printed, unknown sheets, labels too long.

Each member's value is its English wording and the translators' key (see core/messages.py); the window and
the command line word them in their language.
"""

from __future__ import annotations

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind, translate


class SheetLength(MessageKind):
    """A length of a label sheet as a person calls it, for the problem that names it."""

    PAGE_WIDTH = QT_TRANSLATE_NOOP("CoreMessages", "page width")
    PAGE_HEIGHT = QT_TRANSLATE_NOOP("CoreMessages", "page height")
    LABEL_WIDTH = QT_TRANSLATE_NOOP("CoreMessages", "label width")
    LABEL_HEIGHT = QT_TRANSLATE_NOOP("CoreMessages", "label height")
    COLUMN_PITCH = QT_TRANSLATE_NOOP("CoreMessages", "column pitch")
    ROW_PITCH = QT_TRANSLATE_NOOP("CoreMessages", "row pitch")


class SheetProblem(MessageKind):
    """Why a label sheet cannot be printed (sheet_problem), the reason of SheetMessage.PROBLEM."""

    NOT_POSITIVE = QT_TRANSLATE_NOOP(
        "CoreMessages", "the {name} must be a positive number of millimetres (got {value})."
    )
    NO_NAME = QT_TRANSLATE_NOOP("CoreMessages", "the sheet needs a name.")
    NO_GRID = QT_TRANSLATE_NOOP("CoreMessages", "it needs at least one column and one row.")
    TOO_MANY = QT_TRANSLATE_NOOP(
        "CoreMessages", "more than 500 labels per sheet is not a label sheet ua-desktop can print."
    )
    NEGATIVE_MARGIN = QT_TRANSLATE_NOOP(
        "CoreMessages", "the first label starts outside the page (negative margin)."
    )
    COLUMNS_OVERLAP = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "labels overlap: the column pitch {pitch} mm is smaller than the label width {width} mm.",
    )
    ROWS_OVERLAP = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "labels overlap: the row pitch {pitch} mm is smaller than the label height {height} mm.",
    )
    PAST_RIGHT = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the labels leave the page: the last column ends at {end} mm on a page {width} mm wide.",
    )
    PAST_BOTTOM = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the labels leave the page: the last row ends at {end} mm on a page {height} mm high.",
    )
    CORNER_RADIUS = QT_TRANSLATE_NOOP(
        "CoreMessages", "the corner radius must be between 0 and half the label's shorter side."
    )
    PADDING = QT_TRANSLATE_NOOP("CoreMessages", "the inner margin (padding) leaves no room for text.")


class SheetMessage(MessageKind):
    """The label-sheet catalogue's refusals and problems."""

    UNNAMED = QT_TRANSLATE_NOOP("CoreMessages", "(no name)")
    PROBLEM = QT_TRANSLATE_NOOP("CoreMessages", "Label sheet {sheet}: {problem}")
    BAD_UNIT = QT_TRANSLATE_NOOP(
        "CoreMessages", 'Label sheet {sheet}: unit must be "mm" or "in", not \'{unit}\'.'
    )
    UNKNOWN_PAGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "Label sheet {sheet}: unknown page '{page}' (use a4 or letter)."
    )
    KEY_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "Label sheet {sheet}: {key} is missing.")
    NOT_A_NUMBER = QT_TRANSLATE_NOOP(
        "CoreMessages", "Label sheet {sheet}: a figure is not a number ({detail})."
    )
    KEYS_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "Label sheet {sheet}: {keys} missing.")
    SHIPPED_NAME = QT_TRANSLATE_NOOP(
        "CoreMessages", "Label sheet {sheet}: that name belongs to a shipped sheet; choose another name."
    )
    UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot be read ({detail}).")
    UNKNOWN_SHEET = QT_TRANSLATE_NOOP("CoreMessages", "Unknown label sheet '{name}'. Known sheets: {known}.")
    NO_DATA_FOLDER = QT_TRANSLATE_NOOP("CoreMessages", "No data folder to keep your own label sheets in.")


class LabelMessage(MessageKind):
    """Placing and fitting labels."""

    POSITIONS_NOT_REMEMBERED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The labels were written, but the used positions of the {sheet} sheet could not be saved: {reason} "
        "Before the next job on this sheet, give its first free position yourself.",
    )
    START_OFF_SHEET = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Start position {start} is not on sheet {sheet}, which has {per_sheet} labels "
        "(positions 1 to {per_sheet}).",
    )
    SHORTENED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The label for {name} is shortened to fit a {sheet} label ({lines}); check that the post can still "
        "read it.",
    )
    LEFT_BLANK = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The label for {name} is left blank: the address does not fit on a {sheet} label even at the "
        "smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels.",
    )
    DO_NOT_FIT = translate(
        "CoreMessages",
        "%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}. "
        "Shorten those addresses or choose a sheet with larger labels; nothing was printed.",
        None,
        1,
    )
    DO_NOT_FIT_MORE = translate(
        "CoreMessages",
        "%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}; and "
        "{more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.",
        None,
        1,
    )
