"""The letter template in a plain-text editor: fields highlighted, Insert field, find/replace, errors."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.gui.letter.letter_find_bar import FindBar
from ua_desktop.gui.letter.letter_highlighter import FieldHighlighter
from ua_desktop.gui.widgets.locale_format import counted
from ua_desktop.gui.widgets.wrapping_toolbar import WrappingToolBar


class LetterEditor(QWidget):
    """Edits the body template of the case's letter.

    Signals:
        text_edited(): the user changed the text (typing, undo, replace, insert, reset).
        reset_requested(): "Reset to model letter" was chosen; the panel supplies the model text.
    """

    text_edited = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("letterEditor")
        self.edit.setAccessibleName(self.tr("Letter text"))
        self.edit.setTabChangesFocus(True)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = FieldHighlighter(self.edit.document())
        self.find_bar = FindBar(self.edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("templateError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.notice_label = QLabel()
        self.notice_label.setObjectName("letterNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #7a4b00;")
        self.notice_label.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("letterCount")
        self.error_line: int | None = None
        self.error_message = ""

        # Wraps onto a second row when the editor is narrow (German, French on a 1366-pixel laptop): a
        # QToolBar would hide Find and Reset behind its » menu there.
        self.toolbar = WrappingToolBar(self.tr("Letter text"))
        self.toolbar.setObjectName("letterEditorToolbar")
        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("Insert field"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        self._fill_insert_menu()
        self.insert_button.setMenu(self.insert_menu)
        self.toolbar.addWidget(self.insert_button)
        self.undo_action = self._action(self.tr("Undo"), QKeySequence.StandardKey.Undo, self.edit.undo)
        self.redo_action = self._action(self.tr("Redo"), QKeySequence.StandardKey.Redo, self.edit.redo)
        self.find_action = self._action(self.tr("Find…"), QKeySequence.StandardKey.Find, self.find_bar.open)
        self.replace_action = self._action(
            self.tr("Replace…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H),
            lambda: self.find_bar.open(True),
        )
        self.reset_action = self._action(self.tr("Reset to model letter"), None, self.reset_requested.emit)
        self.reset_action.setIconText(self.tr("Reset"))  # the toolbar is narrow; the tooltip says it all
        self.reset_action.setToolTip(self.tr("Reset to model letter (undo brings your text back)"))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.edit.undoAvailable.connect(self.undo_action.setEnabled)
        self.edit.redoAvailable.connect(self.redo_action.setEnabled)
        for action in (self.undo_action, self.redo_action, self.find_action, self.reset_action):
            self.toolbar.addAction(action)
        # Shortcuts of WidgetWithChildrenShortcut actions work where the action is added: the whole editor.
        for action in (self.undo_action, self.redo_action, self.find_action, self.replace_action):
            self.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.count_label)
        self.edit.textChanged.connect(self.text_edited)
        self.error_label.linkActivated.connect(lambda _link: self.go_to_line(self.error_line or 1))

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def _fill_insert_menu(self) -> None:
        fields = [
            (self.tr("Signer's first name"), "{{ signer.first_name }}"),
            (self.tr("Signer's last name"), "{{ signer.last_name }}"),
            (self.tr("Signer's full name"), "{{ signer.full_name }}"),
            (self.tr("Signer's town"), "{{ signer.city }}"),
            (self.tr("Signer's country"), "{{ signer.country_name }}"),
            (self.tr("Signer's personal sentence"), "{{ signer.personal_sentence }}"),
            None,
            (self.tr("UA number"), "{{ case.ua_number }}"),
            (self.tr("Case title"), "{{ case.title }}"),
            (self.tr("Country of the case"), "{{ case.country_name }}"),
            None,
            (self.tr("Recipient's name"), "{{ recipient.display_name }}"),
            (self.tr("Recipient's title"), "{{ recipient.title }}"),
            (self.tr("Today's date"), "{{ today }}"),
            None,
            (
                self.tr("The personal sentence, only when the signer has one"),
                "{% if signer.personal_sentence %}{{ signer.personal_sentence }}{% endif %}",
            ),
        ]
        for entry in fields:
            if entry is None:
                self.insert_menu.addSeparator()
                continue
            label, code = entry
            action = self.insert_menu.addAction(label)
            action.setData(code)
            action.setToolTip(code)
            action.triggered.connect(lambda _checked=False, code=code: self.insert_field(code))

    # -- text --------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def load_text(self, text: str) -> None:
        """Show a case's letter; starts a fresh undo history (no undoing into another case's letter)."""
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.edit.document().clearUndoRedoStacks()
        self.update_counts()

    def adopt(self, other: LetterEditor) -> None:
        """Take over other's text with its undo history, cursor and scroll position (a rebuilt window).

        The document itself moves here, so Undo in the new window takes back what was typed in the old one;
        other keeps an empty document and says nothing about the change (it is about to be deleted).
        """
        document = other.edit.document()
        cursor = other.edit.textCursor()
        scroll = other.edit.verticalScrollBar().value()
        other.edit.blockSignals(True)
        other.highlighter.setDocument(None)
        other.highlighter.setParent(other)  # it was the document's child; it goes with other now
        document.setParent(self.edit)  # no longer deleted with other
        replacement = QTextDocument(other.edit)
        replacement.setDocumentLayout(QPlainTextDocumentLayout(replacement))
        other.edit.setDocument(replacement)
        self.edit.blockSignals(True)
        self.edit.setDocument(document)
        self.edit.blockSignals(False)
        self.highlighter = FieldHighlighter(document)  # the one of the replaced document went with it
        self.edit.setTextCursor(cursor)
        self.edit.verticalScrollBar().setValue(scroll)
        self.undo_action.setEnabled(document.isUndoAvailable())
        self.redo_action.setEnabled(document.isRedoAvailable())
        self.update_counts()

    def replace_all_text(self, text: str) -> None:
        """Replace the whole text as one step the user can undo (used by Reset to model letter)."""
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def insert_field(self, code: str) -> None:
        self.edit.textCursor().insertText(code)
        self.edit.setFocus()

    def go_to_line(self, line: int) -> None:
        block = self.edit.document().findBlockByNumber(max(line - 1, 0))
        if block.isValid():
            self.edit.setTextCursor(QTextCursor(block))
            self.edit.setFocus()

    def update_counts(self) -> None:
        text = self.edit.toPlainText()
        chars, words = len(text), len(text.split())
        self.count_label.setText(
            counted(self.tr("%n character(s)", "", chars), chars)
            + " · "
            + counted(self.tr("%n word(s)", "", words), words)
        )

    # -- messages ----------------------------------------------------------------------------------
    def show_error(self, message: str, line: int | None) -> None:
        """Show a template error under the text (the preview keeps the last good page).

        With a line number the message is a link that moves the cursor to that line.
        """
        self.error_line = line
        self.error_message = message
        if line:
            self.error_label.setTextFormat(Qt.TextFormat.RichText)
            self.error_label.setText(f'<a href="#line" style="color:#b3261e">{html.escape(message)}</a>')
            self.error_label.setToolTip(self.tr("Go to line {line}").format(line=line))
        else:
            self.error_label.setTextFormat(Qt.TextFormat.PlainText)
            self.error_label.setText(message)
            self.error_label.setToolTip("")
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_line = None
        self.error_message = ""
        self.error_label.clear()
        self.error_label.hide()

    def show_notice(self, message: str) -> None:
        self.notice_label.setText(message)
        self.notice_label.setVisible(bool(message))
