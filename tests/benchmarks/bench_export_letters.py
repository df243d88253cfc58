"""Benchmark: 1,000 personalised one-page letters into one PDF through the CLI, beside two floors.

ua-desktop: the whole process `python -m ua_desktop export letters --case ua-034-25 --signers all --out …`
on a roster of 1,000 signers (roster read, template compiled once, layout, canvas, atomic write).
Floor A: the same 1,000 pages (the very texts the CLI printed, extracted beforehand) built directly with
reportlab.platypus in one document. Floor B: the same lines drawn with raw reportlab.pdfgen.canvas after
ReportLab's own simpleSplit wrapping. Both floors register the same Noto Serif font once and run as their
own processes, so start-up and peak RSS are counted alike. Targets: ua-desktop / floor A <= 1.0,
ua-desktop / floor B aim 1.5, peak RSS <= 1.5 x floor A's.

    python tests/benchmarks/bench_export_letters.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LETTERS = 1000
FIRST = [
    "Anna",
    "Peter",
    "Maria",
    "Jürg",
    "Élise",
    "Marco",
    "Sofia",
    "Łukasz",
    "Ελένη",
    "Дмитрий",
    "Zoë",
    "Luca",
]
CITIES = [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("1204", "Genève"), ("6900", "Lugano")]

COMMON = r"""
import json, sys
from pathlib import Path
import fontpkg_noto_serif
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
files = (Path(fontpkg_noto_serif.ROOT) / "files").glob("*.ttf")
font_file = sorted(p for p in files if "Italic" not in p.name)[0]
pdfmetrics.registerFont(TTFont("Serif", str(font_file)))
letters = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
out = sys.argv[2]
MM = 72 / 25.4
"""

FLOOR_PLATYPUS = (
    COMMON
    + r"""
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
style = ParagraphStyle("body", fontName="Serif", fontSize=11, leading=13.75)
small = ParagraphStyle("small", parent=style, fontSize=9, leading=11)
story = []
for letter in letters:
    story.append(Paragraph("<br/>".join(escape(l) for l in letter["sender"]), small))
    story.append(Spacer(1, 8 * MM))
    story.append(Paragraph("<br/>".join(escape(l) for l in letter["recipient"]), style))
    story.append(Spacer(1, 8 * MM))
    story.append(Paragraph(escape(letter["date"]), style))
    story.append(Paragraph(escape(letter["salutation"]), style))
    for paragraph in letter["body"]:
        story.append(Paragraph(escape(paragraph), style))
        story.append(Spacer(1, 2 * MM))
    story.append(Paragraph(escape(letter["closing"]), style))
    story.append(Spacer(1, 15 * MM))
    story.append(Paragraph(escape(letter["name"]), style))
    story.append(PageBreak())
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * MM, rightMargin=20 * MM, topMargin=15 * MM,
                        bottomMargin=10 * MM, title="floor", author="floor")
doc.build(story)
"""
)

FLOOR_CANVAS = (
    COMMON
    + r"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
canvas = Canvas(out, pagesize=A4, invariant=True)
width, height = A4
left, text_width = 25 * MM, width - 45 * MM
for letter in letters:
    y = height - 20 * MM
    canvas.setFont("Serif", 9)
    for line in letter["sender"]:
        canvas.drawString(left, y, line); y -= 11
    y = height - 55 * MM
    canvas.setFont("Serif", 11)
    for line in letter["recipient"]:
        canvas.drawString(left, y, line); y -= 13.75
    y -= 8 * MM
    for block in (letter["date"], letter["salutation"], *letter["body"], letter["closing"]):
        for line in simpleSplit(block, "Serif", 11, text_width):
            canvas.drawString(left, y, line); y -= 13.75
        y -= 4
    y -= 15 * MM
    canvas.drawString(left, y, letter["name"])
    canvas.showPage()
canvas.save()
"""
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time of a process and its peak RSS in MiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:4]} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss // 1024


