"""The contact files people actually have, and files that are not what they seem (issue 17).

Every file read here is in tests/data/contacts/ (README.md there says what each one holds); the people in
them are invented.
"""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.csv_import import import_file, import_source
from ua_desktop.core.roster.mapping import (
    MappingError,
    auto_mapping,
    contacts_export,
    mapping_from_names,
    mapping_from_positions,
)
from ua_desktop.core.roster.records import get_signers
from ua_desktop.core.roster.search import Query, list_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.source import RowProblem, SourceTable, read_source
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.core.roster.text import has_lost_letters, repair_mojibake

from .roster_helpers import open_store, write_csv

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def rows(source: SourceTable) -> list[list[str]]:
    """The fields of every record of source (a record that cannot be read fails the test)."""
    found = []
    for item in source.records():
        assert not isinstance(item, RowProblem), str(item)
        found.append(item[1])
    return found


def imported(name: str) -> dict[str, Signer]:
    """Import a corpus file into a roster of its own; every signer by last name."""
    folder = tempfile.mkdtemp(prefix="roster-", dir=Path(os.environ["UA_DESKTOP_DATA_DIR"]).parent)
    with RosterStore.open(resolve_paths(folder).ensure()) as store:
        report = import_file(store, CONTACTS / name)
        assert report.committed and not report.bad_rows, [str(line) for line in report.summary()]
        signers = list_signers(store.conn, Query())
        by_id = get_signers(store.conn, [s.id for s in signers if s.id is not None])
    return {signer.last_name: signer for signer in by_id.values()}


def address(signer: Signer) -> tuple[tuple[str, ...], str, str, str, str]:
    return signer.street, signer.postal_code, signer.city, signer.country, signer.email


# -- Google Contacts and Outlook ---------------------------------------------------------------------------


def test_google_contacts_export_imports_addresses_emails_and_labels() -> None:
    assert contacts_export(read_source(CONTACTS / "google_contacts.csv").headers) == "google"
    people = imported("google_contacts.csv")
    anna = people["Muster"]
    assert address(anna) == (
        ("Bahnhofstrasse 12", "c/o Keller"),
        "8001",
        "Zürich",
        "CH",
        "anna.muster@example.org",
    )
    assert anna.first_name == "Anna Lena"  # the middle name joins the first name
    assert anna.phone == "+41 79 000 00 01" and anna.region == "ZH"
    # "a ::: b" cells: the first value is taken, the others are kept in the notes under their column
    assert anna.notes.splitlines() == [
        "Met at the street stand in March.",
        "E-mail 1 - Value: anna@example.net",
        "Phone 1 - Value: +41 44 000 00 01",
    ]
    assert anna.tags == ("Tuesday group",)  # "* myContacts" is every contact's: left out
    siobhan = people["O'Neill"]
    assert address(siobhan) == (
        ("27 Larkspur Lane",),
        "BS1 4DJ",
        "Bristol",
        "GB",
        "siobhan.oneill@example.org",
    )
    assert (siobhan.title, siobhan.organisation) == ("Dr.", "Harbour Choir")
    assert siobhan.tags == ("starred", "Letter writers")
    assert address(people["Dubois"]) == (
        ("8 rue des Lilas",),
        "75011",
        "Paris",
        "FR",
        "elise.dubois@example.org",
    )
    assert people["Dubois"].tags == ()


def test_google_contacts_legacy_export() -> None:
    people = imported("google_contacts_legacy.csv")
    sofia = people["Rossi"]
    assert address(sofia) == (("Via Roma 5",), "20121", "Milano", "IT", "sofia.rossi@example.org")
    assert sofia.first_name == "Sofia Maria" and sofia.tags == ("Gruppo del martedì",)
    chidi = people["Okafor"]
    assert address(chidi) == (("14 Adeola Crescent",), "100001", "Lagos", "NG", "chidi.okafor@example.org")
    assert chidi.notes == "E-mail 1 - Value: chidi@example.net"
    assert not chidi.privacy


