"""Benchmark: laying out a letter whose recipient's name has 8,000 to a million characters.

Issue 16, item 3: a shared case with a recipient name of 1.5 million characters kept `letter render` busy
for more than 15 minutes, because a line too long for the address field was shortened a character at a
time and measured again after each (quadratic: 8,000 characters 1.6 s, 16,000 5.2 s). Case packs now refuse
a name longer than 300 characters (core/cases/loader.py), but a template can still print long text, so the
layout must take time in proportion to it.

Measured: one letter with the name in the address field, the return line and the salutation, laid out and
drawn to a PDF in memory (LetterPdfWriter), and wrap_text alone on the name as one word. The floor is
ReportLab's stringWidth over the same characters once; the target is time growing in proportion to the
characters (the ratio of the last line to the first stays near 1).

    python tests/benchmarks/bench_long_names.py
"""

from __future__ import annotations

import io
import time

SIZES = (8_000, 16_000, 64_000, 1_000_000)


def main() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ua_desktop.core.letter.fonts import register_font
    from ua_desktop.core.letter.layout import LetterPdfWriter, wrap_text
    from ua_desktop.core.letter.page_setup import PageSetup
    from ua_desktop.core.letter.rendered import RenderedLetter

    font = register_font()
    print("A letter with a recipient name of N characters (address field, return line, salutation)")
    print(f"  {'N':>9}  {'letter':>8}  {'pages':>5}  {'wrap_text':>9}  {'floor':>7}  {'letter µs/char':>14}")
    per_char = []
    for size in SIZES:
        name = "N" * size
        letter = RenderedLetter(
            sender_lines=["Anna Muster", "Bahnhofstrasse 1", "8001 Zürich"],
            place_date_line="Zürich, 28 November 2026",
            recipient_lines=[name, "2707 Martin Luther King Jr. Avenue, SE", "Washington DC 20528", "USA"],
            salutation=f"Dear {name},",
            body_paragraphs=["We write about the expulsions. " * 20],
            closing="Yours sincerely,",
            signer_name="Anna Muster",
            return_line=f"Anna Muster, {name}",
        )
        start = time.perf_counter()
        writer = LetterPdfWriter(io.BytesIO(), PageSetup())
        pages = writer.add_letter(letter)
        writer.close()
        whole = time.perf_counter() - start
        start = time.perf_counter()
        wrap_text(name, font, 11.0, 165.0)
        wrapping = time.perf_counter() - start
        start = time.perf_counter()
        stringWidth(name, font, 11.0)
        floor = time.perf_counter() - start
        per_char.append(whole / size * 1e6)
        print(
            f"  {size:>9,}  {whole:7.2f}s  {pages:>5}  {wrapping:8.3f}s  {floor:6.3f}s  {per_char[-1]:14.2f}"
        )
    ratio = per_char[-1] / per_char[0]
    verdict = "OK" if ratio <= 3 else "OVER"
    print(
        f"  time per character, {SIZES[-1]:,} vs {SIZES[0]:,}: {ratio:.2f} (target <= 3, linear) -> {verdict}"
    )


if __name__ == "__main__":
    main()
