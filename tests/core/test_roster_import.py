"""Importing CSV files as people really have them, and every kind of bad input."""

from __future__ import annotations

import codecs
import gc
import random
from pathlib import Path

import pytest

from ua_desktop.core.email_address import EMAIL_RE
from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.csv_import import DuplicatePolicy, ImportCancelledError, import_file
from ua_desktop.core.roster.import_plan import build_columns, check_columns
from ua_desktop.core.roster.mapping import auto_mapping, mapping_from_names
from ua_desktop.core.roster.records import count_signers, get_signer, get_signers, tags_with_counts
from ua_desktop.core.roster.search import FilteredView, Query, list_signers
from ua_desktop.core.roster.signer import TEXT_COLUMNS
from ua_desktop.core.roster.source import RowProblem, read_source
from ua_desktop.core.roster.store import RosterStore

from .roster_helpers import open_store, write_csv

HEADER = "First name,Last name,Street,Postcode,City,Country,E-mail,Tags"
ANNA = "Anna,Muster,Bahnhofstrasse 12,8001,Zürich,CH,anna@example.org,Tuesday group"
PETER = "Peter,Meier,Hauptgasse 2,3011,Bern,CH,,street stand"


def names(store: object) -> list[str]:
    return [f"{s.first_name} {s.last_name}" for s in list_signers(store.conn, Query())]  # type: ignore[attr-defined]


def test_plain_utf8_import(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER}\n{ANNA}\n{PETER}\n")
    with open_store() as store:
        report = import_file(store, path)
        assert report.committed and report.added == 2 and not report.bad_rows
        assert names(store) == ["Peter Meier", "Anna Muster"]
        anna = get_signer(store.conn, 1)
        assert anna.street == ("Bahnhofstrasse 12",) and anna.city == "Zürich" and anna.country == "CH"
        assert anna.tags == ("Tuesday group",) and anna.created_at and anna.updated_at


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ","), ("utf-16", "\t"), ("cp1252", ";"), ("utf-8", ";"), ("utf-16-le", "\t")],
)
def test_excel_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    text = "Vorname;Nachname;PLZ;Ort;Land\nJürg;Müller;8001;Zürich;Schweiz\nÉlise;Dubois;1204;Genève;Suisse\n"
    path = tmp_path / "excel.csv"
    data = text.replace(";", delimiter).encode(encoding)
    if encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.replace(";", delimiter).encode("utf-16-le")
    path.write_bytes(data)
    source = read_source(path)
    assert source.delimiter == delimiter
    with open_store() as store:
        report = import_file(store, path)
        assert report.added == 2, report.summary()
        jurg = get_signer(store.conn, 1)
        assert (jurg.first_name, jurg.last_name, jurg.city, jurg.country) == (
            "Jürg",
            "Müller",
            "Zürich",
            "CH",
        )
        assert get_signer(store.conn, 2).city == "Genève"


@pytest.mark.parametrize(
    "header",
    [
        "First name,Last name,Postcode,City,E-mail",
        "Vorname,Name,PLZ,Ort,E-Mail",
        "Prénom,Nom,NPA,Localité,Courriel",
        "Nome,Cognome,CAP,Città,Posta elettronica",
        "Nombre,Apellidos,CP,Ciudad,Correo electrónico",
    ],
)
def test_headers_in_five_languages(header: str) -> None:
    assert auto_mapping(header.split(",")) == ["first_name", "last_name", "postal_code", "city", "email"]


def test_unknown_columns_are_listed_and_the_mapping_can_be_corrected(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, "Vorname,Nachname,Lieblingsfarbe,Bemerkung\nAnna,Muster,blau,kommt dienstags\n"
    )
    with open_store() as store:
        report = import_file(store, path, dry_run=True)
        assert report.ignored_columns == ["Lieblingsfarbe"]
        headers = read_source(path).headers
        mapping = mapping_from_names(headers, {"Lieblingsfarbe": "notes", "Bemerkung": None})
        import_file(store, path, mapping=mapping)
        assert get_signer(store.conn, 1).notes == "blau"
    with pytest.raises(ValueError, match="no column 'Colour'"):
        mapping_from_names(headers, {"Colour": "notes"})
    with pytest.raises(ValueError, match="not a roster field"):
        mapping_from_names(headers, {"Bemerkung": "shoe_size"})