def test_outlook_export_takes_the_home_address_and_not_outlooks_private_flag() -> None:
    source = read_source(CONTACTS / "outlook_contacts.csv")
    assert source.encoding == "cp1252" and contacts_export(source.headers) == "outlook"
    people = imported("outlook_contacts.csv")
    peter = people["Meier"]
    assert address(peter) == (("Hauptgasse 2", "3. Stock"), "3011", "Bern", "CH", "peter.meier@example.org")
    assert peter.first_name == "Peter Andreas" and peter.organisation == "Stadtbibliothek"
    assert peter.tags == ("Street stand", "Tuesday group") and peter.phone == "+41 31 000 00 06"
    assert not peter.privacy  # Outlook's "Private" = True is Outlook's own flag
    assert address(people["Schäfer"]) == (
        ("Lindenstraße 8",),
        "50674",
        "Köln",
        "DE",
        "juergen.schaefer@example.org",
    )
    grace = people["Whitfield"]
    assert address(grace) == (
        ("1200 Alder Street",),
        "97205",
        "Portland",
        "US",
        "grace.whitfield@example.org",
    )
    assert grace.region == "OR"


def test_german_outlook_export() -> None:
    people = imported("outlook_contacts_de.csv")
    kaethe = people["Brünnhilde-Voß"]
    assert address(kaethe) == (("Gartenweg 3",), "8010", "Graz", "AT", "kaethe@example.org")
    assert (kaethe.title, kaethe.phone, kaethe.tags) == ("Frau", "+43 316 000006", ("Dienstagsgruppe",))
    assert not kaethe.privacy  # "Privat" = Ein is Outlook's flag; "Initialen" are her initials


# -- vCards from phones --------------------------------------------------------------------------------------


def test_android_vcard_prefers_the_home_address_and_decodes_quoted_printable() -> None:
    people = imported("android.vcf")
    aino = people["Virtanen"]  # the WORK address comes first in her card
    assert address(aino) == (
        ("Mannerheimintie 100 B 12",),
        "00250",
        "Helsinki",
        "FI",
        "aino.virtanen@example.org",
    )
    assert aino.phone == "+358 40 000 0001"  # the mobile number
    juerg = people["Müller"]
    assert (juerg.first_name, juerg.last_name) == ("Jürg", "Müller")
    assert address(juerg) == (("Zürichbergstrasse 7",), "8044", "Zürich", "CH", "juerg@example.org")
    # a quoted-printable note over two lines (soft line break), then the other e-mail address
    assert juerg.notes.splitlines() == [
        "Kommt meist am Dienstag und sammelt Unterschriften für die Aktion.",
        "juerg.mueller@example.com",
    ]
    assert address(people["Wójcik"]) == (
        ("ul. Długa 5/12",),
        "00-238",
        "Warszawa",
        "PL",
        "zofia.wojcik@example.org",
    )


def test_ios_vcard_with_escaped_separators_groups_and_a_photo() -> None:
    people = imported("ios.vcf")
    maria = people["García López"]
    # the HOME address, though the WORK one is marked preferred; "\;" is a semicolon in the street, and
    # the empty country comes from Apple's X-ABADR beside the address
    assert address(maria) == (("Calle del Olmo 4;5",), "28012", "Madrid", "ES", "mj.garcia@example.com")
    assert maria.first_name == "María José" and maria.organisation == "Amnistía Grupo Local Madrid"
    assert maria.notes == "mariajose@example.org"
    jan = people["van der Berg"]
    assert address(jan) == (("Kalverstraat 12",), "1012 NX", "Amsterdam", "NL", "jan.vanderberg@example.org")
    assert jan.notes == "Schrijft brieven in het Nederlands, Engels en Duits."


