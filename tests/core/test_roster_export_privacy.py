"""CSV export (Excel-safe, formula-proof, read back unchanged), a person's record, and complete erasure."""

from __future__ import annotations

import codecs
import json
import stat
from pathlib import Path

from ua_desktop.core.roster.csv_export import export_csv, neutralise
from ua_desktop.core.roster.csv_import import import_file
from ua_desktop.core.roster.privacy import erase_signer, export_person
from ua_desktop.core.roster.records import add_signer, get_signer, record_signature
from ua_desktop.core.roster.search import Query, list_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore

from .roster_helpers import db_bytes, open_store, paths

TRICKY = Signer(
    first_name="=cmd|' /C calc'!A0",
    last_name="-Muster",
    street=("Bahnhofstrasse 12", "Postfach 7"),
    postal_code="8001",
    city="Zürich",
    country="CH",
    email="anna@example.org",
    phone="+41 79 123 45 67",
    language="de",
    tags=("Tuesday group", "street stand"),
    notes="@SUM(1)\nsecond line",
    consent_date="2025-03-31",
    consent_method="sign-in sheet",
)


def test_neutralise_every_formula_start() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(start + "1") == "'" + start + "1"
    assert neutralise("Anna") == "Anna" and neutralise("") == ""


def test_export_is_excel_safe_and_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with open_store() as store:
        add_signer(store, TRICKY)
        add_signer(store, Signer(first_name="Peter", last_name="Meier", city="Bern"))
        assert export_csv(store.conn, target) == 2
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = data.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header == (
        "Title,First name,Last name,Organisation,Street,Postcode,City,Region,Country,E-mail,Phone,Language,"
        "Tags,Notes,Consent date,Consent how,Initials only"
    )
    assert "'=cmd" in text and ",'-Muster," in text and "'+41 79" in text and "'@SUM(1)" in text
    for line in text.splitlines()[1:]:
        assert not line.startswith(("=", "+", "-", "@"))
    # the export reads back into another roster unchanged
    other = RosterStore(tmp_path / "other.sqlite3", tmp_path / "backups")
    try:
        report = import_file(other, target)
        assert report.added == 2 and report.ignored_columns == []
        back = next(s for s in list_signers(other.conn, Query()) if s.city == "Zürich")
        for field in (
            "first_name",
            "last_name",
            "street",
            "postal_code",
            "city",
            "country",
            "email",
            "phone",
            "language",
            "tags",
            "notes",
            "consent_date",
            "consent_method",
        ):
            assert getattr(back, field) == getattr(TRICKY, field), field
    finally:
        other.close()


def test_export_of_a_search(tmp_path: Path) -> None:
    with open_store() as store:
        add_signer(store, TRICKY)
        add_signer(store, Signer(first_name="Peter", last_name="Meier", city="Bern"))
        assert export_csv(store.conn, tmp_path / "bern.csv", Query(text="bern")) == 1
        assert export_csv(store.conn, tmp_path / "tag.csv", Query(tag="street stand")) == 1


def test_person_record_holds_every_field_and_signature(tmp_path: Path) -> None:
    with open_store() as store:
        signer = add_signer(store, TRICKY)
        assert signer.id is not None
        record_signature(store, signer.id, "ua-034-25", "en")
        export_person(store.conn, signer.id, tmp_path / "anna.json")
    record = json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert stat.S_IMODE((tmp_path / "anna.json").stat().st_mode) == 0o600
    data = record["signer"]
    assert data["id"] == signer.id and data["street"] == ["Bahnhofstrasse 12", "Postfach 7"]
    assert data["tags"] == ["Tuesday group", "street stand"] and data["consent_method"] == "sign-in sheet"
    assert data["signatures"][0]["case_id"] == "ua-034-25" and data["signatures"][0]["language"] == "en"
    assert set(data) >= {"title", "organisation", "region", "notes", "created_at", "updated_at"}
    assert record["exported_by"].startswith("ua-desktop ")


def test_erase_leaves_no_trace_in_database_wal_shm_or_backups() -> None:
    name = "Zyxwvutsrqp"
    with open_store() as store:
        for n in range(50):
            add_signer(store, Signer(first_name=f"Other{n}", last_name="Person", city="Bern"))
        signer = add_signer(store, Signer(first_name="Erika", last_name=name, city="Olten", notes=name * 300))
        assert signer.id is not None
        record_signature(store, signer.id, "ua-034-25")
        store.automatic_backup("test")
        store.checkpoint()
        add_signer(store, Signer(first_name="After", last_name="Backup"))
        assert name.encode() in db_bytes(paths())
        erasure = erase_signer(store, signer.id)
        assert erasure.journal_clean and erasure.backups_cleaned == 1
        assert store.conn.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0
        assert name.encode() not in db_bytes(paths())
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert get_signer(store.conn, 1).first_name == "Other0"
    assert name.encode() not in db_bytes(paths())
    for backup in paths().backups_dir.iterdir():
        assert name.encode() not in backup.read_bytes(), backup