def test_full_name_column_is_split(tmp_path: Path) -> None:
    path = write_csv(tmp_path, 'Name,Email\nAnna Maria Muster,a@example.org\n"Meier, Peter",p@example.org\n')
    with open_store() as store:
        import_file(store, path)
        assert names(store) == ["Peter Meier", "Anna Maria Muster"]


def test_file_without_a_name_column_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Colour,Size\nblue,M\n")
    with open_store() as store, pytest.raises(UserError, match="holds names"):
        import_file(store, path)


def test_bad_rows_are_reported_with_line_numbers_and_nothing_is_imported(tmp_path: Path) -> None:
    text = (
        f"{HEADER}\n"
        f"{ANNA}\n"  # line 2
        "Peter,Meier,Hauptgasse 2\n"  # line 3: ragged
        'Rita,"Quote"d,x,3000,Bern,CH,,\n'  # line 4: broken quoting
        "Jürg,Keller,x,12,Basel,CH,jurg@,\n"  # line 5: bad postcode (the e-mail goes to the notes)
        ",,,,,,,\n"  # line 6: blank record, silently skipped
        "Lena,Frei,x,3000,Bern,Narnia,,\n"  # line 7: unknown country
        "Olga,Petrova,x,3000,Bern,CH,olga@example.org,\n"  # line 8: fine
    )
    path = write_csv(tmp_path, text)
    with open_store() as store:
        report = import_file(store, path)
        assert report.refused and not report.committed
        assert count_signers(store.conn) == 0  # one transaction or nothing
        lines = {problem.line: str(problem) for problem in report.bad_rows}
        assert sorted(lines) == [3, 4, 5, 7]
        assert "has 3 fields where the header has 8" in lines[3]
        assert "cannot be read as CSV" in lines[4]
        assert "postcode '12'" in lines[5] and "jurg@" not in lines[5]  # an e-mail is never required
        assert "unknown country 'Narnia'" in lines[7]
        report = import_file(store, path, skip_bad_rows=True)
        assert report.committed and names(store) == ["Anna Muster", "Olga Petrova"]


def test_quoted_newlines_are_one_record_with_the_right_line_numbers(tmp_path: Path) -> None:
    text = (
        f'{HEADER}\nAnna,Muster,"Bahnhofstrasse 12\nPostfach 7",8001,Zürich,CH,,\n'
        "Bad,Row,x,8001,Zürich,CH,bad,\n"
    )
    path = write_csv(tmp_path, text)
    with open_store() as store:
        report = import_file(store, path, skip_bad_rows=True)
        assert [p.line for p in report.to_review] == [4]  # "bad" is no address: kept in the notes
        assert get_signer(store.conn, 1).street == ("Bahnhofstrasse 12", "Postfach 7")
        assert (get_signer(store.conn, 2).email, get_signer(store.conn, 2).notes) == ("", "bad")


def test_empty_header_only_binary_and_workbook_files(tmp_path: Path) -> None:
    with open_store() as store:
        empty = write_csv(tmp_path, "", "empty.csv")
        with pytest.raises(UserError, match="is empty"):
            import_file(store, empty)
        blank = write_csv(tmp_path, " \r\n\t\n\x0b\x0c ", "blank.csv")  # only ASCII whitespace: empty too
        with pytest.raises(UserError, match="is empty"):
            import_file(store, blank)
        header_only = write_csv(tmp_path, f"{HEADER}\n", "header.csv")
        with pytest.raises(UserError, match="header line but no rows"):
            import_file(store, header_only)
        binary = tmp_path / "photo.csv"
        binary.write_bytes(bytes(range(256)) * 40)
        with pytest.raises(UserError, match="does not look like a CSV text file"):
            import_file(store, binary)
        workbook = tmp_path / "list.csv"
        workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
        with pytest.raises(UserError, match="spreadsheet workbook"):
            import_file(store, workbook)
        with pytest.raises(UserError, match="There is no file"):
            import_file(store, tmp_path / "missing.csv")
        assert count_signers(store.conn) == 0