def test_macos_vcard_with_folded_lines_and_an_escaped_backslash() -> None:
    people = imported("macos.vcf")
    asa = people["Lindqvist"]
    # folded in the middle of "Uppsala"; "\n" inside the street is its second line
    assert address(asa) == (
        ("Svartbäcksgatan 12 lgh 1102", "Trappuppgång B"),
        "753 20",
        "Uppsala",
        "SE",
        "asa@example.org",
    )
    assert asa.tags == ("Brevskrivare", "Tisdag")
    assert asa.notes.splitlines() == [
        "Skriver gärna brev på svenska och engelska. Träffas, oftast, på tisdagarna i församlingshemmet.",
        "asa.lindqvist@example.com",
    ]
    lucien = people["Favre"]  # "3\\;Genève": an escaped backslash, then a real separator
    assert lucien.street == ("Rue du Marché 3\\",)
    assert (lucien.city, lucien.postal_code, lucien.country) == ("Genève", "1204", "CH")


def test_photos_are_skipped_not_read_as_fields() -> None:
    source = read_source(CONTACTS / "ios.vcf")
    for row in rows(source):
        assert not any("iVBOR" in cell or "AAAA" in cell for cell in row)


# -- Headers in more languages ----------------------------------------------------------------------------

SPELLINGS = {
    "Apellido(s)": "last_name",
    "Str. + Hausnr.": "street",
    "Ort/Stadt": "city",
    "Fecha de consentimiento": "consent_date",
    "Consentement le": "consent_date",
    "Einwilligung am": "consent_date",
    "Hausnummer": "house_number",
    "Numéro de rue": "house_number",
    "Voornaam": "first_name",
    "Tussenvoegsel": "last_name_prefix",
    "Achternaam": "last_name",
    "Woonplaats": "city",
    "E-mailadres": "email",
    "Imię": "first_name",
    "Nazwisko": "last_name",
    "Miejscowość": "city",
    "Kod pocztowy": "postal_code",
    "Förnamn": "first_name",
    "Efternamn": "last_name",
    "Postort": "city",
    "E-post": "email",
    "Etternavn": "last_name",
    "Poststed": "city",
    "Efternavn": "last_name",
    "Postnr.": "postal_code",
    "Bemærkninger": "notes",
    "Sukunimi": "last_name",
    "Sähköposti": "email",
    "Segundo apellido": "second_last_name",
    "Address 1 - Street": "street",
    "E-mail 1 - Value": "email",
    "Home Postal Code": "postal_code",
    "Home Country/Region": "country",
    "E-mail Address": "email",
}


@pytest.mark.parametrize(("header", "target"), SPELLINGS.items())
def test_more_header_spellings(header: str, target: str) -> None:
    assert auto_mapping([header]) == [target]


LANGUAGES = [
    # file, last name, street, postcode, city, country, e-mail
    (
        "headers_nl.csv",
        "van der Berg",
        "Kalverstraat 12",
        "1012 NX",
        "Amsterdam",
        "NL",
        "jan.vanderberg@example.org",
    ),
    ("headers_pl.csv", "Wójcik", "ul. Długa 5/12", "00-238", "Warszawa", "PL", "zofia.wojcik@example.org"),
    ("headers_sv.csv", "Lindqvist", "Svartbäcksgatan 12", "753 20", "Uppsala", "SE", "asa@example.org"),
    ("headers_nb.csv", "Haugen", "Storgata 5", "0182", "Oslo", "NO", "ingrid.haugen@example.org"),
    ("headers_da.csv", "Østergaard", "Åboulevarden 21", "8000", "Aarhus", "DK", "soren@example.org"),
    (
        "headers_fi.csv",
        "Virtanen",
        "Mannerheimintie 100 B 12",
        "00250",
        "Helsinki",
        "FI",
        "aino.virtanen@example.org",
    ),
    ("headers_es.csv", "García López", "Calle del Olmo 4", "28012", "Madrid", "ES", "mariajose@example.org"),
    (
        "headers_es_two_surnames.csv",
        "Sánchez Ortega",
        "Calle Mayor 7",
        "28013",
        "Madrid",
        "ES",
        "pilar@example.org",
    ),
    (
        "headers_de_str_hausnr.csv",
        "Brünnhilde-Voß",
        "Gartenweg 3",
        "8010",
        "Graz",
        "AT",
        "kaethe@example.org",
    ),
]


