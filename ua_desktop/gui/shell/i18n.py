"""Install Qt's and our own translators for the chosen language.

The language follows the system locale unless the user picked one in Preferences; English is the source
language and always available. Our .qm files ship in the package (compiled from translations/*.ts by the
build); Qt's own come from the Qt installation.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ua_desktop.core.resources import translations_root
from ua_desktop.core.ui_languages import UI_LANGUAGES

log = logging.getLogger(__name__)
CATALOGUE = "ua_desktop"


def available_languages() -> list[str]:
    """The interface languages (core/ui_languages.py) with a compiled catalogue, English first."""
    root = translations_root()
    return [code for code in UI_LANGUAGES if code == "en" or (root / f"{CATALOGUE}_{code}.qm").exists()]


def choose_language(preference: str) -> str:
    """The language to use: the preference if set, else the system locale's, else English."""
    if preference:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in available_languages() else "en"


class Translators:
    """Owns the installed translators so the language can be switched while the program runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to language; returns True when our own catalogue for it was loaded (or it is English).

        Qt's default locale follows, so numbers and dates (gui/widgets/locale_format.py) and Qt's own widgets
        speak the same language as the texts.
        """
        QLocale.setDefault(QLocale(language))
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language == "en":
            # English is the source language; its catalogue carries only the plural forms ("1 day left").
            self._load_ours("en")
            return True
        qt_translator = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(qt_translator)
            self._installed.append(qt_translator)
        loaded = self._load_ours(language)
        if not loaded:
            log.warning("no translation catalogue for %s in %s", language, translations_root())
        return loaded

    def _load_ours(self, language: str) -> bool:
        ours = QTranslator(self._app)
        if not ours.load(f"{CATALOGUE}_{language}", str(translations_root())):
            return False
        self._app.installTranslator(ours)
        self._installed.append(ours)
        return True
