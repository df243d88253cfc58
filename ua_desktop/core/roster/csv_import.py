"""Importing signers from a CSV or vCard file: map, check every row, find duplicates, then one transaction.

Nothing is written unless the whole file is understood: rows that cannot be read or fail the checks are
listed with their line numbers, and the import is refused until the user fixes them or explicitly skips
them. A dry run does all the work and reports what would happen. The write is one transaction, so an
interrupted import (even `kill -9`) leaves the roster as it was before.

The per-row work is kept to plain list operations (no dataclass per row): 100,000 rows import within
three times the cost of a bare csv + executemany (tests/benchmarks/bench_roster_import.py).
"""

from __future__ import annotations

import contextlib
import enum
import functools
import gc
import itertools
import operator
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import Message, message
from ua_desktop.core.roster.csv_export import is_own_export
from ua_desktop.core.roster.fields import DateOrder
from ua_desktop.core.roster.import_plan import (
    Plan,
    build_columns,
    check_columns,
    review_columns,
    word_problems,
)
from ua_desktop.core.roster.mapping import HEADERS, auto_mapping
from ua_desktop.core.roster.matching import Match, MatchKind, find_duplicates
from ua_desktop.core.roster.messages import ImportFileMessage, ImportMessage, RosterMessage, RowMessage
from ua_desktop.core.roster.records import get_signers, write_update
from ua_desktop.core.roster.schema import NAME_INDEX_SQL
from ua_desktop.core.roster.signer import SEARCH_COLUMNS as _SEARCH_COLUMNS
from ua_desktop.core.roster.signer import TEXT_COLUMNS
from ua_desktop.core.roster.source import RowProblem, SourceTable, read_source
from ua_desktop.core.roster.store import RosterStore, now_iso
from ua_desktop.core.roster.text import fold_many

_CHUNK = 5000
_LINES_LISTED = 20  # line numbers a report lists for a file-wide finding (the count is complete)


class DuplicatePolicy(enum.StrEnum):
    SKIP = "skip"  # keep the roster's version, do not import the row
    MERGE = "merge"  # fill the roster's empty fields from the row, add its tags
    ADD = "add"  # import the row as another signer


class ImportCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(ImportFileMessage.CANCELLED)


# The report's lines about single rows that are listed under a count (the command line indents them).
NOTE_KINDS = frozenset(
    {
        RowMessage.DUPLICATE_OF_SIGNER,
        RowMessage.DUPLICATE_OF_LINE,
        RowMessage.SAME_EMAIL_AS_SIGNER,
        RowMessage.SAME_EMAIL_AS_LINE,
        RowMessage.POSSIBLE_SIGNER,
        RowMessage.POSSIBLE_LINE,
    }
)


