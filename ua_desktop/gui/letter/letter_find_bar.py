"""A small find / replace bar under the letter editor (Ctrl+F, Ctrl+H, Escape to close)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    """Find and replace in one QPlainTextEdit; every replacement can be undone."""

    def __init__(self, edit: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setAccessibleName(self.tr("Find"))
        self.replace_field = QLineEdit()
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match case"))
        self.next_button = QPushButton(self.tr("Next"))
        self.previous_button = QPushButton(self.tr("Previous"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.result = QLabel()

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.find_field, 0, 0)
        layout.addWidget(self.previous_button, 0, 1)
        layout.addWidget(self.next_button, 0, 2)
        layout.addWidget(self.match_case, 0, 3)
        layout.addWidget(self.close_button, 0, 4)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addWidget(self.replace_button, 1, 1)
        layout.addWidget(self.replace_all_button, 1, 2)
        layout.addWidget(self.result, 1, 3, 1, 2)
        layout.setColumnStretch(0, 1)

        self.find_field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open(self, replace: bool = False) -> None:
        """Show the bar (with the replace row when replace is true) seeded with the selected text."""
        selected = self.edit.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.result.clear()
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.edit.setFocus()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _find(self, backward: bool) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        if self.edit.find(needle, self._flags(backward)):
            self.result.clear()
            return True
        cursor = self.edit.textCursor()  # wrap around once
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.edit.setTextCursor(cursor)
        found = self.edit.find(needle, self._flags(backward))
        self.result.setText("" if found else self.tr("Not found"))
        return found

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _selection_matches(self) -> bool:
        selected = self.edit.textCursor().selectedText()
        needle = self.find_field.text()
        if self.match_case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if self.find_field.text() and self._selection_matches():
            self.edit.textCursor().insertText(self.replace_field.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self.edit.document()
        edit_cursor = QTextCursor(document)
        edit_cursor.beginEditBlock()
        count = 0
        cursor = document.find(needle, 0, self._flags())
        while not cursor.isNull():
            cursor.insertText(self.replace_field.text())
            count += 1
            cursor = document.find(needle, cursor.position(), self._flags())
        edit_cursor.endEditBlock()
        self.result.setText(self.tr("%n replaced", "", count))
        return count

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
