"""The recipient form of the case editor holds still while the user types (issue: a row appeared or
disappeared under the cursor as the printed address gained or lost a line)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.model import Recipient, RecipientRole
from ua_desktop.gui.cases.case_editor_recipients import RecipientsEditor


def geometry(editor: RecipientsEditor) -> dict[str, QRect]:
    """Where every input, form label and the printed-address preview sit, in the editor's coordinates."""
    QApplication.processEvents()  # let the layouts take up what the last keystroke changed
    widgets: dict[str, QWidget] = {
        **editor.inputs,
        "street": editor.street,
        "country": editor.country,
        "role": editor.role,
        **{
            f"label {label.text()}": label
            for label in editor.form_widget.findChildren(QLabel)
            if label.text()
        },
    }
    places = {
        name: QRect(widget.mapTo(editor, widget.rect().topLeft()), widget.size())
        for name, widget in widgets.items()
    }
    preview = editor.preview
    places["preview top"] = QRect(preview.mapTo(editor, preview.rect().topLeft()), preview.size()).adjusted(
        0, 0, 0, -preview.height()
    )
    return places


def test_typing_an_address_moves_no_field(qtbot: QtBot) -> None:
    editor = RecipientsEditor([Recipient(name="Kristi Noem", role=RecipientRole.PRIMARY)], [])
    qtbot.addWidget(editor)
    editor.resize(880, 520)
    editor.show()
    qtbot.waitExposed(editor)
    editor.add_recipient()  # an empty form: the printed address grows from nothing
    start = geometry(editor)
    moved: list[str] = []

    def type_into(widget: QWidget, text: str) -> None:
        widget.setFocus()
        qtbot.keyClicks(widget, text)
        now = geometry(editor)
        moved.extend(f"{name} after typing {text!r}" for name in start if now[name] != start[name])

    type_into(editor.inputs["honorific"], "His Excellency")
    type_into(editor.inputs["name"], "Li Qiang")
    type_into(editor.inputs["title"], "Premier")
    type_into(editor.inputs["organisation"], "State Council")
    editor.street.setFocus()
    qtbot.keyClicks(editor.street, "2 Fuyou Street")
    qtbot.keyClick(editor.street, Qt.Key.Key_Return)
    type_into(editor.street, "Xicheng District")
    type_into(editor.inputs["postal_code"], "100017")
    type_into(editor.inputs["city"], "Beijing")
    type_into(editor.inputs["region"], "Beijing Shi")
    editor.country.setCode("CN")  # the country line appears
    type_into(editor.inputs["salutation"], "Dear Premier,")
    assert len(editor.preview.text().splitlines()) >= 7  # the printed address did grow, line by line
    for _ in range(len("State Council")):  # and lines disappear again
        qtbot.keyClick(editor.inputs["organisation"], Qt.Key.Key_Backspace)
    type_into(editor.inputs["region"], "")
    assert moved == []
