"""Fill in the model letter for one signer: the body, salutation and closing are sandboxed Jinja2 templates.

Case packs come from other groups, so a template sees only what one letter needs: the signer being rendered
(never the roster, or a shared pack could print everyone's e-mail address into each letter), the case, the
recipient, today's date and the letter's language. The body template may also set `salutation` or `closing`
at its top level (`{% set closing = "Kind regards," %}`) to replace the case's.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, fields
from types import TracebackType
from typing import Any

from babel import Locale, UnknownLocaleError
from jinja2 import StrictUndefined, Template, TemplateSyntaxError
from jinja2.utils import missing

from ua_desktop.core.cases.model import Case, Recipient
from ua_desktop.core.countries import country_name
from ua_desktop.core.letter.errors import TemplateError, TemplatePart
from ua_desktop.core.letter.messages import TemplateProblem
from ua_desktop.core.letter.rendered import RenderedLetter, letter_word
from ua_desktop.core.letter.sandbox import (
    MAX_OUTPUT,
    MAX_TEMPLATE,
    LetterSandbox,
    MessageText,
    ResourceLimitError,
    run_with_deadline,
)
from ua_desktop.core.letter.signer import LetterSigner, printed_signer
from ua_desktop.core.locale_format import format_long_date
from ua_desktop.core.messages import Message, message
from ua_desktop.core.posting import AddressStyle

_TEMPLATE_FILE = "<template>"  # the file name Jinja gives the code compiled by from_string()


@dataclass(frozen=True)
class SignerFields:
    first_name: str
    last_name: str
    full_name: str
    initials: str
    title: str
    organisation: str
    city: str
    country: str
    country_name: str
    language: str
    personal_sentence: str

    def __str__(self) -> str:
        return self.full_name


@dataclass(frozen=True)
class CaseFields:
    id: str
    ua_number: str
    title: str
    country: str
    country_name: str
    document_index: str
    issue_date: str
    deadline: str

    def __str__(self) -> str:
        return self.ua_number


@dataclass(frozen=True)
class RecipientFields:
    name: str
    display_name: str
    honorific: str
    title: str
    organisation: str
    salutation: str
    city: str
    country: str
    country_name: str

    def __str__(self) -> str:
        return self.display_name


_OWNERS = {SignerFields: "signer", CaseFields: "case", RecipientFields: "recipient"}
TOP_LEVEL_FIELDS = ("signer", "case", "recipient", "today", "language")
FIELD_NAMES: tuple[str, ...] = (
    *(f"{owner}.{f.name}" for cls, owner in _OWNERS.items() for f in fields(cls)),
    "today",
    "language",
)


def _suggest(name: str, known: list[str], prefix: str = "") -> str:
    """The known field name probably meant (with prefix), or "" when none is close."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"{prefix}{close[0]}" if close else ""