def test_ten_thousand_character_fields_are_refused(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, f"First name,Last name,Notes\n{'A' * 10_000},Muster,ok\nPeter,Meier,{'n' * 10_000}\n"
    )
    with open_store() as store:
        report = import_file(store, path)
        messages = [str(p) for p in report.bad_rows]
        assert report.refused and len(messages) == 2
        assert "first name is 10,000 characters long (at most 200)" in messages[0]
        assert "notes is 10,000 characters long (at most 5,000)" in messages[1]


@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "quoted"])
def test_limits_hold_for_joined_street_lines_and_just_too_long_fields(tmp_path: Path, quoted: bool) -> None:
    """A plain file skips measuring columns whose limit its longest line respects; two street lines of
    300 characters still join into 601 (limit 500), and a name of 201 characters is still caught."""
    q = '"' if quoted else ""
    text = (
        "First name,Last name,Street,Street line 2\n"
        f"Anna,Muster,{q}{'s' * 300}{q},{'t' * 300}\n"
        f"{'B' * 201},Meier,Hauptgasse 2,\n"
        "Peter,Meier,Hauptgasse 2,\n"
    )
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, text))
        assert report.refused and [p.line for p in report.bad_rows] == [2, 3], report.summary()
        assert "street is 601 characters long (at most 500)" in str(report.bad_rows[0])
        assert "first name is 201 characters long (at most 200)" in str(report.bad_rows[1])


def test_control_zero_width_emoji_and_right_to_left_names(tmp_path: Path) -> None:
    text = (
        "First name,Last name,City\n"
        "An\u200bna\x07,Mus\u202eter,Zürich\n"  # zero-width space, bell, right-to-left override
        "🌻 Sunny,Flower 🌍,Basel\n"
        "محمد,الأحمد,Bern\n"
        "שרה,לוי,Genève\n"
        "مهدی\u200c,کاظمی,Luzern\n"  # the zero-width non-joiner is part of Persian spelling
    )
    path = write_csv(tmp_path, text)
    with open_store() as store:
        report = import_file(store, path)
        assert report.added == 5 and not report.bad_rows
        signers = {s.city: s for s in list_signers(store.conn, Query())}
        assert (signers["Zürich"].first_name, signers["Zürich"].last_name) == ("Anna", "Muster")
        assert signers["Basel"].first_name == "🌻 Sunny" and signers["Basel"].last_name == "Flower 🌍"
        assert signers["Bern"].first_name == "محمد" and signers["Genève"].last_name == "לוי"
        assert signers["Luzern"].first_name == "مهدی\u200c"
        assert [s.last_name for s in list_signers(store.conn, Query(text="الأحمد"))] == ["الأحمد"]


def test_formula_looking_cells_are_kept_as_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path, 'First name,Last name,Notes\n=HYPERLINK("x"),+41 79,@SUM(A1)\n')
    with open_store() as store:
        import_file(store, path)
        signer = get_signer(store.conn, 1)
        assert (signer.first_name, signer.last_name, signer.notes) == (
            '=HYPERLINK("x")',
            "+41 79",
            "@SUM(A1)",
        )


def test_same_file_twice_skips_everyone_the_second_time(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER}\n{ANNA}\n{PETER}\n")
    with open_store() as store:
        import_file(store, path)
        report = import_file(store, path)
        assert report.duplicates == 2 and report.skipped == 2 and report.added == 0
        assert [str(n) for n in report.duplicate_notes] == [
            "line 2: Anna Muster is already in the roster as signer 1",
            "line 3: Peter Meier is already in the roster as signer 2",
        ]
        assert count_signers(store.conn) == 2
        assert import_file(store, path, on_duplicate=DuplicatePolicy.ADD).added == 2
        assert count_signers(store.conn) == 4


