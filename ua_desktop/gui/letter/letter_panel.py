"""The right half of the main window: the letter editor beside the live, exact print preview.

Typing restarts a short debounce timer; when it fires, the letter is rendered off the GUI thread by the same
core code that exports and prints (the plan of core/letter/plan.py, decided anew for every render, so a change
of settings or page setup is never missed), and the preview swaps to the new PDF. A template error leaves the
last good page in the preview and shows the message with its line under the editor. The group's version of the
letter is autosaved per case (drafts/<case>.<language>.j2); the model letter is never modified.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import QLocale, QObject, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QHideEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from ua_desktop.core.cases.model import Case
from ua_desktop.core.countries import country_name
from ua_desktop.core.errors import UserError, Worded
from ua_desktop.core.letter.drafts import letter_source, save_draft
from ua_desktop.core.letter.errors import TemplateError
from ua_desktop.core.letter.page_setup import PageSetup, save_page_setup
from ua_desktop.core.letter.plan import LetterChoices, LetterPlan, plan_letters
from ua_desktop.core.letter.rendered import RenderedLetter
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.messages import Message
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.letter.letter_editor import LetterEditor
from ua_desktop.gui.letter.letter_preview import LetterPreview
from ua_desktop.gui.letter.letter_render_worker import RenderJob, RenderResult, RenderWorker
from ua_desktop.gui.letter.page_setup_dialog import PageSetupDialog
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import language_name
from ua_desktop.gui.widgets.wrapping_toolbar import WrappingToolBar

log = logging.getLogger(__name__)

#: Lists extra signers for the selector, e.g. the roster's: (label, LetterSigner) pairs.
SignerProvider = Callable[[], Iterable[tuple[str, LetterSigner]]]


class _SaveSignals(QObject):
    failed = Signal(str)


class LetterPanel(QWidget):
    """Editor, preview, signer selector, page setup and "Copy letter as text" for the shown case.

    Signals:
        letter_rendered(RenderedLetter): the preview now shows this letter.
    """

    letter_rendered = Signal(object)
    DEBOUNCE_MS = 200
    AUTOSAVE_MS = 800

    def __init__(
        self,
        paths: AppPaths,
        settings: SettingsHub,
        signer_provider: SignerProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings_hub = settings
        settings.changed.connect(self.on_settings_changed)
        self.signer_provider = signer_provider
        self.case: Case | None = None
        self.language = ""
        self.setup = PageSetup()
        self.last_result: RenderResult | None = None
        self._serial = 0
        self._signers: list[LetterSigner] = []

        self.editor = LetterEditor()
        self.preview = LetterPreview()
        self.worker = RenderWorker(self)
        self.worker.finished.connect(self._on_rendered)
        self.worker.failed.connect(self._on_failed)
        self.save_pool = QThreadPool(self)
        self.save_pool.setMaxThreadCount(1)  # drafts are written in order
        self._save_signals = _SaveSignals(self)
        self._save_signals.failed.connect(self.show_status)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Letter language"))
        self.signer_combo = QComboBox()
        self.signer_combo.setObjectName("signerSelector")
        self.signer_combo.setAccessibleName(self.tr("Signer shown in the preview"))
        self.signer_combo.setMinimumContentsLength(16)
        self.toolbar = WrappingToolBar(self.tr("Letter"))  # a second row rather than a hidden action
        self.toolbar.setObjectName("letterToolbar")
        self.toolbar.addWidget(QLabel(self.tr("Language:")))
        self.toolbar.addWidget(self.language_combo)
        self.toolbar.addWidget(QLabel(self.tr("Signer:")))
        self.toolbar.addWidget(self.signer_combo)
        self.page_setup_action = QAction(self.tr("Page setup…"), self)
        self.page_setup_action.triggered.connect(self.edit_page_setup)
        self.copy_action = QAction(self.tr("Copy letter as text"), self)
        self.copy_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_C))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_as_text)
        self.toolbar.addAction(self.page_setup_action)
        self.email_action = QAction(self.tr("E-mail this letter…"), self)
        self.email_action.setToolTip(
            self.tr("Open the letter in your mail program, addressed to the recipient")
        )
        self.email_action.triggered.connect(self.email_letter)
        self.toolbar.addAction(self.copy_action)
        self.toolbar.addAction(self.email_action)
        self.addAction(self.copy_action)
        self.status_label = QLabel()
        self._roster_problem = ""  # why the roster's signers could not be listed, while it is shown
        self.status_label.setObjectName("letterStatus")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("letterSplitter")
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)

        self.render_timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self.render_timer.timeout.connect(self.request_render)
        self.autosave_timer = QTimer(self, singleShot=True, interval=self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.editor.text_edited.connect(self._on_text_edited)
        self.editor.reset_requested.connect(self.reset_to_model)
        self.signer_combo.currentIndexChanged.connect(lambda _index: self.request_render())
        self.language_combo.currentIndexChanged.connect(self._on_language_index)
        self.refresh_signers()

    @property
    def settings(self) -> Settings:
        """The application's settings as they are now (never a copy that could go stale)."""
        return self.settings_hub.current

    def on_settings_changed(self, _settings: Settings) -> None:
        """Preferences (or `ua-desktop settings set`) changed: decide the page again and re-render."""
        if self.case is not None:
            self.reload_page_setup()
            self.request_render()

    # -- case and language -------------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        """Open case's letter: the group's saved version, else the model letter."""
        self.flush_autosave()
        self.case = case
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for code in case.letter_languages:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.blockSignals(False)
        self.refresh_signers()
        self._load_language(case.default_letter_language)

    def _on_language_index(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code and code != self.language:
            self.flush_autosave()
            self._load_language(code)

    def _load_language(self, language: str) -> None:
        assert self.case is not None
        self.language = language
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.editor.load_text(letter_source(self.paths.drafts_dir, self.case, language))
        self.editor.clear_error()
        self.reload_page_setup()
        self.request_render()

    def letter_plan(self) -> LetterPlan:
        """How the shown letter prints: decided by the core exactly as for Export, Print and the CLI.

        Called for every render, so a change in the settings, the page setup or the editor is never missed
        (there is no copy here to go stale).
        """
        assert self.case is not None
        choices = LetterChoices(language=self.language, template_text=self.editor.text())
        return plan_letters(self.paths, self.settings, self.case, choices)

    def reload_page_setup(self) -> None:
        """Take the page setup the core decides now (after a settings or page-setup change)."""
        if self.case is not None:
            self.setup = self.letter_plan().setup

    def take_over(self, old: LetterPanel) -> None:
        """Continue where old left off (the window was rebuilt for another interface language): the same
        letter language, the editor's text with its undo history and cursor, the same signer."""
        if self.case is None or old.case is None or old.case.id != self.case.id:
            return
        if old.language and old.language != self.language:
            self._load_language(old.language)
        self.editor.adopt(old.editor)
        chosen = old.signer
        index = next((i for i, signer in enumerate(self._signers) if signer == chosen), -1)
        if index >= 0:
            self.signer_combo.setCurrentIndex(index)
        self.request_render()

    # -- signers -----------------------------------------------------------------------------------
    def set_signer_provider(self, provider: SignerProvider | None) -> None:
        """Plug in a source of extra signers (the roster) and list them."""
        self.signer_provider = provider
        self.refresh_signers()

    def refresh_signers(self) -> None:
        """Re-list the signers, keeping the current choice when it is still there."""
        current = self.signer_combo.currentText()
        entries: list[tuple[str, LetterSigner]] = [
            (self.tr("Sample signer"), LetterSigner.sample()),
            (self.tr("Blank (to fill in by hand)"), LetterSigner()),
        ]
        if self.signer_provider is not None:
            try:
                entries.extend(self.signer_provider())
            except UserError as error:
                self._roster_problem = say(error)
                self.show_status(self._roster_problem)
            else:
                if self._roster_problem and self.status_label.text() == self._roster_problem:
                    self.show_status("")  # the roster is readable again (restored, or its lock released)
                self._roster_problem = ""
        self.signer_combo.blockSignals(True)
        self.signer_combo.clear()
        self._signers = []
        for label, signer in entries:
            self.signer_combo.addItem(label)
            self._signers.append(signer)
        self.signer_combo.setCurrentIndex(max(self.signer_combo.findText(current), 0))
        self.signer_combo.blockSignals(False)

    @property
    def signer(self) -> LetterSigner:
        index = self.signer_combo.currentIndex()
        return self._signers[index] if 0 <= index < len(self._signers) else LetterSigner.sample()

    # -- rendering ---------------------------------------------------------------------------------
    def _on_text_edited(self) -> None:
        self.render_timer.start()
        self.autosave_timer.start()

    def current_job(self) -> RenderJob | None:
        if self.case is None:
            return None
        self._serial += 1
        plan = self.letter_plan()
        self.setup = plan.setup
        return RenderJob(serial=self._serial, plan=plan, signer=self.signer)

    def request_render(self) -> None:
        """Render the current text off the GUI thread (the newest request wins)."""
        self.render_timer.stop()
        self.editor.update_counts()
        job = self.current_job()
        if job is not None:
            self.worker.submit(job)

    def _on_rendered(self, result: RenderResult, document: QPdfDocument | None = None) -> None:
        if not self.preview.show_pdf(result.pdf, document):
            self.editor.show_error(self.tr("The preview could not show the page."), None)
            return
        self.last_result = result
        self.editor.clear_error()
        notices = []
        if result.missing_sender_country:
            country = country_name(result.missing_sender_country, QLocale().name().split("_")[0])
            notices.append(
                self.tr(
                    "This letter goes to {country}, but the sender's country is not known, so it could not "
                    "come back: Export will refuse it. Set the group's country in Preferences, or give the "
                    "signer a country."
                ).format(country=country)
            )
        if result.missing:
            shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in result.missing[:8])
            notices.append(
                self.tr("The letter font has no glyph for {chars}; they print as �.").format(chars=shown)
            )
        self.editor.show_notice("\n".join(notices))
        self.letter_rendered.emit(result.letter)

    def _on_failed(self, _serial: int, error: UserError) -> None:
        if isinstance(error, TemplateError):
            problem = say(error.problem) if isinstance(error.problem, Message) else error.problem
            if error.line:
                message = self.tr("Line {line}: {problem}").format(line=error.line, problem=problem)
            else:
                message = problem
            self.editor.show_error(message, error.line)
        else:
            self.editor.show_error(say(error), None)

    def current_letter(self) -> RenderedLetter:
        """The letter as the preview shows it (rendered here and now if no render has finished yet)."""
        if self.last_result is not None:
            return self.last_result.letter
        job = self.current_job()
        if job is None:
            raise UserError(Worded(self.tr("No case is open.")))
        from ua_desktop.core.letter.job import render_job  # imports the layout; only for copy as text

        return render_job(job).letter

    def copy_as_text(self) -> None:
        """Put the rendered letter on the clipboard, for e-mail or web forms."""
        try:
            letter = self.current_letter()
        except UserError as error:
            self.show_status(say(error))
            return
        QGuiApplication.clipboard().setText(letter.to_text())
        if self.editor.error_message:
            self.show_status(
                self.tr("The text has an error, so the last good version of the letter is on the clipboard.")
            )
        else:
            self.show_status(self.tr("The letter is on the clipboard as text."))

    def email_letter(self) -> None:
        """Open the letter as the preview shows it in the mail program (a mailto: link; nothing is sent)."""
        from ua_desktop.core.export.emails import WINDOWS_MAILTO_LIMIT, email_body, letter_mailto

        if self.case is None or not self.case.primary_recipients:
            return
        if self.signer_combo.currentIndex() == 0:  # an e-mail to an official signed "Anna Muster": never
            self.show_status(
                self.tr("Choose who signs under Signer first: the sample signer is not a person.")
            )
            return
        if self.editor.error_message:  # a letter to an official is the one the editor shows, not an older one
            self.show_status(self.tr("Correct the error in the letter first, then e-mail it."))
            return
        try:
            letter = self.current_letter()
            limit = WINDOWS_MAILTO_LIMIT if sys.platform == "win32" else None  # elsewhere URLs pass whole
            url, whole = letter_mailto(self.case, self.case.primary_recipients[0], letter, limit)
        except UserError as error:
            self.show_status(say(error))
            return
        if not whole:  # too long for a mail link: the mail program gets the addresses, the clipboard the text
            QGuiApplication.clipboard().setText(email_body(letter))
        if QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            if whole:
                self.show_status(self.tr("The letter is open in your mail program."))
            else:
                self.show_status(
                    self.tr(
                        "The letter is too long for a mail link: your mail program opens the addressed "
                        "message, and the letter is on the clipboard. Paste it into the message."
                    )
                )
        else:
            self.show_status(self.tr("No mail program opened the letter; use Copy letter as text instead."))

    # -- page setup, reset, autosave ---------------------------------------------------------------
    def edit_page_setup(self) -> None:
        """Page setup… for the shown case; a change of paper is the group's (the paper in the printer).

        The case keeps its window, margins and font; a new paper goes into the settings, so the preview,
        every export and the other cases all print on it (core/letter/page_setup.py decide_paper).
        """
        setup = PageSetupDialog.ask(self.setup, self)
        if setup is None or self.case is None:
            return
        paper_changed = setup.paper is not self.setup.paper
        self.setup = setup
        try:
            save_page_setup(self.paths.drafts_dir, self.case.id, setup)
            if paper_changed:
                self.settings_hub.update(paper=setup.paper.value)
        except UserError as error:
            self.show_status(say(error))
        self.request_render()

    def reset_to_model(self) -> None:
        """Put the model letter back (one step that Undo takes back)."""
        if self.case is not None:
            self.editor.replace_all_text(self.case.letter_template(self.language))

    def autosave(self) -> None:
        """Save the group's version in the background (the model letter itself is never written)."""
        self.autosave_timer.stop()
        if self.case is None:
            return
        case, language, text = self.case, self.language, self.editor.text()
        self.save_pool.start(lambda: self._save(case, language, text))

    def _save(self, case: Case, language: str, text: str) -> None:
        try:
            save_draft(self.paths.drafts_dir, case, language, text)
        except UserError as error:
            self._save_signals.failed.emit(say(error))

    def flush_autosave(self) -> None:
        """Write a pending autosave now (switching case or language, closing the window)."""
        if self.autosave_timer.isActive():
            self.autosave()
        self.save_pool.waitForDone()

    def shutdown(self) -> None:
        """The window is closing: write the draft and stop waiting for preview renders."""
        self.render_timer.stop()
        self.flush_autosave()
        self.worker.shutdown()

    def show_status(self, message: str) -> None:
        self.status_label.setText(message)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_autosave()
        super().hideEvent(event)
