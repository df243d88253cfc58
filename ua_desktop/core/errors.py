"""Error kinds shared by the core.

Two kinds, as in any program a non-technical person uses: a UserError is something the user can fix (a
broken file, a full disk, a typo in a template) and says what to do; everything else is a bug, logged with
its traceback.

A UserError raised by the core carries a typed `Message` (core/messages.py): a kind plus its values, which
the window words in the interface language and the command line in the language of LANG. `str(error)` is
the English wording, for logs. Only the GUI may raise one with a text it has already translated, and it says
so by wrapping the text in `Worded`: a plain string is a type error, so mypy finds an unworded message.
"""

from __future__ import annotations

from typing import NewType

from ua_desktop.core.messages import Message, MessageKind, message

#: A text a surface has already put into the reader's language (the GUI's self.tr(...)).
Worded = NewType("Worded", str)


class UserError(Exception):
    """A problem the user can fix; `message` says what happened and what to do."""

    def __init__(self, what: MessageKind | Message | Worded, /, count: int | None = None, **values: object):
        if isinstance(what, MessageKind):
            what = message(what, count, **values)
        self.message: Message | None = what if isinstance(what, Message) else None
        self.worded: str | None = None if isinstance(what, Message) else str(what)
        super().__init__(what.english() if isinstance(what, Message) else str(what))

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross from the render process to the window by pickle; keep the typed message (and a
        # subclass's own attributes) rather than rebuilding from the English text.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[UserError], args: tuple[object, ...], state: dict[str, object]) -> UserError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class DataDirError(UserError):
    """The data directory cannot be created or written."""
