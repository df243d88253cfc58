"""Undoable changes to the roster (add, edit, delete) for the roster window's QUndoStack.

Each command calls the same core function the CLI uses; undoing a delete puts the signers back with their
ids, tags and signatures. Erasing is deliberately not undoable (and clears the stack, which would
otherwise keep the erased person in memory).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.records import add_signer, delete_signers, restore_signers, update_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import counted

Changed = Callable[[list[int]], None]  # called with the ids to select after a change
Failed = Callable[[str], None]  # called with the message when the roster refused a change


class _RosterCommand(QUndoCommand):
    """Runs do()/undo_() and reports a refused change instead of raising (Qt calls redo/undo, not us)."""

    def __init__(self, text: str, store: RosterStore, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self.store, self.changed, self.failed = store, changed, failed

    def do(self) -> list[int]:
        raise NotImplementedError

    def undo_(self) -> list[int]:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_)

    def _run(self, step: Callable[[], list[int]]) -> None:
        try:
            select = step()
        except UserError as error:
            self.setObsolete(True)
            self.failed(say(error))
            return
        self.changed(select)


class AddSignerCommand(_RosterCommand):
    def __init__(self, store: RosterStore, signer: Signer, changed: Changed, failed: Failed) -> None:
        super().__init__(
            QCoreApplication.translate("RosterCommands", "Add {name}").format(name=signer.display_name),
            store,
            changed,
            failed,
        )
        self.signer = signer
        self.added: Signer | None = None

    def do(self) -> list[int]:
        if self.added is None:
            self.added = add_signer(self.store, self.signer)
        else:
            restore_signers(self.store, [self.added])
        return [self.added.id] if self.added.id is not None else []

    def undo_(self) -> list[int]:
        assert self.added is not None and self.added.id is not None
        delete_signers(self.store, [self.added.id])
        return []


class EditSignerCommand(_RosterCommand):
    def __init__(
        self, store: RosterStore, before: Signer, after: Signer, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RosterCommands", "Edit {name}").format(name=after.display_name),
            store,
            changed,
            failed,
        )
        self.before, self.after = before, after

    def do(self) -> list[int]:
        update_signer(self.store, self.after)
        return [self.after.id] if self.after.id is not None else []

    def undo_(self) -> list[int]:
        update_signer(self.store, self.before)
        return [self.before.id] if self.before.id is not None else []


class DeleteSignersCommand(_RosterCommand):
    def __init__(self, store: RosterStore, ids: list[int], changed: Changed, failed: Failed) -> None:
        super().__init__(
            counted(
                QCoreApplication.translate("RosterCommands", "Delete %n signer(s)", None, len(ids)), len(ids)
            ),
            store,
            changed,
            failed,
        )
        self.ids = ids
        self.records: list[Signer] = []

    def do(self) -> list[int]:
        self.records = delete_signers(self.store, self.ids)
        return []

    def undo_(self) -> list[int]:
        restore_signers(self.store, self.records)
        return [s.id for s in self.records if s.id is not None]