@pytest.mark.parametrize(("name", "last_name", "street", "postcode", "city", "country", "email"), LANGUAGES)
def test_files_with_headers_in_more_languages(
    name: str, last_name: str, street: str, postcode: str, city: str, country: str, email: str
) -> None:
    assert address(imported(name)[last_name]) == ((street,), postcode, city, country, email)


def test_consent_dates_under_their_local_headers() -> None:
    assert imported("headers_es.csv")["García López"].consent_date == "2024-03-15"
    assert imported("headers_de_str_hausnr.csv")["Brünnhilde-Voß"].consent_date == "2024-03-01"
    assert imported("headers_fr.csv")["Dubois"].consent_date == "2024-03-15"
    assert imported("headers_nl.csv")["van der Berg"].consent_date == "2024-03-15"


def test_house_numbers_join_the_street_in_the_countrys_order() -> None:
    german = imported("headers_de_hausnummer.csv")
    assert german["Müller"].street == ("Zürichbergstrasse 7",)
    assert german["Schäfer"].street == ("Lindenstraße 8a",)
    assert german["Whitfield"].street == ("1200 Alder Street",)  # a US address: the number first
    french = imported("headers_fr.csv")
    assert french["Dubois"].street == ("8 rue des Lilas",)
    assert french["Favre"].street == ("Rue du Marché 3",)  # Geneva: after the street, as in Switzerland
    assert french["Lefèvre"].street == ("12 avenue Jean Jaurès",)  # no country: the file's (France)
    dutch = imported("headers_nl.csv")
    assert dutch["El Amrani"].street == ("Oudegracht 231 bis",)


# -- Encodings ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["mixed_utf8_cp1252.csv", "utf8_bom_with_cp1252_lines.csv"])
def test_mixed_encodings_are_decoded_line_by_line_and_the_fallback_lines_reported(name: str) -> None:
    source = read_source(CONTACTS / name)
    assert source.encoding == "utf-8+cp1252" and source.fallback_lines == [4, 5]
    with open_store() as store:
        report = import_file(store, CONTACTS / name)
        assert report.fallback_lines == [4, 5]
        said = [str(line) for line in report.summary()]
        assert "2 line(s) were not UTF-8 and were read as Windows-1252 (check their accents): 4, 5" in said
        names = {f"{s.first_name} {s.last_name}" for s in list_signers(store.conn, Query())}
    assert {"Jürg Müller", "José Núñez", "Françoise Gérard", "Jörg Weiß"} <= names
    assert not any("Ã" in n or "\ufffd" in n for n in names)


def test_a_file_all_in_windows_1252_reports_nothing() -> None:
    source = read_source(CONTACTS / "outlook_contacts.csv")
    assert source.encoding == "cp1252" and source.fallback_lines == []


def test_text_garbled_by_a_wrong_encoding_is_put_right_and_reported() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "double_encoded.csv")
        assert report.committed and not report.bad_rows
        assert [problem.line for problem in report.to_review] == [2, 3]
        assert "last name 'MÃ¼ller' was garbled by a wrong text encoding and is read as 'Müller'" in str(
            report.to_review[0]
        )
        names = sorted(f"{s.first_name} {s.last_name} {s.city}" for s in list_signers(store.conn, Query()))
    assert names == ["José Núñez Madrid", "Jürg Müller Zürich", "Lena Frei Bern"]


def test_mojibake_repair_leaves_real_text_alone() -> None:
    assert repair_mojibake("MÃ¼ller") == "Müller"
    assert repair_mojibake("â€™s") == "’s"
    assert repair_mojibake("Ã‰lise") == "Élise"
    for text in ("JOSÉ’S", "voilà\xa0»", "Müller", "Øre ±5", "São Paulo", "Ça va", "3º izda.", "Æbeltoft"):
        assert repair_mojibake(text) == text, text


