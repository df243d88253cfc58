"""Every way a signer enters the roster cleans a value the same way (core/roster/cleaning.py, issue 17).

The same nasty values go in through `roster import` (CSV and vCard), `roster add`, the signer dialog and a
walk-in at the sign-in table; what is stored must be the same, and what the cleaning table says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ua_desktop.core.evenings.evenings import start_evening
from ua_desktop.core.evenings.model import Arrival
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.roster.cleaning import clean_signer
from ua_desktop.core.roster.csv_import import import_file
from ua_desktop.core.roster.records import add_signer, delete_signers
from ua_desktop.core.roster.search import Query, list_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.gui.roster.signer_dialog import SignerDialog

from .cli_types import Cli
from .core.evening_helpers import CASE_ID, library, open_store

FIELDS = ("first_name", "last_name", "street", "postal_code", "city", "country", "email")

# What people paste from web pages, PDFs and phones: a right-to-left override, soft hyphens, a zero-width
# space, a bell, non-breaking spaces, a mailto: link, a lower-case postcode with its old country prefix.
GERMAN = {
    "first_name": "\u202eAn\u00adna\u202c\u00a0Maria",
    "last_name": "Mus\u200bter\x07",
    "street": "Haupt\u00adstrasse\u00a012",
    "postal_code": "d-10115",
    "city": "\u00a0Berlin ",
    "country": "DE",
    "email": "mailto:Anna@Example.ORG",
}
GERMAN_STORED = ("Anna Maria", "Muster", ("Hauptstrasse 12",), "10115", "Berlin", "DE", "Anna@example.org")
# Cyrillic, an emoji sequence (its zero-width joiner stays), a British postcode in lower case with two
# spaces, "Name <address>".
BRITISH = {
    "first_name": "Юлия",
    "last_name": "Иванова 👩\u200d💻",
    "street": "221b\u2009Baker Street",
    "postal_code": "ab1  2cd",
    "city": "London",
    "country": "GB",
    "email": "Julia Ivanova <Julia@Example.ORG>",
}
BRITISH_STORED = (
    "Юлия",
    "Иванова 👩\u200d💻",
    ("221b Baker Street",),
    "AB1 2CD",
    "London",
    "GB",
    "Julia@example.org",
)
# A postcode typed into the city, no postcode: split off when it has the country's form.
SWISS = {
    "first_name": "Urs",
    "last_name": "Frei",
    "street": "Bahnhofstrasse 5",
    "postal_code": "",
    "city": "8001\u00a0Zürich",
    "country": "CH",
    "email": "<URS@BLUEWIN.CH>",
}
SWISS_STORED = ("Urs", "Frei", ("Bahnhofstrasse 5",), "8001", "Zürich", "CH", "URS@bluewin.ch")
CASES = [(GERMAN, GERMAN_STORED), (BRITISH, BRITISH_STORED), (SWISS, SWISS_STORED)]


def _stored(signer: Signer) -> tuple[object, ...]:
    return tuple(getattr(signer, field) for field in FIELDS)


def _take_stored() -> tuple[object, ...]:
    """The one signer in the roster, which is then emptied for the next path."""
    with open_store() as store:
        signers = list_signers(store.conn, Query())
        assert len(signers) == 1, signers
        delete_signers(store, [s.id for s in signers if s.id is not None])
    return _stored(signers[0])


def _via_csv(values: dict[str, str], tmp_path: Path) -> None:
    header = "First name,Last name,Street,Postcode,City,Country,E-mail"
    row = ",".join(f'"{values[field]}"' for field in FIELDS)
    path = tmp_path / "people.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with open_store() as store:
        report = import_file(store, path)
    assert report.committed and not report.bad_rows, [str(p) for p in report.bad_rows]


def _via_vcard(values: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "people.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{values['last_name']};{values['first_name']};;;\r\n"
        f"FN:{values['first_name']} {values['last_name']}\r\n"
        f"ADR;TYPE=HOME:;;{values['street']};{values['city']};;{values['postal_code']};{values['country']}\r\n"
        f"EMAIL;TYPE=HOME:{values['email']}\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    with open_store() as store:
        report = import_file(store, path)
    assert report.committed and not report.bad_rows, [str(p) for p in report.bad_rows]


def _via_roster_add(values: dict[str, str], cli: Cli) -> None:
    result = cli(
        "roster",
        "add",
        "--first",
        values["first_name"],
        "--last",
        values["last_name"],
        "--street",
        values["street"],
        "--postcode",
        values["postal_code"],
        "--city",
        values["city"],
        "--country",
        values["country"],
        "--email",
        values["email"],
    )
    assert result.status == 0, result.err


def _via_signer_dialog(values: dict[str, str], qtbot: QtBot) -> None:
    dialog = SignerDialog(None, [], "en", "CH")
    qtbot.addWidget(dialog)
    dialog.first_name.setText(values["first_name"])
    dialog.last_name.setText(values["last_name"])
    dialog.street.setPlainText(values["street"])
    dialog.postal_code.setText(values["postal_code"])
    dialog.city.setText(values["city"])
    dialog.country.setCurrentIndex(dialog.country.findData(values["country"]))
    dialog.email.setText(values["email"])
    assert dialog.problems_label.text() == ""  # nothing left for the person to correct
    with open_store() as store:
        add_signer(store, dialog.signer())  # what the roster panel does with the dialog's answer


def _via_sign_in(values: dict[str, str]) -> None:
    person = Signer(
        first_name=values["first_name"],
        last_name=values["last_name"],
        street=(values["street"],),
        postal_code=values["postal_code"],
        city=values["city"],
        country=values["country"],
        email=values["email"],
    )
    with open_store() as store:
        evening = start_evening(store, library(), [CASE_ID], "Hall", dt.date(2026, 11, 28))
        result = EveningSession(store, library(), evening).sign_in(Arrival(person=person, consent=True))
    assert result.stored


@pytest.mark.parametrize(("values", "expected"), CASES, ids=["german", "british", "swiss"])
def test_every_entry_path_stores_the_same_cleaned_values(
    values: dict[str, str], expected: tuple[object, ...], tmp_path: Path, cli: Cli, qtbot: QtBot
) -> None:
    paths: dict[str, Callable[[], None]] = {
        "import CSV": lambda: _via_csv(values, tmp_path),
        "import vCard": lambda: _via_vcard(values, tmp_path),
        "roster add": lambda: _via_roster_add(values, cli),
        "signer dialog": lambda: _via_signer_dialog(values, qtbot),
        "sign-in walk-in": lambda: _via_sign_in(values),
    }
    stored = {}
    for name, enter in paths.items():
        enter()
        stored[name] = _take_stored()
    assert stored == dict.fromkeys(paths, expected)


def test_a_nul_character_is_removed_where_a_value_can_hold_one(qtbot: QtBot) -> None:
    """A NUL cannot reach the command line (the system ends an argument there) and makes its CSV line a
    damaged line (reported, tests/core/test_roster_import_contacts.py); typed or pasted, it is removed."""
    nul = {**GERMAN, "first_name": "An\x00na Maria", "last_name": "Muster\x00"}
    assert _stored(clean_signer(Signer(**{**nul, "street": (nul["street"],)}))) == GERMAN_STORED
    for enter in (lambda: _via_signer_dialog(nul, qtbot), lambda: _via_sign_in(nul)):
        enter()
        assert _take_stored() == GERMAN_STORED
