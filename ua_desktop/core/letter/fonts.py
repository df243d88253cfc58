"""The letter fonts: Noto Serif and Noto Sans, embedded as TrueType subsets.

Both come from PyPI packages (`fontpkg-noto-serif`, `fontpkg-noto-sans`, SIL Open Font License 1.1), so
they are found without network access on Linux, Windows and macOS and cover Latin Extended, Greek and
Cyrillic (Łukasz, Ελένη, Дмитрий). ReportLab embeds only the glyphs a PDF uses (a subset). The packages ship
variable fonts; ReportLab reads their default instance, which is the Regular weight.

Each font is registered with ReportLab once per process. A character the font lacks is never dropped
silently: missing_characters() names it so the GUI and the CLI can tell the user, and the layout prints
it as U+FFFD "�" instead of an invisible empty glyph.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.messages import LetterMessage
from ua_desktop.core.letter.page_setup import LetterFont
from ua_desktop.core.messages import Message, message

__all__ = [
    "FONT_LICENCE",
    "LetterFont",
    "describe_missing",
    "family_name",
    "missing_characters",
    "register_font",
]

_FAMILY = {LetterFont.SERIF: "Noto Serif", LetterFont.SANS: "Noto Sans"}
_PDF_NAME = {LetterFont.SERIF: "UaNotoSerif", LetterFont.SANS: "UaNotoSans"}
FONT_LICENCE = "SIL Open Font License 1.1"
_lock = threading.Lock()


def _font_file(font: LetterFont) -> Path:
    if font is LetterFont.SERIF:
        import fontpkg_noto_serif as package
    else:
        import fontpkg_noto_sans as package
    folder = Path(package.ROOT) / "files"
    candidates = sorted(p for p in folder.glob("*.ttf") if "Italic" not in p.name)
    if not candidates:
        raise UserError(LetterMessage.FONT_NOT_INSTALLED, font=_FAMILY[font])
    return candidates[0]


def family_name(font: LetterFont) -> str:
    """The font's name as people know it (for the About box and the page setup)."""
    return _FAMILY[font]


@functools.cache
def _registered(font: LetterFont) -> TTFont:
    with _lock:
        ttf = TTFont(_PDF_NAME[font], str(_font_file(font)))
        pdfmetrics.registerFont(ttf)
        return ttf


def register_font(font: LetterFont = LetterFont.SERIF) -> str:
    """Register font with ReportLab (once per process) and return the name to draw with."""
    _registered(LetterFont(font))
    return _PDF_NAME[LetterFont(font)]


@functools.cache
def _covered(font: LetterFont) -> frozenset[int]:
    return frozenset(_registered(font).face.charToGlyph)


def missing_characters(text: str, font: LetterFont = LetterFont.SERIF) -> list[str]:
    """The distinct characters of text the font has no glyph for, in order of appearance.

    Line breaks, tabs and other control or format characters (zero-width joiners, direction marks) are not
    printed and so never count as missing.
    """
    covered = _covered(LetterFont(font))
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) in covered or char in seen:
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            continue
        seen[char] = None
    return list(seen)


def describe_missing(chars: list[str], font: LetterFont = LetterFont.SERIF) -> Message:
    """A sentence naming the missing characters, e.g. for a warning under the editor."""
    shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in chars[:8])
    family = _FAMILY[LetterFont(font)]
    if len(chars) > 8:
        return message(LetterMessage.MISSING_GLYPHS_MORE, font=family, chars=shown, more=len(chars) - 8)
    return message(LetterMessage.MISSING_GLYPHS, font=family, chars=shown)
