"""Letter templates: the sandbox against attacks and runaway templates, clear errors, what templates see."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.letter.templates import (
    TOP_LEVEL_FIELDS,
    LetterRenderer,
    RenderedLetter,
    TemplateError,
    format_letter_date,
)
from ua_desktop.core.paths import resolve_paths

DAY = dt.date(2026, 11, 28)


def bundled_case() -> Case:
    return CaseLibrary(resolve_paths().ensure().cases_dir).get("ua-034-25")


def render(template: str, signer: LetterSigner | None = None, case: Case | None = None) -> RenderedLetter:
    case = case or bundled_case()
    renderer = LetterRenderer(case, template)
    return renderer.render(signer or LetterSigner.sample(), case.primary_recipients[0], DAY)


ATTACKS = {
    "mro walk": "{{ ''.__class__.__mro__ }}",
    "globals via cycler": "{{ cycler.__init__.__globals__ }}",
    "globals via joiner": "{{ joiner.__init__.__globals__['os'] }}",
    "signer class": "{{ signer.__class__.__init__ }}",
    "format string": "{{ '{0.__class__}'.format(signer) }}",
    "format width": "{{ '{:999999999}'.format(1) }}",
    "repeat text": "{{ 'a' * 10**9 }}",
    "huge power": "{{ 9**(9**9) }}",
    "float power": "{{ 2.0 ** 1000000 }}",
    "growing product": "{% set n = 10**1000 %}{{ n * n * n * n * n }}",
    "list repeat": "{{ [0] * 10**8 }}",
    "doubling concat": "{% set ns = namespace(s='x' * 500000) %}{% for i in range(40) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    "replace blow-up": "{{ ('a' * 10000).replace('a', 'b' * 10000) }}",
    "join blow-up": "{{ range(100000)|join('x' * 100000) }}",
    "percent width": "{{ '%999999999d' % 1 }}",
    "center filter": "{{ 'a'|center(1000000000) }}",
    "lipsum": "{{ lipsum(100000) }}",
    "gigabyte loop": "{% for i in range(100000) %}{% for j in range(100000) %}0123456789"
    "{% endfor %}{% endfor %}",
    "silent loop": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "recursion": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
}


@pytest.mark.parametrize("template", ATTACKS.values(), ids=ATTACKS.keys())
def test_attacks_and_runaway_templates_get_a_clear_error_quickly(template: str) -> None:
    started = time.perf_counter()
    with pytest.raises(TemplateError) as caught:
        render(template)
    assert time.perf_counter() - started < 5.0
    assert isinstance(caught.value, UserError)
    message = str(caught.value)
    assert message.startswith("Template error in the letter")
    assert "Traceback" not in message and len(message) < 400


def test_compile_time_constant_folding_is_guarded() -> None:
    # Jinja folds constants while compiling; the intercepted operators keep the work out of from_string()
    started = time.perf_counter()
    renderer = LetterRenderer(bundled_case(), "{{ 'a' * 10**9 }}{{ 9**(9**9) }}")
    assert time.perf_counter() - started < 1.0
    with pytest.raises(TemplateError, match="the template was stopped"):
        renderer.render(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY)


def test_syntax_errors_and_unknown_fields_name_their_line() -> None:
    with pytest.raises(TemplateError) as caught:
        LetterRenderer(bundled_case(), "Dear all,\n\n{% if signer.city %}\nno end")
    assert caught.value.line == 4 and caught.value.short.startswith("Line 4: ")
    with pytest.raises(TemplateError) as caught:
        render("Hello\n{{ signer.frist_name }}")
    assert caught.value.line == 2
    assert "signer has no field 'frist_name' (did you mean signer.first_name?)" in str(caught.value)
    with pytest.raises(TemplateError, match="unknown field 'roster'"):
        render("{{ roster }}")
    with pytest.raises(TemplateError, match="line 3"):
        render("a\nb\n{{ 1 / 0 }}")


def test_template_sees_only_one_signer_case_recipient_today_and_language() -> None:
    renderer = LetterRenderer(bundled_case(), "x")
    variables = renderer.variables(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY)
    assert tuple(variables) == TOP_LEVEL_FIELDS
    letter = render(
        "{{ signer.first_name }} {{ signer.last_name }} from {{ signer.city }}, {{ signer.country_name }}; "
        "{{ case.ua_number }} {{ case.title }}; {{ recipient.name }}; {{ today }}; {{ language }}"
    )
    assert letter.body_paragraphs == [
        "Anna Muster from Zürich, Switzerland; UA 034/25 Stop illegal expulsions to El Salvador; "
        "Kristi Noem; 28 November 2026; en"
    ]


def test_paragraphs_line_breaks_and_control_blocks() -> None:
    letter = render("First line\nsecond line\n\n\n{% if signer.city %}\nIn {{ signer.city }}.\n{% endif %}\n")
    assert letter.body_paragraphs == ["First line\nsecond line", "In Zürich."]


def test_salutation_and_closing_from_case_or_template() -> None:
    letter = render("Body")
    assert letter.salutation == "Dear Secretary Noem," and letter.closing == "Yours sincerely,"
    letter = render('{% set salutation = "Dear " ~ recipient.name ~ "," %}{% set closing = "Best," %}Body')
    assert letter.salutation == "Dear Kristi Noem," and letter.closing == "Best,"
    assert letter.body_paragraphs == ["Body"]
    with pytest.raises(TemplateError, match="the closing"):
        render('{% set closing = "{{ nope }}" %}Body')


def test_sender_country_line_privacy_and_text() -> None:
    letter = render("Body")
    assert letter.sender_lines == ["Anna Muster", "Bahnhofstrasse 12", "8001 Zürich", "SWITZERLAND"]
    assert letter.recipient_lines[-1] == "UNITED STATES"
    assert letter.place_date_line == "Zürich, 28 November 2026"
    us_signer = dataclasses.replace(LetterSigner.sample(), country="US", city="Boston", postal_code="02108")
    us_letter = render("Body", us_signer)
    assert us_letter.recipient_lines[-1] == "WASHINGTON, DC 20528"  # domestic: no country line
    private = render("Body", dataclasses.replace(LetterSigner.sample(), privacy=True))
    assert private.sender_lines == ["A. M.", "Zürich", "SWITZERLAND"]
    assert private.signer_name == "A. M." and "Bahnhofstrasse" not in private.to_text()
    text = letter.to_text()
    assert text.startswith("Anna Muster\nBahnhofstrasse 12")
    assert "Dear Secretary Noem,\n\nBody\n\nYours sincerely,\n\nAnna Muster\n" in text


def test_letter_dates_in_the_letter_language() -> None:
    assert format_letter_date(DAY, "en") == "28 November 2026"
    assert format_letter_date(DAY, "de") == "28. November 2026"
    assert format_letter_date(DAY, "fr") == "28 novembre 2026"
    assert format_letter_date(DAY, "xx-unknown") == "28 November 2026"
    german = LetterRenderer(bundled_case(), "Text", language="de")
    letter = german.render(LetterSigner.sample(), bundled_case().primary_recipients[0], DAY)
    assert (
        letter.place_date_line == "Zürich, 28. November 2026" and letter.salutation == "Dear Secretary Noem,"
    )


def test_too_long_template_and_output_are_refused() -> None:
    with pytest.raises(TemplateError, match="longer than"):
        LetterRenderer(bundled_case(), "x" * 300_000)
    with pytest.raises(TemplateError, match="longer than 500,000 characters"):
        render("{% for i in range(100000) %}0123456789{% endfor %}")


def test_render_server_answers_jobs_and_errors_keep_their_line() -> None:
    import pickle
    import threading
    from multiprocessing import Pipe

    from ua_desktop.core.letter.job import RenderJob, RenderResult, serve
    from ua_desktop.core.letter.page_setup import PageSetup
    from ua_desktop.core.letter.plan import LetterPlan
    from ua_desktop.core.posting import AddressStyle

    error = TemplateError("unknown field 'x'", 3, "letter")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.detail, copy.line, copy.part, str(copy)) == (error.detail, 3, "letter", str(error))
    assert copy.message is not None and copy.message == error.message  # typed, not rebuilt from English

    parent, child = Pipe()
    server = threading.Thread(target=serve, args=(child,))
    server.start()
    case = bundled_case()

    def plan(template: str) -> LetterPlan:
        return LetterPlan(case, PageSetup(), "en", template, "", AddressStyle("CH"))

    parent.send(RenderJob(1, plan("Hello {{ signer.first_name }}"), LetterSigner.sample()))
    result = parent.recv()
    assert isinstance(result, RenderResult) and result.serial == 1 and result.pages == 1
    assert result.pdf.startswith(b"%PDF") and result.letter.body_paragraphs == ["Hello Anna"]
    parent.send(RenderJob(2, plan("a\n{{ nope }}"), LetterSigner.sample()))
    failure = parent.recv()
    assert isinstance(failure, TemplateError) and failure.line == 2
    parent.send(None)
    server.join(5)
    assert not server.is_alive()


def test_the_letter_date_follows_the_interface_rule() -> None:
    """One date rule for letters and the window: "1er juillet" in French, British English, English for an
    unknown language."""
    import datetime as dt

    from ua_desktop.core.letter.templates import format_letter_date
    from ua_desktop.core.locale_format import format_long_date

    first = dt.date(2026, 7, 1)
    assert format_letter_date(first, "fr") == "1er juillet 2026" == format_long_date(first, "fr")
    assert format_letter_date(first, "de") == "1. Juli 2026"
    assert format_letter_date(first, "en") == "1 July 2026" == format_letter_date(first, "en-US")
    assert format_letter_date(first, "xx-nonsense") == "1 July 2026"


@pytest.mark.parametrize(
    ("template", "printed"),
    [
        ("{{ [signer] }}", "Anna Muster"),  # the field inside a list, not its Python repr
        ("{{ [signer.first_name, signer.last_name] }}", "Anna, Muster"),
        ("{{ [1, [2, 3]] }}", "1, 2, 3"),
        ('{{ {"city": signer.city} }}', "city: Zürich"),
        ("{{ (recipient, ) }}", "The Honorable Kristi Noem"),
        ("{{ [] }}|", "|"),
    ],
)
def test_lists_and_mappings_print_as_a_letter_writes_them(template: str, printed: str) -> None:
    body = render(template).body_paragraphs[0]
    assert body == printed and "LetterSigner(" not in body and "[" not in body
