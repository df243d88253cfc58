"""The roster's tables and their forward migrations, versioned with PRAGMA user_version.

Migration n brings a database from version n-1 to n. A database newer than the program is refused (an
older program must not silently drop what a newer one stored); an older one is backed up, then migrated in
one transaction.
"""

from __future__ import annotations

from ua_desktop.core.evenings.schema import EVENINGS_MIGRATION

# Street lines and tags are stored joined by "\n" (a tag never holds a line break, a comma or a semicolon;
# a separate tag table cost a fifth of a 100,000-row import and bought nothing). `sort_key` is the folded
# "last name, first name", so the default order ignores case and accents (NOCASE alone would put "Müller"
# after "muster"). `search` holds the folded text that search-as-you-type looks in; the covering index on
# the default order carries it, so a filter is one sequential index scan and never a sort (about 15 ms at
# 100,000 signers, see tests/benchmarks).
_V1 = """
CREATE TABLE signers (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    consent_date TEXT NOT NULL DEFAULT '',
    consent_method TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sort_key TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT ''
);
CREATE INDEX signers_by_name ON signers (sort_key, id, search);
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    signer_id INTEGER NOT NULL REFERENCES signers (id) ON DELETE CASCADE,
    case_id TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL,
    evening_id INTEGER
);
CREATE INDEX signatures_by_signer ON signatures (signer_id);
CREATE INDEX signatures_by_case ON signatures (case_id);
"""

# Version 3: a signer's privacy flag, print only their initials and town (core/letter/signer.py
# printed_signer). Existing signers keep printing as before (0).
_PRIVACY = """
ALTER TABLE signers ADD COLUMN privacy INTEGER NOT NULL DEFAULT 0 CHECK (privacy IN (0, 1));
"""

# MIGRATIONS[n - 1] turns version n - 1 into version n. Version 2: letter-writing evenings (their tables
# are declared next to the code that uses them). Version 3: the privacy flag.
MIGRATIONS: tuple[str, ...] = (_V1, EVENINGS_MIGRATION, _PRIVACY)
SCHEMA_VERSION = len(MIGRATIONS)

# The index that import drops and rebuilds when it fills an empty roster (building it once, sorted, is
# several times faster than updating it row by row).
NAME_INDEX_SQL = "CREATE INDEX signers_by_name ON signers (sort_key, id, search)"
