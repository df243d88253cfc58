"""Asked when envelopes should carry the group's return address but none is set (a fresh install).

Not a dead end: the user types the address, which is kept in the settings for every later export, or
prints the envelopes without a sender; Cancel goes back to the Export dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReturnAddressDialog(QDialog):
    """The group's return address, or none; use ReturnAddressDialog.ask()."""

    def __init__(self, group_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnAddressDialog")
        self.setWindowTitle(self.tr("Return address"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.without_sender = False
        intro = QLabel(
            self.tr(
                "The envelopes carry the group's return address, but none is set yet. Type it here "
                "(it is kept in Preferences), or print the envelopes without a sender."
            )
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Return address:"))
        self.lines = QPlainTextEdit()
        self.lines.setObjectName("returnAddressLines")
        self.lines.setTabChangesFocus(True)
        self.lines.setPlaceholderText(self.tr("One line per address line, as on an envelope"))
        self.lines.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        label.setBuddy(self.lines)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save and continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.without_button = self.buttons.addButton(
            self.tr("Print &without a sender"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setEnabled(False)
        self.lines.textChanged.connect(lambda: self.save_button.setEnabled(bool(self.address())))
        self.save_button.clicked.connect(self.accept)
        self.without_button.clicked.connect(self._without_sender)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if group_name.strip():
            above = QLabel(self.tr("The group's name, {name}, is printed above it.").format(name=group_name))
            above.setWordWrap(True)
            layout.addWidget(above)
        layout.addWidget(label)
        layout.addWidget(self.lines)
        layout.addWidget(self.buttons)

    def address(self) -> list[str]:
        """The typed lines, trimmed, without empty ones (as Preferences keeps them)."""
        return [line.strip() for line in self.lines.toPlainText().splitlines() if line.strip()]

    def _without_sender(self) -> None:
        self.without_sender = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, group_name: str) -> list[str] | None:
        """The address lines to keep, [] to print without a sender, None when the user cancels."""
        dialog = cls(group_name, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return [] if dialog.without_sender else dialog.address()
        finally:
            dialog.deleteLater()
