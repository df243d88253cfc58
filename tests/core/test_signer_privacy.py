"""A signer's privacy: the one rule of what is printed, kept on the roster (schema, migration, CSV both ways),
set at sign-in, and asked for by a whole export or print run."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.evenings.evenings import start_evening
from ua_desktop.core.evenings.model import Arrival
from ua_desktop.core.evenings.printing import PrintContext, write_batch
from ua_desktop.core.evenings.session import EveningSession
from ua_desktop.core.letter.job import RenderJob, render_job
from ua_desktop.core.letter.plan import LetterChoices, plan_letters
from ua_desktop.core.letter.signer import LetterSigner, printed_signer
from ua_desktop.core.roster.csv_export import export_csv
from ua_desktop.core.roster.csv_import import import_file
from ua_desktop.core.roster.fields import parse_flag
from ua_desktop.core.roster.mapping import auto_mapping
from ua_desktop.core.roster.records import add_signer, get_signer, update_signer
from ua_desktop.core.roster.schema import MIGRATIONS, SCHEMA_VERSION
from ua_desktop.core.roster.search import Query, list_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.core.settings import Settings

from .roster_helpers import open_store, paths, write_csv

CASE_ID = "ua-034-25"
# Words of the name and address that must never be printed for a private signer.
SECRET = ("Margarethe", "Oberholzer", "Seefeldstrasse", "8008", "Dr.", "Kantonsspital")


def margarethe(**changes: object) -> Signer:
    values: dict[str, object] = {
        "title": "Dr.",
        "first_name": "Margarethe",
        "last_name": "Oberholzer-Wyss",
        "organisation": "Kantonsspital",
        "street": ("Seefeldstrasse 81",),
        "postal_code": "8008",
        "city": "Zürich",
        "country": "CH",
        "privacy": True,
    }
    values.update(changes)
    return Signer(**values)  # type: ignore[arg-type]


def flat(text: str) -> str:
    """Text with every run of whitespace removed: a PDF's text may break a word or a line anywhere."""
    return "".join(text.split())


def assert_private(text: str) -> None:
    squeezed = flat(text)
    for word in SECRET:
        assert flat(word) not in squeezed, word
    assert "M.O." in squeezed and "Zürich" in squeezed


# -- the rule ------------------------------------------------------------------------------------
def test_the_rule_keeps_initials_town_country_and_language_only() -> None:
    private = printed_signer(dataclasses.replace(margarethe().to_letter_signer(), language="de"))
    assert (private.first_name, private.last_name, private.full_name) == ("M.", "O.", "M. O.")
    assert (private.title, private.organisation, private.street, private.postal_code, private.region) == (
        "",
        "",
        (),
        "",
        "",
    )
    assert (private.city, private.country, private.language, private.privacy) == ("Zürich", "CH", "de", True)
    assert printed_signer(private) == private  # twice changes nothing
    assert private.postal_address().name_lines == ("M. O.",)


def test_the_rule_applies_when_an_export_asks_for_everyone() -> None:
    public = margarethe(privacy=False).to_letter_signer()
    assert printed_signer(public) is public  # nothing asked: printed as it is
    assert printed_signer(public, privacy=True).full_name == "M. O."
    assert printed_signer(LetterSigner(), privacy=True).is_blank  # a blank letter stays blank


def test_a_template_cannot_print_more_than_the_rule_allows(tmp_path: Path) -> None:
    """The template sees the private signer only: {{ signer.last_name }} prints the initial."""
    case = CaseLibrary(paths().cases_dir).get(CASE_ID)
    plan = plan_letters(
        paths(),
        Settings(group_country="CH"),
        case,
        LetterChoices(
            template_text="Signed {{ signer.first_name }} {{ signer.last_name }} {{ signer.full_name }}"
        ),
        locale_name="de_CH.UTF-8",
    )
    letter = plan.render(margarethe().to_letter_signer(), case.primary_recipients[0])
    everything = "\n".join(
        [*letter.sender_lines, letter.return_line, *letter.body_paragraphs, letter.signer_name]
    )
    assert "Signed M. O. M. O." in everything
    for word in SECRET:
        assert word not in everything