def make_roster(data_dir: Path) -> None:
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.roster.records import insert_signers
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

    rnd = random.Random(5)
    signers = []
    for n in range(LETTERS):
        postcode, city = rnd.choice(CITIES)
        last = "".join(rnd.choice("abcdefghijklmnoprstuvwz") for _ in range(8)).title()
        signers.append(
            Signer(
                first_name=rnd.choice(FIRST),
                last_name=last,
                street=(f"Bahnhofstrasse {n % 300 + 1}",),
                postal_code=postcode,
                city=city,
                country="CH",
            )
        )
    with RosterStore.open(resolve_paths(data_dir).ensure()) as store, store.transaction() as conn:
        insert_signers(conn, signers)


def letter_texts(data_dir: Path) -> list[dict[str, object]]:
    """The texts the CLI prints, rendered once here so the floors draw exactly the same words."""
    from ua_desktop.core.cases.library import CaseLibrary
    from ua_desktop.core.export.selection import SignerSelection, resolve_signers
    from ua_desktop.core.letter.templates import LetterRenderer
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.posting import AddressStyle

    paths = resolve_paths(data_dir).ensure()
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    renderer = LetterRenderer(case)
    texts = []
    for signer in resolve_signers(paths, SignerSelection()):
        letter = renderer.render(signer, case.primary_recipients[0], place="Zürich", style=AddressStyle("CH"))
        texts.append(
            {
                "sender": letter.sender_lines,
                "recipient": letter.recipient_lines,
                "date": letter.place_date_line,
                "salutation": letter.salutation,
                "body": letter.body_paragraphs,
                "closing": letter.closing,
                "name": letter.signer_name,
            }
        )
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("UA_DESKTOP_DATA_DIR", None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data_dir = folder / "data"
        make_roster(data_dir)
        texts = folder / "letters.json"
        texts.write_text(json.dumps(letter_texts(data_dir), ensure_ascii=False), encoding="utf-8")
        out = folder / "out.pdf"
        app = [
            sys.executable,
            "-m",
            "ua_desktop",
            "--data-dir",
            str(data_dir),
            "export",
            "letters",
            "--case",
            "ua-034-25",
            "--signers",
            "all",
            "--paper",
            "a4",
            "--out",
            str(out),
        ]
        floor_a = [sys.executable, "-c", FLOOR_PLATYPUS, str(texts), str(folder / "floor-a.pdf")]
        floor_b = [sys.executable, "-c", FLOOR_CANVAS, str(texts), str(folder / "floor-b.pdf")]
        for command in (app, floor_a, floor_b):
            timed(command, env)  # warm the file cache
        results: dict[str, list[tuple[float, int]]] = {"app": [], "a": [], "b": []}
        for _ in range(args.runs):  # interleaved so machine load hits all three alike
            results["a"].append(timed(floor_a, env))
            results["b"].append(timed(floor_b, env))
            results["app"].append(timed(app, env))
        from pypdf import PdfReader

        pages = {
            name: len(PdfReader(folder / name).pages) for name in ("out.pdf", "floor-a.pdf", "floor-b.pdf")
        }
    t = {name: statistics.median(r[0] for r in runs) for name, runs in results.items()}
    rss = {name: max(r[1] for r in runs) for name, runs in results.items()}
    ratio_a, ratio_b, ratio_rss = t["app"] / t["a"], t["app"] / t["b"], rss["app"] / rss["a"]
    print(f"{LETTERS} personalised letters into one PDF, whole process, median of {args.runs} runs")
    print(
        f"  pages                   : ua-desktop {pages['out.pdf']}, floor A {pages['floor-a.pdf']}, "
        f"floor B {pages['floor-b.pdf']}"
    )
    print(f"  ua-desktop CLI          : {t['app']:6.2f} s   peak RSS {rss['app']} MiB")
    print(f"  floor A (platypus)      : {t['a']:6.2f} s   peak RSS {rss['a']} MiB")
    print(f"  floor B (raw canvas)    : {t['b']:6.2f} s   peak RSS {rss['b']} MiB")
    for label, ratio, target in (
        ("ratio vs platypus      ", ratio_a, 1.0),
        ("ratio vs canvas (aim)  ", ratio_b, 1.5),
        ("peak RSS vs platypus   ", ratio_rss, 1.5),
    ):
        print(f"  {label} : {ratio:6.2f}   (target <= {target}) -> {'OK' if ratio <= target else 'OVER'}")


if __name__ == "__main__":
    main()
