"""Update the Qt Linguist sources in translations/ from the code, or compile them for a source checkout.

    python packaging/translations.py update    # pyside6-lupdate: add new strings, drop obsolete ones
    python packaging/translations.py compile   # pyside6-lrelease into ua_desktop/translations/ (dev only)
    python packaging/translations.py missing de > de.json   # unfinished entries as JSON, for translators
    python packaging/translations.py apply de de.json       # write them back (records gain "translation")

The wheel build compiles the .qm files itself (packaging/hatch_build.py); compiled files are never committed.
Locations are left out of the .ts files so that moving code does not churn the translations. The English
catalogue (ua_desktop_en.ts) exists for plural forms ("1 day left" / "3 days left"); `update` fills its
other entries with the source text.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ua_desktop").rglob("*.py"))


def lupdate_command(ts_files: list[Path]) -> list[str]:
    return [
        tool("pyside6-lupdate"),
        *source_files(),
        "-locations",
        "none",
        "-no-obsolete",
        "-ts",
        *[str(ts) for ts in ts_files],
    ]


def fill_source_language(ts_file: Path) -> int:
    """In the English catalogue every text translates to itself; only plural forms need writing by hand.

    Returns how many entries were filled. Numerus (plural) entries are left for a person to write.
    """
    tree = ElementTree.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or message.get("numerus") == "yes":
            continue
        translation.text = message.findtext("source")
        del translation.attrib["type"]
        filled += 1
    if filled:
        body = ElementTree.tostring(tree.getroot(), encoding="unicode")
        ts_file.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    return filled


def missing(language: str) -> list[dict[str, object]]:
    """Unfinished entries of one catalogue as JSON-ready records (context, source, plural)."""
    tree = ElementTree.parse(TS_DIR / f"ua_desktop_{language}.ts")
    records = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                plural = message.get("numerus") == "yes"
                records.append({"context": name, "source": message.findtext("source"), "plural": plural})
    return records


def apply(language: str, records: list[dict[str, object]]) -> int:
    """Write translations given as records with "context", "source" and "translation" (a list if plural)."""
    ts_file = TS_DIR / f"ua_desktop_{language}.ts"
    tree = ElementTree.parse(ts_file)
    wanted = {(r["context"], r["source"]): r["translation"] for r in records if r.get("translation")}
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            value = wanted.get((name, message.findtext("source")))
            translation = message.find("translation")
            if value is None or translation is None:
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in value if isinstance(value, list) else [value]:
                    ElementTree.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            applied += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return applied


def update() -> None:
    subprocess.run(lupdate_command(sorted(TS_DIR.glob("*.ts"))), check=True, cwd=ROOT)
    english = TS_DIR / "ua_desktop_en.ts"
    if english.exists():
        fill_source_language(english)


def compile_dev() -> None:
    out = ROOT / "ua_desktop" / "translations"
    out.mkdir(exist_ok=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action == "update":
        update()
    elif action == "compile":
        compile_dev()
    elif action == "missing" and len(sys.argv) == 3:
        json.dump(missing(sys.argv[2]), sys.stdout, ensure_ascii=False, indent=1)
    elif action == "apply" and len(sys.argv) == 4:
        count = apply(sys.argv[2], json.loads(Path(sys.argv[3]).read_text(encoding="utf-8")))
        print(f"{count} translations written")
    else:
        raise SystemExit(__doc__)
