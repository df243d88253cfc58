"""Signing in: returning signers, walk-ins, the consent rule, repeats, erasure keeping the count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.evenings import end_evening, start_evening
from ua_desktop.core.evenings.model import Arrival, ItemKind
from ua_desktop.core.evenings.session import CONSENT_METHOD, EveningSession
from ua_desktop.core.evenings.tally import evening_tally
from ua_desktop.core.roster.privacy import erase_signer
from ua_desktop.core.roster.records import add_signer, count_signers, get_signer
from ua_desktop.core.roster.store import RosterStore

from .evening_helpers import CASE_ID, anna, library, open_store, paths


def _session(store: RosterStore, **options: bool) -> EveningSession:
    evening = start_evening(store, library(), [CASE_ID], "Hall", dt.date(2026, 11, 28), **options)
    return EveningSession(store, library(), evening)


def test_walk_in_with_consent_is_stored_counted_and_queued() -> None:
    with open_store() as store:
        session = _session(store, print_labels=True)
        result = session.sign_in(Arrival(person=anna(), consent=True, tags=("evening",), language="en"))
        assert result.stored and result.new_signer
        assert result.counted == (CASE_ID,)
        assert [item.kind for item in result.queued] == [ItemKind.LETTER, ItemKind.LABEL]
        signer = get_signer(store.conn, result.signer_id)
        assert signer.consent_method == CONSENT_METHOD
        assert signer.consent_date == dt.date.today().isoformat()
        assert signer.tags == ("evening",)
        assert [(s.case_id, s.evening_id) for s in signer.signatures] == [(CASE_ID, session.evening.id)]
        tally = evening_tally(store.conn, session.evening.id)
        assert (tally.people, tally.new_signers, tally.letters, tally.not_stored) == (1, 1, 1, 0)


def test_a_walk_in_without_a_country_is_tidied_for_the_groups_country() -> None:
    with open_store() as store:
        evening = start_evening(store, library(), [CASE_ID], "Hall", dt.date(2026, 11, 28))
        session = EveningSession(store, library(), evening, group_country="DE")
        walk_in = anna(street=("Unter den Linden 1",), postal_code="D-10117", city="Berlin", country="")
        result = session.sign_in(Arrival(person=walk_in, consent=True, tags=(" Tuesday\u00a0group ",)))
        signer = get_signer(store.conn, result.signer_id)
        assert signer.postal_code == "10117"  # as `roster add` and the signer dialog tidy it
        assert signer.tags == ("Tuesday group",)


def test_returning_signer_by_id_is_not_duplicated() -> None:
    with open_store() as store:
        known = add_signer(store, anna(consent_date="2025-01-01"))
        session = _session(store)
        result = session.sign_in(Arrival(signer_id=known.id, tags=("walk-in",)))
        assert result.stored and not result.new_signer
        assert count_signers(store.conn) == 1
        assert get_signer(store.conn, known.id).tags == ("walk-in",)
        assert evening_tally(store.conn, session.evening.id).new_signers == 0


def test_typed_name_of_a_known_signer_finds_them_instead_of_a_duplicate() -> None:
    with open_store() as store:
        known = add_signer(store, anna(email=""))
        session = _session(store)
        typed = anna(
            first_name=" anna ", last_name="MUSTER", city="Zurich", email="anna@example.org", street=()
        )
        result = session.sign_in(Arrival(person=typed, consent=True))
        assert result.signer_id == known.id and not result.new_signer
        assert count_signers(store.conn) == 1
        stored = get_signer(store.conn, known.id)
        assert stored.email == "anna@example.org"  # an empty field is filled in, nothing overwritten
        assert stored.street == ("Bahnhofstrasse 12",)


def test_a_namesake_in_the_same_postcode_with_another_street_is_another_person() -> None:
    """The roster's rule (issue 17): the same name and postcode with another street is not the same person.
    Merging her would print her letter with the other Anna's address."""
    with open_store() as store:
        known = add_signer(store, anna())
        session = _session(store)
        other = anna(street=("Seefeldstrasse 3",), email="anna.m@example.org")
        result = session.sign_in(Arrival(person=other, consent=True))
        assert result.new_signer and result.signer_id != known.id
        assert get_signer(store.conn, known.id).street == ("Bahnhofstrasse 12",)
        assert get_signer(store.conn, known.id).email == ""  # nothing of hers went into the other record
        assert get_signer(store.conn, result.signer_id).street == ("Seefeldstrasse 3",)


def test_a_walk_in_who_gives_no_street_is_the_one_namesake_of_their_place_or_nobody() -> None:
    with open_store() as store:
        first = add_signer(store, anna())
        session = _session(store)
        typed = anna(street=(), city="")  # the name and the postcode: nothing tells them apart
        assert session.sign_in(Arrival(person=typed, consent=True)).signer_id == first.id
        add_signer(store, anna(street=("Seefeldstrasse 3",)))  # a second Anna Muster in 8001
        result = session.sign_in(Arrival(person=anna(street=(), first_name="ANNA"), consent=True))
        assert result.new_signer  # which of the two? neither is chosen for her
        assert count_signers(store.conn) == 3
        elsewhere = anna(street=(), postal_code="", city="Bern")  # the same name, another town
        assert session.sign_in(Arrival(person=elsewhere, consent=True)).new_signer


def test_the_same_e_mail_address_is_the_same_person_whatever_the_name_is_typed_as() -> None:
    with open_store() as store:
        known = add_signer(store, anna(email="Anna.Muster@example.org"))
        session = _session(store)
        typed = anna(last_name="Muster-Keller", street=("Neugasse 1",), email=" anna.muster@EXAMPLE.org")
        result = session.sign_in(Arrival(person=typed, consent=True))
        assert result.signer_id == known.id and not result.new_signer


