"""Every user-visible string is translatable, and every translatable string reaches the catalogues.

Two checks over the GUI sources, done with Python's ast so nothing is missed by formatting:
- a literal text handed straight to a Qt text setter or widget constructor (setText("Save"), QLabel("Name"))
  is a string a translator never sees;
- a tr()/translate() call whose text is not a plain literal, or sits inside an f-string, is invisible to
  pyside6-lupdate (it only reads literal arguments), so it would never be translated either.
"""

from __future__ import annotations

import ast
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "ua_desktop" / "gui"
TS_DIR = ROOT / "translations"

TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "setLabelText",
    "setHeaderLabels",
    "setTabText",
    "addTab",
    "addMenu",
}
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
}


def gui_sources() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def is_user_text(node: ast.AST) -> bool:
    """A string literal with letters in it (object names and separators like " — " are not user text)."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(c.isalpha() for c in node.value)
    )


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if name in TEXT_SETTERS | TEXT_WIDGETS:
            for arg in node.args[:1]:
                if is_user_text(arg):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({arg.value!r})")  # type: ignore[attr-defined]
    return found


def tr_calls(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(context, text) of every tr()/translate() call, and the calls lupdate cannot read."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts: list[tuple[str, str]] = []
    invisible: list[str] = []
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    in_fstring.add(id(inner))

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call):
            name = call_name(node)
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if name == "tr" and node.args:
                arg = node.args[0]
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    invisible.append(f"{where}: tr() needs a literal string")
                elif id(node) in in_fstring:
                    invisible.append(f"{where}: tr({arg.value!r}) inside an f-string is invisible to lupdate")
                else:
                    texts.append((context, arg.value))
            elif name == "translate" and len(node.args) >= 2:
                ctx, arg = node.args[0], node.args[1]
                if (
                    isinstance(ctx, ast.Constant)
                    and isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                ):
                    if id(node) in in_fstring:
                        invisible.append(f"{where}: translate() inside an f-string is invisible to lupdate")
                    else:
                        texts.append((str(ctx.value), arg.value))
                else:
                    invisible.append(f"{where}: translate() needs literal context and text")
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    visit(tree, "")
    return texts, invisible


def catalogue(language: str) -> set[tuple[str, str]]:
    root = ElementTree.parse(TS_DIR / f"ua_desktop_{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_no_literal_text_bypasses_translation() -> None:
    problems = [line for path in gui_sources() for line in untranslated_literals(path)]
    assert not problems, "wrap these texts in self.tr():\n" + "\n".join(problems)


# The one lookup of a text chosen at run time: the core's message kinds, whose wordings reach the catalogues
# through their QT_TRANSLATE_NOOP markers in core/ (tests/i18n/test_core_messages.py checks them).
DYNAMIC_LOOKUP = GUI / "widgets" / "core_words.py"


def test_every_tr_call_is_readable_by_lupdate() -> None:
    problems = [line for path in gui_sources() if path != DYNAMIC_LOOKUP for line in tr_calls(path)[1]]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["de", "fr", "it", "es", "en"])
def test_every_tr_text_is_in_the_catalogue(language: str) -> None:
    known = catalogue(language)
    missing = sorted(
        {
            f"{ctx}: {text!r}"
            for path in gui_sources()
            for ctx, text in tr_calls(path)[0]
            if (ctx, text) not in known
        }
    )
    assert not missing, (
        f"{len(missing)} text(s) missing from ua_desktop_{language}.ts; run "
        "'python packaging/translations.py update' and translate them:\n" + "\n".join(missing[:40])
    )


def messages_of(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation type ("unfinished", "obsolete", "vanished" or None when done)."""
    root = ElementTree.parse(ts_file).getroot()
    result = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            result[(context.findtext("name") or "", message.findtext("source") or "")] = kind
    return result


def test_lupdate_would_change_nothing_and_nothing_is_unfinished(tmp_path: Path) -> None:
    """pyside6-lupdate over the sources adds, drops or reopens no entry, and every entry is translated."""
    import shutil
    import subprocess
    import sys

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    copies = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ua_desktop").rglob("*.py"))
    command = [lupdate, *sources, "-locations", "none", "-ts", *map(str, copies)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    for original, updated in zip(sorted(TS_DIR.glob("*.ts")), copies, strict=True):
        before, after = messages_of(original), messages_of(updated)
        added = sorted(set(after) - set(before))
        assert not added, (
            f"{original.name}: lupdate would add {added[:10]}; run packaging/translations.py update"
        )
        stale = sorted(key for key, kind in after.items() if kind in ("obsolete", "vanished"))
        assert not stale, (
            f"{original.name}: obsolete entries {stale[:10]}; run packaging/translations.py update"
        )
        unfinished = sorted(key for key, kind in before.items() if kind == "unfinished")
        assert not unfinished, f"{original.name}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"