def test_duplicates_ignore_case_spaces_and_accents_or_match_by_email(tmp_path: Path) -> None:
    first = write_csv(tmp_path, f"{HEADER}\n{ANNA}\n", "first.csv")
    second = write_csv(
        tmp_path,
        f"{HEADER}\n"
        "  ANNA ,  muster ,bahnhofstr. 12,8001,,,,street stand\n"  # same name, postcode and street
        "Anne,Mustermann,Other 1,9000,St. Gallen,CH,ANNA@example.org,\n"  # same e-mail
        "Anna,Muster,Bahnhofstrasse 12,3000,Bern,CH,,\n",  # same name, other postcode: another person
        "second.csv",
    )
    with open_store() as store:
        import_file(store, first)
        report = import_file(store, second, dry_run=True)
        assert (report.duplicates, report.added) == (2, 1)
        report = import_file(store, second, on_duplicate=DuplicatePolicy.MERGE)
        assert report.merged == 1 and report.added == 1
        anna = get_signer(store.conn, 1)
        assert anna.tags == ("Tuesday group", "street stand")  # merged tags
        assert anna.city == "Zürich" and anna.first_name == "Anna"  # filled fields kept
        assert count_signers(store.conn) == 2


def test_duplicates_within_one_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER}\n{ANNA}\nanna,MÜSTER,BAHNHOFSTRASSE 12,8001,,,,youth\n")
    with open_store() as store:
        report = import_file(store, path, on_duplicate=DuplicatePolicy.MERGE)
        assert report.added == 1 and report.duplicates == 1
        assert str(report.duplicate_notes[0]) == "line 3: anna MÜSTER is already in this file at line 2"
        assert get_signer(store.conn, 1).tags == ("Tuesday group", "youth")


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER}\n{ANNA}\n{PETER}\n")
    with open_store() as store:
        report = import_file(store, path, dry_run=True)
        assert report.added == 2 and not report.committed
        assert "Dry run: nothing was changed." in [line.english() for line in report.summary()]
        assert count_signers(store.conn) == 0


def test_cancelled_import_leaves_the_roster_unchanged(tmp_path: Path) -> None:
    rows = "\n".join(f"P{i},Person{i},Street {i},8001,Zürich,CH,p{i}@example.org," for i in range(12_000))
    path = write_csv(tmp_path, f"{HEADER}\n{rows}\n")
    calls = {"n": 0}

    def cancel_during_write() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with open_store() as store:
        with pytest.raises(ImportCancelledError):
            import_file(store, path, cancelled=cancel_during_write)
        assert count_signers(store.conn) == 0
        assert store.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'signers_by_name'"
        ).fetchone()[0]


def test_import_into_a_non_empty_roster_makes_a_backup_first(tmp_path: Path) -> None:
    with open_store() as store:
        import_file(store, write_csv(tmp_path, f"{HEADER}\n{ANNA}\n", "a.csv"))
        report = import_file(store, write_csv(tmp_path, f"{HEADER}\n{PETER}\n", "b.csv"))
        assert report.backup is not None and report.backup.exists()


def test_vcards_from_a_phone(tmp_path: Path) -> None:
    vcf = tmp_path / "contacts.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Anna;;Dr.;\r\nFN:Dr. Anna Muster\r\n"
        "ADR;TYPE=home:;;Bahnhofstrasse 12;Zürich;;8001;Schweiz\r\nEMAIL:anna@example.org\r\n"
        "TEL;TYPE=cell:+41 79 123 45 67\r\nCATEGORIES:Tuesday group,street stand\r\n"
        "NOTE:met at the\\, stand\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrg\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    with open_store() as store:
        report = import_file(store, vcf)
        assert report.added == 2 and not report.bad_rows, report.summary()
        anna = get_signer(store.conn, 1)
        assert (anna.title, anna.first_name, anna.last_name) == ("Dr.", "Anna", "Muster")
        assert (anna.street, anna.postal_code, anna.city, anna.country) == (
            ("Bahnhofstrasse 12",),
            "8001",
            "Zürich",
            "CH",
        )
        assert anna.tags == ("Tuesday group", "street stand") and anna.notes == "met at the, stand"
        assert anna.phone == "+41 79 123 45 67"
        assert get_signer(store.conn, 2).last_name == "Müller"
        assert [t for t, _n in tags_with_counts(store.conn)] == ["street stand", "Tuesday group"]


