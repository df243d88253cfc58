"""Preferences: values round-trip into Settings, and a new language is applied without losing state."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.shell.app import WindowHost
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ua_desktop.gui.shell.settings_hub import SettingsHub

from .settings_helpers import settings_hub


def test_dialog_collects_every_field(qtbot: QtBot) -> None:
    paths = resolve_paths().ensure()
    settings = settings_hub(paths, group_name="Old name")
    dialog = PreferencesDialog(
        settings, paths, ["en", "de"], [("L7160", "Avery L7160")], [("din-b", "DIN B")]
    )
    qtbot.addWidget(dialog)
    assert dialog.data_folder.text() == str(paths.data_dir)
    assert dialog.data_folder.isReadOnly()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.label_sheet.setCurrentIndex(dialog.label_sheet.findData("L7160"))
    dialog.preset.setCurrentIndex(dialog.preset.findData("din-b"))
    dialog.group_name.setText("  Amnesty Gruppe Zürich ")
    dialog.return_address.setPlainText("Amnesty Gruppe\n\nPostfach 12\n8001 Zürich\n")
    dialog.group_city.setText("Zürich")
    dialog.group_country.setCurrentIndex(dialog.group_country.findData("CH"))
    dialog.transit_days.setValue(10)
    dialog.consent_text.setPlainText("We keep your address for our letters only.")
    result = dialog.collected()
    assert result["postal_transit_days"] == 10
    assert result["consent_text"] == "We keep your address for our letters only."
    assert (
        result["ui_language"],
        result["paper"],
        result["default_label_sheet"],
        result["default_preset"],
    ) == (
        "de",
        "letter",
        "L7160",
        "din-b",
    )
    assert result["group_name"] == "Amnesty Gruppe Zürich"
    assert result["group_return_address"] == ["Amnesty Gruppe", "Postfach 12", "8001 Zürich"]
    assert (result["group_city"], result["group_country"]) == ("Zürich", "CH")
    assert settings.current.group_name == "Old name", "the dialog edits a copy until OK"


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(settings_hub(), resolve_paths().ensure(), ["en", "de"])
    qtbot.addWidget(dialog)
    for widget in (
        dialog.language,
        dialog.paper,
        dialog.group_name,
        dialog.return_address,
        dialog.group_country,
    ):
        assert widget.accessibleName()


def test_language_switch_rebuilds_window_and_keeps_case(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths().ensure()
    translators = Translators(QApplication.instance())
    host = WindowHost(paths, settings_hub(paths), translators)
    first = host.open()  # not handed to qtbot: the host deletes it when the language changes
    qtbot.waitUntil(lambda: first.started)  # menus and letter panel come right after the first paint

    def choose_german(cls: type, parent: object, hub: SettingsHub, *args: object) -> dict[str, str]:
        hub.update(ui_language="de")  # what OK in the dialog does
        return {"ui_language": "de"}

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(choose_german))
    try:
        first.edit_preferences()
        second = host.window
        assert second is not None and second is not first
        qtbot.addWidget(second)
        qtbot.waitUntil(lambda: second.started)
        assert second.menuBar().actions()[0].text() == "&Datei"
        assert second.case is not None and second.case.id == "ua-034-25"
        assert Settings.load(paths.settings_file).ui_language == "de"
    finally:
        translators.install("en")