def test_the_live_preview_renders_through_the_rule() -> None:
    """The preview's render job (the letter panel's path) prints the private signer's initials and town."""
    case = CaseLibrary(paths().cases_dir).get(CASE_ID)
    plan = plan_letters(paths(), Settings(group_country="CH"), case, locale_name="de_CH.UTF-8")
    result = render_job(RenderJob(1, plan, margarethe().to_letter_signer()))
    assert_private(result.letter.return_line + "\n" + "\n".join(result.letter.sender_lines))
    reader = PdfReader(io.BytesIO(result.pdf))
    assert_private("".join(page.extract_text() for page in reader.pages))


# -- the roster ----------------------------------------------------------------------------------
def test_the_flag_is_stored_changed_and_read_back() -> None:
    with open_store() as store:
        added = add_signer(store, margarethe())
        assert added.id is not None
        assert get_signer(store.conn, added.id).privacy is True
        update_signer(store, dataclasses.replace(added, privacy=False))
        assert get_signer(store.conn, added.id).privacy is False
        assert store.conn.execute("SELECT privacy FROM signers").fetchone()[0] == 0
        assert list_signers(store.conn, Query(sort="privacy"))[0].id == added.id


def test_a_merge_never_drops_privacy() -> None:
    private, public = margarethe(), margarethe(privacy=False, email="m@example.org")
    assert public.merged_with(private).privacy and private.merged_with(public).privacy
    assert not public.merged_with(margarethe(privacy=False)).privacy


def _old_roster(db: Path) -> None:
    """A roster as the previous version wrote it (schema 2, no privacy column), with one signer."""
    conn = sqlite3.connect(db)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    conn.execute(
        "INSERT INTO signers (first_name, last_name, city, created_at, updated_at) "
        "VALUES ('Peter', 'Meier', 'Bern', '2025-01-01', '2025-01-01')"
    )
    conn.commit()
    conn.close()


def test_an_old_roster_gains_the_column_and_keeps_its_signers() -> None:
    p = paths()
    _old_roster(p.roster_db)
    with RosterStore.open(p) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (peter,) = list_signers(store.conn, Query())
        assert (peter.first_name, peter.privacy) == ("Peter", False)
        assert peter.id is not None
        update_signer(store, dataclasses.replace(peter, privacy=True))
        assert get_signer(store.conn, peter.id).privacy is True
    assert any("before-upgrade" in backup.name for backup in p.backups_dir.iterdir())


def test_the_column_refuses_anything_but_0_and_1() -> None:
    with open_store() as store, pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO signers (first_name, privacy, created_at, updated_at) VALUES ('A', '', '', '')"
        )


# -- CSV -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "header", ["privacy", "Privacy", "Privatsphäre", "initials only", "Nur Initialen", "Initials only"]
)
def test_the_import_recognises_a_privacy_column(header: str) -> None:
    assert auto_mapping(["Vorname", "Name", header]) == ["first_name", "last_name", "privacy"]


@pytest.mark.parametrize(
    ("value", "flag"),
    [
        ("yes", "1"),
        ("1", "1"),
        ("Ja", "1"),
        ("oui", "1"),
        ("sì", "1"),
        ("x", "1"),
        ("no", "0"),
        ("0", "0"),
        ("nein", "0"),
        ("non", "0"),
        ("", "0"),
        ("maybe", None),
    ],
)
def test_yes_and_no_in_the_five_languages(value: str, flag: str | None) -> None:
    assert parse_flag(value) == flag


def test_the_flag_survives_a_csv_export_and_import(tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    with open_store() as store:
        add_signer(store, margarethe())
        add_signer(store, margarethe(first_name="Peter", last_name="Meier", privacy=False))
        export_csv(store.conn, target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",Initials only")
    assert lines[1].endswith(",") and lines[2].endswith(",yes")  # Meier, then Oberholzer-Wyss
    other = RosterStore(tmp_path / "other.sqlite3", tmp_path / "backups")
    try:
        report = import_file(other, target)
        assert report.added == 2 and report.ignored_columns == []
        flags = {s.first_name: s.privacy for s in list_signers(other.conn, Query())}
        assert flags == {"Margarethe": True, "Peter": False}
    finally:
        other.close()


def test_a_hand_made_sheet_with_german_yes_and_no(tmp_path: Path) -> None:
    text = "Vorname;Name;Ort;Privatsphäre\nAnna;Muster;Bern;ja\nBeat;Keller;Thun;nein\nCarla;Rossi;Biel;\n"
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, text))
        assert report.added == 3 and not report.bad_rows
        flags = {s.first_name: s.privacy for s in list_signers(store.conn, Query())}
    assert flags == {"Anna": True, "Beat": False, "Carla": False}