def test_vcf_without_cards_is_refused(tmp_path: Path) -> None:
    vcf = tmp_path / "empty.vcf"
    vcf.write_text("hello\n")
    with open_store() as store, pytest.raises(UserError, match="holds no contact cards"):
        import_file(store, vcf)


def test_country_language_and_date_values_in_local_styles(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Vorname,Nachname,Land,Sprache,Einwilligungsdatum\n"
        "Anna,Muster,Deutschland,Deutsch,31.03.2025\n"
        "Peter,Meier,gb,English,2025-04-01\n"
        "Lena,Frei,Italia,it,01/02/2025\n",
    )
    with open_store() as store:
        report = import_file(store, path, dry_run=True)  # "01/02/2025" is ambiguous, and nothing says how
        assert [p.line for p in report.bad_rows] == [4] and "day first or month first" in str(
            report.bad_rows[0]
        )
        import_file(store, path, group_country="CH")  # the group's country writes day first
        signers = [get_signer(store.conn, i) for i in (1, 2, 3)]
        assert [(s.country, s.language, s.consent_date) for s in signers] == [
            ("DE", "de", "2025-03-31"),
            ("GB", "en", "2025-04-01"),
            ("IT", "it", "2025-02-01"),
        ]


def test_bulk_import_stores_the_same_search_and_sort_text_as_single_edits(tmp_path: Path) -> None:
    text = (
        "First name,Last name,Organisation,Postcode,City,E-mail,Tags\n"
        "Jürg,Müller,Ærø Kirke,8001,Zürich,JURG@Example.org,Tuesday group; street stand\n"
        "Ελένη,Παπαδοπούλου,,10552,Αθήνα,eleni@example.gr,\n"
        "  Zoë  ,  van   der Berg,ﬁne Arts,sw1a 1aa,London,,youth\n"
        "\u0301,\u0308,,,,,youth\n"  # names that fold to nothing: the search text is just the tag
        "\u0301,\u0308,,,,,\n"
    )
    with open_store() as store:
        import_file(store, write_csv(tmp_path, text))
        for signer in list_signers(store.conn, Query()):
            search, sort_key = store.conn.execute(
                "SELECT search, sort_key FROM signers WHERE id = ?", (signer.id,)
            ).fetchone()
            assert (search, sort_key) == (signer.search_text(), signer.sort_key())


def _stored_matches_single_edits(store: RosterStore) -> None:
    rows = store.conn.execute("SELECT id, search, sort_key FROM signers").fetchall()
    signers = get_signers(store.conn, [row[0] for row in rows])
    for signer_id, search, sort_key in rows:
        signer = signers[signer_id]
        assert (search, sort_key) == (signer.search_text(), signer.sort_key()), signer


def test_large_mixed_import_stores_the_same_search_and_sort_text_as_single_edits(tmp_path: Path) -> None:
    """2,000 rows take the bulk paths (index rebuilt, repeated values folded once, spaces tidied for the
    whole column); a mix of empty and filled parts, scripts and stray spaces must come out as for one."""
    rnd = random.Random(11)
    firsts = ["Jürg", "Élise", "anna", "Zoë ", "Иван", "Ελένη", "ﬁona", "", "Sí"]
    orgs = ["", "", "Ærø  Kirke", "Amnesty", " x "]
    cities = ["Zürich", "Genève", "", "St. Gallen", "Αθήνα", "Köln"]
    tags = ["", "Tuesday group", "street stand; youth", "Straße"]
    lines = ["First name,Last name,Organisation,Postcode,City,E-mail,Tags"]
    for n in range(2000):
        last = "".join(rnd.choice("abcüéжλ ") for _ in range(6)).strip() or "X"
        email = rnd.choice(["", f"p{n}@example.org", f"Jürg{n}@Exämple.ch"])
        postcode = rnd.choice(["8001", "sw1a 1aa", ""])
        cells = [rnd.choice(firsts), f"{last}{n}", rnd.choice(orgs), postcode, rnd.choice(cities)]
        lines.append(",".join([*cells, email, rnd.choice(tags)]))
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, "\n".join(lines) + "\n"))
        assert report.added == 2000, report.summary()
        _stored_matches_single_edits(store)


