"""One list of case field names in the window, in the interface language (gui/cases/field_names.py)."""

from __future__ import annotations

from ua_desktop.gui.cases.field_names import field_name
from ua_desktop.gui.shell.i18n import Translators


def test_field_keys_are_named_never_shown_raw(english_catalogue: Translators) -> None:
    assert field_name("copies_instruction") == "Copies instruction"
    assert field_name("recipients.2.email") == "Recipient 2: e-mail"
    assert field_name("recipients.3", recipients=2) == "New recipient: address"
    assert english_catalogue.install("de")
    try:
        named = [field_name(key) for key in ("deadline", "recipients.2.email", "recipients.1.postal_code")]
    finally:
        english_catalogue.install("en")
    assert named == ["Frist", "Empfänger 2: E-Mail", "Empfänger 1: PLZ"]
