"""Every message the core can give has a wording in every catalogue, and the core gives no other kind.

- Each member of every area's MessageKind (core/messages.py) is in each .ts file under "CoreMessages",
  translated, with the same {placeholders} as the English, and with every plural form written.
- No UserError raised in the core or the command modules is built from a bare string (an f-string, a
  literal, a concatenation): such a sentence would stay English in a German window.
- Worded in German and French, a message really changes language and keeps its values.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

import ua_desktop.commands
import ua_desktop.core
from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import CONTEXT, MessageKind, all_kinds, message, placeholders, word

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
LANGUAGES = ["de", "fr", "it", "es", "en"]


def import_everything() -> None:
    for package in (ua_desktop.core, ua_desktop.commands):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)


def kinds() -> list[MessageKind]:
    import_everything()
    return all_kinds()


def core_catalogue(language: str) -> dict[str, ElementTree.Element]:
    root = ElementTree.parse(TS_DIR / f"ua_desktop_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == CONTEXT:
            return {m.findtext("source") or "": m for m in context.iter("message")}
    return {}


def test_the_core_has_message_kinds_in_each_area() -> None:
    modules = {type(kind).__module__ for kind in kinds()}
    for area in ("roster", "cases", "letter", "export", "labels", "evenings"):
        assert any(f".core.{area}." in name for name in modules), f"no message kinds in core/{area}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_message_kind_has_a_wording_in_the_catalogue(language: str) -> None:
    entries = core_catalogue(language)
    problems = []
    for kind in kinds():
        entry = entries.get(kind.value)
        name = f"{type(kind).__name__}.{kind.name}"
        if entry is None:
            problems.append(f"{name}: not in the catalogue (run packaging/translations.py update)")
            continue
        translation = entry.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{name}: not translated")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if kind.counted != (entry.get("numerus") == "yes"):
            problems.append(f"{name}: plural forms do not match the kind")
        for form in forms:
            if not form.strip():
                problems.append(f"{name}: an empty form")
            elif placeholders(form) != kind.placeholders():
                problems.append(f"{name}: {sorted(placeholders(form))} != {sorted(kind.placeholders())}")
    assert not problems, f"ua_desktop_{language}.ts:\n" + "\n".join(problems)


def test_no_catalogue_keeps_a_core_wording_that_no_kind_has() -> None:
    known = {kind.value for kind in kinds()}
    stale = sorted(set(core_catalogue("de")) - known)
    assert not stale, stale


def _user_error_names() -> set[str]:
    import_everything()
    names = set()
    pending = [UserError]
    while pending:
        cls = pending.pop()
        names.add(cls.__name__)
        pending.extend(cls.__subclasses__())
    return names


def _is_text(node: ast.AST) -> bool:
    """An expression plainly building a str: a literal, an f-string, + or % of texts, .format or .join."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") or (node.func.attr == "tr")
    return False


def test_the_core_and_the_commands_raise_no_user_error_from_a_bare_string() -> None:
    names = _user_error_names()
    found = []
    for folder in ("core", "commands"):
        for path in sorted((ROOT / "ua_desktop" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                func = node.func
                name = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.attr
                    if isinstance(func, ast.Attribute)
                    else ""
                )
                if name in names and _is_text(node.args[0]):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(...)")
    assert not found, "give these a MessageKind (see core/messages.py):\n" + "\n".join(found)


def _catalogue_lookup(language: str):
    entries = core_catalogue(language)

    def lookup(source: str, count: int) -> str:
        entry = entries.get(source)
        if entry is None:
            return source
        translation = entry.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if forms:  # enough for the test: German, French, Italian, Spanish and English have one/other
            return forms[0 if count == 1 or (language == "fr" and count == 0) else -1]
        return translation.text or source

    return lookup


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_row_problem_worded_in_german_and_french(language: str) -> None:
    from ua_desktop.core.roster.validation import Problem, ProblemKind

    problem = Problem(ProblemKind.POSTCODE_SHAPE, "postal_code", "12", "CH").message()
    english = problem.english()
    worded = word(problem, _catalogue_lookup(language), language)
    assert english == "postcode '12' does not have the form used in Switzerland"
    assert worded != english and "12" in worded
    assert {"de": "Schweiz", "fr": "Suisse"}[language] in worded


def test_numbers_follow_the_language() -> None:
    from ua_desktop.core.roster.messages import RowMessage

    row = message(RowMessage.FIELD_COUNT, fields=1888, width=8)
    assert "1,888" in row.english()
    assert "1.888" in word(row, _catalogue_lookup("de"), "de")


def test_a_translation_that_breaks_a_placeholder_falls_back_to_english() -> None:
    from ua_desktop.core.roster.messages import RowMessage

    row = message(RowMessage.FIELD_COUNT, fields=3, width=8)
    assert word(row, lambda source, count: "hat {felder} Felder", "de") == row.english()


def test_a_user_error_keeps_its_message_across_a_pickle() -> None:
    import pickle

    from ua_desktop.core.fileio import FileMessage

    error = UserError(FileMessage.DISK_FULL, path="/media/stick/letters.pdf")
    again = pickle.loads(pickle.dumps(error))
    assert again.message == error.message and str(again) == str(error)


def test_a_message_refuses_missing_or_extra_values() -> None:
    from ua_desktop.core.fileio import FileMessage

    with pytest.raises(TypeError):
        message(FileMessage.DISK_FULL)
    with pytest.raises(TypeError):
        message(FileMessage.DISK_FULL, path="x", size=3)