def test_a_value_that_is_neither_yes_nor_no_is_a_row_problem(tmp_path: Path) -> None:
    text = "First name,Last name,Privacy\nAnna,Muster,yes\nBeat,Keller,perhaps\n"
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, text))
    assert report.refused and [problem.line for problem in report.bad_rows] == [3]
    assert "'perhaps' is neither yes nor no" in report.bad_rows[0].message().english()


def test_merging_an_import_into_the_roster_adds_privacy(tmp_path: Path) -> None:
    from ua_desktop.core.roster.csv_import import DuplicatePolicy

    with open_store() as store:
        known = add_signer(store, margarethe(privacy=False))
        text = (
            "First name,Last name,Street,Postcode,Initials only\n"
            "Margarethe,Oberholzer-Wyss,Seefeldstr. 81,8008,yes\n"
        )
        import_file(store, write_csv(tmp_path, text), on_duplicate=DuplicatePolicy.MERGE)
        assert known.id is not None and get_signer(store.conn, known.id).privacy is True


# -- sign-in and the evening's print run -----------------------------------------------------------
def _session(store: RosterStore) -> EveningSession:
    library = CaseLibrary(paths().cases_dir)
    evening = start_evening(store, library, [CASE_ID], "Hall", dt.date(2026, 11, 28))
    return EveningSession(store, library, evening)


def _letter_text(session: EveningSession, folder: Path, privacy: bool = False) -> str:
    items = session.queue.pending()
    p = paths()
    context = dataclasses.replace(PrintContext.load(p, locale_name="de_CH.UTF-8"), privacy=privacy)
    batch = write_batch(session, items, folder, context)
    return "\n".join(page.extract_text() for f in batch.files for page in PdfReader(f.path).pages)


def _walk_in(privacy: bool) -> Signer:
    return dataclasses.replace(margarethe(privacy=False), title="", organisation="", privacy=privacy)


def test_a_walk_in_who_asks_for_privacy_is_kept_with_it(tmp_path: Path) -> None:
    with open_store() as store:
        session = _session(store)
        result = session.sign_in(Arrival(person=_walk_in(False), consent=True, privacy=True))
        assert result.signer_id is not None and get_signer(store.conn, result.signer_id).privacy
        assert_private(_letter_text(session, tmp_path))


def test_a_walk_in_who_is_not_kept_gets_private_letters(tmp_path: Path) -> None:
    with open_store() as store:
        session = _session(store)
        result = session.sign_in(Arrival(person=_walk_in(False), consent=False, privacy=True))
        assert not result.stored and all(item.signer and item.signer.privacy for item in result.queued)
        assert_private(_letter_text(session, tmp_path))


def test_a_returning_signer_can_ask_for_privacy_but_sign_in_never_clears_it() -> None:
    with open_store() as store:
        public = add_signer(store, _walk_in(False))
        private = add_signer(store, dataclasses.replace(_walk_in(True), first_name="Beate"))
        session = _session(store)
        session.sign_in(Arrival(signer_id=public.id, privacy=True))
        session.sign_in(Arrival(signer_id=private.id, privacy=False))
        assert public.id is not None and private.id is not None
        assert get_signer(store.conn, public.id).privacy is True
        assert get_signer(store.conn, private.id).privacy is True


def test_the_print_queue_can_print_everyone_privately(tmp_path: Path) -> None:
    with open_store() as store:
        public = add_signer(store, _walk_in(False))
        session = _session(store)
        session.sign_in(Arrival(signer_id=public.id))
        text = _letter_text(session, tmp_path / "public")
        assert "Seefeldstrasse" in flat(text)  # the control: without privacy the address is printed
        session.queue.requeue(item.id for item in session.queue.items())
        assert_private(_letter_text(session, tmp_path / "private", privacy=True))