class DuplicateNote(NamedTuple):
    """A row that is a person already known (or, kind POSSIBLE, may be), and the record it matched (a
    tuple, made by the ten thousand: see matching.Match)."""

    line: int
    name: str
    existing_id: int | None  # the roster's signer, or None when the match is an earlier line of the file
    other_line: int | None = None
    kind: MatchKind = MatchKind.ADDRESS  # why: the same e-mail, the same name and address, or possibly
    other_name: str = ""  # the matched record's name
    street: str = ""  # the row's street and the matched record's (lines joined by ", "), for POSSIBLE
    other_street: str = ""

    def message(self) -> Message:
        signer = str(self.existing_id) if self.existing_id is not None else None
        if self.kind is MatchKind.EMAIL:
            if signer is not None:
                return message(
                    RowMessage.SAME_EMAIL_AS_SIGNER,
                    line=self.line,
                    name=self.name,
                    signer=signer,
                    other_name=self.other_name,
                )
            return message(
                RowMessage.SAME_EMAIL_AS_LINE,
                line=self.line,
                name=self.name,
                other=self.other_line,
                other_name=self.other_name,
            )
        if self.kind is MatchKind.POSSIBLE:
            street = self.street or message(RowMessage.NO_STREET)
            other_street = self.other_street or message(RowMessage.NO_STREET)
            if signer is not None:
                return message(
                    RowMessage.POSSIBLE_SIGNER,
                    line=self.line,
                    name=self.name,
                    signer=signer,
                    street=street,
                    other_street=other_street,
                )
            return message(
                RowMessage.POSSIBLE_LINE,
                line=self.line,
                name=self.name,
                other=self.other_line,
                street=street,
                other_street=other_street,
            )
        if signer is not None:
            return message(RowMessage.DUPLICATE_OF_SIGNER, line=self.line, name=self.name, signer=signer)
        return message(RowMessage.DUPLICATE_OF_LINE, line=self.line, name=self.name, other=self.other_line)

    def __str__(self) -> str:
        return self.message().english()


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
    duplicate_notes: list[DuplicateNote] = field(default_factory=list)  # every skipped or merged row
    possible: int = 0  # rows imported as new signers that may be a person already known
    possible_notes: list[DuplicateNote] = field(default_factory=list)
    bad_rows: list[RowProblem] = field(default_factory=list)
    to_review: list[RowProblem] = field(default_factory=list)  # imported, but with something to check
    fallback_lines: list[int] = field(default_factory=list)  # lines of a UTF-8 file read as Windows-1252
    control_lines: list[int] = field(default_factory=list)  # lines whose control characters were removed
    committed: bool = False
    refused: bool = False
    backup: Path | None = None

    @property
    def ignored_columns(self) -> list[str]:
        return [header for header, target in self.mapping if target is None]

    def summary(self) -> list[Message]:
        """The report as `roster import` prints it, a message per line (the caller indents problem rows)."""
        if self.delimiter:
            read = message(
                ImportMessage.READ_CSV,
                self.rows,
                path=self.path,
                encoding=self.encoding,
                delimiter=self.delimiter,
            )
        else:
            read = message(ImportMessage.READ_VCARD, self.rows, path=self.path, encoding=self.encoding)
        added = ImportMessage.WOULD_ADD if self.dry_run or self.refused else ImportMessage.ADDED
        lines = [
            read,
            message(added, self.added),
            message(ImportMessage.MERGED, self.merged),
            message(ImportMessage.SKIPPED, self.skipped),
            message(ImportMessage.FOUND, self.duplicates),
        ]
        lines.extend(note.message() for note in self.duplicate_notes)
        if self.possible:
            lines.append(message(ImportMessage.POSSIBLE, self.possible))
            lines.extend(note.message() for note in self.possible_notes)
        if self.ignored_columns:
            lines.append(message(ImportMessage.IGNORED_COLUMNS, columns=", ".join(self.ignored_columns)))
        lines.extend(self.file_notes())
        if self.bad_rows:
            lines.append(message(ImportMessage.BAD_ROWS, len(self.bad_rows)))
            lines.extend(problem.message() for problem in self.bad_rows)
        if self.to_review:
            lines.append(message(ImportMessage.TO_REVIEW, len(self.to_review)))
            lines.extend(problem.message() for problem in self.to_review)
        if self.refused:
            lines.append(message(ImportMessage.REFUSED))
        elif self.dry_run:
            lines.append(message(ImportMessage.DRY_RUN))
        return lines

    def file_notes(self) -> list[Message]:
        """What the file itself needed: lines read in another encoding, control characters removed."""
        notes = []
        for kind, lines in (
            (ImportMessage.FALLBACK_LINES, self.fallback_lines),
            (ImportMessage.CONTROLS_REMOVED, self.control_lines),
        ):
            if lines:
                listed = ", ".join(map(str, lines[:_LINES_LISTED])) + (
                    " …" if len(lines) > _LINES_LISTED else ""
                )
                notes.append(message(kind, len(lines), lines=listed))
        return notes


ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import builds its columns.

    An import of 100,000 rows creates millions of strings and lists and no reference cycles, yet each
    700 new containers start a collection that walks all of them: about an eighth of the import's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    group_country: str = "",
    date_order: DateOrder | None = None,
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
        group_country=group_country,
        date_order=date_order,
    )


