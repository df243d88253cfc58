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


_QUOTE_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_PROVENANCE_RE = re.compile(
    r"^(?:https?://\S+|www\.\S+|<https?://\S+>|\(?(?:source|quelle|fuente|fonte|saved from|gespeichert von|"
    r"enregistr[ée] depuis|downloaded from|heruntergeladen von|t[ée]l[ée]charg[ée] (?:depuis|sur))\b.*)$",
    re.IGNORECASE,
)
_MAIL_HEADER_RE = re.compile(
    r"^(?:from|to|cc|sent|date|subject|von|an|gesendet|datum|betreff|de|à|envoy[ée]|objet|da|a|inviato|"
    r"oggetto|para|enviado|asunto|fecha)\s*:\s*\S|^-{2,}\s*(?:original message|forwarded message|"
    r"urspr[üu]ngliche nachricht|weitergeleitete nachricht|message d.origine|message transf[ée]r[ée]|"
    r"messaggio originale|mensaje original|mensaje reenviado)",
    re.IGNORECASE,
)

_MAIL_SENDER_RE = re.compile(
    r"^(?:from|von|de|da|subject|betreff|objet|oggetto|asunto)\s*:|^-{2,}", re.IGNORECASE
)


@dataclass(frozen=True)
class Line:
    """One non-empty line; gap_before is True when a blank line (or a PDF gap) precedes it.

    start and end are the line's offsets (without its surrounding spaces) in the text it was split from,
    so a field read from a line can say where in the source document it was found.
    """

    text: str
    gap_before: bool = False
    start: int = 0
    end: int = 0

    @property
    def is_rule(self) -> bool:
        """A row of underscores: the blank for the sender's address or a signature."""
        return bool(_UNDERSCORES_RE.match(self.text))


def normalise_text(text: str) -> str:
    """The document as the parser reads it and the case keeps it (source.txt): line ends as "\\n",
    non-breaking and zero-width spaces as plain ones, and the "> " of a quoted e-mail taken off.

    A text without those is returned unchanged, so offsets into it are offsets into what the user gave.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    raw_lines = text.split("\n")
    filled = [line for line in raw_lines if line.strip()]
    quoted = [line for line in filled if _QUOTE_RE.match(line)]
    if filled and len(quoted) * 2 > len(filled):  # a forwarded or replied-to e-mail: most lines are quoted
        text = "\n".join(_QUOTE_RE.sub("", line) for line in raw_lines)
    return text


def split_lines(text: str) -> list[Line]:
    """Split normalised text into non-empty lines with their offsets, remembering where gaps were."""
    lines: list[Line] = []
    gap = False
    position = 0
    for raw in text.split("\n"):
        begin = position
        position += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            gap = True
            continue
        start = begin + raw.index(stripped[0])
        lines.append(Line(re.sub(r"\s+", " ", stripped), gap, start, start + len(stripped)))
        gap = False
    return lines


def drop_preamble(lines: list[Line]) -> list[Line]:
    """Leave out what came above the document: a provenance or URL line, the headers of a forwarded e-mail."""
    index = 0
    while index < len(lines) and _PROVENANCE_RE.match(lines[index].text):
        index += 1
    end = index
    while end < min(len(lines), index + 12) and _MAIL_HEADER_RE.match(lines[end].text):
        end += 1
    if any(_MAIL_SENDER_RE.match(line.text) for line in lines[index:end]):  # "Date:" alone is the UA's own
        index = end
        while index < len(lines) and _PROVENANCE_RE.match(lines[index].text):
            index += 1
    return lines[index:]


def is_wrapped(lines: list[Line]) -> bool:
    """True when paragraphs were wrapped into short lines (e-mail, PDF) rather than one line each."""
    prose = [line for line in lines if len(line.text) > 40]
    return bool(prose) and max(len(line.text) for line in prose) < WRAPPED_LINE_LIMIT


def _join(paragraph: str, text: str) -> str:
    if paragraph.endswith("-") and text[:1].islower() and not paragraph.endswith(" -"):
        return paragraph + text  # a word hyphenated across the line end keeps its hyphen: "non-\nrefoulement"
    return f"{paragraph} {text}"


def paragraph_lines(lines: list[Line], wrapped: bool) -> list[tuple[str, list[Line]]]:
    """group_paragraphs() with the lines each paragraph was made of."""
    groups: list[tuple[str, list[Line]]] = []
    for line in lines:
        if not groups:
            groups.append((line.text, [line]))
            continue
        previous, members = groups[-1]
        open_sentence = not previous.endswith(_TERMINAL) and line.text[:1].islower()
        if wrapped:
            starts_new = line.gap_before and not open_sentence
        else:
            starts_new = previous.endswith(_TERMINAL) and not line.text[:1].islower()
        if starts_new:
            groups.append((line.text, [line]))
        else:
            groups[-1] = (_join(previous, line.text), [*members, line])
    return groups


def group_paragraphs(lines: list[Line], wrapped: bool) -> list[str]:
    """Put prose lines back into paragraphs.

    Wrapped text: a gap starts a paragraph, unless the sentence before it is left open and the next line
    goes on in lower case. One paragraph per line: every line starts one, except a line
    that continues a sentence the previous line left open (no closing punctuation, or a lower-case start),
    which is how a stray line break inside a paragraph shows up (UA 034/25: "were labelled as" / "gang").
    """
    return [text for text, _lines in paragraph_lines(lines, wrapped)]


def wrap_width(lines: list[Line]) -> int:
    """The width wrapped text was wrapped at (its longest line); 0 for text with a paragraph per line."""
    return max((len(line.text) for line in lines), default=0) if is_wrapped(lines) else 0


def runs_on(line: Line, following: Line | None, width: int) -> bool:
    """True when following continues line's sentence: no gap, and a lower-case start or, in wrapped text,
    a line without closing punctuation that the next word would not have fitted on (greedy wrapping)."""
    if following is None or following.gap_before or following.is_rule:
        return False
    if following.text[:1].islower() and not line.text.endswith((".", "!", "?")):
        return True
    next_word = following.text.split(" ", 1)[0]
    fitted = len(line.text) + 1 + len(next_word) <= width
    return bool(width) and not fitted and not line.text.endswith((*_TERMINAL, ","))


def is_prose(text: str) -> bool:
    """A line of running text rather than a heading, a name or an address line."""
    return len(text) >= 90 or (len(text) >= 40 and text.endswith((".", "!", "?")))
