"""The recipients page of the case editor: a list of addressees and an address form for the selected one.

Beside the form, under the list, the address shows as it will be printed (the shared formatter), so a wrong
postcode position or a missing country is visible before the first letter is printed. The form holds still
while the user types: it sits at the top of its space (Qt's default form alignment centres it vertically,
and the preview used to be its last row, so every line the address gained or lost moved every field by half
a line), and the preview keeps room for a whole address where its growing moves no field.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.address import format_postal_address
from ua_desktop.core.cases.model import Recipient, RecipientRole, ReviewFlag
from ua_desktop.core.cases.text import recipient_address
from ua_desktop.gui.cases.case_editor_fields import CountryBox, FlagNote, mark_widget

_TEXT_FIELDS = (
    "honorific",
    "name",
    "title",
    "organisation",
    "postal_code",
    "city",
    "region",
    "salutation",
    "salutation_alternative",
    "email",
    "fax",
)
# Lines the preview keeps room for: name and title, organisation, two street lines, city, region, country.
_PREVIEW_LINES = 8


class RecipientsEditor(QWidget):
    """Edit the case's recipients; flags for "recipients.N.field" are shown on the N-th one.

    Signals:
        edited(str): a field changed; the argument is its review key, e.g. "recipients.2.city".
    """

    edited = Signal(str)

    def __init__(self, recipients: list[Recipient], flags: list[ReviewFlag], parent: QWidget | None = None):
        super().__init__(parent)
        self.recipients = list(recipients)
        self.flags = list(flags)
        self.current = -1
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName("recipientList")
        self.list.setAccessibleName(self.tr("Recipients"))
        self.add_button = QPushButton(self.tr("&Add recipient"))
        self.remove_button = QPushButton(self.tr("&Remove recipient"))
        self.general_note = FlagNote()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        left.addWidget(self.general_note)

        self.role = QComboBox()
        self.role.addItem(self.tr("Receives the letter"), RecipientRole.PRIMARY.value)
        self.role.addItem(self.tr("Receives a copy"), RecipientRole.COPY.value)
        self.inputs: dict[str, QLineEdit] = {key: QLineEdit() for key in _TEXT_FIELDS}
        self.street = QPlainTextEdit()
        self.street.setPlaceholderText(self.tr("One address line per line"))
        # Room for four lines, and no more: an expanding box takes the form's spare height and floats in it.
        self.street.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 4 + 12)
        self.country = CountryBox()
        self.social = QLineEdit()
        self.social.setPlaceholderText(self.tr("separated by commas, e.g. @handle, Twitter: @name"))
        self.inputs["email"].setPlaceholderText(self.tr("name@example.org"))
        self.notes: dict[str, FlagNote] = {}
        self.preview = QLabel()
        self.preview.setObjectName("addressPreview")
        self.preview.setAccessibleName(self.tr("Printed as:"))
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never markup
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * _PREVIEW_LINES)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(QLabel(self.tr("Printed as:")))
        left.addWidget(self.preview)
        form = QFormLayout()
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        labels = {
            "honorific": self.tr("Honorific:"),
            "name": self.tr("Name:"),
            "title": self.tr("Title:"),
            "organisation": self.tr("Organisation:"),
            "postal_code": self.tr("Postcode:"),
            "city": self.tr("City:"),
            "region": self.tr("Region / state:"),
            "salutation": self.tr("Salutation:"),
            "salutation_alternative": self.tr("Alternative salutation:"),
            "email": self.tr("E-mail:"),
            "fax": self.tr("Fax:"),
        }
        form.addRow(self.tr("Role:"), self.role)
        for key in ("honorific", "name", "title", "organisation"):
            self._add_row(form, labels[key], key, self.inputs[key])
        self._add_row(form, self.tr("Street lines:"), "street", self.street)
        for key in ("postal_code", "city", "region"):
            self._add_row(form, labels[key], key, self.inputs[key])
        self._add_row(form, self.tr("Country:"), "country", self.country)
        for key in ("salutation", "salutation_alternative", "email", "fax"):
            self._add_row(form, labels[key], key, self.inputs[key])
        self._add_row(form, self.tr("Social media:"), "social", self.social)
        self.form_widget = QWidget()
        self.form_widget.setLayout(form)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.form_widget, 3)

        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.add_recipient)
        self.remove_button.clicked.connect(self.remove_recipient)
        self.role.currentIndexChanged.connect(lambda _i: self._changed("role"))
        for key, widget in self.inputs.items():
            widget.textEdited.connect(lambda _text, key=key: self._changed(key))
        self.street.textChanged.connect(lambda: self._changed("street"))
        self.social.textEdited.connect(lambda _text: self._changed("social"))
        self.country.currentIndexChanged.connect(lambda _i: self._changed("country"))
        self._refresh_list()
        self.general_note.show_notes([f.note for f in self.flags if f.field == "recipients"])
        self.list.setCurrentRow(0 if self.recipients else -1)
        self.form_widget.setEnabled(bool(self.recipients))

    def _add_row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        note = FlagNote()
        self.notes[key] = note
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(note)
        holder = QWidget()
        holder.setLayout(column)
        form.addRow(label, holder)

    def _flags_of(self, index: int) -> dict[str, list[str]]:
        prefix = f"recipients.{index + 1}."
        found: dict[str, list[str]] = {}
        for flag in self.flags:
            if flag.field.startswith(prefix):
                found.setdefault(flag.field[len(prefix) :], []).append(flag.note)
        return found

    def _refresh_list(self) -> None:
        self.list.blockSignals(True)
        row = self.list.currentRow()
        self.list.clear()
        for index, recipient in enumerate(self.recipients):
            role = self.tr("letter") if recipient.role is RecipientRole.PRIMARY else self.tr("copy")
            name = recipient.display_name or self.tr("(no name)")
            text = f"{name} — {role}"
            if self._flags_of(index):
                text += " — " + self.tr("⚠ check")
            self.list.addItem(text)
        self.list.setCurrentRow(min(row, len(self.recipients) - 1))
        self.list.blockSignals(False)

    def _select(self, index: int) -> None:
        self.current = index
        self.form_widget.setEnabled(0 <= index < len(self.recipients))
        if not 0 <= index < len(self.recipients):
            return
        recipient = self.recipients[index]
        flags = self._flags_of(index)
        self._loading = True
        self.role.setCurrentIndex(0 if recipient.role is RecipientRole.PRIMARY else 1)
        for key, widget in self.inputs.items():
            widget.setText(getattr(recipient, key))
        self.street.setPlainText("\n".join(recipient.street))
        self.country.setCode(recipient.country)
        self.social.setText(", ".join(recipient.social))
        self._loading = False
        widgets: dict[str, QWidget] = {
            **self.inputs,
            "street": self.street,
            "country": self.country,
            "social": self.social,
        }
        for key, note in self.notes.items():
            note.show_notes(flags.get(key, []))
            mark_widget(widgets[key], key in flags)
        self._update_preview()

    def _changed(self, key: str) -> None:
        if self._loading or not 0 <= self.current < len(self.recipients):
            return
        self.recipients[self.current] = self._read_form()
        self._update_preview()
        self.edited.emit(f"recipients.{self.current + 1}.{key}")
        if key in ("name", "honorific", "role"):
            self._refresh_list()

    def _read_form(self) -> Recipient:
        values = {key: widget.text().strip() for key, widget in self.inputs.items()}
        street = tuple(line.strip() for line in self.street.toPlainText().splitlines() if line.strip())
        social = tuple(handle.strip() for handle in self.social.text().split(",") if handle.strip())
        role = RecipientRole(self.role.currentData())
        return Recipient(role=role, street=street, country=self.country.code(), social=social, **values)

    def _update_preview(self) -> None:
        if 0 <= self.current < len(self.recipients):
            lines = format_postal_address(recipient_address(self.recipients[self.current]))
            self.preview.setText("\n".join(lines))

    def add_recipient(self) -> None:
        role = RecipientRole.COPY if self.recipients else RecipientRole.PRIMARY
        self.recipients.append(Recipient(name="", role=role))
        self._refresh_list()
        self.list.setCurrentRow(len(self.recipients) - 1)
        self.edited.emit("recipients")
        self.inputs["name"].setFocus()

    def remove_recipient(self) -> None:
        if 0 <= self.current < len(self.recipients):
            del self.recipients[self.current]
            self._refresh_list()
            self._select(self.list.currentRow())
            self.edited.emit("recipients")

    def clear_flags(self) -> None:
        """Forget every review flag (the user checked them all) and take the marks away."""
        self.flags = []
        self.general_note.show_notes([])
        self._refresh_list()
        self._select(self.current)

    def values(self) -> list[Recipient]:
        return [dataclasses.replace(r) for r in self.recipients]