@_collector_paused()
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
    group_country: str = "",
    date_order: DateOrder | None = None,
) -> ImportReport:
    """Import an opened source (the dialog opens it first to show a preview and the mapping).

    group_country: the group's country, for rows without one (postcodes, and the order of ambiguous
    dates when the file shows none); date_order: the order of numeric dates, when the user gave it.
    """
    targets = auto_mapping(source.headers) if mapping is None else list(mapping)
    if len(targets) != len(source.headers):
        raise UserError(ImportFileMessage.MAPPING_MISMATCH)
    if not {"first_name", "last_name", "full_name"} & set(targets):
        if source.first_row_looks_like_data():
            raise UserError(
                ImportFileMessage.FIRST_ROW_LOOKS_LIKE_DATA, path=source.path, row=", ".join(source.first_row)
            )
        raise UserError(
            ImportFileMessage.NO_NAME_COLUMN,
            path=source.path,
            columns=", ".join(source.headers),
            first_name=HEADERS["first_name"],
            last_name=HEADERS["last_name"],
            full_name=HEADERS["full_name"],
        )
    if not dry_run and store.read_only:
        raise UserError(RosterMessage.READ_ONLY)
    policy = DuplicatePolicy(on_duplicate)
    report = ImportReport(
        source.path,
        source.encoding,
        source.delimiter,
        list(zip(source.headers, targets, strict=True)),
        policy,
        dry_run,
        fallback_lines=source.fallback_lines,
        control_lines=source.control_lines,
    )
    plan, parse_problems = _read_records(source, len(targets), progress, cancelled)
    report.rows = plan.count + len(parse_problems)
    if report.rows == 0:
        raise UserError(ImportFileMessage.NO_ROWS, path=source.path)
    _check(cancelled)
    row_problems: dict[int, list[Message]] = {}
    review: dict[int, list[Message]] = {}
    plan.columns, plan.tags = build_columns(
        plan.raw,
        plan.count,
        targets,
        row_problems,
        source.headers,
        source.suspects,
        review=review,
        own_export=bool(source.delimiter) and is_own_export(source.headers),
        default_country=group_country,
        date_order=date_order,
    )
    plan.raw = []  # the cleaned columns replace the file's
    review_columns(plan.columns, review, source.suspects)
    suspects = check_columns(plan.columns, plan.tags, row_problems, plan.longest, emails_checked=True)
    word_problems(plan, suspects, row_problems)
    report.bad_rows = sorted(
        parse_problems + [RowProblem(plan.line(row), tuple(found)) for row, found in row_problems.items()],
        key=lambda problem: problem.line,
    )
    report.to_review = [
        RowProblem(plan.line(row), tuple(found))
        for row, found in sorted(review.items())
        if row not in row_problems
    ]
    good = (
        [row for row in range(plan.count) if row not in row_problems] if row_problems else range(plan.count)
    )
    _check(cancelled)
    existing, insert, merges = find_duplicates(store.conn, plan, list(good), policy.value)
    _fill_report(report, plan, insert, merges)
    if report.bad_rows and not skip_bad_rows:
        report.refused = True
    if dry_run or report.refused or not (insert or merges):
        return report
    if existing:
        report.backup = store.automatic_backup("before-import")
    _write(store, plan, insert, merges, existing == 0, progress, cancelled)
    report.committed = True
    if progress:
        progress(1.0)
    return report


def _record_lines(source: SourceTable) -> list[int]:
    """The first line of every record; asked only after fast_rows() found no bad record."""
    return [item[0] for item in source.records() if not isinstance(item, RowProblem)]


def _read_records(
    source: SourceTable, width: int, progress: ProgressFn | None, cancelled: CancelFn | None
) -> tuple[Plan, list[RowProblem]]:
    """The records as a Plan of columns; records with the wrong number of fields or unreadable ones as
    problems."""
    plan = Plan()
    plain = source.fast_columns(width)
    if plain is not None:  # a plain file: split as a whole, one record per line after the header
        plan.raw, plan.longest = plain
        plan.count = len(plan.raw[0])
        first, count = source.header_line + 1, plan.count
        # Not plan.count inside: a closure over the plan, kept on the plan, is a reference cycle, and the
        # plan's million strings would wait for a cycle collection (a fifth of a second at 100,000 rows).
        plan.line_numbers = lambda: list(range(first, first + count))
        plan.raw = list(map(_shared_repeats, plan.raw))
        return plan, []
    problems: list[RowProblem] = []
    rows = source.fast_rows()
    if rows is not None:
        plan.line_numbers = functools.partial(_record_lines, source)
    else:  # a record cannot be parsed: the slow path, which resumes after bad records
        rows, lines = [], []
        for item in source.records():
            if isinstance(item, RowProblem):
                problems.append(item)
            else:
                lines.append(item[0])
                rows.append(item[1])
        plan.line_numbers = lambda: lines
    _check(cancelled)
    if progress:
        progress(0.3)
    if set(map(len, rows)) - {width}:
        kept: list[int] = []
        ragged: list[int] = []
        for index, row in enumerate(rows):
            if len(row) == width:
                kept.append(index)
            elif len(row) > width and not any(cell.strip() for cell in row[width:]):
                rows[index] = row[:width]
                kept.append(index)
            else:
                ragged.append(index)
        if ragged:
            all_lines = plan.line_numbers()
            problems.extend(
                RowProblem(all_lines[i], (message(RowMessage.FIELD_COUNT, fields=len(rows[i]), width=width),))
                for i in ragged
            )
            rows = [rows[i] for i in kept]
            plan.kept = kept
    plan.count = len(rows)
    plan.raw = list(map(_shared_repeats, zip(*rows, strict=True))) if rows else []
    return plan, problems


