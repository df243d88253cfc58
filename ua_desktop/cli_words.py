"""The command line's wording of what the core says: its typed messages in the language of the terminal.

The language is the first of LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES and LANG that names an
interface language with a catalogue, as gettext programs choose; C, POSIX and anything unknown give English.
The wordings come from the window's compiled catalogues (context "CoreMessages"), read in plain Python
(qm_catalogue.py answers as QtCore's QTranslator does), so no command loads Qt to word what it says.
"""

from __future__ import annotations

import functools
import os
import struct
from collections.abc import Mapping

from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import CONTEXT, Message, english, word
from ua_desktop.core.resources import translations_root
from ua_desktop.core.ui_languages import UI_LANGUAGES
from ua_desktop.qm_catalogue import CatalogueError, QmCatalogue

CATALOGUE = "ua_desktop"


def terminal_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the terminal asks for, "en" when it asks for none we have."""
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    if env.get("LANGUAGE"):
        wanted.extend(env["LANGUAGE"].split(":"))
    wanted.extend(env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG"))
    for value in wanted:
        code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in ("c", "posix", ""):
            continue
        if code in UI_LANGUAGES:
            return code
    return "en"


@functools.cache
def _translator(language: str) -> QmCatalogue | None:
    try:
        return QmCatalogue.load(translations_root() / f"{CATALOGUE}_{language}.qm")
    except (OSError, CatalogueError, ValueError, IndexError, struct.error):  # missing, or damaged: English
        return None


def say(what: Message | BaseException, language: str | None = None) -> str:
    """A core message or error in the terminal's language (English without a catalogue)."""
    language = language or terminal_language()
    if isinstance(what, UserError):
        if what.message is None:
            return what.worded or str(what)
        what = what.message
    if not isinstance(what, Message):
        return str(what)
    translator = _translator(language)
    if translator is None:
        return word(what, english, language)

    def lookup(source: str, count: int) -> str:
        return translator.translate(CONTEXT, source, None, count) or source

    return word(what, lookup, language)
