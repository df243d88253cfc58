"""The "is this you?" list under the name fields of sign-in mode.

A box of fixed height (the form does not jump while someone types) showing at most a handful of returning
signers (name and town only, never an address) while someone types their name, so a returning signer is
picked instead of typed in twice. Keyboard: Down from the name field (or its label's mnemonic) enters the
list, Enter picks, Escape goes back to typing.

Names are what strangers typed, so they are only ever shown as plain text: the list draws its items as
plain text, and the tooltip (the whole label, for a row too narrow for it) is escaped.

Signals:
    picked(object): the chosen roster Signer.
    back_to_typing(): Escape or Up on the first row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ua_desktop.core.roster.signer import Signer


def suggestion_label(signer: Signer) -> str:
    """ "Anna Muster — Zürich": enough to recognise yourself, nothing more of the record."""
    name = " ".join(part for part in (signer.first_name, signer.last_name) if part) or signer.organisation
    return f"{name} — {signer.city}" if signer.city else name


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` character for character.

    Qt renders a tooltip as rich text when it merely looks like markup, so a name typed as "<b>x</b>" would
    turn bold (or "<img src=…>" load a file); escaped inside a paragraph it is shown as typed.
    """
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


class SuggestionList(QListWidget):
    """A short list of matching returning signers; disabled while empty."""

    picked = Signal(object)
    back_to_typing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInSuggestions")
        self.setAccessibleName(self.tr("Returning signers matching your name"))
        # Fewer rows than matches may fit on a small screen: the bar shows that there are more.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Tab goes from the name to the address; Down (or a click) enters the list.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._signers: list[Signer] = []
        self.itemActivated.connect(self._activated)

    def fit_rows(self, rows: int) -> None:
        """A fixed height for `rows` names, so the fields below never jump while someone types.

        Call it once the list has the font it is shown in (it measures a row).
        """
        self.addItem("—")
        height = self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4
        self.clear()
        self.setFixedHeight(height)

    def show_signers(self, signers: Sequence[Signer]) -> None:
        """Replace the list (empty when nothing matches)."""
        self._signers = list(signers)
        self.clear()
        for signer in self._signers:
            label = suggestion_label(signer)
            item = QListWidgetItem(label)  # the item delegate draws its text as plain text
            item.setToolTip(plain_tooltip(label))
            self.addItem(item)
        self.setEnabled(bool(self._signers))

    def signers(self) -> list[Signer]:
        return list(self._signers)

    def enter(self) -> None:
        """Move the keyboard into the list (Down pressed in a name field)."""
        if self._signers:
            self.setCurrentRow(0)
            self.setFocus(Qt.FocusReason.TabFocusReason)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Entered by its label's mnemonic or a click: the first name is ready for Enter."""
        super().focusInEvent(event)
        if self._signers and self.currentRow() < 0:
            self.setCurrentRow(0)

    def pick_row(self, row: int) -> None:
        if 0 <= row < len(self._signers):
            self.picked.emit(self._signers[row])

    def _activated(self, item: QListWidgetItem) -> None:
        self.pick_row(self.row(item))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pick_row(self.currentRow())
            return
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.currentRow() <= 0):
            self.back_to_typing.emit()
            return
        super().keyPressEvent(event)