def test_a_name_filled_in_by_a_merge_within_the_file_reaches_search_and_sort(tmp_path: Path) -> None:
    text = f"{HEADER}\n,Muster,,8001,,,anna@example.org,\nAnna,Muster,,8001,Zürich,CH,ANNA@example.org,\n"
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, text), on_duplicate=DuplicatePolicy.MERGE)
        assert (report.added, report.duplicates) == (1, 1)
        assert get_signer(store.conn, 1).first_name == "Anna"
        _stored_matches_single_edits(store)
        assert names(store) == ["Anna Muster"] and len(list_signers(store.conn, Query(text="anna zur"))) == 1


@pytest.mark.parametrize("seed", range(4))
def test_whole_column_email_check_agrees_with_the_per_address_check(seed: int) -> None:
    """check_columns first tries to clear a whole e-mail column at once; whatever it clears must pass
    EMAIL_RE address by address, and every address EMAIL_RE refuses must still be reported."""
    tricky = [
        ["a@x.org", "@x.org"],
        ["a@x.org", "b@@x.org"],
        ["a@x.org", "b@x..org", ""],
        ["", "a b@x.org"],
        ["a@x"],
        ["a@x.org", "b@x.org."],
        ["a@x.org", "bx.org", "c@y@z.org"],
        ["a@.x.org", "a\u00a0b@x.org"],
    ]
    for emails in tricky[seed::4]:
        columns = {column: [""] * len(emails) for column in TEXT_COLUMNS}
        columns["first_name"] = ["A"] * len(emails)
        columns["email"] = emails
        expected = {row for row, email in enumerate(emails) if email and not EMAIL_RE.match(email)}
        assert expected and check_columns(columns, [()] * len(emails), {}) == expected, emails
    rnd = random.Random(seed)
    pieces = ["a", "b.", "@", ".", "x.org", " ", "\t", "ü", "\u00a0", "-", "example.ch", "@@", ".."]
    for _trial in range(400):
        emails = [
            "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) if rnd.random() < 0.5 else ""
            for _ in range(rnd.choice([1, 3, 20]))
        ]
        if rnd.random() < 0.5:
            emails = [f"{n}{e}@mail{n % 3}.example" if e else e for n, e in enumerate(emails)]
        columns = {column: [""] * len(emails) for column in TEXT_COLUMNS}
        columns["first_name"] = ["A"] * len(emails)
        columns["email"] = emails
        flagged = check_columns(columns, [()] * len(emails), {})
        expected = {row for row, email in enumerate(emails) if email and not EMAIL_RE.match(email)}
        assert flagged == expected, emails


def test_bulk_import_keeps_the_connection_settings_and_its_filter_tables(tmp_path: Path) -> None:
    """Filling an empty roster switches the journal and the sorter's temporary storage for speed; both
    come back, and a filtered view on the same connection (a temporary table) is left alone."""
    rows = [f"P{n},Person{n},,{8000 + n % 90},Zürich,CH,,," for n in range(1500)]
    path = write_csv(tmp_path, "\n".join([HEADER, *rows]) + "\n")
    with open_store() as store:
        view = FilteredView(store.conn)
        assert import_file(store, path).added == 1500
        assert view.refresh(Query(text="person149")) == 11
        assert store.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_store() as store:
        store.conn.execute("DELETE FROM signers")
        assert import_file(store, path).added == 1500
        assert store.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("seed", range(6))