def test_letters_lost_by_a_lossy_export_are_flagged_for_review() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "lossy_export.csv")
        assert report.committed and report.added == 3
        flagged = {problem.line: str(problem) for problem in report.to_review}
        assert sorted(flagged) == [2, 3]
        assert "first name '?or?e' has '?' for letters" in flagged[2]
        assert "last name 'Petrovi?'" in flagged[2]
        assert "street 'ul. D?uga 5'" in flagged[3]
        said = [str(line) for line in report.summary()]
        assert "2 row(s) to check after the import, and to correct in the roster:" in said
    assert has_lost_letters("Petrovi?") and has_lost_letters("?or?e")
    assert (
        not has_lost_letters("Anna") and not has_lost_letters("?") and not has_lost_letters("Bahnhofstr. 3 ?")
    )


def test_bytes_windows_1252_lacks_become_a_flagged_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(
        "First name,Last name,City\nJürg,Müller,Zürich\n".encode() + b"Ren\x81e,Favre,Gen\xe8ve\n"
    )
    with open_store() as store:
        report = import_file(store, path)
        assert report.fallback_lines == [3]
        (flag,) = report.to_review
        assert flag.line == 3 and "has characters that could not be read" in str(flag)


# -- Control characters, NUL bytes and files that are no table -----------------------------------------------


def test_a_nul_byte_makes_its_line_a_bad_row_not_the_file_a_bad_file() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "nul_byte.csv")
        assert report.refused and [problem.line for problem in report.bad_rows] == [3]
        assert "holds a NUL byte" in str(report.bad_rows[0])
        report = import_file(store, CONTACTS / "nul_byte.csv", skip_bad_rows=True)
        assert report.committed and report.added == 2


def test_a_block_of_zero_bytes_is_a_damaged_line() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "zero_block.csv", dry_run=True)
        assert [problem.line for problem in report.bad_rows] == [3] and report.added == 2


def test_a_nul_byte_in_a_vcard_is_a_bad_card(tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Anna;;;\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Me\x00ier;Peter;;;\r\nEND:VCARD\r\n"
    )
    with open_store() as store:
        report = import_file(store, path, dry_run=True)
        assert [problem.line for problem in report.bad_rows] == [5] and report.added == 1


def test_other_control_characters_are_removed_and_their_lines_reported() -> None:
    with open_store() as store:
        report = import_file(store, CONTACTS / "control_characters.csv")
        assert report.committed and not report.bad_rows and report.control_lines == [2]
        assert "1 line(s) held control characters, which were removed: 2" in [
            str(m) for m in report.summary()
        ]
        streets = sorted(s.street[0] for s in list_signers(store.conn, Query()))
    assert streets == ["Bahnhofstrasse 12", "Hauptgasse 4"]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("pdf_renamed.csv", "is a PDF document, not a table"),
        ("workbook_renamed.csv", "is a spreadsheet workbook, not a CSV file"),
        ("photo_renamed.csv", "is an image (PNG), not a table"),
        ("photo_renamed.jpg.csv", "is an image (JPEG), not a table"),
    ],
)
def test_files_that_are_no_table_are_named(name: str, said: str) -> None:
    with pytest.raises(UserError, match=said.replace("(", r"\(").replace(")", r"\)")):
        read_source(CONTACTS / name)


def test_archives_and_databases_are_named(tmp_path: Path) -> None:
    packed = tmp_path / "list.csv"
    packed.write_bytes(gzip.compress(b"First name,Last name\nAnna,Muster\n"))
    with pytest.raises(UserError, match=r"compressed archive \(gzip\)"):
        read_source(packed)
    database = tmp_path / "roster.csv"
    database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(UserError, match=r"database file \(SQLite\)"):
        read_source(database)


# -- Excel's sep= line and files without a header row -------------------------------------------------------


def test_excels_sep_line_sets_the_delimiter_and_is_not_the_header() -> None:
    source = read_source(CONTACTS / "sep_hint.csv")
    assert source.delimiter == ";" and source.headers[0] == "Vorname" and source.header_line == 2
    people = imported("sep_hint.csv")
    assert people["Muster"].street == ("Bahnhofstrasse 12, 2. Stock",)  # the comma is no separator here
    quoted = read_source(CONTACTS / "sep_hint_quoted.csv")
    assert quoted.delimiter == "," and quoted.headers == ["First name", "Last name", "City", "E-mail"]
    assert imported("sep_hint_quoted.csv")["Muster"].city == "Zürich"


