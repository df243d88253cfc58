"""Assisted import: the source document beside the fields found in it, and a way to point at the right text.

The user sees the document's text (read-only) and the list of fields, each found, to check (⚠) or empty.
Clicking a field selects the text it came from; selecting text and choosing a field ("Assign", or the
source's context menu "Assign to ▸") sets that field from the selection with the core's assign_text, which
reads it as the parser would, or says why it cannot. A field can also be marked as checked as it is.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.cases.assign import (
    assign_text,
    assignable_fields,
    flags_of,
    mark_checked,
    origin_of,
)
from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.gui.cases.case_editor_fields import FLAG_BACKGROUND
from ua_desktop.gui.cases.field_names import field_name
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import long_date

_FIELD_ROLE = Qt.ItemDataRole.UserRole


def qt_offsets(text: str) -> list[int]:
    """For each index of text (and its end), the position Qt's text document gives that character.

    A QPlainTextEdit counts a character outside the Basic Multilingual Plane as two positions and turns a
    "\\r\\n" line end into one, so the offsets the core keeps into source_text are mapped through this list.
    """
    positions = [0]
    for index, char in enumerate(text):
        crlf = char == "\r" and text[index + 1 : index + 2] == "\n"
        positions.append(positions[-1] + (0 if crlf else 2 if ord(char) > 0xFFFF else 1))
    return positions


class AssistedImportPanel(QWidget):
    """The source text, the field list and the assign controls for one draft.

    Signals:
        changed(str): a field was set or marked as checked; the argument is its name ("deadline").
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = CaseDraft()
        self._positions = [0]
        self._shown = (0, 0)  # the source's selection as show_origin left it

        self.source = QPlainTextEdit()
        self.source.setObjectName("sourceText")
        self.source.setReadOnly(True)
        self.source.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.source.setAccessibleName(self.tr("The document's text"))
        self.source.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.source.customContextMenuRequested.connect(self._show_context_menu)
        self.source.selectionChanged.connect(self._update_buttons)

        self.fields = QTreeWidget()
        self.fields.setObjectName("fieldList")
        self.fields.setAccessibleName(self.tr("Fields found in the document"))
        self.fields.setHeaderLabels([self.tr("Field"), self.tr("Value"), self.tr("State")])
        self.fields.setRootIsDecorated(False)
        self.fields.setAlternatingRowColors(True)
        self.fields.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.header().setStretchLastSection(False)
        self.fields.currentItemChanged.connect(lambda _c, _p: self._field_chosen())
        self.fields.itemClicked.connect(lambda _item, _col: self._show_origin_unless_selected())

        self.target = QComboBox()
        self.target.setObjectName("assignField")
        self.target.setAccessibleName(self.tr("Field to assign the selection to"))
        self.assign_button = QPushButton(self.tr("&Assign selection"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setToolTip(self.tr("Set the chosen field from the text selected in the document"))
        self.assign_button.clicked.connect(lambda: self.assign_selection(self.target.currentData()))
        self.checked_button = QPushButton(self.tr("Mark as c&hecked"))
        self.checked_button.setObjectName("markChecked")
        self.checked_button.setToolTip(self.tr("The field is right as it is (or will be entered by hand)"))
        self.checked_button.clicked.connect(self.mark_current_checked)
        self.note = QLabel()
        self.note.setObjectName("fieldNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        assign_row = QHBoxLayout()
        assign_row.addWidget(QLabel(self.tr("Selection is:")))
        assign_row.addWidget(self.target, 1)
        assign_row.addWidget(self.assign_button)
        fields_page = QWidget()
        fields_layout = QVBoxLayout(fields_page)
        fields_layout.addWidget(self.fields, 1)
        fields_layout.addWidget(self.note)
        fields_layout.addLayout(assign_row)
        fields_layout.addWidget(self.checked_button, 0, Qt.AlignmentFlag.AlignRight)
        self.side = QTabWidget()
        self.side.setAccessibleName(self.tr("Fields and summary"))
        self.side.addTab(fields_page, self.tr("Fields"))

        splitter = QSplitter()
        splitter.addWidget(self.source)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------------------
    def set_draft(self, draft: CaseDraft) -> None:
        """Show draft's source and fields; assignments change draft itself."""
        self.draft = draft
        self._positions = qt_offsets(draft.source_text)
        self.source.setPlainText(draft.source_text)
        self.note.clear()
        self.refresh()

    def label(self, field: str) -> str:
        """The field's name in the window: "Deadline", "Recipient 2: address" (gui/cases/field_names.py)."""
        return field_name(field, len(self.draft.recipients))

    def value(self, field: str) -> str:
        """The field's value, short, as plain text ("" when empty)."""
        draft = self.draft
        if field in ("issue_date", "deadline"):
            day = draft.issue_date if field == "issue_date" else draft.deadline
            return long_date(day) if day else ""
        if field == "briefing":
            return " ".join(draft.briefing_markdown.split())[:80]
        if field == "take_action":
            return self.tr("%n step(s)", "", len(draft.take_action)) if draft.take_action else ""
        if field == "letter":
            return ", ".join(sorted(draft.letters))
        if field == "preferred_language":
            return ", ".join(draft.accepted_languages) or draft.preferred_language
        parts = field.split(".")
        if parts[0] == "recipients" and len(parts) >= 2 and parts[1].isdigit():
            number = int(parts[1])
            if number > len(draft.recipients):
                return ""
            recipient = draft.recipients[number - 1]
            if len(parts) == 2:
                place = " ".join(p for p in (recipient.postal_code, recipient.city) if p)
                return ", ".join(p for p in (recipient.display_name, place, recipient.country) if p)
            if parts[2] == "salutation" and recipient.salutation_alternative:
                return f"{recipient.salutation} / {recipient.salutation_alternative}"
            return str(getattr(recipient, parts[2], ""))
        value = getattr(draft, field, "")
        return value if isinstance(value, str) else ""

    def rows(self) -> list[str]:
        """The fields listed: every assignable one but the new recipient, then every other flagged field."""
        listed = assignable_fields(self.draft)[:-1]  # the last is the next new recipient: nothing to list
        covered = {flag for field in listed for flag in flags_of(self.draft, field)}
        for flag in self.draft.review:
            if flag not in covered and flag.field not in listed:
                listed.append(flag.field)
        return listed

    def refresh(self, select: str = "") -> None:
        """Rebuild the field list and the choice of fields; select the row of field select."""
        select = select or self.current_field()
        self.fields.blockSignals(True)
        self.fields.clear()
        for field in self.rows():
            flags = flags_of(self.draft, field)
            value = self.value(field)
            if flags:
                state = self.tr("⚠ check")
            elif value:
                state = self.tr("found")
            else:
                state = self.tr("empty")
            item = QTreeWidgetItem([self.label(field), " ".join(value.split()), state])
            item.setData(0, _FIELD_ROLE, field)
            if flags:
                for column in range(3):  # the case editor's review colours: a hint beside the ⚠ and the note
                    item.setBackground(column, QBrush(QColor(FLAG_BACKGROUND)))
                    item.setForeground(column, QBrush(QColor("black")))
                item.setToolTip(2, "\n".join(f.note for f in flags))
            self.fields.addTopLevelItem(item)
            if field == select:
                self.fields.setCurrentItem(item)
        self.fields.blockSignals(False)
        for column in (0, 2):
            self.fields.resizeColumnToContents(column)
        chosen = self.target.currentData()
        self.target.clear()
        for field in assignable_fields(self.draft):
            self.target.addItem(self.label(field), field)
        index = self.target.findData(select or chosen)
        self.target.setCurrentIndex(max(index, 0))
        self._field_chosen()

    def current_field(self) -> str:
        item = self.fields.currentItem()
        return str(item.data(0, _FIELD_ROLE)) if item is not None else ""

    def select_field(self, field: str) -> None:
        """Make field the current row (and show where it came from)."""
        for index in range(self.fields.topLevelItemCount()):
            item = self.fields.topLevelItem(index)
            if item is not None and item.data(0, _FIELD_ROLE) == field:
                self.fields.setCurrentItem(item)
                return

    def _field_chosen(self) -> None:
        field = self.current_field()
        flags = flags_of(self.draft, field) if field else []
        if flags:
            self.note.setText(self.tr("⚠ Check: {notes}").format(notes="; ".join(f.note for f in flags)))
        elif field and origin_of(self.draft, field) is None and self.value(field):
            self.note.setText(self.tr("Not marked in the document."))
        else:
            self.note.clear()
        index = self.target.findData(field)
        if index >= 0:
            self.target.setCurrentIndex(index)
        self._show_origin_unless_selected()
        self._update_buttons()

    def user_selection(self) -> bool:
        """True when the user selected text in the source (not the span a click on a field showed)."""
        cursor = self.source.textCursor()
        return cursor.hasSelection() and (cursor.selectionStart(), cursor.selectionEnd()) != self._shown

    def _show_origin_unless_selected(self) -> None:
        """Show where the current field came from, unless that would drop text the user selected to assign:
        then the click only chooses the field the selection goes to."""
        field = self.current_field()
        if field and not self.user_selection():
            self.show_origin(field)

    def show_origin(self, field: str) -> None:
        """Scroll the source to where field came from and select that text."""
        span = origin_of(self.draft, field) if field else None
        if span is None:
            return
        start, end = (self._positions[min(i, len(self._positions) - 1)] for i in span)
        cursor = self.source.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.source.setTextCursor(cursor)
        self.source.centerCursor()
        self._shown = (cursor.selectionStart(), cursor.selectionEnd())

    def _update_buttons(self) -> None:
        self.assign_button.setEnabled(self.source.textCursor().hasSelection())
        field = self.current_field()
        self.checked_button.setEnabled(bool(field and flags_of(self.draft, field)))

    # -- changing --------------------------------------------------------------------------------------
    def selection_span(self) -> tuple[int, int]:
        """The selected text as (start, end) offsets into the draft's source text."""
        cursor = self.source.textCursor()
        start = bisect.bisect_left(self._positions, cursor.selectionStart())
        end = bisect.bisect_left(self._positions, cursor.selectionEnd())
        return start, end

    def assign_selection(self, field: object) -> bool:
        """Set field from the selected text; False, with the reason shown, when it cannot be."""
        if not isinstance(field, str) or not field:
            return False
        start, end = self.selection_span()
        problem = assign_text(self.draft, field, self.draft.source_text[start:end], (start, end))
        if problem is not None:
            self.note.setText(say(problem))
            return False
        self.refresh(field)
        self.changed.emit(field)
        return True

    def mark_current_checked(self) -> None:
        field = self.current_field()
        if field:
            mark_checked(self.draft, field)
            self.refresh(field)
            self.changed.emit(field)

    def assign_menu(self) -> QMenu:
        """The source's context menu: copy and select all, and "Assign to ▸" every field."""
        menu = self.source.createStandardContextMenu()
        submenu = menu.addMenu(self.tr("Assi&gn to"))
        submenu.setObjectName("assignMenu")
        submenu.setEnabled(self.source.textCursor().hasSelection())
        for field in assignable_fields(self.draft):
            action = submenu.addAction(self.label(field))
            action.setData(field)
            action.triggered.connect(lambda _checked=False, f=field: self.assign_selection(f))
        return menu

    def _show_context_menu(self, where: QPoint) -> None:
        menu = self.assign_menu()
        menu.exec(self.source.mapToGlobal(where))
        menu.deleteLater()
