"""What the letter layer says to a person: template errors, their causes and the letter's own refusals.

Each member's value is its English wording and the translators' key (see core/messages.py); the window and
the command line word them in their language. Texts Jinja2 or Python write themselves (a syntax error's
description, a TypeError's text) cannot be translated: they travel as plain strings inside these wordings.
"""

from __future__ import annotations

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind


class TemplateMessage(MessageKind):
    """A template error, whole sentences by the part of the letter it is in (with and without its line)."""

    IN_LETTER = QT_TRANSLATE_NOOP("CoreMessages", "Template error in the letter: {detail}")
    IN_LETTER_AT = QT_TRANSLATE_NOOP("CoreMessages", "Template error in the letter, line {line}: {detail}")
    IN_SALUTATION = QT_TRANSLATE_NOOP("CoreMessages", "Template error in the salutation: {detail}")
    IN_SALUTATION_AT = QT_TRANSLATE_NOOP(
        "CoreMessages", "Template error in the salutation, line {line}: {detail}"
    )
    IN_CLOSING = QT_TRANSLATE_NOOP("CoreMessages", "Template error in the closing: {detail}")
    IN_CLOSING_AT = QT_TRANSLATE_NOOP("CoreMessages", "Template error in the closing, line {line}: {detail}")


class TemplateProblem(MessageKind):
    """What is wrong with a template: the detail of a template error."""

    TEMPLATE_TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "the template is longer than {limit} characters")
    OUTPUT_TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "the letter would be longer than {limit} characters")
    SYNTAX_ERROR = QT_TRANSLATE_NOOP("CoreMessages", "syntax error")
    NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("CoreMessages", "the template is nested too deeply")
    STOPPED = QT_TRANSLATE_NOOP("CoreMessages", "the template was stopped: {reason}")
    TOO_MUCH_MEMORY = QT_TRANSLATE_NOOP("CoreMessages", "the template needs too much memory")
    UNKNOWN_FIELD = QT_TRANSLATE_NOOP("CoreMessages", "unknown field '{name}'")
    UNKNOWN_FIELD_GUESS = QT_TRANSLATE_NOOP("CoreMessages", "unknown field '{name}' (did you mean {guess}?)")
    NO_SUCH_FIELD = QT_TRANSLATE_NOOP("CoreMessages", "{owner} has no field '{name}'")
    NO_SUCH_FIELD_GUESS = QT_TRANSLATE_NOOP(
        "CoreMessages", "{owner} has no field '{name}' (did you mean {guess}?)"
    )
    PERCENT_ON_TEXT = QT_TRANSLATE_NOOP(
        "CoreMessages", "the % operator on text is not available in letter templates; join text with ~"
    )
    NOT_TEXT = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "only text, numbers and fields can be printed in a letter, not a function or another object",
    )


class LimitMessage(MessageKind):
    """Why the sandbox stopped a template (the reason of TemplateProblem.STOPPED)."""

    BIG_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "a number with more than {bits} bits")
    BIG_VALUE = QT_TRANSLATE_NOOP("CoreMessages", "a value of more than {limit} characters or items")
    REPEATING = QT_TRANSLATE_NOOP("CoreMessages", "repeating a value to more than {limit} characters")
    BIG_POWER = QT_TRANSLATE_NOOP("CoreMessages", "a power with more than {bits} bits")
    JOINING_VALUES = QT_TRANSLATE_NOOP("CoreMessages", "joining values to more than {limit} characters")
    REPLACING = QT_TRANSLATE_NOOP("CoreMessages", "replacing text to more than {limit} characters")
    JOINING_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "joining text to more than {limit} characters")
    TOO_SLOW = QT_TRANSLATE_NOOP("CoreMessages", "it took longer than {seconds} seconds")
    TOO_MUCH_WORK = QT_TRANSLATE_NOOP(
        "CoreMessages", "it made more than {limit} characters of text and lists in all"
    )


class LetterMessage(MessageKind):
    """The letter layer's other refusals and notices."""

    RENDER_FAILED = QT_TRANSLATE_NOOP("CoreMessages", "The letter could not be rendered: {error}")
    OUT_OF_MEMORY = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The letter could not be rendered: it needs more than the {megabytes} MB of memory a letter may "
        "take. Check the template for loops or very long texts.",
    )
    RENDER_PROCESS_ENDED = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The letter could not be rendered: the process rendering it ended unexpectedly. A template that "
        "needs more than the {megabytes} MB of memory a letter may take can cause this.",
    )
    NO_MODEL_LETTER = QT_TRANSLATE_NOOP(
        "CoreMessages", "The case has no model letter in '{language}' (it has: {known})."
    )
    BAD_DRAFT_NAME = QT_TRANSLATE_NOOP("CoreMessages", "'{part}' cannot be used in a draft's file name.")
    FONT_NOT_INSTALLED = QT_TRANSLATE_NOOP(
        "CoreMessages", "The letter font {font} is not installed; reinstall ua-desktop."
    )
    MISSING_GLYPHS = QT_TRANSLATE_NOOP(
        "CoreMessages", "The letter font {font} has no glyph for {chars}; they print as �."
    )
    MISSING_GLYPHS_MORE = QT_TRANSLATE_NOOP(
        "CoreMessages", "The letter font {font} has no glyph for {chars} and {more} more; they print as �."
    )
