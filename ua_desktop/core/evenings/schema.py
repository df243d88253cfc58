"""The evening tables, added to the roster database as one forward migration of its chain.

Why these foreign-key actions:
- `evening_guests.signer_id` is SET NULL when a signer is erased: the visit stays (people per evening is
  still right) but no longer points at anyone. Guests who did not consent have NULL from the start.
- `evening_letters` holds the tally and no personal data at all (evening, guest row, case, language), so
  erasing a person never changes the numbers the group reports back.
- `print_queue.signer_id` CASCADEs: a letter cannot be printed for someone who was erased, and their
  name must not linger in the queue.
- At most one evening is open at a time (the partial unique index); an app closed mid-evening finds it
  again on the next start.
"""

from __future__ import annotations

EVENINGS_MIGRATION = """
CREATE TABLE evenings (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    print_labels INTEGER NOT NULL DEFAULT 0,
    print_envelopes INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evenings_by_date ON evenings (date);
CREATE UNIQUE INDEX evenings_one_open ON evenings (ended_at) WHERE ended_at = '';
CREATE TABLE evening_cases (
    evening_id INTEGER NOT NULL REFERENCES evenings (id) ON DELETE CASCADE,
    case_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (evening_id, case_id)
) WITHOUT ROWID;
CREATE TABLE evening_guests (
    id INTEGER PRIMARY KEY,
    evening_id INTEGER NOT NULL REFERENCES evenings (id) ON DELETE CASCADE,
    signer_id INTEGER REFERENCES signers (id) ON DELETE SET NULL,
    new_signer INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX evening_guests_once ON evening_guests (evening_id, signer_id) WHERE signer_id IS NOT NULL;
CREATE INDEX evening_guests_by_signer ON evening_guests (signer_id);
CREATE TABLE evening_letters (
    id INTEGER PRIMARY KEY,
    evening_id INTEGER NOT NULL REFERENCES evenings (id) ON DELETE CASCADE,
    guest_id INTEGER NOT NULL REFERENCES evening_guests (id) ON DELETE CASCADE,
    case_id TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    letters INTEGER NOT NULL DEFAULT 1,
    UNIQUE (guest_id, case_id)
);
CREATE INDEX evening_letters_by_evening ON evening_letters (evening_id, case_id);
CREATE TABLE print_queue (
    id INTEGER PRIMARY KEY,
    evening_id INTEGER NOT NULL REFERENCES evenings (id) ON DELETE CASCADE,
    guest_id INTEGER NOT NULL REFERENCES evening_guests (id) ON DELETE CASCADE,
    signer_id INTEGER NOT NULL REFERENCES signers (id) ON DELETE CASCADE,
    case_id TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    reprint INTEGER NOT NULL DEFAULT 0,
    queued_at TEXT NOT NULL,
    printed_at TEXT NOT NULL DEFAULT '',
    print_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX print_queue_by_evening ON print_queue (evening_id, id);
CREATE INDEX print_queue_by_signer ON print_queue (signer_id);
"""
