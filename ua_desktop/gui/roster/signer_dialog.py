"""Adding or editing one signer, with checks while typing and the address as it will be printed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.address import format_postal_address
from ua_desktop.core.roster.cleaning import clean_signer
from ua_desktop.core.roster.matching import KnownMatch
from ua_desktop.core.roster.signer import Signer, split_tags
from ua_desktop.core.roster.validation import Problem, ProblemKind, validate_signer
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.country_combo import CountryComboBox
from ua_desktop.gui.widgets.locale_format import counted, show_long_dates

LETTER_LANGUAGES = ("en", "de", "fr", "it", "es", "pt", "nl")
CONSENT_METHODS = ("sign-in sheet", "e-mail", "in person", "online form")


# A signer as typed → the stored signers they are or may be (the dialog's own record left out).
KnownLookup = Callable[[Signer], list[KnownMatch]]
_KNOWN_DELAY_MS = 250  # after the last keystroke
_KNOWN_SHOWN = 1  # the likeliest: the same person before a namesake (the dialog must fit 1280×720)


class SignerDialog(QDialog):
    """The form for one signer; use SignerDialog.ask()."""

    def __init__(
        self,
        signer: Signer | None,
        tags: list[str],
        ui_language: str = "en",
        group_country: str = "",
        parent: QWidget | None = None,
        known: KnownLookup | None = None,
    ):
        """known: the roster's matches for a signer (matching.known_matches), told before a second record
        of someone is saved; None where there is no roster to look in."""
        super().__init__(parent)
        self.group_country = group_country
        self.known = known
        self._problem_lines: list[str] = []
        self._known_lines: list[str] = []
        self._known_timer = QTimer(self, singleShot=True, interval=_KNOWN_DELAY_MS)
        self._known_timer.timeout.connect(self.look_up_known)
        self.original = signer or Signer()
        self.setWindowTitle(self.tr("Edit signer") if signer and signer.id else self.tr("Add signer"))
        self.setObjectName("signerDialog")
        self.title = QLineEdit(self.original.title)
        self.first_name = QLineEdit(self.original.first_name)
        self.last_name = QLineEdit(self.original.last_name)
        self.organisation = QLineEdit(self.original.organisation)
        self.street = QPlainTextEdit("\n".join(self.original.street))
        self.street.setTabChangesFocus(True)
        self.street.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.postal_code = QLineEdit(self.original.postal_code)
        self.city = QLineEdit(self.original.city)
        self.region = QLineEdit(self.original.region)
        self.country = CountryComboBox(self.tr("(the group's country)"), ui_language)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.country.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.setCode(self.original.country)
        self.email = QLineEdit(self.original.email)
        self.phone = QLineEdit(self.original.phone)
        self.language = QComboBox()
        self.language.addItem(self.tr("(as the case letter)"), "")
        for code in LETTER_LANGUAGES:
            self.language.addItem(code, code)
        if self.original.language and self.language.findData(self.original.language) < 0:
            self.language.addItem(self.original.language, self.original.language)
        self.language.setCurrentIndex(max(0, self.language.findData(self.original.language)))
        self.tags = QLineEdit("; ".join(self.original.tags))
        self.tags.setPlaceholderText(self.tr("e.g. Tuesday group; street stand"))
        if tags:
            tag_completer = QCompleter(tags, self.tags)
            tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tags.setCompleter(tag_completer)
        self.consent_given = QCheckBox(self.tr("Consent given on"))
        self.consent_date = QDateEdit()
        self.consent_date.setCalendarPopup(True)
        date = QDate.fromString(self.original.consent_date, "yyyy-MM-dd")
        self.consent_given.setChecked(date.isValid())
        self.consent_date.setDate(date if date.isValid() else QDate.currentDate())
        show_long_dates(self.consent_date)
        self.consent_method = QComboBox()
        self.consent_method.setEditable(True)
        self.consent_method.addItems(["", *CONSENT_METHODS])
        self.consent_method.setCurrentText(self.original.consent_method)
        self.privacy = QCheckBox(self.tr("Print only the &initials and town"))
        self.privacy.setObjectName("signerPrivacy")
        self.privacy.setToolTip(
            self.tr(
                "For someone who must not be named in full (reprisals, stalking, a public figure): letters, "
                "labels and envelopes show only their initials and town."
            )
        )
        self.privacy.setChecked(self.original.privacy)
        self.notes = QPlainTextEdit(self.original.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Street:"), self.street)
        place = QHBoxLayout()
        place.addWidget(self.postal_code, 1)
        place.addWidget(self.city, 3)
        place_label = QLabel(self.tr("&Postcode, city:"))
        place_label.setBuddy(self.postal_code)
        place_name = place_label.text().replace("&", "").rstrip(": ")
        self.postal_code.setAccessibleName(place_name)
        self.city.setAccessibleName(place_name)
        form.addRow(place_label, place)
        form.addRow(self.tr("&Region / state:"), self.region)
        form.addRow(self.tr("Co&untry:"), self.country)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Letter lan&guage:"), self.language)
        form.addRow(self.tr("T&ags:"), self.tags)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_given)
        consent.addWidget(self.consent_date)
        how_label = QLabel(self.tr("how:"))
        how_label.setBuddy(self.consent_method)
        self.consent_date.setAccessibleName(self.consent_given.text())
        consent.addWidget(how_label)
        consent.addWidget(self.consent_method, 1)
        form.addRow(self.tr("Consent:"), consent)
        form.addRow(self.tr("Privacy:"), self.privacy)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.address_preview = QLabel()
        self.address_preview.setObjectName("addressPreview")
        self.address_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_preview.setStyleSheet("QLabel { border: 1px solid palette(mid); padding: 6px; }")
        self.problems_label = QLabel()
        self.problems_label.setObjectName("signerProblems")
        self.problems_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Address as printed:")))
        layout.addWidget(self.address_preview)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        for line in (
            self.title,
            self.first_name,
            self.last_name,
            self.organisation,
            self.postal_code,
            self.city,
            self.region,
            self.email,
            self.phone,
            self.tags,
        ):
            line.textChanged.connect(self.update_checks)
        self.street.textChanged.connect(self.update_checks)
        self.notes.textChanged.connect(self.update_checks)
        self.country.currentIndexChanged.connect(self.update_checks)
        self.privacy.toggled.connect(self.update_checks)
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        self.consent_date.setEnabled(self.consent_given.isChecked())
        self.update_checks()
        self.first_name.setFocus()  # the title is optional: typing starts with the name

    def signer(self) -> Signer:
        """The signer as the form now describes it, cleaned by the one table every entry path uses."""
        country = self.country.code()
        if self.country.currentText() != self.country.itemText(self.country.currentIndex()):
            # Typed rather than picked: "Schweiz (CH)", "CH", "CHE" or "Schweiz" all read as CH.
            from ua_desktop.core.countries import country_code

            country = country_code(self.country.currentText().rsplit("(", 1)[-1].strip(" )")) or ""
        typed = dataclasses.replace(
            self.original,
            title=self.title.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            street=tuple(self.street.toPlainText().splitlines()),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            region=self.region.text(),
            country=str(country or ""),
            email=self.email.text(),
            phone=self.phone.text(),
            language=str(self.language.currentData() or ""),
            tags=split_tags(self.tags.text()),
            notes=self.notes.toPlainText(),
            consent_date=self.consent_date.date().toString("yyyy-MM-dd")
            if self.consent_given.isChecked()
            else "",
            consent_method=self.consent_method.currentText(),
            privacy=self.privacy.isChecked(),
        )
        return clean_signer(typed, self.group_country)

    def describe(self, problem: Problem) -> str:
        """A problem in the user's language."""
        match problem.kind:
            case ProblemKind.NO_NAME:
                return self.tr("Enter a first or a last name.")
            case ProblemKind.EMAIL_SHAPE:
                return self.tr("“{value}” is not an e-mail address.").format(value=problem.value)
            case ProblemKind.POSTCODE_SHAPE:
                return self.tr("Postcode “{value}” does not have the form used in {country}.").format(
                    value=problem.value, country=self.country.currentText()
                )
            case ProblemKind.TOO_LONG:
                length = int(problem.value)
                return counted(self.tr("A field is too long (%n character(s)).", "", length), length)
            case ProblemKind.MISSING_FOR_LETTER:
                return self.tr("Street and city are needed to print this signer's address on letters.")
        return say(problem.message())

    def update_checks(self) -> None:
        signer = self.signer()
        lines = format_postal_address(signer.postal_address(), sender_country=self.group_country or None)
        self.address_preview.setText("\n".join(lines) if lines else self.tr("(no address)"))
        problems = validate_signer(signer, for_letter=True)
        blocking = [p for p in problems if p.kind is not ProblemKind.MISSING_FOR_LETTER]
        warnings = [p for p in problems if p.kind is ProblemKind.MISSING_FOR_LETTER][:1]
        self._problem_lines = [self.describe(p) for p in (*blocking, *warnings)]
        self.problems_label.setStyleSheet("color: #b3261e;" if blocking else "color: #8a5a00;")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not blocking)
        self._show_checks()
        if self.known is not None:
            self._known_timer.start()  # looked up once typing pauses: an e-mail address scans the roster

    def done(self, result: int) -> None:
        self._known_timer.stop()  # closed: no look-up later, when the roster may be closed too
        super().done(result)

    def look_up_known(self) -> None:
        """Whom the roster already holds that this signer is or may be (the first, see _KNOWN_SHOWN)."""
        signer = self.signer()
        found = self.known(signer) if self.known is not None else []  # nothing to look for: none
        self._known_lines = [say(match.message()) for match in found[:_KNOWN_SHOWN]]
        self._show_checks()

    def _show_checks(self) -> None:
        self.problems_label.setText("\n".join([*self._problem_lines, *self._known_lines]))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        signer: Signer | None = None,
        tags: list[str] | None = None,
        ui_language: str = "en",
        group_country: str = "",
        known: KnownLookup | None = None,
    ) -> Signer | None:
        """Run the dialog; the edited signer, or None when cancelled."""
        dialog = cls(signer, tags or [], ui_language, group_country, parent, known)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.signer()
