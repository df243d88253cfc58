"""The languages the program's own interface is translated into: the one list.

Preferences offers these (each under its own name, so a person finds theirs whatever the interface shows
now), `ua-desktop settings set ui_language` accepts them, and the GUI installs a catalogue for each one that
was compiled. Adding a language means adding it here and a translations/ua_desktop_<code>.ts.
"""

from __future__ import annotations

#: Language code -> the language's name in itself; English, the source language, first.
UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
    "es": "Español",
}