def test_bad_rows_after_a_sep_line_keep_their_line_numbers(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, "sep=;\nFirst name;Last name;E-mail\nAnna;Muster;anna@\nPeter;Meier;p@example.org\n"
    )
    with open_store() as store:
        report = import_file(store, path, dry_run=True)
        assert [problem.line for problem in report.to_review] == [3]  # "anna@" is kept in the notes


def test_a_file_without_a_header_row() -> None:
    source = read_source(CONTACTS / "no_header.csv")
    assert source.first_row_looks_like_data()
    with open_store() as store, pytest.raises(UserError, match="first row looks like a person"):
        import_source(store, source)
    no_header = read_source(CONTACTS / "no_header.csv", has_header=False)
    assert no_header.headers == [f"Column {n}" for n in range(1, 7)] and not no_header.has_header
    assert source.with_header(False).headers == no_header.headers
    assert no_header.with_header(True).headers[:2] == ["Anna", "Muster"]
    mapping = mapping_from_positions(
        no_header.headers, ["first_name", "last_name", "street", "postal_code", "city", "email"]
    )
    with open_store() as store:
        report = import_source(store, no_header, mapping=mapping)
        assert report.committed and report.added == 3  # Anna, the first row, too
        people = {s.last_name: s for s in list_signers(store.conn, Query())}
    assert sorted(people) == ["Dubois", "Meier", "Muster"]
    assert (people["Muster"].city, people["Muster"].email) == ("Zürich", "anna@example.org")


def test_a_sep_line_and_no_header_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "sep=;\r\nAnna;Muster\r\nPeter;Meier\r\n")
    source = read_source(path, has_header=False)
    with open_store() as store:
        report = import_source(
            store, source, mapping=mapping_from_positions(source.headers, ["first_name", "last_name"])
        )
        assert report.added == 2
    # a quoted file (read record by record) starts with its first row too
    quoted = write_csv(tmp_path, 'Anna;"Muster"\nPeter;Meier\n', "quoted.csv")
    assert rows(read_source(quoted, has_header=False)) == [["Anna", "Muster"], ["Peter", "Meier"]]


def test_a_real_header_does_not_look_like_data() -> None:
    assert not read_source(CONTACTS / "google_contacts.csv").first_row_looks_like_data()
    assert not read_source(CONTACTS / "headers_nl.csv").first_row_looks_like_data()


def test_mapping_by_position() -> None:
    headers = ["Column 1", "Column 2", "Column 3"]
    assert mapping_from_positions(headers, ["first_name", None, "city"]) == ["first_name", None, "city"]
    assert mapping_from_names(headers, {"2": "last_name"}) == [None, "last_name", None]
    with pytest.raises(MappingError, match="3 columns"):
        mapping_from_positions(headers, ["first_name", None, None, "city"])
    with pytest.raises(MappingError, match="not a roster field"):
        mapping_from_positions(headers, ["shoe_size"])


def test_vcard_4_with_a_quoted_label_holding_colons_and_pref_1(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Muster;Anna;;;\r\n"
        'ADR;TYPE=work;PREF=1;LABEL="Seestrasse 1\\n8002 Zürich: Empfang":;;Seestrasse 1;Zürich;;8002;CH\r\n'
        'ADR;TYPE="home,voice";LABEL="Bahnhofstrasse 12: 2. Stock":;;Bahnhofstrasse 12;Zürich;;8001;CH\r\n'
        "EMAIL;PREF=1:anna@example.org\r\nEMAIL:anna.muster@example.com\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    (row,) = rows(read_source(path))
    fields = dict(zip(read_source(path).headers, row, strict=True))
    assert (fields["Street"], fields["Postcode"], fields["E-mail"]) == (
        "Bahnhofstrasse 12",
        "8001",
        "anna@example.org",
    )
    assert fields["Notes"] == "anna.muster@example.com"
