"""What the program-wide parts of the core say to a person: the data folder, settings, printer calibration,
and where mail is posted from.

Each member's value is its English wording and the translators' key (see core/messages.py); the window and
the command line word them in their language.
"""

from __future__ import annotations

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind


class DataDirMessage(MessageKind):
    """The data folder cannot be created or written (core/paths.py)."""

    UNUSABLE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{problem} ua-desktop needs a writable data folder; start it with --data-dir DIR "
        "or set {variable} to use another one.",
    )
    NOT_WRITABLE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The data folder {folder} is not writable. Start ua-desktop with --data-dir DIR "
        "or set {variable} to a folder you can write to.",
    )


class SettingMessage(MessageKind):
    """A setting that cannot be set, or a value it does not take (settings_keys.py, settings_store.py)."""

    NO_VALUE = QT_TRANSLATE_NOOP("CoreMessages", "Give {key} a value. Allowed: {allowed}.")
    ONE_VALUE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{key} takes one value; put text with spaces in quotes, e.g. "
        'ua-desktop settings set {key} "…". Allowed: {allowed}.',
    )
    TEXT_NOT_ALLOWED = QT_TRANSLATE_NOOP(
        "CoreMessages", '{key}: "{value}" is not allowed. Allowed: {allowed}.'
    )
    VALUE_NOT_ALLOWED = QT_TRANSLATE_NOOP(
        "CoreMessages", "{key}: {value} is not allowed. Allowed: {allowed}."
    )
    KEPT_BY_THE_PROGRAM = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{key} is kept by the program itself and cannot be set. Settings you can set: {known}.",
    )
    UNKNOWN = QT_TRANSLATE_NOOP("CoreMessages", 'Unknown setting "{key}". Settings you can set: {known}.')
    WRONG_TYPE = QT_TRANSLATE_NOOP("CoreMessages", "{key} must be a {type}, not {value}.")


class AllowedMessage(MessageKind):
    """A setting's allowed values in words, the {allowed} of a SettingMessage."""

    CHOICES_OR_AUTOMATIC = QT_TRANSLATE_NOOP("CoreMessages", "{choices}, or {word} ({automatic})")
    CHOICES_OR_CLEAR = QT_TRANSLATE_NOOP("CoreMessages", '{choices}, or "" to clear it')
    COUNTRY_CODES = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)",
    )
    ANY_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "any text")
    ANY_TEXT_ON_ONE_LINE = QT_TRANSLATE_NOOP("CoreMessages", 'any text on one line ("" to clear it)')
    LINES = QT_TRANSLATE_NOOP(
        "CoreMessages",
        'one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)',
    )
    WHOLE_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "a whole number from {minimum} to {maximum}")
    # What the automatic choice (`auto`) of a setting means.
    SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("CoreMessages", "the system's language")
    PAPER_FROM_COUNTRY = QT_TRANSLATE_NOOP("CoreMessages", "from the group's country, else the system")
    SUGGESTED_FOR_PAPER = QT_TRANSLATE_NOOP("CoreMessages", "suggested for the paper size")
    PRESET_FROM_PAPER = QT_TRANSLATE_NOOP("CoreMessages", "from the paper and the group's country")


class CalibrationMessage(MessageKind):
    """Printer calibration figures that cannot be right (core/calibration_store.py)."""

    IMPLAUSIBLE_OFFSET = QT_TRANSLATE_NOOP(
        "CoreMessages", "A printer offset of {offset} mm is implausible; measure again (at most ±20 mm)."
    )
    IMPLAUSIBLE_SCALE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A printer scale of {scale} is implausible; the 100 mm ruler should measure 80 to 120 mm.",
    )
    RULER_NOT_POSITIVE = QT_TRANSLATE_NOOP(
        "CoreMessages", "The measured ruler length must be a positive number of millimetres."
    )


class PostingMessage(MessageKind):
    """Mail that could not come back (core/posting.py)."""

    SENDER_COUNTRY_MISSING = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The mail goes to {destination}, but the country it is sent from is not known, so a returned letter "
        "could not come back. Set the group's country in Preferences or with "
        "'ua-desktop settings set group_country CODE' (e.g. CH), or give the signer a country.",
    )
