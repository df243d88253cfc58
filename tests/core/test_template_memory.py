"""A template from another group is bounded in memory, not only in time, and never prints Python's insides.

Issue 16, items 4 and 11: `{% set s='a'*999999 %}{{ ([s]*N)|string|length }}` took 1.5 GB, because the
sandbox counted the items of `[s]*N` and not the text each stands for; printing a function or an object
wrote a Python repr with a memory address; a template file's byte order mark reached the letter; a template
nested deeper than Python's stack printed "Exception ignored … RecursionError" beside the clear error.
"""

from __future__ import annotations

import datetime as dt
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.letter import sandbox
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.letter.templates import LetterRenderer, RenderedLetter, TemplateError
from ua_desktop.core.paths import resolve_paths

DAY = dt.date(2026, 11, 28)


def bundled_case() -> Case:
    return CaseLibrary(resolve_paths().ensure().cases_dir).get("ua-034-25")


def render(template: str) -> RenderedLetter:
    case = bundled_case()
    return LetterRenderer(case, template).render(LetterSigner.sample(), case.primary_recipients[0], DAY)


# Each builds something far bigger than it looks, from references to one value or from values kept alive.
# The sizes are chosen so that today's checks pass them and a machine survives if they are not stopped.
MEMORY_ATTACKS = {
    "references to one text, printed": "{% set s = 'a' * 999999 %}{{ ([s] * 300)|string|length }}",
    "references, joined": "{% set s = 'a' * 999999 %}{{ ([s] * 300)|join|length }}",
    "references, concatenated": "{% set s = 'a' * 999999 %}{{ ([s] * 300 ~ '')|length }}",
    "references, upper-cased": "{% set s = 'a' * 999999 %}{{ ([s] * 300)|upper|length }}",
    "nested references": "{% set s = 'a' * 99999 %}{% set t = [s] * 100 %}{{ ([t] * 30)|string|length }}",
    "references, added": "{% set s = ['a' * 999999] %}{{ (s + s + s + s)|string|length }}",
    "many values kept": "{% set s = 'a' * 999990 %}"
    + "".join(f"{{% set k{n} = s ~ '{n}' %}}" for n in range(300))
    + "{{ k299|length }}",
    "macro output": "{% set s = 'a' * 999999 %}{% macro m() %}{% for i in range(300) %}{{ s }}{% endfor %}"
    "{% endmacro %}{{ m()|length }}",
    "set block": "{% set s = 'a' * 999999 %}{% set b %}{% for i in range(300) %}{{ s }}{% endfor %}"
    "{% endset %}{{ b|length }}",
    "slices kept": "{% set s = 'a' * 999990 %}"
    + "".join(f"{{% set k{n} = s[{n}:] %}}" for n in range(300))
    + "{{ k299|length }}",
    "characters as a list": "{{ ('ab' * 499999)|list|length }}",
}


@pytest.mark.parametrize("template", MEMORY_ATTACKS.values(), ids=MEMORY_ATTACKS.keys())
def test_values_built_from_references_or_kept_alive_are_refused_before_the_memory_is_taken(
    template: str,
) -> None:
    bundled_case()  # loaded before counting
    tracemalloc.start()
    try:
        with pytest.raises(TemplateError, match="the template was stopped: "):
            render(template)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20  # each would take 300 MB or more if it ran


def test_measure_counts_what_printing_makes_and_stops_early() -> None:
    text = "a" * 1000
    assert sandbox.measure(text) == 1000
    assert sandbox.measure([text] * 10) > 10 * 1000  # ten texts, not ten items
    assert sandbox.measure([[text] * 10] * 10) > 100 * 1000
    deep: list[object] = []
    for _ in range(100_000):  # nested deeper than Python's stack: measured without recursion
        deep = [deep]
    assert sandbox.measure(deep) > 100_000
    huge = [text] * 10**6
    assert sandbox.measure(huge, limit=5000) <= 5000 + 2 + sandbox.ITEM_WEIGHT * 10**6  # stopped at once


