"""Counts read as each language counts (issue #14): no "6 page(s)", "Seite(n)" or "document(s)" anywhere.

A text with a count goes through Qt's %n and the catalogue's plural forms (self.tr("%n page(s)", "", n));
the "(s)" of its English source is a note to translators, never something a person reads. So no translation
in any catalogue, the English one included (there every other text translates to itself), may keep a
bracketed or slashed plural ending, and every text with a count in it is a plural entry.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

TS_DIR = Path(__file__).resolve().parents[2] / "translations"
LANGUAGES = ("en", "de", "fr", "it", "es")

#: A word with its plural ending in brackets or after a slash: page(s), Seite(n), élément(s), nouveau(x),
#: Datei(en), elemento/i, carta/s. ("yes/no" and "UA 034/25" are not endings.)
PLURAL_HACK = re.compile(r"[^\W\d_]\((?:s|n|e|en|es|x|i|nen|er)\)|[^\W\d_]/(?:s|i|e|n|x|en|es)\b")


def translations(language: str) -> list[tuple[str, str, str]]:
    """(context, source, text) of every translated text of a catalogue, each plural form on its own."""
    tree = ElementTree.parse(TS_DIR / f"ua_desktop_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.extend((name, source, text) for text in texts)
    return found


def test_the_pattern_finds_the_hacks_of_each_language() -> None:
    for hack in (
        "6 page(s)",
        "Seite(n)",
        "3 Datei(en)",
        "document(s)",
        "nouveau(x)",
        "elemento/i",
        "carta(s)",
    ):
        assert PLURAL_HACK.search(hack), hack
    for fine in ("yes/no", "UA 034/25", "(own)", "Initials and town only (yes/no)", "%n pages"):
        assert not PLURAL_HACK.search(fine), fine


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_keeps_a_plural_hack(language: str) -> None:
    hacks = [
        f"{context}: {text!r}"
        for context, _source, text in translations(language)
        if PLURAL_HACK.search(text)
    ]
    assert not hacks, f"write the plural forms out (%n) in ua_desktop_{language}.ts: " + "; ".join(hacks)


def test_a_count_in_a_source_text_is_a_plural_entry() -> None:
    """A source that reads "(s)" is a %n text whose catalogue holds the plural forms."""
    tree = ElementTree.parse(TS_DIR / "ua_desktop_en.ts")
    singular_only = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if PLURAL_HACK.search(message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert not singular_only, "use self.tr('%n ...(s)', '', count): " + "; ".join(singular_only)