def _shared_repeats(column: Sequence[str]) -> Sequence[str]:
    """column with one string per distinct value when its values repeat (countries, languages, towns, first
    names, tags); otherwise column itself.

    Splitting a file makes a string of every cell: 100,000 "CH" apart. Every later pass over a column
    (cleaning, checking, folding, comparing, writing) reads each of them from memory; over shared strings it
    finds them equal by identity, their hashes and UTF-8 forms made once, which made a 100,000-row import
    about a tenth faster. Whether values repeat shows in the first thousand.
    """
    sample = column[:1000]
    if len(set(sample)) * 4 > len(sample):
        return column
    canonical: dict[str, str] = {}
    return list(map(canonical.setdefault, column, column))  # each value's first string


def _fill_report(report: ImportReport, plan: Plan, insert: list[int], merges: dict[int, list[int]]) -> None:
    report.added = len(insert)
    report.merged = len(merges)
    report.duplicates = len(plan.duplicates)
    if report.policy is DuplicatePolicy.SKIP:
        report.skipped = report.duplicates
    report.possible = len(plan.possible)
    report.duplicate_notes = _notes(plan, plan.duplicates)
    report.possible_notes = _notes(plan, plan.possible)


def _notes(plan: Plan, matches: list[Match]) -> list[DuplicateNote]:
    """A note for each match, with the file lines of its row and of the earlier row it matched."""
    if not matches:
        return []
    line = plan.line
    firsts, lasts, streets = plan.columns["first_name"], plan.columns["last_name"], plan.columns["street"]
    notes = []
    for match in matches:
        row = match.row
        first, last = firsts[row], lasts[row]
        notes.append(
            DuplicateNote(
                line(row),
                f"{first} {last}" if first and last else first or last,
                match.signer_id,
                line(match.other_row) if match.other_row is not None else None,
                match.kind,
                match.other_name,
                streets[row].replace("\n", ", "),
                match.other_street,
            )
        )
    return notes


def _search_texts(plan: Plan) -> list[str]:
    """Signer.search_text() of every row, built column by column.

    fold() of the parts joined by spaces equals the folded parts joined by spaces, because every step
    of fold() works on single characters. Folded parts have no stray whitespace, so only the rows with
    an empty part (two spaces, or one at an end) need their spaces tidied. Tags come last and are often
    empty: they are appended with their space, or not at all.
    """
    c = plan.columns
    parts = [plan.folded_first, plan.folded_last]
    parts.extend(fold_many(c[column]) for column in _SEARCH_COLUMNS[2:] if any(c[column]))
    texts = list(map(" ".join, zip(*parts, strict=True)))
    gaps: set[int] = set()  # rows with an empty part before the last one
    for values in parts[:-1]:
        if "" in values:
            gaps.update(itertools.compress(itertools.count(), map(operator.not_, values)))
    if "" in parts[-1]:  # only the last part empty: just the trailing space to drop
        for row in itertools.compress(itertools.count(), map(operator.not_, parts[-1])):
            if row not in gaps:
                texts[row] = texts[row][:-1]
    for row in gaps:
        texts[row] = " ".join(texts[row].split())
    tags = list(map(" ".join, plan.tags))
    if any(tags):
        folded_tags = fold_many(tags)
        spaced = {tag: " " + tag if tag else "" for tag in set(folded_tags)}
        texts = list(map(operator.add, texts, map(spaced.__getitem__, folded_tags)))
        if "" in plan.folded_first and "" in plan.folded_last:  # a row may have been empty before its tags
            texts = [text[1:] if text[:1] == " " else text for text in texts]
    return texts