def test_ordinary_templates_still_print_text_numbers_fields_and_lists() -> None:
    letter = render(
        "{{ signer }}, {{ signer.first_name|upper }}, {{ 3 * 4 }}, {{ 2.5 }}, {{ [1, 'x']|join('-') }}\n\n"
        "{{ ['a', 'b'] }} {{ ('abc'|list)[1:] }} {{ case }} {{ recipient.name|replace('Kristi', 'K.') }}\n\n"
        "{% set c = cycler('odd', 'even') %}{% for i in range(3) %}{{ c.next() }} {% endfor %}"
        "{{ 'x' ~ 1 ~ none }} {% set ns = namespace(n=0) %}{% set ns.n = ns.n + 1 %}{{ ns.n }}"
    )
    assert letter.body_paragraphs == [
        "Anna Muster, ANNA, 12, 2.5, 1-x",
        "a, b b, c UA 034/25 K. Noem",  # lists print as a letter lists things, not as Python writes them
        "odd even odd x1None 1",
    ]


NOT_TEXT = {
    "range": "{{ range }}",
    "cycler class": "{{ cycler }}",
    "a cycler": "{{ cycler(1, 2) }}",
    "a joiner": "{{ joiner() }}",
    "a namespace": "{{ namespace() }}",
    "a method": "{{ signer.first_name.upper }}",
    "a constant method": "{{ 'abc'.upper }}",
    "a loop": "{% for x in [1] %}{{ loop }}{% endfor %}",
    "a macro": "{% macro m() %}{% endmacro %}{{ m }}",
    "in a list": "{{ [cycler(1)] }}",
    "as |string": "{{ range|string }}",
    "joined with ~": "{{ 'x' ~ cycler(1) }}",
    "joined with |join": "{{ [joiner()]|join }}",
    "upper-cased": "{{ range|upper }}",
}


@pytest.mark.parametrize("template", NOT_TEXT.values(), ids=NOT_TEXT.keys())
def test_functions_and_objects_are_an_error_never_a_python_repr(template: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render("Dear all,\n\n" + template)
    assert caught.value.line == 3
    assert "only text, numbers and fields can be printed" in str(caught.value)
    assert " at 0x" not in str(caught.value)


def test_a_byte_order_mark_never_reaches_the_letter() -> None:
    letter = render("\ufeffDear {{ signer.first_name }},\n\nThank you.")
    assert letter.body_paragraphs == ["Dear Anna,", "Thank you."]
    assert "\ufeff" not in letter.to_text()


def _at_depth(depth: int, work: Callable[[], object]) -> object:
    return _at_depth(depth - 1, work) if depth else work()


# Whether Python's limit is hit just as the parser resumes a generator depends on how deep the compile
# starts: each template is compiled from more starting depths than its period (measured on the old code:
# if blocks every 4, brackets every 13, parentheses every 14).
NESTED = {
    "if blocks": ("{% if 1 %}" * 300 + "x", 8),
    "brackets": ("{{ " + "[" * 600 + "]" * 600 + " }}", 30),
    "parentheses": ("{{ " + "(" * 600 + "1" + ")" * 600 + " }}", 30),
}


@pytest.mark.parametrize(("template", "depths"), NESTED.values(), ids=NESTED.keys())
def test_too_deep_nesting_is_one_clear_error_without_exception_ignored_on_stderr(
    template: str, depths: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Python's own hook, which writes "Exception ignored in: …" to stderr (pytest's makes it a warning).
    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)
    for depth in range(depths):
        with pytest.raises(TemplateError, match="nested too deeply"):
            _at_depth(depth, lambda: LetterRenderer(bundled_case(), template))
    err = capsys.readouterr().err
    assert "Exception ignored" not in err and "RecursionError" not in err


def test_a_shared_pack_whose_letter_is_nested_too_deeply_is_refused_with_the_reason(
    tmp_path: Path, library: CaseLibrary, capsys: pytest.CaptureFixture[str]
) -> None:
    from ua_desktop.core.cases.share import import_shared_case
    from ua_desktop.core.errors import UserError
    from ua_desktop.core.resources import bundled_cases_dir

    bundled = bundled_cases_dir() / "ua-034-25"
    shared = tmp_path / "deep.uacase"
    with zipfile.ZipFile(shared, "w") as archive:
        for name in ("case.toml", "briefing.md"):
            archive.writestr(name, (bundled / name).read_bytes())
        archive.writestr("letters/en.j2", "Dear all,\n{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}")
    with pytest.raises(UserError) as caught:  # was a RecursionError traceback from the syntax check
        import_shared_case(shared, library)
    assert "deep.uacase has letters that cannot be used" in str(caught.value)
    assert "letters/en.j2: the template is nested too deeply" in str(caught.value)
    assert "Traceback" not in capsys.readouterr().err
