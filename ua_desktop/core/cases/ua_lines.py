"""Lines and paragraphs of an Urgent Action document, however it reached us.

A .txt from a section usually has one paragraph per line (a word processor's export), text pasted from a
PDF viewer or an e-mail is wrapped with blank lines between paragraphs, and text read from a PDF is wrapped
with the vertical gaps turned into blank lines. The parser works on Line objects that remember whether a
gap came before them, and asks group_paragraphs() to put prose back together the same way in every case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNDERSCORES_RE = re.compile(r"^[\s_.\-–—]*_{4,}[\s_.\-–—]*$")
_TERMINAL = (".", "!", "?", ":", "»", '"', "”", ")", ";")
WRAPPED_LINE_LIMIT = 150  # a text whose lines are all shorter than this was wrapped by someone


@dataclass(frozen=True)
class Line:
    """One non-empty line; gap_before is True when a blank line (or a PDF gap) precedes it."""

    text: str
    gap_before: bool = False

    @property
    def is_rule(self) -> bool:
        """A row of underscores: the blank for the sender's address or a signature."""
        return bool(_UNDERSCORES_RE.match(self.text))


def split_lines(text: str) -> list[Line]:
    """Normalise line ends and spaces and drop blank lines, remembering where they were."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    lines: list[Line] = []
    gap = False
    for raw in text.split("\n"):
        stripped = re.sub(r"[ \t]+", " ", raw).strip()
        if not stripped:
            gap = True
            continue
        lines.append(Line(stripped, gap_before=gap))
        gap = False
    return lines


def is_wrapped(lines: list[Line]) -> bool:
    """True when paragraphs were wrapped into short lines (e-mail, PDF) rather than one line each."""
    prose = [line for line in lines if len(line.text) > 40]
    return bool(prose) and max(len(line.text) for line in prose) < WRAPPED_LINE_LIMIT


def _join(paragraph: str, text: str) -> str:
    if paragraph.endswith("-") and text[:1].islower() and not paragraph.endswith(" -"):
        return paragraph + text  # a word hyphenated across the line end keeps its hyphen: "non-\nrefoulement"
    return f"{paragraph} {text}"


def group_paragraphs(lines: list[Line], wrapped: bool) -> list[str]:
    """Put prose lines back into paragraphs.

    Wrapped text: a gap starts a paragraph, unless the sentence before it is left open and the next line
    goes on in lower case. One paragraph per line: every line starts one, except a line
    that continues a sentence the previous line left open (no closing punctuation, or a lower-case start),
    which is how a stray line break inside a paragraph shows up (UA 034/25: "were labelled as" / "gang").
    """
    paragraphs: list[str] = []
    for line in lines:
        if not paragraphs:
            paragraphs.append(line.text)
            continue
        previous = paragraphs[-1]
        open_sentence = not previous.endswith(_TERMINAL) and line.text[:1].islower()
        if wrapped:
            starts_new = line.gap_before and not open_sentence
        else:
            starts_new = previous.endswith(_TERMINAL) and not line.text[:1].islower()
        if starts_new:
            paragraphs.append(line.text)
        else:
            paragraphs[-1] = _join(previous, line.text)
    return paragraphs


def is_prose(text: str) -> bool:
    """A line of running text rather than a heading, a name or an address line."""
    return len(text) >= 90 or (len(text) >= 40 and text.endswith((".", "!", "?")))
