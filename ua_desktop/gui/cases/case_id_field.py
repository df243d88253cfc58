"""The case id field of the import dialog: suggested from the UA number, editable, checked as the loader does.

The importer names a case after its UA number ("ua-034-25"); the field shows that suggestion until the user
types an id of their own, which then stays, also when the document is read again. An id the case folder
cannot have is said under the field in the words of the one id rule (manage.check_id); a document without
a UA number gets its id here, never on a command line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ua_desktop.core.cases.manage import check_id
from ua_desktop.core.errors import UserError
from ua_desktop.gui.widgets.core_words import say


class CaseIdField(QWidget):
    """A label, the id and, beside it, why the id cannot be used.

    Signals:
        changed(): the id changed (typed or suggested).
        entered(): the user pressed Enter in the field.
    """

    changed = Signal()
    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = False  # the user typed the id: it is kept instead of the suggestion
        self.edit = QLineEdit()
        self.edit.setObjectName("caseId")
        self.edit.setPlaceholderText(self.tr("from the UA number, e.g. ua-034-25"))
        self.edit.setAccessibleName(self.tr("Case id"))
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.edit.returnPressed.connect(self.entered.emit)
        # No mnemonic: every letter of "Case id" is taken on the import dialog in one of the languages.
        label = QLabel(self.tr("Case id:"))
        label.setBuddy(self.edit)
        self.note = QLabel()
        self.note.setObjectName("caseIdNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.note, 1)

    def _typed(self, text: str) -> None:
        self.typed = bool(text.strip())  # emptied: the suggestion comes back at the next reading

    def case_id(self) -> str:
        return self.edit.text().strip()

    def typed_id(self) -> str | None:
        """The id the user typed, for the importer; None to let it suggest one."""
        return self.case_id() if self.typed else None

    def suggest(self, case_id: str) -> None:
        """Show case_id unless the user typed an id (an empty suggestion changes nothing)."""
        if case_id and not self.typed:
            self.edit.setText(case_id)

    def problem(self) -> str:
        """Why the id cannot name the case ("" when it can), in the id rule's own words."""
        case_id = self.case_id()
        if not case_id:
            return self.tr("Enter an id: lower-case letters, digits and '-', e.g. ua-112-26.")
        try:
            check_id(case_id)
        except UserError as error:
            return say(error)
        return ""

    def show_problem(self, needed: bool) -> bool:
        """Say under the field what is wrong with the id (an empty one only when needed); True when usable."""
        problem = self.problem()
        self.note.setText(problem if needed or self.case_id() else "")
        return not problem