def test_plain_files_split_as_a_whole_give_what_the_csv_parser_gives(tmp_path: Path, seed: int) -> None:
    """fast_columns() splits a plain file in one go; whenever it accepts a file, its columns and line
    numbers must be those of the strict row-by-row parser, and anything unusual must send it back."""
    rnd = random.Random(seed)
    cells = ["Anna", "Zürich", " ", "", "a b", "Иван", "x'y", "😀", '"q"', "8001"]
    accepted = 0
    for trial in range(150):
        delimiter = rnd.choice([",", ";", "\t"])
        width = rnd.randint(2, 5)
        lines = [delimiter.join(f"H{i}" for i in range(width))]
        for _ in range(rnd.randint(1, 8)):
            fields = [rnd.choice(cells[:2])] + [rnd.choice(cells) for _ in range(width - 1)]
            if rnd.random() < 0.08:
                fields = fields[:-1]  # ragged
            lines.append(delimiter.join(fields))
            if rnd.random() < 0.05:
                lines.append(rnd.choice(["", delimiter * (width - 1), " " + delimiter * (width - 1)]))
        ending = rnd.choice(["\n", "\r\n", "\n", "\r"])
        path = write_csv(tmp_path, ending.join(lines) + rnd.choice([ending, ""]), f"f{trial}.csv")
        source = read_source(path)
        if source.delimiter != delimiter or len(source.headers) != width:
            continue
        plain = source.fast_columns(width)
        records = list(source.records())
        if plain is None:
            continue
        columns, longest = plain
        assert longest >= max(len(cell) for column in columns for cell in column)
        accepted += 1
        assert all(not isinstance(item, RowProblem) for item in records)
        assert [list(column) for column in zip(*(row for _line, row in records), strict=True)] == columns
        first = source.header_line + 1
        assert [line for line, _row in records] == list(range(first, first + len(columns[0])))
    assert accepted > 20  # the shortcut is taken for most plain files


def test_a_value_shared_by_every_row_is_stored_exactly(tmp_path: Path) -> None:
    """Values equal in every row go into the INSERT statement as literals; quotes and SQL in them must
    come out as written."""
    odd = "O'Brien'); DROP TABLE signers; -- 😀 «Zürich»"
    rows = [f'P{n},"{odd}",,8001,Zürich,CH,,' for n in range(1200)]
    with open_store() as store:
        assert import_file(store, write_csv(tmp_path, "\n".join([HEADER, *rows]) + "\n")).added == 1200
        stored = store.conn.execute("SELECT DISTINCT last_name, city, country FROM signers").fetchall()
        assert stored == [(odd, "Zürich", "CH")]
        _stored_matches_single_edits(store)


@pytest.mark.parametrize(
    ("rows", "duplicates"),
    [
        (["Anna,Muster,,8001,,,a@x.org,", "Anna,Muster,,3000,,,b@x.org,"], 0),  # same name, other place
        (["Anna,Muster,,8001,,,a@x.org,", "ANNA,Müster,,8001,,,b@x.org,"], 1),  # same name and postcode
        (["Anna,Muster,,8001,,,Anna@X.org,", "Peter,Meier,,3000,,,anna@x.ORG,"], 1),  # same e-mail
        (["Anna,Muster,,8001,,,,", "Peter,Meier,,3000,,,,", "Zoë,Muster,,8001,,,,"], 0),  # no e-mails
    ],
)
def test_duplicates_in_a_file_for_a_new_roster(tmp_path: Path, rows: list[str], duplicates: int) -> None:
    """A new roster takes shortcuts (all names different, all e-mails different); each must agree with
    the full comparison of name + postcode or e-mail."""
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, "\n".join([HEADER, *rows]) + "\n"), dry_run=True)
        assert (report.duplicates, report.added) == (duplicates, len(rows) - duplicates), report.summary()


def test_columns_are_tidied_as_each_value_would_be() -> None:
    """build_columns decides per column, with a few whole-column searches, whether anything needs
    tidying; the result must be what tidying every value on its own gives."""
    rnd = random.Random(3)
    pools = [["a", "b", " "], ["a", "'", "'=", "x"], ["a", " ", "  ", "\t", "\xa0", "'", "'=", "=", "", "é"]]
    for _trial in range(600):
        pieces = rnd.choice(pools)
        count = rnd.choice([1, 3, 20])
        values = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4))) for _ in range(count)]
        values[0] = values[0] or "A"
        columns, _tags = build_columns([values], len(values), ["first_name"], {}, own_export=True)
        unmarked = [v[1:] if v.startswith(("'=", "'+", "'-", "'@")) else v for v in values]
        assert columns["first_name"] == [" ".join(v.split()) for v in unmarked], values
        columns, _tags = build_columns([values], len(values), ["first_name"], {})  # another program's file
        assert columns["first_name"] == [" ".join(v.split()) for v in values], values


