"""Importing signers from a CSV or vCard file: map, check every row, find duplicates, then one transaction.

Nothing is written unless the whole file is understood: rows that cannot be read or fail the checks are
listed with their line numbers, and the import is refused until the user fixes them or explicitly skips
them. A dry run does all the work and reports what would happen. The write is one transaction, so an
interrupted import (even `kill -9`) leaves the roster as it was before.

The per-row work is kept to plain list operations (no dataclass per row): 100,000 rows import within
three times the cost of a bare csv + executemany (tests/benchmarks/bench_roster_import.py).
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.fields import parse_country, parse_date, parse_language
from ua_desktop.core.roster.mapping import HEADERS, auto_mapping
from ua_desktop.core.roster.records import write_update
from ua_desktop.core.roster.schema import NAME_INDEX_SQL
from ua_desktop.core.roster.signer import TEXT_COLUMNS, Signer, search_text_of, split_tags
from ua_desktop.core.roster.source import RowProblem, SourceTable, read_source
from ua_desktop.core.roster.store import RosterStore, now_iso
from ua_desktop.core.roster.text import clean_multiline, fold
from ua_desktop.core.roster.validation import validate_signer

_POS = {column: index for index, column in enumerate(TEXT_COLUMNS)}
_MULTILINE = frozenset({"street", "street2", "notes"})
_CHUNK = 5000
_NOTE_LIMIT = 1000  # duplicate details kept for the report; the counts are always complete


class DuplicatePolicy(enum.StrEnum):
    SKIP = "skip"  # keep the roster's version, do not import the row
    MERGE = "merge"  # fill the roster's empty fields from the row, add its tags
    ADD = "add"  # import the row as another signer


class ImportCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; the roster was not changed.")


@dataclass(frozen=True)
class DuplicateNote:
    line: int
    name: str
    existing_id: int | None  # the roster's signer, or None when the match is an earlier line of the file
    other_line: int | None = None

    def __str__(self) -> str:
        where = f"signer {self.existing_id}" if self.existing_id is not None else f"line {self.other_line}"
        return f"line {self.line}: {self.name} is already in the roster as {where}"


@dataclass
class ImportReport:
    """What an import did, or (dry run, refused) would do."""

    path: Path
    encoding: str
    delimiter: str
    mapping: list[tuple[str, str | None]]
    policy: DuplicatePolicy
    dry_run: bool
    rows: int = 0
    added: int = 0
    merged: int = 0
    skipped: int = 0
    duplicates: int = 0
    duplicate_notes: list[DuplicateNote] = field(default_factory=list)
    bad_rows: list[RowProblem] = field(default_factory=list)
    committed: bool = False
    refused: bool = False
    backup: Path | None = None

    @property
    def ignored_columns(self) -> list[str]:
        return [header for header, target in self.mapping if target is None]

    def summary(self) -> list[str]:
        """The report in English sentences, as `roster import` prints it."""
        verb = "would be" if self.dry_run or self.refused else "were"
        lines = [
            f"{self.path}: {self.rows} row(s) read ({self.encoding}, "
            f"{'vCard' if not self.delimiter else repr(self.delimiter) + ' separated'})",
            f"{self.added} signer(s) {verb} added, {self.merged} merged into existing signers, "
            f"{self.skipped} duplicate(s) skipped ({self.duplicates} duplicate(s) found)",
        ]
        if self.ignored_columns:
            lines.append("columns not imported: " + ", ".join(self.ignored_columns))
        if self.bad_rows:
            lines.append(f"{len(self.bad_rows)} row(s) cannot be imported:")
            lines.extend(f"  {problem}" for problem in self.bad_rows)
        if self.refused:
            lines.append("Nothing was imported. Fix these rows, or skip them with --skip-bad-rows.")
        elif self.dry_run:
            lines.append("Dry run: nothing was changed.")
        return lines


ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


def import_file(
    store: RosterStore,
    path: Path,
    *,
    mapping: list[str | None] | None = None,
    on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportReport:
    """Import path into store (the one function behind the CLI, the dialog and the benchmark)."""
    return import_source(
        store,
        read_source(path),
        mapping=mapping,
        on_duplicate=on_duplicate,
        dry_run=dry_run,
        skip_bad_rows=skip_bad_rows,
        progress=progress,
        cancelled=cancelled,
    )


def import_source(
    store: RosterStore,
    source: SourceTable,
    *,
    mapping: list[str | None] | None = None,
    on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportReport:
    targets = auto_mapping(source.headers) if mapping is None else list(mapping)
    if len(targets) != len(source.headers):
        raise UserError("The column mapping does not match the file's columns.")
    if not {"first_name", "last_name", "full_name"} & set(targets):
        raise UserError(
            f"No column of {source.path} holds names (its columns: {', '.join(source.headers)}). "
            "Map a column "
            f"to '{HEADERS['first_name']}', '{HEADERS['last_name']}' or '{HEADERS['full_name']}'."
        )
    if not dry_run and store.read_only:
        raise UserError("The roster is open read-only because another ua-desktop window is using it.")
    report = ImportReport(
        source.path,
        source.encoding,
        source.delimiter,
        list(zip(source.headers, targets, strict=True)),
        DuplicatePolicy(on_duplicate),
        dry_run,
    )
    planner = _Planner(store.conn, report, targets, len(source.headers))
    total_lines = max(1, source.estimated_lines())
    for count, item in enumerate(source.records(), start=1):
        if count % _CHUNK == 0:
            _check(cancelled)
            if progress and isinstance(item, tuple):
                progress(0.6 * min(1.0, item[0] / total_lines))
        if isinstance(item, RowProblem):
            report.rows += 1
            report.bad_rows.append(item)
        else:
            planner.add(*item)
    if report.rows == 0:
        raise UserError(f"{source.path} has a header line but no rows: there is nobody to import.")
    report.added = len(planner.new_rows)
    report.merged = len(planner.merges)
    if report.bad_rows and not skip_bad_rows:
        report.refused = True
    if dry_run or report.refused or not (planner.new_rows or planner.merges):
        return report
    if planner.existing_count:
        report.backup = store.automatic_backup("before-import")
    _write(store, planner, progress, cancelled)
    report.committed = True
    if progress:
        progress(1.0)
    return report


def _check(cancelled: CancelFn | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError()


class _Planner:
    """Turns records into new rows and merges, checking each and tracking duplicates."""

    def __init__(self, conn: sqlite3.Connection, report: ImportReport, targets: list[str | None], width: int):
        self.report = report
        self.width = width
        self.columns = [(i, t) for i, t in enumerate(targets) if t is not None]
        self.new_rows: list[tuple[list[str], tuple[str, ...], int]] = []  # values, tags, line
        self.merges: dict[int, tuple[list[str], tuple[str, ...]]] = {}
        self.by_name: dict[tuple[str, str, str], tuple[int, int]] = {}  # key → (0 roster id | 1 new index, n)
        self.by_email: dict[str, tuple[int, int]] = {}
        self.existing_count = 0
        self._cache: dict[tuple[str, str], str | None] = {}
        for signer_id, first, last, postcode, email in conn.execute(
            "SELECT id, first_name, last_name, postal_code, email FROM signers"
        ):
            self.existing_count += 1
            self.by_name.setdefault(_name_key(first, last, postcode), (0, signer_id))
            if email:
                self.by_email.setdefault(email.casefold(), (0, signer_id))

    def _parsed(self, kind: str, raw: str) -> str | None:
        key = (kind, raw)
        if key not in self._cache:
            parser = {"country": parse_country, "language": parse_language, "consent_date": parse_date}[kind]
            self._cache[key] = parser(raw)
        return self._cache[key]

    def add(self, line: int, row: list[str]) -> None:
        self.report.rows += 1
        if len(row) != self.width and (len(row) < self.width or any(c.strip() for c in row[self.width :])):
            self._bad(line, f"has {len(row)} fields where the header has {self.width}")
            return
        values = [""] * len(TEXT_COLUMNS)
        extra: dict[str, str] = {}
        for index, target in self.columns:
            value = row[index]
            if not value:
                continue
            if value[0] == "'" and value[1:2] in ("=", "+", "-", "@"):
                value = value[1:]  # written so by our export's formula protection
            if target in _MULTILINE and ("\n" in value or "\r" in value):
                value = clean_multiline(value)
            else:
                value = " ".join(value.split())
            if target in _POS:
                values[_POS[target]] = value
            else:
                extra[target] = value
        problems: list[str] = []
        self._special(values, extra, problems)
        tags = split_tags(extra.get("tags", ""))
        if not problems:
            signer = _as_signer(values, tags)
            problems = [p.describe() for p in validate_signer(signer)]
        if problems:
            self._bad(line, "; ".join(problems))
            return
        self._place(line, values, tags)

    def _special(self, values: list[str], extra: dict[str, str], problems: list[str]) -> None:
        full = extra.get("full_name")
        if full and not (values[_POS["first_name"]] or values[_POS["last_name"]]):
            if "," in full:
                last, _, first = full.partition(",")
            else:
                first, _, last = full.rpartition(" ")
            values[_POS["first_name"]], values[_POS["last_name"]] = first.strip(), last.strip()
        if extra.get("street2"):
            street = values[_POS["street"]]
            values[_POS["street"]] = f"{street}\n{extra['street2']}" if street else extra["street2"]
        for kind, label in (
            ("country", "country"),
            ("language", "language"),
            ("consent_date", "consent date"),
        ):
            raw = values[_POS[kind]]
            if raw:
                parsed = self._parsed(kind, raw)
                if parsed is None:
                    problems.append(
                        f"unknown {label} '{raw}'"
                        if kind != "consent_date"
                        else f"consent date '{raw}' is not a date"
                    )
                else:
                    values[_POS[kind]] = parsed

    def _bad(self, line: int, message: str) -> None:
        self.report.bad_rows.append(RowProblem(line, message))

    def _place(self, line: int, values: list[str], tags: tuple[str, ...]) -> None:
        name_key = _name_key(
            values[_POS["first_name"]], values[_POS["last_name"]], values[_POS["postal_code"]]
        )
        email = values[_POS["email"]].casefold()
        match = self.by_name.get(name_key) or (self.by_email.get(email) if email else None)
        report = self.report
        if match is not None:
            report.duplicates += 1
            kind, ref = match
            if len(report.duplicate_notes) < _NOTE_LIMIT:
                name = " ".join(v for v in (values[_POS["first_name"]], values[_POS["last_name"]]) if v)
                other_line = self.new_rows[ref][2] if kind == 1 else None
                report.duplicate_notes.append(
                    DuplicateNote(line, name, ref if kind == 0 else None, other_line)
                )
            if report.policy is DuplicatePolicy.SKIP:
                report.skipped += 1
                return
            if report.policy is DuplicatePolicy.MERGE:
                if kind == 1:
                    target_values, target_tags, first_line = self.new_rows[ref]
                    self.new_rows[ref] = (*_fill(target_values, target_tags, values, tags), first_line)
                else:
                    previous = self.merges.get(ref, ([""] * len(TEXT_COLUMNS), ()))
                    self.merges[ref] = _fill(previous[0], previous[1], values, tags)
                return
        self.new_rows.append((values, tags, line))
        entry = (1, len(self.new_rows) - 1)
        self.by_name.setdefault(name_key, entry)
        if email:
            self.by_email.setdefault(email, entry)


def _name_key(first: str, last: str, postcode: str) -> tuple[str, str, str]:
    return fold(first), fold(last), "".join(postcode.split()).casefold()


def _fill(
    values: list[str], tags: tuple[str, ...], other: list[str], other_tags: tuple[str, ...]
) -> tuple[list[str], tuple[str, ...]]:
    merged = [mine or theirs for mine, theirs in zip(values, other, strict=True)]
    return merged, tags + tuple(t for t in other_tags if t not in tags)


def _as_signer(values: list[str], tags: tuple[str, ...]) -> Signer:
    data = dict(zip(TEXT_COLUMNS, values, strict=True))
    street = data.pop("street")
    return Signer(**data, street=tuple(street.split("\n")) if street else (), tags=tags)


def _write(
    store: RosterStore, planner: _Planner, progress: ProgressFn | None, cancelled: CancelFn | None
) -> None:
    now = now_iso()
    rows = planner.new_rows
    with store.transaction() as conn:
        rebuild_index = planner.existing_count == 0 and len(rows) > 1000
        if rebuild_index:  # building the index once after the rows is several times faster
            conn.execute("DROP INDEX signers_by_name")
        first_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM signers").fetchone()[0])
        placeholders = ", ".join("?" * (len(TEXT_COLUMNS) + 4))
        sql = (
            f"INSERT INTO signers (id, {', '.join(TEXT_COLUMNS)}, created_at, updated_at, search) "
            f"VALUES ({placeholders})"
        )
        p = _POS
        for start in range(0, len(rows), _CHUNK):
            _check(cancelled)
            conn.executemany(sql, _insert_rows(rows, start, first_id, now, p))
            if progress:
                progress(0.6 + 0.35 * (start + _CHUNK) / len(rows))
        conn.executemany(
            "INSERT OR IGNORE INTO signer_tags (signer_id, tag) VALUES (?, ?)",
            ((first_id + n, tag) for n, (_values, tags, _line) in enumerate(rows) for tag in tags),
        )
        if planner.merges:
            from ua_desktop.core.roster.records import get_signers

            current = get_signers(conn, list(planner.merges))
            for signer_id, (values, tags) in planner.merges.items():
                if signer_id in current:
                    merged = current[signer_id].merged_with(_as_signer(values, tags))
                    if merged != current[signer_id]:
                        write_update(conn, merged)
        _check(cancelled)
        if rebuild_index:
            conn.execute(NAME_INDEX_SQL)


def _insert_rows(
    rows: list[tuple[list[str], tuple[str, ...], int]], start: int, first_id: int, now: str, p: dict[str, int]
) -> Iterator[tuple[object, ...]]:
    first, last, org, postcode, city, email = (
        p["first_name"],
        p["last_name"],
        p["organisation"],
        p["postal_code"],
        p["city"],
        p["email"],
    )
    for n in range(start, min(start + _CHUNK, len(rows))):
        values, tags, _line = rows[n]
        search = search_text_of(
            values[first],
            values[last],
            values[org],
            values[postcode],
            values[city],
            values[email],
            " ".join(tags),
        )
        yield (first_id + n, *values, now, now, search)
