"""Error kinds shared by the core.

Two kinds, as in any program a non-technical person uses: a UserError is something the user can fix (a
broken file, a full disk, a typo in a template) and carries a message that says what to do; everything else
is a bug, logged with its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; str(error) is a complete, actionable message."""


class DataDirError(UserError):
    """The data directory cannot be created or written."""