def _select(values: list[str], rows: list[int], count: int) -> list[str]:
    """values at rows (all of them, without copying, when no row was left out)."""
    if len(rows) == count:
        return values
    if len(rows) == 1:
        return [values[rows[0]]]
    return list(operator.itemgetter(*rows)(values)) if rows else []


def _check(cancelled: CancelFn | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError()


def _write(
    store: RosterStore,
    plan: Plan,
    insert: list[int],
    merges: dict[int, list[int]],
    empty_roster: bool,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> None:
    """One transaction: new rows (as zipped columns, no per-row Python), their tags, then merges."""
    now = now_iso()
    columns = {k: _select(v, insert, plan.count) for k, v in plan.columns.items()}
    columns["tags"] = _select(list(map("\n".join, plan.tags)), insert, plan.count)
    searches = _select(_search_texts(plan), insert, plan.count)
    sort_keys = _select(plan.sort_keys, insert, plan.count)
    # Filling an empty roster with a rollback journal writes each page once; the WAL would write it twice
    # (log, then checkpoint). Only possible while no other connection has the roster open (the CLI).
    rebuild_index = empty_roster and len(insert) > 1000
    rollback_journal = rebuild_index and _set_journal(store, "delete")
    # SQLite sorts the new index a fifth faster with its usual temporary storage than with the store's
    # temp_store = MEMORY; changing the setting drops temporary tables, so only a connection without any.
    usual_temp_store = rebuild_index and _set_temp_store(store, "DEFAULT")
    try:
        with store.transaction() as conn:
            if rebuild_index:  # building the indexes once after the rows is several times faster
                conn.execute("DROP INDEX signers_by_name")
            # Bind only the columns the file fills; the others take their default ''. A value that is the
            # same in every row (the time stamp; often the country or the language) goes into the statement
            # as a literal instead of being bound 100,000 times. Ids are left to SQLite, which numbers new
            # rows on from the highest id, in file order.
            filled = [column for column in (*TEXT_COLUMNS, "tags") if any(columns[column])]
            same = {c: columns[c][0] for c in filled if _one_value(columns[c])}
            bound = [column for column in filled if column not in same]
            literals = {**same, "created_at": now, "updated_at": now}
            sql = (
                f"INSERT INTO signers ({', '.join([*bound, *literals])}, sort_key, search) VALUES "
                f"({', '.join(['?'] * len(bound) + list(map(_sql_literal, literals.values())))}, ?, ?)"
            )
            records = zip(*(columns[column] for column in bound), sort_keys, searches, strict=True)
            for start in range(0, len(insert), _CHUNK):  # chunks, to show progress and allow cancel
                _check(cancelled)
                stop = min(start + _CHUNK, len(insert))
                conn.executemany(sql, itertools.islice(records, _CHUNK))
                if progress:
                    progress(0.5 + 0.45 * stop / len(insert))
            if merges:
                current = get_signers(conn, list(merges))
                for signer_id, rows in merges.items():
                    if signer_id in current:
                        merged = current[signer_id]
                        for row in rows:
                            merged = merged.merged_with(plan.signer(row))
                        if merged != current[signer_id]:
                            write_update(conn, merged)
            _check(cancelled)
            if rebuild_index:
                conn.execute(NAME_INDEX_SQL)
    finally:
        if usual_temp_store:
            _set_temp_store(store, "MEMORY")
        if rollback_journal:
            _set_journal(store, "wal")


def _set_temp_store(store: RosterStore, mode: str) -> bool:
    """Set temp_store; refused (False) while the connection holds temporary tables, which it would drop."""
    if store.conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0]:
        return False
    store.conn.execute(f"PRAGMA temp_store = {mode}")
    return True


def _one_value(values: list[str]) -> bool:
    """Whether every value is the same (a glance at the ends first: most columns differ right away)."""
    return values[0] == values[-1] == values[len(values) // 2] and values.count(values[0]) == len(values)


def _sql_literal(value: str) -> str:
    """value as an SQL string literal (quotes doubled, the only character a literal must escape)."""
    return "'" + value.replace("'", "''") + "'"


def _set_journal(store: RosterStore, mode: str) -> bool:
    """Switch the journal mode; False when SQLite refuses (another connection has the roster open)."""
    try:
        return str(store.conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]).lower() == mode
    except sqlite3.OperationalError:
        return False
