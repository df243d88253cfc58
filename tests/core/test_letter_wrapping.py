"""Line wrapping and fitting take time in proportion to the text, however long a name or word is.

Issue 16, item 3: a shared case whose recipient name had 1.5 million characters kept `letter render` busy
for more than 15 minutes, because a line too long for the address field was shortened one character at a
time and measured again after each (8,000 characters: 1.6 s, 16,000: 5.2 s). The tests count the characters
handed to ReportLab's stringWidth, not seconds: doubling the text must double the count, not square it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from ua_desktop.core.calibration import MM
from ua_desktop.core.letter import layout
from ua_desktop.core.letter.fonts import register_font
from ua_desktop.core.letter.layout import LetterPdfWriter, wrap_text
from ua_desktop.core.letter.page_setup import PageSetup
from ua_desktop.core.letter.rendered import RenderedLetter


class Meter:
    """Counts the characters measured through layout.stringWidth."""

    def __init__(self) -> None:
        self.characters = 0


@pytest.fixture
def meter(monkeypatch: pytest.MonkeyPatch) -> Iterator[Meter]:
    counted = Meter()
    measure = layout.stringWidth

    def counting(text: str, font_name: str, size: float, encoding: str = "utf8") -> float:
        counted.characters += len(text)
        return float(measure(text, font_name, size))

    monkeypatch.setattr(layout, "stringWidth", counting)
    layout._wrapped.cache_clear()
    yield counted
    layout._wrapped.cache_clear()


def letter_with_name(name: str) -> RenderedLetter:
    return RenderedLetter(
        sender_lines=["Anna Muster", "Bahnhofstrasse 1", "8001 Zürich"],
        place_date_line="Zürich, 28 November 2026",
        recipient_lines=[name, "2707 Martin Luther King Jr. Avenue, SE", "Washington DC 20528", "USA"],
        salutation=f"Dear {name},",
        body_paragraphs=["We write about the expulsions. " * 20],
        closing="Yours sincerely,",
        signer_name="Anna Muster",
        return_line=f"Anna Muster, Bahnhofstrasse 1, {name}",
        header_name="Anna Muster",
    )


@pytest.mark.parametrize("characters", [1_000, 3_000])
def test_a_letter_with_a_long_name_is_measured_in_proportion_to_its_text(
    meter: Meter, characters: int
) -> None:
    letter = letter_with_name("N" * characters)
    writer = LetterPdfWriter(io.BytesIO(), PageSetup())
    writer.add_letter(letter)
    writer.close()
    # The name is in the address field, the return line and the salutation: a few passes over each is
    # linear; the old shortening measured about characters² / 2 per line (4.5 million for 3,000).
    assert meter.characters < 20 * len(letter.all_text())


def test_wrapping_a_long_word_measures_each_character_about_once(meter: Meter) -> None:
    font = register_font()
    for length in (3_000, 9_000):
        meter.characters = 0
        lines = wrap_text("x" * length, font, 11.0, 160.0)
        assert "".join(lines) == "x" * length
        assert meter.characters < 3 * length


def test_wrapped_pieces_fill_the_line_and_never_overflow_it() -> None:
    font = register_font()
    word = "Ablehnungsbescheid" * 300 + "ÄÖÜ" * 50
    lines = wrap_text(f"Sehr geehrte {word} und so weiter", font, 11.0, 100.0)
    limit = 100.0 * MM
    assert "".join(lines[1:-1]) == word
    for line in lines:
        assert layout.stringWidth(line, font, 11.0) <= limit + 1e-6
    for line in lines[1:-2]:  # every full piece of the split word: one more character would not fit
        assert layout.stringWidth(line + "A", font, 11.0) > limit


def test_a_line_too_long_for_the_field_is_cut_with_an_ellipsis_that_fits() -> None:
    font = register_font()
    text, size = layout._fit_line("Ministry " * 200, font, 11.0, 80.0, 7.0)
    assert size == 7.0
    assert text.endswith("…") and text.startswith("Ministry Ministry")
    assert layout.stringWidth(text, font, size) <= 80.0 * MM
    assert layout.stringWidth(text[:-1] + "yy…", font, size) > 80.0 * MM  # as long as fits, no shorter
    short, same = layout._fit_line("Ministry of Justice", font, 11.0, 80.0, 7.0)
    assert (short, same) == ("Ministry of Justice", 11.0)
