"""Sign-in mode: the large, keyboard-first form passed around the table or shown on a second screen.

Only what a person needs to sign: their name (a returning signer is found as they type), address and
country (the group's unless they come from elsewhere), letter language, tags, which cases, the consent
checkbox with the group's own text, and "print only my initials and town" (privacy: kept with them on the
roster, and never cleared from here, so nobody at the table can have another person's address printed). No
menus and no way into the roster from here: the suggestion list shows name and town only, and a returning
signer's stored address is never displayed. Without consent the letters are printed but nothing about the
person is kept.

Strangers use it one after another, so the thank-you for one person is gone before the next: it clears after
a few seconds or at the next keystroke. Whatever someone typed is shown as plain text only (a name such as
"<b>x</b>" is shown as those characters, never as markup). Leaving takes "End sign-in" and a Yes, and so
does the window's own close button, so nobody at the table ends it by accident; the program itself (the
evening ended, the main window closes) closes it without asking.

It opens maximised within the screen's available area (or full screen on a second screen), and the form
scrolls rather than running off a small screen.

Keys: Tab/Enter move on, Down enters the suggestions, Ctrl+Enter signs, Esc clears the form,
F11 toggles full screen, Ctrl+Shift+M moves the window to the next screen.

Signals:
    signed_in(object): the SignInResult of a successful sign-in.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.model import Arrival, SignInResult
from ua_desktop.core.roster.signer import Signer, split_tags
from ua_desktop.gui.evenings.evening_controller import SUGGESTIONS, EveningController
from ua_desktop.gui.evenings.sign_in_suggestions import SuggestionList, plain_tooltip, suggestion_label
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.country_combo import CountryComboBox
from ua_desktop.gui.widgets.locale_format import language_name
from ua_desktop.gui.widgets.screen_fit import fit_to_screen

FONT_SCALE = 1.6
THANKS_SECONDS = 8  # long enough to read three lines, gone before the next person sits down
SUGGESTION_ROWS = 4  # rows the "is this you?" list shows without scrolling; fits a 720-pixel screen
PREFERRED_SIZE = QSize(1100, 860)  # out of maximised/full screen, as far as the screen allows


class SignInWindow(QWidget):
    """The sign-in form of the open evening (a separate top-level window)."""

    signed_in = Signal(object)

    def __init__(
        self,
        controller: EveningController,
        consent_text: str = "",
        country: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.country = country
        self.returning: Signer | None = None
        self.setObjectName("signInWindow")
        self.setWindowTitle(self.tr("Sign in"))
        font = self.font()
        font.setPointSize(round(font.pointSizeF() * FONT_SCALE))
        # Kerned pairs ("To", "Ta") next to a mnemonic clip the label's last letter at large sizes.
        font.setKerning(False)
        self.setFont(font)

        self.heading = QLabel(self.tr("Welcome! Please sign in."))
        heading_font = self.heading.font()
        heading_font.setPointSize(round(font.pointSizeF() * 1.5))
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.evening_label = plain_label()
        self.evening_label.setWordWrap(True)

        self.first_edit = QLineEdit()
        self.first_edit.setObjectName("signInFirstName")
        self.last_edit = QLineEdit()
        self.last_edit.setObjectName("signInLastName")
        self.suggestions = SuggestionList(self)
        self.suggestions.fit_rows(min(SUGGESTIONS, SUGGESTION_ROWS))
        self.suggestions_label = QLabel(self.tr("&Is this you?"))
        self.suggestions_label.setObjectName("signInSuggestionsLabel")
        self.suggestions_label.setBuddy(self.suggestions)
        self.suggestions_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.welcome_label = plain_label()
        self.welcome_label.setObjectName("signInWelcomeBack")
        self.not_me_button = QPushButton(self.tr("Not me"))
        self.not_me_button.setAutoDefault(False)
        self.street_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaximumWidth(220)
        self.city_edit = QLineEdit()
        self.country_combo = self._country_box()
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Letter language"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("optional, e.g. youth group"))
        self.case_boxes: list[QCheckBox] = []
        self.cases_row = QHBoxLayout()
        self.privacy_check = QCheckBox(self.tr("Print &only my initials and town"))
        self.privacy_check.setObjectName("signInPrivacy")
        self.consent_label = plain_label(consent_text or self.default_consent_text())
        self.consent_label.setWordWrap(True)
        self.consent_check = QCheckBox(self.tr("&Yes, keep my name and address for future appeals"))
        self.consent_check.setObjectName("signInConsent")
        self.sign_button = QPushButton(self.tr("&Sign"))
        self.sign_button.setObjectName("signInButton")
        self.sign_button.setDefault(True)
        self.end_button = QPushButton(self.tr("&End sign-in"))
        self.end_button.setObjectName("signInEndButton")
        self.end_button.setAutoDefault(False)
        self.message = plain_label()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setMinimumHeight(self.fontMetrics().height() * 3)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_SECONDS * 1000)
        self._closing_on_purpose = False

        self._build_layout()
        self._connect()
        self.refresh_evening()

    def set_group(self, consent_text: str, country: str) -> None:
        """Follow a change in Preferences: the group's consent text and the country new signers live in."""
        self.consent_label.setText(consent_text or self.default_consent_text())
        self.country = country
        self.country_combo.setCode(country)

    def _country_box(self) -> CountryComboBox:
        """The walk-in's country: the group's unless they say otherwise; typing part of a name finds it."""
        box = CountryComboBox(self.tr("(the group's country)"))
        box.setObjectName("signInCountry")
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = box.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCode(self.country)
        return box

    def default_consent_text(self) -> str:
        return self.tr(
            "We would like to keep your name and address to send you future appeals. We never pass them on, "
            "and you can ask us to delete them at any time. Without your consent your letters are printed "
            "tonight and nothing about you is kept."
        )

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(24)
        form.addRow(self.tr("&First name"), self.first_edit)
        form.addRow(self.tr("&Last name"), self.last_edit)
        form.addRow(self.suggestions_label, self.suggestions)
        welcome = QHBoxLayout()
        welcome.setContentsMargins(0, 0, 0, 0)
        welcome.addWidget(self.welcome_label, 1)
        welcome.addWidget(self.not_me_button)
        self.welcome_row = QWidget()
        self.welcome_row.setLayout(welcome)
        form.addRow("", self.welcome_row)
        # Postcode and town share a row: one row less on a 720-pixel screen.
        town = QHBoxLayout()
        town.setContentsMargins(0, 0, 0, 0)
        town.addWidget(self.postcode_edit)
        town.addSpacing(16)
        town_label = QLabel(self.tr("&Town"))
        town_label.setBuddy(self.city_edit)
        town.addWidget(town_label)
        town.addWidget(self.city_edit, 1)
        town_row = QWidget()
        town_row.setLayout(town)
        self.address_rows: list[QWidget] = [self.street_edit, town_row, self.country_combo]
        form.addRow(self.tr("St&reet"), self.street_edit)
        postcode_label = QLabel(self.tr("&Postcode"))
        postcode_label.setBuddy(self.postcode_edit)
        # A screen reader finds a label's buddy among its siblings only: the row's widget is in between.
        self.postcode_edit.setAccessibleName(postcode_label.text().replace("&", ""))
        form.addRow(postcode_label, town_row)
        form.addRow(self.tr("&Country"), self.country_combo)
        form.addRow(self.tr("Letter l&anguage"), self.language_combo)
        form.addRow(self.tr("Ta&gs"), self.tags_edit)
        form.addRow(self.tr("I sign"), self.cases_row)
        self.form = form
        self.welcome_row.hide()

        # The way out sits at the top, away from Sign; the thank-you beside Sign, where the person looks.
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(24)
        top.addWidget(self.evening_label, 1)
        top.addWidget(self.end_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        content.setObjectName("signInForm")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 16, 48, 12)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.consent_label)
        # The two choices about a person's data share a row (one row less on a 720-pixel screen); a returning
        # signer sees only the privacy one.
        choices = QHBoxLayout()
        choices.addWidget(self.consent_check)
        choices.addSpacing(32)
        choices.addWidget(self.privacy_check)
        choices.addStretch(1)
        layout.addLayout(choices)
        layout.addLayout(bottom)
        layout.addStretch(1)
        QWidget.setTabOrder(self.sign_button, self.end_button)  # last in the Tab chain, not first
        # On a screen smaller than the form it scrolls instead of running off the bottom.
        scroller = QScrollArea()
        scroller.setObjectName("signInScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own; it follows the focus
        scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)

    def _connect(self) -> None:
        edits = (self.first_edit, self.last_edit, self.street_edit, self.postcode_edit, self.city_edit)
        for edit in (*edits, self.tags_edit):
            edit.textEdited.connect(self.clear_message)  # the next person started typing
        country_edit = self.country_combo.lineEdit()
        if country_edit is not None:
            country_edit.textEdited.connect(self.clear_message)
        self.thanks_timer.timeout.connect(self.clear_message)
        self.first_edit.textEdited.connect(self.update_suggestions)
        self.last_edit.textEdited.connect(self.update_suggestions)
        for edit in (self.first_edit, self.last_edit):
            edit.installEventFilter(self)
        self.suggestions.picked.connect(self.choose_returning)
        self.suggestions.back_to_typing.connect(lambda: self.last_edit.setFocus())
        self.not_me_button.clicked.connect(lambda: self.forget_returning())
        chain = [self.first_edit, self.last_edit, self.street_edit, self.postcode_edit, self.city_edit]
        for current, following in itertools.pairwise(chain):
            current.returnPressed.connect(following.setFocus)
        self.city_edit.returnPressed.connect(self.tags_edit.setFocus)
        self.tags_edit.returnPressed.connect(self.sign)
        self.sign_button.clicked.connect(self.sign)
        self.end_button.clicked.connect(self.end_sign_in)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.sign)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.sign)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_form)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Ctrl+Shift+M"), self, self.move_to_next_screen)

    # -- the evening's cases and languages ---------------------------------------------------------
    def refresh_evening(self) -> None:
        """Show the open evening's cases (checkboxes) and their letter languages."""
        evening = self.controller.evening
        while self.cases_row.count():  # the boxes and the stretch after them
            item = self.cases_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.case_boxes = []
        self.language_combo.clear()
        if evening is None:
            self.evening_label.setText(self.tr("No evening is open."))
            self.sign_button.setEnabled(False)
            return
        self.sign_button.setEnabled(True)
        languages: list[str] = []
        numbers = []
        for case_id in evening.case_ids:
            try:
                case = self.controller.session.case(case_id) if self.controller.session else None
            except UserError:
                case = None
            number = case.ua_number if case else case_id
            numbers.append(number)
            box = QCheckBox(number)
            box.setChecked(True)
            box.setProperty("case_id", case_id)
            box.setToolTip(plain_tooltip(case.title) if case else "")
            self.case_boxes.append(box)
            self.cases_row.addWidget(box)
            for language in case.letter_languages if case else ():
                if language not in languages:
                    languages.append(language)
        self.cases_row.addStretch(1)
        for language in languages:
            self.language_combo.addItem(language_name(language), language)
        self.evening_label.setText(self.tr("Tonight's appeals: {cases}").format(cases=", ".join(numbers)))

    # -- returning signers -------------------------------------------------------------------------
    def update_suggestions(self) -> None:
        """Look the typed name up in the roster (called on every keystroke in the name fields)."""
        if self.returning is not None:
            self.forget_returning(keep_names=True)
        text = f"{self.first_edit.text()} {self.last_edit.text()}"
        try:
            found = self.controller.suggestions(text)
        except UserError as error:
            self.show_message(say(error), error=True)
            found = []
        self.suggestions.show_signers(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.suggestions.signers()
        ):
            self.suggestions.enter()
            return True
        return super().eventFilter(watched, event)

    def choose_returning(self, signer: Signer) -> None:
        """A returning signer picked themselves: no address is shown or typed again."""
        self.returning = signer
        self.first_edit.setText(signer.first_name)
        self.last_edit.setText(signer.last_name)
        self.suggestions.show_signers([])
        self.clear_message()
        self.welcome_label.setText(self.tr("Welcome back, {name}!").format(name=suggestion_label(signer)))
        self.welcome_row.show()
        self._set_address_visible(False)
        index = self.language_combo.findData(signer.language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        self.tags_edit.setFocus()

    def forget_returning(self, keep_names: bool = False) -> None:
        self.returning = None
        self.welcome_label.clear()
        self.welcome_row.hide()
        self._set_address_visible(True)
        if not keep_names:
            self.first_edit.clear()
            self.last_edit.clear()
            self.first_edit.setFocus()

    def _set_address_visible(self, visible: bool) -> None:
        for widget in self.address_rows:
            self.form.setRowVisible(widget, visible)
        self.consent_label.setVisible(visible)
        self.consent_check.setVisible(visible)

    # -- signing -----------------------------------------------------------------------------------
    def arrival(self) -> Arrival:
        """What the form says, as the core's Arrival."""
        cases = tuple(str(box.property("case_id")) for box in self.case_boxes if box.isChecked())
        language = str(self.language_combo.currentData() or "")
        tags = split_tags(self.tags_edit.text())
        privacy = self.privacy_check.isChecked()
        if self.returning is not None:
            return Arrival(
                signer_id=self.returning.id, language=language, tags=tags, case_ids=cases, privacy=privacy
            )
        street = self.street_edit.text().strip()
        person = Signer(
            first_name=self.first_edit.text(),
            last_name=self.last_edit.text(),
            street=(street,) if street else (),
            postal_code=self.postcode_edit.text(),
            city=self.city_edit.text(),
            country=self.country_combo.code(),
            language=language,
        )
        return Arrival(
            person=person,
            consent=self.consent_check.isChecked(),
            language=language,
            tags=tags,
            case_ids=cases,
            privacy=privacy,
        )

    def sign(self) -> SignInResult | None:
        """Sign the person in; thank them, or say what is missing (never a dialog at the table)."""
        if not any(box.isChecked() for box in self.case_boxes):
            self.show_message(self.tr("Tick at least one appeal to sign."), error=True)
            return None
        try:
            result = self.controller.sign_in(self.arrival())
        except UserError as error:
            self.show_message(say(error), error=True)
            return None
        self.clear_form()
        self.show_message(self.thanks(result))
        self.thanks_timer.start()
        self.signed_in.emit(result)
        return result

    def thanks(self, result: SignInResult) -> str:
        name = result.name.split(" ")[0] if result.name else ""
        lines = [self.tr("Thank you, {name}! Your letters are being printed.").format(name=name)]
        queued = {item.case_id for item in result.queued}
        again = [self._number(r.case_id) for r in result.repeats if r.case_id in queued]
        waiting = [self._number(r.case_id) for r in result.repeats if r.case_id not in queued]
        if again:
            lines.append(
                self.tr("You had already signed {cases}: printed again for you, counted once.").format(
                    cases=", ".join(again)
                )
            )
        if waiting:
            lines.append(
                self.tr("You had already signed {cases}; that letter is still waiting to be printed.").format(
                    cases=", ".join(waiting)
                )
            )
        if not result.stored:
            lines.append(self.tr("As you wished, nothing about you is kept."))
        return "\n".join(lines)

    def _number(self, case_id: str) -> str:
        box = next((b for b in self.case_boxes if b.property("case_id") == case_id), None)
        return box.text() if box else case_id

    def show_message(self, text: str, error: bool = False) -> None:
        """Say something under the form, in the form's font.

        The colour goes through the palette: a style sheet set on the label a second time resets its font
        to the application's (the thank-you shrank to a tiny font from the second sign-in on).
        """
        self.thanks_timer.stop()
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020" if error else "#1b5e20"))
        self.message.setPalette(palette)
        self.message.setText(text)

    def clear_message(self) -> None:
        """The thank-you (or a complaint) is for the person before: gone at the next keystroke or timeout."""
        self.thanks_timer.stop()
        self.message.clear()

    def clear_form(self) -> None:
        """Empty every field for the next person (Esc); the consent box is unticked again."""
        self.forget_returning()
        for edit in (self.street_edit, self.postcode_edit, self.city_edit, self.tags_edit):
            edit.clear()
        self.country_combo.setCode(self.country)
        self.consent_check.setChecked(False)
        self.privacy_check.setChecked(False)
        self.suggestions.show_signers([])
        for box in self.case_boxes:
            box.setChecked(True)
        self.clear_message()
        self.first_edit.setFocus()

    # -- leaving -----------------------------------------------------------------------------------
    def end_sign_in(self) -> bool:
        """End sign-in mode after a Yes (the "End sign-in" button); True if it closed."""
        if not self.confirm_end():
            return False
        return self.close()

    def confirm_end(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("End sign-in"),
            self.tr("End sign-in mode? The next person will not be able to sign in here."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def close(self) -> bool:
        """Close at once: the program calls this when the evening ends or the main window closes."""
        self._closing_on_purpose = True
        try:
            return super().close()
        finally:
            self._closing_on_purpose = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button and Alt+F4 ask like "End sign-in"; the form is emptied on leaving."""
        if not self._closing_on_purpose and not self.confirm_end():
            event.ignore()
            return
        self.clear_form()
        super().closeEvent(event)

    # -- screens -----------------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def move_to_next_screen(self) -> None:
        """Cycle through the screens (a second monitor turned to the table), full screen there."""
        screens = QGuiApplication.screens()
        if not screens:
            return
        current = self.screen()
        index = screens.index(current) if current in screens else -1
        self.show_on(screens[(index + 1) % len(screens)])

    def show_on(self, screen: QScreen) -> None:
        was_full = self.isFullScreen()
        self.showNormal()
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        if was_full or len(QGuiApplication.screens()) > 1:
            self.showFullScreen()
        else:
            self.show()

    def open_on_best_screen(self, main_window: QWidget) -> None:
        """Full screen on a screen other than the main window's if there is one; else a large window."""
        others = [s for s in QGuiApplication.screens() if s is not main_window.screen()]
        if others:
            self.show_on(others[0])
        else:
            # Where the desktop cannot maximise (and once un-maximised) it still fits a 1280×720 screen.
            fit_to_screen(self, PREFERRED_SIZE, centre=True)
            self.showMaximized()  # the laptop passed around the table: the form is all there is
        self.raise_()
        self.activateWindow()
        self.first_edit.setFocus()


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed: a name like "<b>x</b>" is never taken for markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
