"""Import an Urgent Action: paste its text or choose a file (.txt, .pdf, .docx, .html, .eml, .uacase).

The dialog reads the document with the same core functions as `ua-desktop cases import`, then shows the
assisted import (case_import_assist.py): the document's text beside every field, found, to check or empty,
where the user points at the right text for a field the importer missed. The case id below both pages is
suggested from the UA number and can be changed; a document without a number is read once an id is there.
"Save and edit" saves the pack, fields left to check and all (the case library lists it as needing review),
and hands it to the case editor. A .uacase is a finished pack from another group: it is checked and saved
as it is. When the case id is taken, the user chooses: replace, keep both, or cancel.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.cases.assign import mark_checked, suggested_id
from ua_desktop.core.cases.draft import CaseDraft
from ua_desktop.core.cases.importer import (
    draft_from_file,
    draft_from_text,
    found_fields,
    is_shared_pack,
    link_follow_up,
)
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.manage import CaseIdClashError, ClashPolicy, save_new_case
from ua_desktop.core.cases.messages import CaseImportMessage
from ua_desktop.core.cases.model import Case
from ua_desktop.core.cases.share import import_shared_case
from ua_desktop.core.errors import UserError, Worded
from ua_desktop.gui.cases.case_id_field import CaseIdField
from ua_desktop.gui.cases.case_import_assist import AssistedImportPanel
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import FileKind, open_file_path
from ua_desktop.gui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ua_desktop.gui.shell.settings_hub import SettingsHub


@dataclass(frozen=True)
class ImportOutcome:
    """Where the imported case was saved, and whether it should open in the editor next."""

    folder: Path
    case_id: str
    edit: bool


def ask_clash_policy(parent: QWidget | None, error: CaseIdClashError) -> ClashPolicy | None:
    """Replace the existing case, keep both, or cancel (None)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CaseImportDialog", "Case already exists"))
    where = (
        QCoreApplication.translate("CaseImportDialog", "a case that comes with the program")
        if error.existing.bundled
        else QCoreApplication.translate("CaseImportDialog", "one of your own cases")
    )
    box.setText(
        QCoreApplication.translate(
            "CaseImportDialog", "A case with the id {id} exists already ({where}). Replace it, or keep both?"
        ).format(id=error.case_id, where=where)
    )
    replace = box.addButton(
        QCoreApplication.translate("CaseImportDialog", "&Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("CaseImportDialog", "&Keep both (new id {id})").format(id=error.free_id),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return ClashPolicy.REPLACE
    if clicked is keep:
        return ClashPolicy.KEEP_BOTH
    return None


def resolving_clash[T](parent: QWidget | None, attempt: Callable[[ClashPolicy], T]) -> T | None:
    """attempt(ClashPolicy.ASK); when the case id is taken, ask the user and attempt again with their
    choice (replace or keep both, which cannot clash). None when they cancel; other errors pass on."""
    try:
        return attempt(ClashPolicy.ASK)
    except CaseIdClashError as error:
        policy = ask_clash_policy(parent, error)
        return None if policy is None else attempt(policy)


class CaseImportDialog(QDialog):
    """Paste or choose a document, read it, review and correct what was found beside the source, save.

    Two pages: the document (paste or file), then the assisted import (the source beside its fields). The
    case id field under both is suggested from the UA number and can be changed; a document without a UA
    number is read once the user has entered an id there.
    """

    def __init__(
        self, library: CaseLibrary, parent: QWidget | None = None, settings_hub: SettingsHub | None = None
    ) -> None:
        """settings_hub keeps the folder "Choose file…" starts in (nothing is remembered without it)."""
        super().__init__(parent)
        self.setObjectName("caseImportDialog")
        self.setWindowTitle(self.tr("Import an Urgent Action"))
        self.library = library
        self._original: tuple[str, Case | None] | None = None  # (follows, its case), read once per id
        self.settings_hub = settings_hub
        self.draft: CaseDraft | None = None
        self.outcome: ImportOutcome | None = None

        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("pasteText")
        self.paste_edit.setPlaceholderText(
            self.tr("Paste the whole Urgent Action here, from its index line to the model letter.")
        )
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("filePath")
        self.file_edit.setPlaceholderText(self.tr("A .txt, .pdf, .docx, .html, .eml or .uacase file"))
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.addLayout(file_row)
        file_layout.addWidget(
            QLabel(self.tr("A scanned PDF holds no text: copy the text from it, or type it, and paste it."))
        )
        file_layout.addStretch(1)
        self.sources = QTabWidget()
        self.sources.addTab(self.paste_edit, self.tr("&Paste text"))
        self.sources.addTab(file_page, self.tr("From a &file"))
        self.sources.setAccessibleName(self.tr("Import an Urgent Action"))
        self.paste_edit.setAccessibleName(self.tr("&Paste text").replace("&", ""))

        self.read_button = QPushButton(self.tr("&Read document"))
        self.read_button.setObjectName("readButton")
        self.read_button.clicked.connect(self.read)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        document_page = QWidget()
        document_layout = QVBoxLayout(document_page)
        document_layout.setContentsMargins(0, 0, 0, 0)
        document_layout.addWidget(self.sources, 1)
        document_layout.addWidget(self.read_button)
        document_layout.addWidget(self.message)

        self.follows_label = QLabel()
        self.follows_label.setObjectName("followsLabel")
        self.follows_label.setWordWrap(True)
        self.follows_label.hide()
        self.assist = AssistedImportPanel()
        self.assist.changed.connect(self._field_changed)
        self.report = QTextBrowser()
        self.report.setObjectName("importReport")
        self.report.setAccessibleName(self.tr("What the importer found"))
        self.assist.side.addTab(self.report, self.tr("Summary"))
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Click a field to see where it was found. To correct one, select its text in the "
                "document and assign it to the field. Fields marked ⚠ can be left for later."
            )
        )
        hint.setWordWrap(True)
        review_layout.addWidget(hint)
        review_layout.addWidget(self.follows_label)
        review_layout.addWidget(self.assist, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(document_page)
        self.pages.addWidget(review_page)

        self.id_field = CaseIdField()
        self.id_field.changed.connect(self._check_id)
        self.id_field.entered.connect(self._id_entered)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.buttons.addButton(
            self.tr("An&other document"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.back_button.setObjectName("anotherDocument")
        self.back_button.clicked.connect(self.back)
        self.back_button.hide()
        self.save_button = self.buttons.addButton(
            self.tr("&Save and edit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveAndEdit")
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.id_field)
        layout.addWidget(self.buttons)
        self._check_id()
        fit_to_screen(self, QSize(1100, 700))

    @classmethod
    def ask(
        cls, parent: QWidget | None, library: CaseLibrary, settings_hub: SettingsHub | None = None
    ) -> ImportOutcome | None:
        dialog = cls(library, parent, settings_hub)
        return dialog.outcome if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_file(self) -> None:
        path = open_file_path(
            self,
            self.settings_hub,
            FileKind.CASE,
            self.tr("Choose an Urgent Action"),
            self.tr("Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;All files (*)"),
        )
        if path is not None:
            self.file_edit.setText(str(path))
            self.read()

    def _show_error(self, message: str) -> None:
        self.draft = None
        self.message.setText(self.tr("Cannot import:") + " " + message)
        self._check_id()

    def read(self) -> None:
        """Read the pasted text or the chosen file and show it beside what was found."""
        from_file = self.sources.currentIndex() == 1
        case_id = self.id_field.typed_id()
        try:
            if from_file:
                path = Path(self.file_edit.text().strip())
                if not self.file_edit.text().strip() or not path.is_file():
                    raise UserError(
                        Worded(
                            self.tr("Choose a file first: a .txt, .pdf, .docx, .html, .eml or .uacase file.")
                        )
                    )
                if is_shared_pack(path):
                    self._import_shared(path)
                    return
                draft = draft_from_file(path, self.library, case_id)
            else:
                draft = draft_from_text(self.paste_edit.toPlainText(), self.library, case_id)
        except UserError as error:
            kind = error.message.kind if error.message is not None else None
            if kind is CaseImportMessage.NO_UA_NUMBER:
                self._show_error(
                    self.tr(
                        "the document has no UA number to name the case after. Enter an id for the case in "
                        "the field 'Case id' below (for example ua-112-26), then read the document again."
                    )
                )
            elif kind is CaseImportMessage.NOT_A_UA and case_id is None:
                more = self.tr(
                    "If it is a model letter or another text without a UA number, enter an id for the case "
                    "in the field 'Case id' below and read it again: what it holds is imported, the rest is "
                    "marked for you to check."
                )
                self._show_error(say(error) + "\n" + more)
            else:
                self._show_error(say(error))
                return
            self.id_field.edit.setFocus()
            return
        self.show_draft(draft)

    def show_draft(self, draft: CaseDraft) -> None:
        """The assisted import page for draft, with its suggested id unless the user typed one."""
        self.draft = draft
        self.message.clear()
        self.id_field.suggest(draft.id)
        self.assist.set_draft(draft)
        self._show_follows()
        self.report.setHtml(self.report_html(draft))
        self.pages.setCurrentIndex(1)
        self.back_button.show()
        self._check_id()

    def back(self) -> None:
        """Back to choosing a document; what was read is forgotten."""
        self.draft = None
        self.pages.setCurrentIndex(0)
        self.back_button.hide()
        self._check_id()

    # -- the case id and the follow-up link ---------------------------------------------------------------
    def _id_entered(self) -> None:
        if self.pages.currentIndex() == 0:
            self.read()

    def _check_id(self) -> None:
        usable = self.id_field.show_problem(needed=self.draft is not None)
        self.save_button.setEnabled(self.draft is not None and usable)

    def _field_changed(self, field: str) -> None:
        draft = self.draft
        if draft is None:
            return
        if field == "ua_number":
            self.id_field.suggest(suggested_id(draft))
            if draft.follow_up and not draft.follows:
                mark_checked(draft, "follows")  # linked now, or flagged once again
                link_follow_up(draft, self.library)
                self.assist.refresh(field)
        self._show_follows()
        self.report.setHtml(self.report_html(draft))

    def _original_case(self, case_id: str) -> Case | None:
        """The library's case case_id, read from disk when the id changes, not on every field edited."""
        if self._original is None or self._original[0] != case_id:
            self._original = (case_id, next((c for c in self.library.cases() if c.id == case_id), None))
        return self._original[1]

    def _show_follows(self) -> None:
        draft = self.draft
        if draft is None or not draft.follow_up:
            self.follows_label.hide()
            return
        original = self._original_case(draft.follows) if draft.follows else None
        if original is not None:
            text = self.tr("A follow-up: it follows {number} (case {id}) in your case library.").format(
                number=original.ua_number, id=original.id
            )
        else:
            text = self.tr(
                "A follow-up of {number}; its earlier case is not in your case library, so it is listed "
                "on its own."
            ).format(number=draft.ua_number or self.tr("an Urgent Action"))
        self.follows_label.setText(text)
        self.follows_label.show()

    def summary_value(self, draft: CaseDraft, key: str, value: str) -> str:
        """A found value as the summary shows it: dates written out, yes/no and counts in the window's
        language (found_fields gives the command line's English)."""
        yes, no = self.tr("yes"), self.tr("no")
        if key == "follow_up":
            return yes if draft.follow_up else no
        if key == "postage_notes":
            return yes
        if key == "briefing":
            paragraphs = len([p for p in draft.briefing_markdown.split("\n\n") if p.strip()])
            return self.tr("%n paragraph(s)", "", paragraphs)
        if key == "recipients":
            roles = {"primary": self.tr("addressee"), "copy": self.tr("copy")}
            return "; ".join(
                f"{r.display_name} ({roles[r.role.value]})" + (f", {r.city}" if r.city else "")
                for r in draft.recipients
            )
        if key in ("issue_date", "deadline", "take_action"):
            return self.assist.value(key)
        return value

    def report_html(self, draft: CaseDraft) -> str:
        label = self.assist.label  # the one list of field names in the window
        missing = self.tr("not found")
        rows = []
        for key, value in found_fields(draft).items():
            if key == "follows" and not draft.follow_up:
                continue
            value = self.summary_value(draft, key, value) if value else value
            shown = html.escape(value) if value else f"<i>{html.escape(missing)}</i>"
            rows.append(f"<tr><td><b>{html.escape(label(key))}</b></td><td>{shown}</td></tr>")
        found = self.tr("Found in the document:")
        parts = [f"<p>{html.escape(found)}</p><table>{''.join(rows)}</table>"]
        if draft.review:
            items = "".join(f"<li>⚠ {html.escape(f.field)}: {html.escape(f.note)}</li>" for f in draft.review)
            heading = self.tr("Check these in the case editor (not found, or uncertain):")
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>{items}</ul>")
        else:
            all_found = self.tr("Everything was found; still read it through once.")
            parts.append(f"<p>{html.escape(all_found)}</p>")
        return "".join(parts)

    def _import_shared(self, path: Path) -> None:
        try:
            result = resolving_clash(self, lambda policy: import_shared_case(path, self.library, policy))
        except UserError as error:
            self._show_error(say(error))
            return
        if result is None:
            return
        self.outcome = ImportOutcome(result.folder, result.case.id, edit=False)
        if result.ignored:
            QMessageBox.information(
                self,
                self.tr("Files skipped"),
                self.tr("These files in the pack are not part of a case and were not read: {names}").format(
                    names=", ".join(result.ignored)
                ),
            )
        self.accept()

    def save(self) -> None:
        """Save the draft under the id in the field, flagged fields and all (listed to check)."""
        if self.draft is None:
            return
        draft = self.draft
        problem = self.id_field.problem()
        if problem:
            QMessageBox.warning(self, self.tr("Case not saved"), problem)
            return
        draft.id = self.id_field.case_id()
        try:
            folder = resolving_clash(self, lambda policy: save_new_case(draft, self.library, policy))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Case not saved"), say(error))
            return
        if folder is None:
            return
        self.outcome = ImportOutcome(folder, draft.id, edit=True)
        self.accept()