class _LetterUndefined(StrictUndefined):
    """StrictUndefined that names the field in plain words and suggests the one probably meant."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        # Jinja2 raises its UndefinedError with this text; MessageText carries the typed message along.
        if self._undefined_hint:
            return self._undefined_hint
        name = str(self._undefined_name)
        if self._undefined_obj is missing:
            guess = _suggest(name, list(TOP_LEVEL_FIELDS))
            if guess:
                return MessageText(message(TemplateProblem.UNKNOWN_FIELD_GUESS, name=name, guess=guess))
            return MessageText(message(TemplateProblem.UNKNOWN_FIELD, name=name))
        owner = _OWNERS.get(type(self._undefined_obj))
        if owner is None:
            owner_name = type(self._undefined_obj).__name__
            return MessageText(message(TemplateProblem.NO_SUCH_FIELD, owner=owner_name, name=name))
        known = [f.name for f in fields(self._undefined_obj)]
        guess = _suggest(name, known, f"{owner}.")
        if guess:
            return MessageText(
                message(TemplateProblem.NO_SUCH_FIELD_GUESS, owner=owner, name=name, guess=guess)
            )
        return MessageText(message(TemplateProblem.NO_SUCH_FIELD, owner=owner, name=name))


def format_letter_date(day: dt.date, language: str) -> str:
    """The date as written in a letter: "28 November 2026", "28. November 2026", "28 novembre 2026"."""
    # The interface's rule (core/locale_format.py: "1er juillet", British English), with English for a
    # letter language CLDR does not know.
    language = "en" if language.lower().startswith("en") else language
    try:
        Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        language = "en"
    return format_long_date(day, language)


def _error_line(error: BaseException, template: Template | None) -> int | None:
    if isinstance(error, TemplateSyntaxError):
        return error.lineno
    line = None
    tb: TracebackType | None = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _TEMPLATE_FILE and template is not None:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


def _describe(error: BaseException) -> Message | str:
    """What went wrong, typed when the text is ours; Jinja2's and Python's own texts as they wrote them."""
    if isinstance(error, TemplateSyntaxError):
        return error.message or message(TemplateProblem.SYNTAX_ERROR)
    first = error.args[0] if error.args else None
    if isinstance(first, MessageText):  # an unknown field, or a refusal of the sandbox
        return first.message
    text = str(error) or type(error).__name__
    if isinstance(error, RecursionError):
        return message(TemplateProblem.NESTED_TOO_DEEPLY)
    if isinstance(error, (TypeError, ValueError, ArithmeticError, LookupError)):
        return f"{text} ({type(error).__name__})"
    if isinstance(error, ResourceLimitError):
        return message(TemplateProblem.STOPPED, reason=error.reason)
    if isinstance(error, MemoryError):
        return message(TemplateProblem.TOO_MUCH_MEMORY)
    return text


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks inside a paragraph are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n\s*", text.strip("\n")):
        lines = [line.rstrip() for line in block.split("\n")]
        paragraph = "\n".join(lines).strip("\n")
        if paragraph.strip():
            paragraphs.append(paragraph)
    return paragraphs


def compile_template(environment: LetterSandbox, source: str, part: TemplatePart = "letter") -> Template:
    """source compiled in environment; TemplateError (with the line) when it is too long, has a syntax error,
    is nested too deeply or takes too long."""
    # A template file saved by Notepad and some other editors starts with a byte order mark (U+FEFF); it
    # marks the encoding and is no part of the letter.
    source = source.removeprefix("\ufeff")
    if len(source) > MAX_TEMPLATE:
        raise TemplateError(message(TemplateProblem.TEMPLATE_TOO_LONG, limit=MAX_TEMPLATE), None, part)
    try:
        return run_with_deadline(lambda: environment.from_string(source))
    except Exception as error:
        raise TemplateError(_describe(error), _error_line(error, None), part) from None


def template_error(source: str) -> TemplateError | None:
    """The error compiling source as a letter would raise, or None; nothing is rendered.

    For checking the letters of a shared case pack before it is saved, by the same rules as rendering.
    """
    try:
        compile_template(LetterSandbox(undefined=_LetterUndefined), source)
    except TemplateError as error:
        return error
    return None


class LetterRenderer:
    """Compiles a case's letter once and renders it for any signer and recipient.

    Raises TemplateError (a UserError, with the line number) for a template that cannot be compiled;
    render() raises it too for unknown fields, forbidden access and templates that run away.
    """

    def __init__(self, case: Case, template_text: str | None = None, language: str | None = None) -> None:
        self.case = case
        self.language = language or case.default_letter_language
        source = template_text if template_text is not None else case.letter_template(self.language)
        self.environment = LetterSandbox(undefined=_LetterUndefined)
        self._compiled: dict[tuple[str, str], Template] = {}
        self.body = self._compile(source, "letter")

    def _compile(self, source: str, part: TemplatePart) -> Template:
        key = (part, source)
        if key not in self._compiled:
            self._compiled[key] = compile_template(self.environment, source, part)
        return self._compiled[key]

    def _run(
        self, template: Template, variables: dict[str, Any], part: TemplatePart
    ) -> tuple[str, dict[str, Any]]:
        def work() -> tuple[str, dict[str, Any]]:
            context = template.new_context(variables)
            chunks: list[str] = []
            size = 0
            for chunk in template.root_render_func(context):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise TemplateError(message(TemplateProblem.OUTPUT_TOO_LONG, limit=MAX_OUTPUT))
                chunks.append(chunk)
            return "".join(chunks), context.get_exported()

        try:
            return run_with_deadline(work)
        except TemplateError as error:
            raise TemplateError(error.problem, error.line, part) from None
        except Exception as error:
            raise TemplateError(_describe(error), _error_line(error, template), part) from None

    def variables(self, signer: LetterSigner, recipient: Recipient, today: dt.date) -> dict[str, Any]:
        """What a template can see: this signer, this case, this recipient, today and the language."""
        case = self.case
        lang = self.language
        return {
            "signer": SignerFields(
                first_name=signer.first_name,
                last_name=signer.last_name,
                full_name=signer.full_name,
                initials=signer.initials,
                title=signer.title,
                organisation=signer.organisation,
                city=signer.city,
                country=signer.country,
                country_name=country_name(signer.country, lang) if signer.country else "",
                language=signer.language or lang,
                personal_sentence=signer.personal_sentence,
            ),
            "case": CaseFields(
                id=case.id,
                ua_number=case.ua_number,
                title=case.title,
                country=case.country,
                country_name=country_name(case.country, lang) if case.country else "",
                document_index=case.document_index,
                issue_date=format_letter_date(case.issue_date, lang) if case.issue_date else "",
                deadline=format_letter_date(case.deadline, lang) if case.deadline else "",
            ),
            "recipient": RecipientFields(
                name=recipient.name,
                display_name=recipient.display_name,
                honorific=recipient.honorific,
                title=recipient.title,
                organisation=recipient.organisation,
                salutation=recipient.salutation,
                city=recipient.city,
                country=recipient.country,
                country_name=country_name(recipient.country, lang) if recipient.country else "",
            ),
            "today": format_letter_date(today, lang),
            "language": lang,
        }

    def render(
        self,
        signer: LetterSigner,
        recipient: Recipient,
        today: dt.date | None = None,
        place: str = "",
        style: AddressStyle | None = None,
    ) -> RenderedLetter:
        """Render the letter of signer to recipient.

        Args:
            place: the town on the date line; the signer's town when empty.
            style: the mailing's address rules (core/posting.py): the group's country the letter is posted
                from, which decides the recipient's country line and fills in a signer without a country.
                Default: nothing known, so the recipient's country line is always printed (never wrong, at
                worst redundant) and the sender's country only when the signer has one.
        """
        signer = printed_signer(signer)  # privacy: the template sees only what may be printed
        day = today or dt.date.today()
        style = style or AddressStyle()
        variables = self.variables(signer, recipient, day)
        body_text, exported = self._run(self.body, variables, "letter")
        salutation_source = str(exported.get("salutation", recipient.salutation)) or letter_word(
            self.language, "dear"
        )
        closing_source = str(exported.get("closing", self.case.closing))
        salutation, _ = self._run(self._compile(salutation_source, "salutation"), variables, "salutation")
        closing, _ = self._run(self._compile(closing_source, "closing"), variables, "closing")

        blank = signer.is_blank
        recipient_lines = style.recipient_lines(recipient, origin=signer.country)
        sender_lines = [] if blank else style.signer_lines(signer, recipient.country)
        name = signer.full_name
        town = place or ("" if blank else signer.city)
        date_text = format_letter_date(day, self.language)
        copies = [r.one_line for r in self.case.copy_recipients]
        return RenderedLetter(
            sender_lines=sender_lines,
            place_date_line=f"{town}, {date_text}" if town else date_text,
            date_text=date_text,
            recipient_lines=recipient_lines,
            salutation=salutation.strip(),
            body_paragraphs=split_paragraphs(body_text),
            closing=closing.strip(),
            signer_name="" if blank else name,
            copy_to_lines=[line for line in copies if line],
            language=self.language,
            sender_blank=blank,
            return_line=", ".join(sender_lines),
            header_name=name,
        )
