"""The window's wording of what the core says: its typed messages in the interface language.

The one place the GUI turns a core `Message` or `UserError` into text. The wording comes from the same
catalogues as every other text of the window (context "CoreMessages", filled by pyside6-lupdate from the
core's message kinds), countries are named and numbers written in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import CONTEXT, Message, word


def interface_language() -> str:
    """The language the interface shows (app.py sets Qt's default locale to it)."""
    return QLocale().name().split("_")[0] or "en"


def _lookup(source: str, count: int) -> str:
    return QCoreApplication.translate(CONTEXT, source, None, count)


def say(what: Message | BaseException) -> str:
    """A core message or error as the person reads it in the window.

    A UserError carries a typed message (or a text the GUI already translated); any other exception is a
    bug, shown by its English text (the log has its traceback).
    """
    if isinstance(what, Message):
        return word(what, _lookup, interface_language())
    if isinstance(what, UserError):
        if what.message is not None:
            return word(what.message, _lookup, interface_language())
        return what.worded or str(what)
    return str(what)
