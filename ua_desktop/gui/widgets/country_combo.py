"""The one country chooser: every country of core/countries.py, named in the interface language.

Preferences, the group-country prompt, the signer form and the case editor all use it, so they offer the
same countries (the ones the postal data has rules for) under the same names: "Schweiz (CH)". A saved code
the list does not know is kept as an entry of its own rather than silently replaced by the first entry.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ua_desktop.core.countries import countries_by_name, country_name
from ua_desktop.gui.widgets.core_words import interface_language


class CountryComboBox(QComboBox):
    """Countries by name in a language with the code in parentheses; the item data is the ISO code.

    Args:
        first_entry: text of an entry for "no country" (stored as ""), e.g. "Not set"; None for none.
        language: the names' language; empty for the interface language.
    """

    def __init__(
        self, first_entry: str | None = None, language: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language or interface_language()
        if first_entry is not None:
            self.addItem(first_entry, "")
        for code, name in countries_by_name(self.language):
            self.addItem(f"{name} ({code})", code)

    def setCode(self, code: str) -> None:  # camelCase like the Qt setters beside it (setCurrentText)
        """Select the country with this code; an unknown code is added as its own entry, not lost."""
        code = code.strip().upper()
        index = self.findData(code)
        if index < 0 and code:
            name = country_name(code, self.language)
            self.addItem(f"{name} ({code})" if name != code else code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def code(self) -> str:
        """The ISO code of the chosen entry ("" for the first entry or no choice)."""
        return str(self.currentData() or "") if self.currentIndex() >= 0 else ""