def test_the_cycle_collector_is_back_on_after_an_import_even_a_refused_one(tmp_path: Path) -> None:
    assert gc.isenabled()
    with open_store() as store:
        import_file(store, write_csv(tmp_path, f"{HEADER}\n{ANNA}\n"))
        assert gc.isenabled()
        with pytest.raises(UserError):
            import_file(store, write_csv(tmp_path, "Colour,Size\nred,L\n", "other.csv"))
        assert gc.isenabled()


@pytest.mark.parametrize(
    "body",
    [f"{ANNA}\n{PETER}\n", f'{ANNA}\n"Peter",Meier,,,,,,\n', f"{ANNA}\nbroken,row\n"],
    ids=["plain", "quoted", "bad-row"],
)
def test_an_import_leaves_its_rows_to_be_freed_at_once(tmp_path: Path, body: str) -> None:
    """No reference cycle holds the plan: its columns (millions of strings in a big file) are freed when the
    import returns, not at some later cycle collection that walks them all (a fifth of a second at 100,000
    rows, in the middle of printing the report)."""
    from ua_desktop.core.roster.import_plan import Plan

    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # unreachable objects go to gc.garbage instead of being freed
    try:
        with open_store() as store:
            import_file(store, write_csv(tmp_path, f"{HEADER}\n{body}"), skip_bad_rows=True)
        gc.collect()
        left_to_the_collector = [type(o).__name__ for o in gc.garbage if isinstance(o, Plan)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert left_to_the_collector == []


@pytest.mark.parametrize("seed", range(4))
def test_quoted_files_read_in_one_pass_give_what_the_record_reader_gives(tmp_path: Path, seed: int) -> None:
    """fast_rows() parses the file in one go (from its lines, not a text stream); its records must be
    those records() yields one by one, quoted line breaks and Unicode line separators included."""
    rnd = random.Random(seed)
    cells = ["Anna", '"Muster, Anna"', '"two\nlines"', '"say ""hi"""', "Zürich", '"a\u2028b"', "", "x\u2029y"]
    compared = 0
    for trial in range(120):
        lines = ["First name,Last name,Notes"]
        for _ in range(rnd.randint(1, 6)):
            lines.append(",".join([rnd.choice([*cells[:2], "Peter"]), "Meier", rnd.choice(cells)]))
        ending = rnd.choice(["\n", "\r\n", "\r"])
        path = write_csv(tmp_path, ending.join(lines) + ending, f"q{trial}.csv")
        source = read_source(path)
        records = list(source.records())
        rows = source.fast_rows()
        if any(isinstance(item, RowProblem) for item in records):
            assert rows is None
            continue
        compared += 1
        assert rows == [row for _line, row in records]
    assert compared > 60


def test_repeated_values_of_a_column_are_shared_and_unchanged() -> None:
    from ua_desktop.core.roster.csv_import import _shared_repeats

    countries = ["".join(("C", "H")) for _ in range(3000)] + ["DE", "Ελλάδα"]  # 3,002 separate strings
    assert len({id(value) for value in countries}) > 3
    shared = _shared_repeats(countries)
    assert shared == countries and len({id(value) for value in shared}) == 3
    emails = [f"person{n}@example.org" for n in range(3000)]  # no repeats: the column as it was
    assert _shared_repeats(emails) is emails
    assert _shared_repeats([]) == []


def test_a_file_with_repeats_imports_the_same_values(tmp_path: Path) -> None:
    """The shared strings are the values the file holds: a repeating column and its neighbours arrive
    as written, on the plain path and on the quoted one."""
    rows = [f"P{n},Muster{n},Gasse {n},8001,Zürich,CH,p{n}@example.org,Tuesday group" for n in range(1200)]
    for body in ("\n".join(rows), "\n".join(rows).replace("Zürich", '"Zürich"')):
        with open_store() as store:
            import_file(store, write_csv(tmp_path, f"{HEADER}\n{body}\n"))
            signers = list_signers(store.conn, Query())
            assert len(signers) == 1200
            assert {(s.city, s.country, s.postal_code, s.tags) for s in signers} == {
                ("Zürich", "CH", "8001", ("Tuesday group",))
            }
            assert sorted(s.email for s in signers) == sorted(f"p{n}@example.org" for n in range(1200))
