"""Every country chooser offers the same countries (core/countries.py) and keeps an unknown saved code."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.countries import country_codes
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.signer import Signer
from ua_desktop.gui.cases.case_editor_fields import CountryBox
from ua_desktop.gui.roster.signer_dialog import SignerDialog
from ua_desktop.gui.shell.group_country_prompt import GroupCountryDialog
from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ua_desktop.gui.widgets.country_combo import CountryComboBox

from .settings_helpers import settings_hub


def offered(combo: QComboBox) -> tuple[set[str], list[str]]:
    """The codes a combo offers (without its "no country" entry) and the texts of all its entries."""
    codes = {str(combo.itemData(i)) for i in range(combo.count())} - {""}
    return codes, [combo.itemText(i) for i in range(combo.count())]


def test_signer_form_preferences_prompt_and_case_editor_offer_the_same_countries(qtbot: QtBot) -> None:
    signer_dialog = SignerDialog(None, [], "en", "CH")
    preferences = PreferencesDialog(settings_hub(), resolve_paths().ensure(), ["en", "de"])
    prompt = GroupCountryDialog("en")
    case_box = CountryBox()
    for widget in (signer_dialog, preferences, prompt, case_box):
        qtbot.addWidget(widget)
    combos = (signer_dialog.country, preferences.group_country, prompt.country, case_box)
    for combo in combos:
        codes, texts = offered(combo)
        assert codes == country_codes()
        assert "Kosovo (XK)" in texts and "Switzerland (CH)" in texts
        for text in texts:
            assert not any(bad in text for bad in ("European Union", "Unknown Region", "Pseudo", "(ZZ)"))
    assert [offered(combo)[1][-1] for combo in combos] == ["Zimbabwe (ZW)"] * 4  # sorted by name
    assert (signer_dialog.country.itemText(0), case_box.itemText(0)) == (
        "(the group's country)",
        "(not known)",
    )
    assert preferences.group_country.itemText(0) == "Not set"


def test_names_follow_the_language_with_accents_ignored_in_the_order(qtbot: QtBot) -> None:
    combo = CountryComboBox(language="de")
    qtbot.addWidget(combo)
    texts = offered(combo)[1]
    assert texts.index("Österreich (AT)") < texts.index("Pakistan (PK)")
    combo.setCode("ch")
    assert (combo.currentText(), combo.code()) == ("Schweiz (CH)", "CH")


def test_an_unknown_saved_code_is_kept_not_lost(qtbot: QtBot) -> None:
    case_box = CountryBox()
    qtbot.addWidget(case_box)
    case_box.setCode("YU")  # Yugoslavia: no longer a country, still in an old case
    assert (case_box.code(), case_box.currentText()) == ("YU", "YU")
    case_box.setCode("ic")  # CLDR names it, the postal data has no rules for it
    assert (case_box.code(), case_box.currentText()) == ("IC", "Canary Islands (IC)")
    case_box.setCode("")
    assert case_box.code() == "" and case_box.currentIndex() == 0
    dialog = SignerDialog(
        Signer(first_name="Ana", city="Beograd", street=("Ulica 1",), country="YU"), [], "en"
    )
    qtbot.addWidget(dialog)
    assert dialog.country.code() == "YU" and dialog.signer().country == "YU"
    dialog = SignerDialog(Signer(first_name="Ana", country="XK"), [], "de")
    qtbot.addWidget(dialog)
    assert dialog.country.currentText() == "Kosovo (XK)" and dialog.signer().country == "XK"


def test_a_country_typed_into_the_signer_form_is_read_by_name_or_code(qtbot: QtBot) -> None:
    dialog = SignerDialog(Signer(first_name="Ana"), [], "en")
    qtbot.addWidget(dialog)
    for typed in ("Schweiz", "CHE", "ch"):
        dialog.country.setEditText(typed)
        assert dialog.signer().country == "CH", typed