def test_no_consent_prints_but_keeps_nothing(data_dir: Path) -> None:
    with open_store() as store:
        session = _session(store, print_envelopes=True)
        person = anna(first_name="Zoraida", last_name="Quintanilla", street=("Calle Xylofon 77",))
        result = session.sign_in(Arrival(person=person, consent=False))
        assert not result.stored and result.signer_id is None
        assert result.counted == (CASE_ID,)
        assert all(item.transient for item in result.queued)
        signers = session.queue.letter_signers(result.queued)
        assert {s.full_name for s in signers.values()} == {"Zoraida Quintanilla"}

        from ua_desktop.core.evenings.printing import PrintContext, write_batch

        batch = write_batch(session, result.queued, data_dir / "print", PrintContext.load(paths()))
        assert len(batch.files) == 2
        session.queue.mark_printed(batch.item_ids)
        assert session.queue.items() == []  # printed: forgotten

        assert count_signers(store.conn) == 0
        assert store.conn.execute("SELECT count(*) FROM print_queue").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0
        tally = evening_tally(store.conn, session.evening.id)
        assert (tally.people, tally.letters, tally.not_stored, tally.new_signers) == (1, 1, 1, 0)
        store.checkpoint()
    raw = b"".join(path.read_bytes() for path in paths().data_dir.glob("roster.sqlite3*") if path.is_file())
    for secret in ("Zoraida", "Quintanilla", "Xylofon"):
        assert secret.encode() not in raw
        assert secret.encode("utf-16-le") not in raw


def test_same_case_twice_the_same_evening_warns_reprints_and_counts_once() -> None:
    with open_store() as store:
        session = _session(store)
        first = session.sign_in(Arrival(person=anna(), consent=True))
        again = session.sign_in(Arrival(signer_id=first.signer_id))
        assert again.counted == ()
        assert [(r.case_id, r.same_evening) for r in again.repeats] == [(CASE_ID, True)]
        assert again.queued == ()  # the first letter is still waiting: no second copy
        session.queue.mark_printed([first.queued[0].id])
        third = session.sign_in(Arrival(signer_id=first.signer_id))
        assert [item.reprint for item in third.queued] == [True]
        tally = evening_tally(store.conn, session.evening.id)
        assert (tally.people, tally.letters, tally.signatures) == (1, 1, 1)
        assert len(get_signer(store.conn, first.signer_id).signatures) == 1


def test_same_case_at_an_earlier_evening_is_a_repeat_with_its_date() -> None:
    with open_store() as store:
        earlier = _session(store)
        first = earlier.sign_in(Arrival(person=anna(), consent=True))
        end_evening(store, earlier.evening.id)
        later = EveningSession(
            store, library(), start_evening(store, library(), [CASE_ID], "", dt.date(2026, 12, 5))
        )
        result = later.sign_in(Arrival(signer_id=first.signer_id))
        assert result.counted == ()
        assert result.repeats[0].earlier == dt.date.today().isoformat()
        assert not result.repeats[0].same_evening
        assert [item.reprint for item in result.queued] == [True]
        assert evening_tally(store.conn, later.evening.id).people == 1
        assert evening_tally(store.conn, later.evening.id).letters == 0


def test_consent_withdrawn_after_signing_erase_keeps_the_count() -> None:
    with open_store() as store:
        session = _session(store, print_labels=True)
        result = session.sign_in(Arrival(person=anna(), consent=True))
        session.sign_in(Arrival(person=anna(first_name="Ben"), consent=True))
        before = evening_tally(store.conn, session.evening.id)
        erase_signer(store, result.signer_id)
        after = evening_tally(store.conn, session.evening.id)
        assert (after.people, after.letters, after.new_signers) == (before.people, before.letters, 2)
        assert after.cases == before.cases
        assert all(item.name != "Anna Muster" for item in session.queue.items())  # her queue items are gone
        assert (
            store.conn.execute("SELECT count(*) FROM evening_guests WHERE signer_id IS NULL").fetchone()[0]
            == 1
        )


def test_language_falls_back_to_the_case_language() -> None:
    with open_store() as store:
        session = _session(store)
        result = session.sign_in(Arrival(person=anna(language="de"), consent=True))
        assert result.queued[0].language == "en"  # the bundled case has an English letter only
        assert evening_tally(store.conn, session.evening.id).cases[0].languages == (("en", 1),)


@pytest.mark.parametrize(
    ("arrival", "message"),
    [
        (Arrival(), "Who is signing"),
        (Arrival(person=anna(first_name="", last_name=""), consent=True), "neither a first nor a last name"),
        (Arrival(person=anna(email="not-an-address"), consent=True), "is not an e-mail address"),
        (Arrival(person=anna(last_name="x" * 300), consent=True), "last name is 300 characters long"),
        (Arrival(signer_id=424242), "no signer with id 424242"),
        (Arrival(person=anna(), consent=True, case_ids=("ua-999-99",)), "not part of the evening"),
    ],
)
def test_bad_sign_in_is_refused_and_changes_nothing(arrival: Arrival, message: str) -> None:
    with open_store() as store:
        session = _session(store)
        with pytest.raises(UserError, match=message):
            session.sign_in(arrival)
        assert count_signers(store.conn) == 0
        assert evening_tally(store.conn, session.evening.id).people == 0
        assert session.queue.items() == []


def test_invisible_characters_are_cleaned_from_a_walk_in() -> None:
    with open_store() as store:
        session = _session(store)
        result = session.sign_in(Arrival(person=anna(first_name="\u200bAnna\u202e "), consent=True))
        assert get_signer(store.conn, result.signer_id).first_name == "Anna"
