"""Benchmark: 1,000 address labels on Avery L7160, beside a raw canvas floor measured in the same run.

ua-desktop: the labels export the CLI and the Export dialog run (core/export/labels_job.export_labels):
1,000 different return addresses formatted by the shared address formatter, fitted into their labels
(wrap, then shrink), positions planned, drawn and written atomically. The floor draws the same 1,000 line
blocks (formatted beforehand) at the same L7160 positions with reportlab.pdfgen.canvas at a fixed size and
writes the file: no formatting, no fitting, no checks. Both in this process, font registered before timing.
Target: ua-desktop / floor <= 1.5.

    python tests/benchmarks/bench_labels.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

LABELS = 1000
TARGET = 1.5
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
CITIES = [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("1204", "Genève"), ("10115", "Berlin")]


def signers() -> list:
    from ua_desktop.core.letter.signer import LetterSigner

    rnd = random.Random(7)
    result = []
    for n in range(LABELS):
        postcode, city = rnd.choice(CITIES)
        result.append(
            LetterSigner(
                first_name=rnd.choice(FIRST),
                last_name="".join(rnd.choice("abcdefghijklmnoprstuvwz") for _ in range(9)).title(),
                street=(f"Bahnhofstrasse {n % 300 + 1}",),
                postal_code=postcode,
                city=city,
                country="DE" if city == "Berlin" else "CH",
            )
        )
    return result


def floor(blocks: list[list[str]], font: str, out: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from ua_desktop.core.labels.catalogue import LabelCatalogue
    from ua_desktop.core.labels.geometry import label_rects

    mm = 72 / 25.4
    sheet = LabelCatalogue.load(None).get("L7160")
    height = sheet.page_height * mm
    rects = label_rects(sheet)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(sheet.page_width * mm, height))
    canvas.setViewerPreference("PrintScaling", "None")
    for index, lines in enumerate(blocks):
        position = index % sheet.labels_per_sheet
        if index and position == 0:
            canvas.showPage()
        rect = rects[position]
        text = canvas.beginText((rect.x + sheet.padding) * mm, height - (rect.y + sheet.padding) * mm - 10)
        text.setFont(font, 10, 12)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    out.write_bytes(buffer.getvalue())


def measure(
    job: object, blocks: list[list[str]], font: str, folder: Path, runs: int
) -> tuple[float, float, int]:
    """Median seconds of export_labels(job) and of the floor on the same blocks; pages written."""
    from ua_desktop.core.export.labels_job import export_labels

    out, floor_out = folder / "labels.pdf", folder / "floor.pdf"
    export_labels(out, job)  # warm caches (address data, font metrics)
    floor(blocks, font, floor_out)
    app_times, floor_times = [], []
    for _ in range(runs):  # interleaved so machine load hits both alike
        start = time.perf_counter()
        floor(blocks, font, floor_out)
        floor_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = export_labels(out, job)
        app_times.append(time.perf_counter() - start)
    return statistics.median(app_times), statistics.median(floor_times), result.pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    from ua_desktop.core.cases.library import CaseLibrary
    from ua_desktop.core.export.labels_job import AddressSource, LabelJob
    from ua_desktop.core.labels.catalogue import LabelCatalogue
    from ua_desktop.core.letter.fonts import register_font
    from ua_desktop.core.posting import AddressStyle

    font = register_font()
    people = signers()
    style = AddressStyle(sender_country="CH")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        case = CaseLibrary(folder / "cases").get("ua-034-25")
        sheet = LabelCatalogue.load(None).get("L7160")
        scenarios = {
            "1,000 different return addresses": (
                LabelJob(case, sheet, source=AddressSource.SIGNERS, signers=people, count=1, style=style),
                [style.signer_lines(s, "US") for s in people],
            ),
            "recipient label per letter, 1,000 signers": (
                LabelJob(case, sheet, signers=people, style=style),
                [style.recipient_lines(case.recipients[0])] * LABELS,
            ),
        }
        results = {
            name: measure(job, blocks, font, folder, args.runs) for name, (job, blocks) in scenarios.items()
        }
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{LABELS} labels on L7160, median of {args.runs} runs, in process (peak RSS {rss} MiB)")
    for name, (app, base, pages) in results.items():
        ratio = app / base
        verdict = "OK" if ratio <= TARGET else "OVER"
        print(f"  {name} ({pages} sheets)")
        print(f"    ua-desktop export_labels : {app * 1000:7.0f} ms")
        print(f"    floor (raw canvas)       : {base * 1000:7.0f} ms")
        print(f"    ratio                    : {ratio:7.2f}   (target <= {TARGET}) -> {verdict}")


if __name__ == "__main__":
    main()
