"""Roster values as contact files hold them: postcodes, dates, e-mail addresses, verbatim text (issue 17).

The corpus files are tests/data/contacts/postcodes.csv, dates_day_first.csv, dates_ambiguous.csv,
emails.csv and formula_marks_other.csv (see the README there).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from ua_desktop.core.roster.cleaning import clean_value, clean_values, normalise_email
from ua_desktop.core.roster.csv_export import EXPORT_HEADERS, export_csv, is_own_export
from ua_desktop.core.roster.csv_import import ImportReport, import_file
from ua_desktop.core.roster.fields import (
    DateOrder,
    country_date_order,
    date_is_ambiguous,
    file_date_order,
    parse_date,
)
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.search import Query, list_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.source import RowProblem
from ua_desktop.core.roster.store import RosterStore

from ..cli_types import Cli
from .roster_helpers import open_store, write_csv

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def _by_last_name(store: RosterStore) -> dict[str, Signer]:
    return {s.last_name: s for s in list_signers(store.conn, Query())}


def _lines(problems: list[RowProblem]) -> dict[int, str]:
    return {problem.line: str(problem) for problem in problems}


# -- postcodes -----------------------------------------------------------------------------------------


def test_postcodes_are_checked_normalised_and_taken_from_the_city() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "postcodes.csv", skip_bad_rows=True)
        people = _by_last_name(store)
    assert {name: (s.postal_code, s.city) for name, s in people.items()} == {
        "Campbell": ("AB1 2CD", "Aberdeen"),  # a valid British postcode, refused before
        "Reid": ("AB1 2CD", "Aberdeen"),  # upper case, one space
        "Weber": ("10115", "Berlin"),  # the old "D-" prefix dropped
        "Schulz": ("10115", "Berlin"),  # German postcodes have no space
        "Frei": ("8001", "Zürich"),  # split from "8001 Zürich"
        "Meier": ("8001", "Zürich"),  # … and from "Zürich 8001"
        "Martin": ("75011", "Paris"),
        "Brown": ("SW1A 1AA", "London"),
        "Vogel": ("", "Berlin 8001"),  # not a German postcode: kept as written, listed to check
    }
    bad = _lines(report.bad_rows)
    assert sorted(bad) == [11, 12]
    assert "postcode '+41' does not have the form used in Switzerland" in bad[11]  # a dialling code
    assert "'+41 44' is not a postcode" in bad[12]  # no country: not a postcode anywhere
    review = _lines(report.to_review)
    assert sorted(review) == [6, 7, 8, 9, 10]
    assert "postal code '8001' was taken from the city '8001 Zürich'" in review[6]
    assert "postal code 'SW1A 1AA' was taken from the city 'SW1A 1AA London'" in review[9]
    assert (
        "city 'Berlin 8001' seems to hold a postcode, but not one of the form used in Germany" in review[10]
    )


def test_rows_without_a_country_take_the_groups_for_postcodes(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, "First name,Last name,Postcode,City\nAnna,Muster,,8001 Zürich\nUrs,Frei,CH-3000,Bern\n"
    )
    with open_store() as store:
        import_file(store, path, group_country="CH")
        people = _by_last_name(store)
    assert (people["Muster"].postal_code, people["Muster"].city) == ("8001", "Zürich")
    assert people["Frei"].postal_code == "3000" and people["Frei"].country == ""


# -- dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "iso"),
    [
        ("2024-03-01", None, "2024-03-01"),
        ("2024-03-01T18:30:00", None, "2024-03-01"),
        ("01.03.2024", None, "2024-03-01"),  # dots: day first everywhere
        ("1.3.24", None, "2024-03-01"),
        ("2024/03/01", None, "2024-03-01"),
        ("3/1/2024", DateOrder.DMY, "2024-01-03"),
        ("3/1/2024", DateOrder.MDY, "2024-03-01"),
        ("3/1/2024", None, None),  # ambiguous, and nothing says how to read it
        ("13/1/2024", None, "2024-01-13"),  # only one reading
        ("1/13/2024", None, "2024-01-13"),
        ("1/13/2024", DateOrder.DMY, None),  # month 13 does not exist
        ("3/3/2024", None, "2024-03-03"),
        ("24/03/01", DateOrder.YMD, "2024-03-01"),
        ("1. März 2024", None, "2024-03-01"),
        ("1er mars 2024", None, "2024-03-01"),
        ("1 March 2024", None, "2024-03-01"),
        ("1st March 2024", None, "2024-03-01"),
        ("March 1, 2024", None, "2024-03-01"),
        ("Sept. 3, 2024", None, "2024-09-03"),
        ("1 de marzo de 2024", None, "2024-03-01"),
        ("1 marzo 2024", None, "2024-03-01"),
        ("1 maart 2024", None, "2024-03-01"),
        ("31.02.2024", None, None),
        ("1 Smarch 2024", None, None),
        ("", None, ""),
    ],
)
def test_dates_in_local_styles(text: str, order: DateOrder | None, iso: str | None) -> None:
    assert parse_date(text, order) == iso


def test_which_order_a_file_or_a_country_uses() -> None:
    assert date_is_ambiguous("3/1/2024") and date_is_ambiguous("3-1-2024")
    assert not any(map(date_is_ambiguous, ["13/1/2024", "3.1.2024", "3/3/2024", "2024/3/1", "1 March 2024"]))
    assert file_date_order(["3/1/2024", "13/1/2024"]) is DateOrder.DMY
    assert file_date_order(["3/1/2024", "1/13/2024"]) is DateOrder.MDY
    assert file_date_order(["13/1/2024", "1/13/2024"]) is None  # the file contradicts itself
    assert file_date_order(["3/1/2024", "13.1.2024"]) is None  # dots prove nothing about slashes
    assert [country_date_order(c) for c in ("US", "CH", "GB", "FR", "CA", "", "XX")] == [
        DateOrder.MDY,
        DateOrder.DMY,
        DateOrder.DMY,
        DateOrder.DMY,
        DateOrder.YMD,
        None,
        None,
    ]


def test_an_unambiguous_date_decides_the_order_of_the_whole_file_and_the_future_is_flagged() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "dates_day_first.csv", group_country="US")  # the file wins
        dates = {s.last_name: s.consent_date for s in list_signers(store.conn, Query())}
    assert not report.bad_rows
    assert dates.pop("Muster") == "2024-01-03"  # "3/1/2024", read day first as "13/1/2024" shows
    assert dates.pop("Meier") == "2024-01-13"
    assert dates.pop("Roth") == "2099-03-01"
    assert set(dates.values()) == {"2024-03-01"}, dates  # März, mars, March, marzo, ISO, dots
    assert [(p.line, str(p)) for p in report.to_review] == [
        (11, "line 11: consent date 2099-03-01 lies in the future")
    ]


def test_ambiguous_dates_follow_the_option_then_the_groups_country_else_they_are_refused() -> None:
    path = CONTACTS / "dates_ambiguous.csv"

    def dates(report: ImportReport, store: RosterStore) -> list[str]:
        assert report.committed
        return [s.consent_date for s in sorted(list_signers(store.conn, Query()), key=lambda s: s.id or 0)]

    with open_store() as store:
        report = import_file(store, path, dry_run=True)
        assert report.refused and sorted(_lines(report.bad_rows)) == [2, 3]
        assert "consent date '3/1/2024' can be read day first or month first" in str(report.bad_rows[0])
    for country, order, expected in (
        ("", DateOrder.MDY, ["2024-03-01", "2024-04-02", "2024-05-06"]),
        ("US", None, ["2024-03-01", "2024-04-02", "2024-05-06"]),
        ("CH", None, ["2024-01-03", "2024-02-04", "2024-05-06"]),
        ("US", DateOrder.DMY, ["2024-01-03", "2024-02-04", "2024-05-06"]),  # the option wins
    ):
        with open_store() as store:
            store.conn.execute("DELETE FROM signers")
            store.conn.commit()
            report = import_file(store, path, group_country=country, date_order=order)
            assert dates(report, store) == expected, (country, order)


def test_roster_import_date_order_option_and_roster_add(cli: Cli) -> None:
    path = str(CONTACTS / "dates_ambiguous.csv")
    status, _out, err = cli("roster", "import", path)
    assert status == 1 and "can be read day first or month first" in err
    assert cli("roster", "import", path, "--date-order", "mdy").status == 0
    with open_store() as store:
        assert sorted(s.consent_date for s in list_signers(store.conn, Query()))[0] == "2024-03-01"
    status, _out, err = cli("roster", "add", "--first", "Ann", "--last", "Lee", "--consent-date", "3/1/2024")
    assert status != 0 and "3/1/2024" in err  # no country to read it by: refused, not guessed
    assert (
        cli(
            "roster",
            "add",
            "--first",
            "Ann",
            "--last",
            "Lee",
            "--country",
            "US",
            "--consent-date",
            "3/1/2024",
        ).status
        == 0
    )
    assert cli("roster", "add", "--first", "Bo", "--last", "Ek", "--consent-date", "1. März 2024").status == 0
    with open_store() as store:
        added = _by_last_name(store)
    assert (added["Lee"].consent_date, added["Ek"].consent_date) == ("2024-03-01", "2024-03-01")


# -- e-mail --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("mailto:Anna@Example.ORG", "Anna@example.org"),  # the local part is kept: servers may tell case
        ("MAILTO:tom@example.net?subject=Urgent%20Action", "tom@example.net"),
        ("Peter Meier <Peter.Meier@Example.COM>", "Peter.Meier@example.com"),
        ("<lena@EXAMPLE.org>", "lena@example.org"),
        ("  anna@example.org ", "anna@example.org"),
        ("julie at example dot org", "julie at example dot org"),
    ],
)
def test_email_forms(written: str, address: str) -> None:
    assert normalise_email(written) == address == clean_value("email", written)


def test_an_invalid_email_is_kept_in_the_notes_and_the_row_imported() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "emails.csv")
        people = _by_last_name(store)
    assert report.committed and not report.bad_rows
    assert {name: s.email for name, s in people.items()} == {
        "Muster": "Anna@example.org",
        "Meier": "Peter.Meier@example.com",
        "Frei": "lena@example.org",
        "Keller": "tom@example.net",
        "Dubois": "",
    }
    assert people["Dubois"].notes == "met at the stand\njulie at example dot org"
    assert [str(p) for p in report.to_review] == [
        "line 6: 'julie at example dot org' is not an e-mail address; it was kept in the notes, "
        "not as the e-mail"
    ]


# -- verbatim values -----------------------------------------------------------------------------------


def test_another_programs_apostrophes_stay_and_whitespace_follows_the_rules() -> None:
    with open_store() as store:
        import_file(store, CONTACTS / "formula_marks_other.csv")
        people = _by_last_name(store)
    anna, peter = people["Muster"], people["Meier"]
    assert (anna.organisation, anna.phone, anna.notes) == (
        "'=Amnesty Gruppe",
        "'+41 44 123 45 67",
        "'-- see the paper list",
    )
    assert (peter.first_name, peter.organisation, peter.phone, peter.notes) == (
        "Peter",
        "'@home",
        "'0441234567",
        "indented note",
    )


def test_the_programs_own_export_round_trips_its_formula_marks(tmp_path: Path) -> None:
    tricky = Signer(
        first_name="Anna", last_name="Muster", organisation="=Gruppe", phone="+41 44 123", notes="@home"
    )
    with open_store() as store:
        add_signer(store, tricky)
        export = tmp_path / "export.csv"
        export_csv(store.conn, export)
        store.conn.execute("DELETE FROM signers")
        store.conn.commit()
        import_file(store, export)
        back = _by_last_name(store)["Muster"]
    assert (back.organisation, back.phone, back.notes) == ("=Gruppe", "+41 44 123", "@home")
    text = export.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ",".join(EXPORT_HEADERS) and "'=Gruppe" in text
    # The same file with one header changed is another program's file: the apostrophes are its values.
    edited = tmp_path / "edited.csv"
    edited.write_text(text.replace("Initials only", "Private", 1), encoding="utf-8-sig")
    with open_store() as store:
        store.conn.execute("DELETE FROM signers")
        store.conn.commit()
        import_file(store, edited)
        assert _by_last_name(store)["Muster"].organisation == "'=Gruppe"
    assert is_own_export(list(EXPORT_HEADERS)) and not is_own_export(list(EXPORT_HEADERS[:-1]))


def test_consent_dates_of_today_are_not_in_the_future(tmp_path: Path) -> None:
    today = dt.date.today().isoformat()
    path = write_csv(tmp_path, f"First name,Last name,Consent date\nAnna,Muster,{today}\n")
    with open_store() as store:
        assert import_file(store, path).to_review == []


# -- one table, a column at a time or a value at a time --------------------------------------------------


@pytest.mark.parametrize("column", ["first_name", "street", "notes", "email", "postal_code"])
def test_a_column_is_cleaned_as_each_of_its_values_would_be(column: str) -> None:
    """clean_values() decides with a few scans of the whole column which steps it needs; the result must be
    what cleaning each value on its own gives (how `roster add` and the dialog clean one value)."""
    rnd = random.Random(column)
    pieces = ["a", "B", " ", "  ", "\t", "\n", "\xa0", "\u2009", "\u3000", "\xad", "Ã\xad", "\u202e", "\x00"]
    pieces += ["@", "@Ex.ORG", "mailto:", "<", ">", ":", "é", "ü@X.de", "d-", "10115", "ab1 2cd", "'="]
    for _trial in range(300):
        values = [
            "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))
            for _ in range(rnd.choice([1, 3, 12]))
        ]
        countries = [rnd.choice(["", "DE", "GB"]) for _ in values]
        whole = clean_values(column, values, countries)
        assert whole == [clean_value(column, v, c) for v, c in zip(values, countries, strict=True)], values


def test_text_garbled_by_a_wrong_encoding_keeps_its_soft_hyphen_until_it_is_repaired(tmp_path: Path) -> None:
    """UTF-8's "í" read as Windows-1252 is "Ã" and a soft hyphen: the soft hyphen is removed everywhere
    else, but there it is half of a letter the import puts right."""
    garbled = "García".encode().decode("cp1252")
    path = write_csv(tmp_path, f"First name,Last name\nAna,{garbled}\nJosé,Mül\u00adler\n")
    with open_store() as store:
        report = import_file(store, path)
        assert sorted(s.last_name for s in list_signers(store.conn, Query())) == ["García", "Müller"]
    assert [p.line for p in report.to_review] == [2]
