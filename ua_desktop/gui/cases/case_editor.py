"""The case editor: every field of case.toml, the briefing with a preview, and the model letters.

It edits a CaseDraft (from the importer, from an own pack, or a follow-up copy). Fields the importer
flagged are highlighted and carry a line of text saying what to check; a flag is dropped once its field is
edited, or all at once with "Mark all as checked". Save checks the draft with the loader itself
(check_draft) and writes the pack atomically; a pack with problems can still be saved after a warning,
and is then listed as "cannot be opened" until it is fixed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.cases.draft import CaseDraft, check_draft, write_pack
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import MAX_FOLLOW_UP
from ua_desktop.core.cases.manage import find_entry
from ua_desktop.core.errors import UserError
from ua_desktop.gui.cases.case_editor_fields import CountryBox, DateField, FlagNote, mark_widget
from ua_desktop.gui.cases.case_editor_recipients import RecipientsEditor
from ua_desktop.gui.cases.field_names import field_name
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.screen_fit import fit_to_screen


class CaseEditorDialog(QDialog):
    """Edit one case pack; ask() runs it and returns the saved folder or None."""

    def __init__(
        self,
        draft: CaseDraft,
        library: CaseLibrary,
        original: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self.setWindowTitle(self.tr("Edit case {number}").format(number=draft.ua_number or draft.id))
        self.draft = draft
        self.library = library
        self.original = original
        self.saved_folder: Path | None = None
        self.edited: set[str] = set()
        self.notes: dict[str, FlagNote] = {}
        self.inputs: dict[str, QWidget] = {}

        self.banner = QLabel()
        self.banner.setObjectName("reviewBanner")
        self.banner.setWordWrap(True)
        self.clear_flags_button = QPushButton(self.tr("Mark all as &checked"))
        self.clear_flags_button.clicked.connect(self.mark_all_checked)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._case_page(), self.tr("Case"))
        self.tabs.addTab(self._action_page(), self.tr("Take action"))
        self.recipients = RecipientsEditor(draft.recipients, draft.review)
        self.recipients.edited.connect(self.edited.add)
        self.tabs.addTab(self.recipients, self.tr("Recipients"))
        self.tabs.addTab(self._briefing_page(), self.tr("Briefing"))
        self.tabs.addTab(self._letter_page(), self.tr("Letter"))
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.clear_flags_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._show_flags()
        fit_to_screen(self, QSize(920, 680))

    @classmethod
    def ask(
        cls, parent: QWidget | None, draft: CaseDraft, library: CaseLibrary, original: Path | None = None
    ) -> Path | None:
        dialog = cls(draft, library, original, parent)
        return dialog.saved_folder if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- pages -------------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> QWidget:
        """Add widget under label with a note line for review flags; remember it under key."""
        note = FlagNote()
        self.notes[key] = note
        self.inputs[key] = widget
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(note)
        holder = QWidget()
        holder.setLayout(column)
        form.addRow(label, holder)
        return widget

    def _line(self, form: QFormLayout, key: str, label: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.textEdited.connect(lambda _t: self.edited.add(key))
        self._field(form, key, label, edit)
        return edit

    def _case_page(self) -> QWidget:
        draft = self.draft
        form = QFormLayout()
        self.id_edit = self._line(form, "id", self.tr("Case id:"), draft.id)
        self.ua_edit = self._line(form, "ua_number", self.tr("UA number:"), draft.ua_number)
        self.follow_up_box = QCheckBox(self.tr("This is a follow-up (further information)"))
        self.follow_up_box.setChecked(draft.follow_up)
        self._field(form, "follow_up", self.tr("Follow-up:"), self.follow_up_box)
        self.follow_up_number_box = QSpinBox()
        self.follow_up_number_box.setRange(0, MAX_FOLLOW_UP)
        self.follow_up_number_box.setSpecialValueText(self.tr("not stated"))
        self.follow_up_number_box.setValue(draft.follow_up_number)
        self.follow_up_number_box.setToolTip(self.tr('"SECOND UA 45/15" is follow-up number 2'))
        self.follow_up_number_box.valueChanged.connect(lambda _v: self.edited.add("follow_up_number"))
        self._field(form, "follow_up_number", self.tr("Follow-up number:"), self.follow_up_number_box)
        self.follows_edit = self._line(form, "follows", self.tr("Follows case id:"), draft.follows)
        self.index_edit = self._line(form, "document_index", self.tr("Document index:"), draft.document_index)
        self.title_edit = self._line(form, "title", self.tr("Title:"), draft.title)
        self.country_box = CountryBox()
        self.country_box.setCode(draft.country)
        self.country_box.currentIndexChanged.connect(lambda _i: self.edited.add("country"))
        self._field(form, "country", self.tr("Country:"), self.country_box)
        self.issue_field = DateField()
        self.issue_field.set_date(draft.issue_date)
        self.issue_field.changed.connect(lambda: self.edited.add("issue_date"))
        self._field(form, "issue_date", self.tr("Issue date:"), self.issue_field)
        self.deadline_field = DateField()
        self.deadline_field.set_date(draft.deadline)
        self.deadline_field.changed.connect(lambda: self.edited.add("deadline"))
        self._field(form, "deadline", self.tr("Deadline:"), self.deadline_field)
        self.language_edit = self._line(
            form, "preferred_language", self.tr("Preferred language (code):"), draft.preferred_language
        )
        self.accepted_edit = self._line(
            form, "accepted_languages", self.tr("Accepted languages:"), ", ".join(draft.accepted_languages)
        )
        self.accepted_edit.setPlaceholderText(self.tr("codes separated by commas, e.g. en, es"))
        self.own_language_box = QCheckBox(self.tr("Letters in the writer's own language are welcome"))
        self.own_language_box.setChecked(draft.own_language_welcome)
        self._field(form, "own_language_welcome", self.tr("Own language:"), self.own_language_box)
        page = QWidget()
        page.setLayout(form)
        return page

    def _text(self, key: str, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.textChanged.connect(lambda: self.edited.add(key))
        return edit

    def _action_page(self) -> QWidget:
        form = QFormLayout()
        self.steps_edit = self._text("take_action", "\n".join(self.draft.take_action))
        self.steps_edit.setPlaceholderText(self.tr("One step per line"))
        self._field(form, "take_action", self.tr("Action steps:"), self.steps_edit)
        self.postage_edit = self._text("postage_notes", self.draft.postage_notes)
        self._field(form, "postage_notes", self.tr("Postage notes:"), self.postage_edit)
        self.copies_edit = self._text("copies_instruction", self.draft.copies_instruction)
        self.copies_edit.setPlaceholderText(self.tr("e.g. Also send copies to diplomatic representatives …"))
        self._field(form, "copies_instruction", self.tr("Copies instruction:"), self.copies_edit)
        page = QWidget()
        page.setLayout(form)
        return page

    def _briefing_page(self) -> QWidget:
        self.briefing_edit = self._text("briefing", self.draft.briefing_markdown)
        self.briefing_edit.setAccessibleName(self.tr("Briefing in Markdown"))
        self.briefing_preview = QTextBrowser()
        self.briefing_preview.setObjectName("briefingPreview")
        self.briefing_preview.setAccessibleName(self.tr("Briefing preview"))
        self.briefing_edit.textChanged.connect(self._update_preview)
        self._update_preview()
        splitter = QSplitter()
        splitter.addWidget(self.briefing_edit)
        splitter.addWidget(self.briefing_preview)
        form = QFormLayout()
        self._field(form, "briefing", self.tr("Briefing (Markdown):"), splitter)
        page = QWidget()
        page.setLayout(form)
        return page

    def _update_preview(self) -> None:
        self.briefing_preview.setMarkdown(self.briefing_edit.toPlainText())

    def _letter_page(self) -> QWidget:
        self.letter_tabs = QTabWidget()
        self.letter_edits: dict[str, QPlainTextEdit] = {}
        for language in sorted(self.draft.letters):
            self._add_letter_tab(language, self.draft.letters[language])
        add_button = QPushButton(self.tr("Add &language…"))
        add_button.clicked.connect(self.add_language)
        form = QFormLayout()
        self._field(form, "letter", self.tr("Model letter body:"), self.letter_tabs)
        form.addRow("", add_button)
        self.closing_edit = self._line(form, "closing", self.tr("Closing:"), self.draft.closing)
        page = QWidget()
        page.setLayout(form)
        return page

    def _add_letter_tab(self, language: str, text: str) -> None:
        edit = self._text("letter", text)
        self.letter_edits[language] = edit
        self.letter_tabs.addTab(edit, language)

    def add_language(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("Add a letter"), self.tr("Language code (e.g. de):"))
        code = code.strip().lower()
        if ok and code and code not in self.letter_edits:
            self._add_letter_tab(code, "")
            self.letter_tabs.setCurrentIndex(self.letter_tabs.count() - 1)
            self.edited.add("letter")

    # -- flags ---------------------------------------------------------------------------------------
    def _show_flags(self) -> None:
        flags = self.draft.review
        if flags:
            self.banner.setText(
                self.tr(
                    "%n field(s) need checking: the importer did not find them or is not sure. "
                    "They are marked below with ⚠.",
                    "",
                    len(flags),
                )
            )
        else:
            self.banner.setText(self.tr("No fields need checking."))
        elsewhere = [f for f in flags if f.field not in self.notes and not f.field.startswith("recipients")]
        if elsewhere:  # a flag on a field this form has no input for: said here, or it could not be found
            listing = "; ".join(f"{field_name(f.field)}: {f.note}" for f in elsewhere)
            self.banner.setText(self.banner.text() + " " + self.tr("Also: {flags}").format(flags=listing))
        self.clear_flags_button.setEnabled(bool(flags))
        for key, note in self.notes.items():
            notes = [f.note for f in flags if f.field == key]
            note.show_notes(notes)
            mark_widget(self.inputs[key], bool(notes))
        recipient_flags = [f for f in flags if f.field.startswith("recipients")]
        self.tabs.setTabText(2, self.tr("Recipients ⚠") if recipient_flags else self.tr("Recipients"))

    def mark_all_checked(self) -> None:
        self.draft.review = []
        self.recipients.clear_flags()
        self._show_flags()

    # -- saving --------------------------------------------------------------------------------------
    def collect(self) -> CaseDraft:
        """The draft as the form shows it; flags and origins of edited fields are dropped."""
        draft = self.draft
        draft.id = self.id_edit.text().strip()
        draft.ua_number = self.ua_edit.text().strip()
        draft.follow_up = self.follow_up_box.isChecked()
        draft.follow_up_number = self.follow_up_number_box.value()
        draft.follows = self.follows_edit.text().strip()
        draft.document_index = self.index_edit.text().strip()
        draft.title = self.title_edit.text().strip()
        draft.country = self.country_box.code()
        draft.issue_date = self.issue_field.date()
        draft.deadline = self.deadline_field.date()
        draft.preferred_language = self.language_edit.text().strip()
        draft.accepted_languages = [c.strip() for c in self.accepted_edit.text().split(",") if c.strip()]
        draft.own_language_welcome = self.own_language_box.isChecked()
        draft.take_action = [s.strip() for s in self.steps_edit.toPlainText().splitlines() if s.strip()]
        draft.postage_notes = self.postage_edit.toPlainText().strip()
        draft.copies_instruction = self.copies_edit.toPlainText().strip()
        draft.recipients = self.recipients.values()
        draft.briefing_markdown = self.briefing_edit.toPlainText()
        draft.letters = {lang: edit.toPlainText() for lang, edit in self.letter_edits.items()}
        draft.closing = self.closing_edit.text().strip()
        draft.review = [f for f in draft.review if f.field not in self.edited]
        # A typed value no longer comes from the source document; added or removed recipients renumber
        # the rest, so their origins go too.
        renumbered = "recipients" in self.edited
        draft.origins = {
            key: span
            for key, span in draft.origins.items()
            if key not in self.edited and not (renumbered and key.startswith("recipients."))
        }
        return draft

    def save(self) -> None:
        draft = self.collect()
        problems = check_draft(draft)
        if problems:
            listing = "\n".join(f"• {say(p.message())}" for p in problems)
            self.problems.setText(self.tr("Problems the loader reports:") + "\n" + listing)
            answer = QMessageBox.question(
                self,
                self.tr("Save with problems?"),
                self.tr(
                    "The case has %n problem(s) (listed under the form). Saved like this, it is listed "
                    "as 'cannot be opened' until they are fixed. Save anyway?",
                    "",
                    len(problems),
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return
        renamed = self.original is not None and self.original.name != draft.id
        if (self.original is None or renamed) and draft.id and find_entry(self.library, draft.id):
            QMessageBox.warning(
                self,
                self.tr("Case id in use"),
                self.tr("A case with the id {id} exists already. Choose another id.").format(id=draft.id),
            )
            return
        try:
            self.saved_folder = write_pack(draft, self.library.user_cases_dir)
            if renamed and self.original is not None and self.original.parent == self.library.user_cases_dir:
                shutil.rmtree(self.original, ignore_errors=True)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Case not saved"), say(error))
            return
        self.accept()
