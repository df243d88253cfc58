"""`ua-desktop roster …`: import, export, list, add, show, erase, back up and restore the signer roster.

Writing commands take the roster's writer lock (and say so when a window holds it); reading commands fall
back to a read-only view when the roster is in use, so `roster list` works next to an open window.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ua_desktop.commands import common
from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind, message
from ua_desktop.core.roster.mapping import TARGETS

if TYPE_CHECKING:
    from ua_desktop.core.roster.store import RosterStore

# Handlers import the rest of the core lazily: building the parser must stay cheap (the GUI starts
# through it).
_POLICIES = ("skip", "merge", "add")


class RosterCommandMessage(MessageKind):
    """What `ua-desktop roster` itself refuses."""

    MAPPING = QT_TRANSLATE_NOOP("CoreMessages", "--mapping: {problem}.")
    MAPPING_NOT_AN_OBJECT_OR_LIST = QT_TRANSLATE_NOOP(
        "CoreMessages",
        'expected an object such as {{"Vorname": "first_name", "Notiz": null}} or the fields in column '
        'order such as ["first_name", "last_name", null, "email"]',
    )
    NO_HEADER_HINT = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{problem} With the command line: add --no-header and give the fields in column order with "
        '--mapping, e.g. ["first_name", "last_name", null, "email"].',
    )
    NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("CoreMessages", "--{option}: '{value}' is not understood.")
    NOT_ADDED = QT_TRANSLATE_NOOP("CoreMessages", "The signer was not added: {problems}.")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    roster = commands.add_parser(
        "roster", help="the signer roster: import, export, list, add, erase, back up"
    )
    sub = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)

    imp = sub.add_parser("import", help="import signers from a CSV or vCard (.vcf) file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen, change nothing")
    imp.add_argument(
        "--on-duplicate",
        choices=_POLICIES,
        default="skip",
        help="a row that is a person already in the roster or the file (the same e-mail address, or the "
        "same name, postcode and street): skip it (default), merge it into that signer, or add it as "
        "another signer; the same name and postcode with another street is imported and listed to check",
    )
    imp.add_argument(
        "--mapping",
        metavar="JSON",
        help='correct the column mapping: {"Column header": "field" or null}, or the fields in column '
        'order ["first_name", "last_name", null, "email"] (also {"3": "city"} by position), as text or a '
        f"file; fields: {', '.join(TARGETS)}",
    )
    imp.add_argument(
        "--no-header",
        action="store_true",
        help="the file has no header row: its first row is a person (give the fields with --mapping)",
    )
    imp.add_argument("--skip-bad-rows", action="store_true", help="import the good rows even if some are bad")
    imp.add_argument(
        "--date-order",
        choices=("DMY", "MDY", "YMD"),
        type=str.upper,
        help="how the file writes numeric dates such as 3/1/2024 (default: as its unambiguous dates such as "
        "13/1/2024 show, else as the group's country writes them; an ambiguous date is otherwise refused)",
    )
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", help="export signers as CSV (UTF-8, opens in Excel)")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument("--search", default="", metavar="TEXT")
    exp.add_argument("--tag", default="", metavar="TAG")
    exp.set_defaults(handler=cmd_export)

    listing = sub.add_parser("list", help="list signers")
    listing.add_argument(
        "--search", default="", metavar="TEXT", help="names, place, e-mail or tags containing TEXT"
    )
    listing.add_argument("--tag", default="", metavar="TAG")
    listing.add_argument(
        "--json",
        action="store_true",
        help="a JSON array, one object per signer with every field, a signer to a line",
    )
    listing.set_defaults(handler=cmd_list)

    add = sub.add_parser("add", help="add one signer")
    add.add_argument("--first", default="", metavar="NAME", help="first name")
    add.add_argument("--last", default="", metavar="NAME", help="last name")
    for option, help_text in (
        ("--title", "e.g. Dr."),
        ("--organisation", ""),
        ("--street", "street line (repeat for more lines)"),
        ("--postcode", ""),
        ("--city", ""),
        ("--region", "state, canton, province"),
        ("--country", "ISO code or name, e.g. CH"),
        ("--email", ""),
        ("--phone", ""),
        ("--language", "preferred letter language, e.g. de"),
        ("--tag", "a tag (repeat for more)"),
        ("--consent-date", "when consent was given, e.g. 2025-03-31"),
        ("--consent-how", "e.g. sign-in sheet"),
        ("--notes", ""),
    ):
        repeat = option in ("--street", "--tag")
        add.add_argument(
            option,
            action="append" if repeat else "store",
            default=[] if repeat else "",
            help=help_text or None,
        )
    add.add_argument(
        "--privacy", action="store_true", help="print only their initials and town on letters and labels"
    )
    add.set_defaults(handler=cmd_add)

    show = sub.add_parser("show", help="show one signer with the address as it is printed")
    show.add_argument("signer_id", type=int, metavar="ID")
    show.set_defaults(handler=cmd_show)

    erase = sub.add_parser("erase", help="erase one signer completely (data-protection request)")
    erase.add_argument("signer_id", type=int, metavar="ID")
    erase.set_defaults(handler=cmd_erase)

    person = sub.add_parser("export-person", help="write one signer's complete record as JSON")
    person.add_argument("signer_id", type=int, metavar="ID")
    person.add_argument("file", type=Path, metavar="FILE")
    person.set_defaults(handler=cmd_export_person)

    backup = sub.add_parser("backup", help="write a backup copy of the roster to FILE")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help="replace the roster by a backup (the current one is backed up)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=cmd_restore)

    new = sub.add_parser(
        "new",
        help="start a new, empty roster where the roster is missing or empty (its backups stay)",
    )
    new.set_defaults(handler=cmd_new)


def open_store(args: argparse.Namespace, write: bool) -> RosterStore:
    """The roster for this command: writable, or for reading also read-only (a window holds it, a
    write-protected stick, a full disk)."""
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.roster.store import RosterStore

    paths = app_paths(args)
    if write:
        return RosterStore.open(paths, wait=2.0)
    return RosterStore.open_for_reading(paths)


def _mapping(args: argparse.Namespace, headers: list[str]) -> list[str | None] | None:
    from ua_desktop.core.roster.mapping import MappingError, mapping_from_names, mapping_from_positions

    if not args.mapping:
        return None
    text = args.mapping
    candidate = Path(text)
    if not text.lstrip().startswith("{") and candidate.is_file():
        text = candidate.read_text(encoding="utf-8")
    try:
        chosen = json.loads(text)
    except ValueError as error:  # the JSON parser's own English: where the text stops being JSON
        raise UserError(RosterCommandMessage.MAPPING, problem=str(error)) from error
    if isinstance(chosen, list) and all(isinstance(v, str | None) for v in chosen):
        try:
            return mapping_from_positions(headers, chosen)
        except MappingError as error:
            raise UserError(RosterCommandMessage.MAPPING, problem=error.message) from error
    if not isinstance(chosen, dict) or not all(isinstance(v, str | None) for v in chosen.values()):
        raise UserError(
            RosterCommandMessage.MAPPING,
            problem=message(RosterCommandMessage.MAPPING_NOT_AN_OBJECT_OR_LIST),
        )
    try:
        return mapping_from_names(headers, chosen)
    except MappingError as error:
        raise UserError(RosterCommandMessage.MAPPING, problem=error.message) from error


def cmd_import(args: argparse.Namespace) -> int:
    from ua_desktop.core.roster.csv_import import NOTE_KINDS, DuplicatePolicy, import_source
    from ua_desktop.core.roster.fields import DateOrder
    from ua_desktop.core.roster.messages import ImportFileMessage
    from ua_desktop.core.roster.source import read_source

    source = read_source(args.file, has_header=not args.no_header)
    mapping = _mapping(args, source.headers)
    with open_store(args, write=not args.dry_run) as store:
        try:
            report = import_source(
                store,
                source,
                mapping=mapping,
                on_duplicate=DuplicatePolicy(args.on_duplicate),
                dry_run=args.dry_run,
                skip_bad_rows=args.skip_bad_rows,
                group_country=common.group_country(args),
                date_order=DateOrder(args.date_order) if args.date_order else None,
            )
        except UserError as error:
            if (
                error.message is not None
                and error.message.kind is ImportFileMessage.FIRST_ROW_LOOKS_LIKE_DATA
            ):
                raise UserError(RosterCommandMessage.NO_HEADER_HINT, problem=error.message) from error
            raise
    from ua_desktop.cli_words import say, terminal_language
    from ua_desktop.core.roster.messages import ImportMessage, RowMessage

    problem_kinds = (
        RowMessage.ROW,
        ImportMessage.BAD_ROWS,
        ImportMessage.REFUSED,
        ImportMessage.TO_REVIEW,
        ImportMessage.FALLBACK_LINES,
        ImportMessage.CONTROLS_REMOVED,
    )
    language = terminal_language()  # once: a report can have a line for each of 100,000 rows
    for line in report.summary():
        indent = "  " if line.kind is RowMessage.ROW or line.kind in NOTE_KINDS else ""
        print(indent + say(line, language), file=sys.stderr if line.kind in problem_kinds else sys.stdout)
    return 1 if report.refused else 0


def cmd_export(args: argparse.Namespace) -> int:
    from ua_desktop.core.roster.privacy import export_roster_csv
    from ua_desktop.core.roster.search import Query

    with open_store(args, write=False) as store:
        count = export_roster_csv(store, args.file, Query(text=args.search, tag=args.tag))
    print(f"{count} signer(s) exported to {args.file}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.roster.json_listing import write_json
    from ua_desktop.core.roster.search import Query, iter_signers
    from ua_desktop.core.roster.store import offer_copies

    paths = app_paths(args)
    if not paths.roster_db.exists():
        offer_copies(paths.roster_db, paths.backups_dir)  # no roster, but an earlier one's copies: say so
        if args.json:
            print("[]")
        return 0
    query = Query(text=args.search, tag=args.tag)
    # Streamed as the rows are read: 100,000 signers in constant memory (issue 17).
    with open_store(args, write=False) as store:
        if args.json:
            write_json(store.conn, query, sys.stdout.write)
            print()
            return 0
        for s in iter_signers(store.conn, query):
            print(
                "\t".join(
                    (
                        str(s.id),
                        s.last_name,
                        s.first_name,
                        s.postal_code,
                        s.city,
                        s.country,
                        s.email,
                        "; ".join(s.tags),
                    )
                )
            )
    return 0


def _parsed(value: str, parser: object, label: str) -> str:
    assert callable(parser)
    result = parser(value)
    if result is None:
        raise UserError(RosterCommandMessage.NOT_UNDERSTOOD, option=label, value=value)
    return str(result)


def cmd_add(args: argparse.Namespace) -> int:
    import functools

    from ua_desktop.core.roster.cleaning import clean_signer
    from ua_desktop.core.roster.fields import country_date_order, parse_country, parse_date, parse_language
    from ua_desktop.core.roster.matching import known_matches
    from ua_desktop.core.roster.records import add_signer
    from ua_desktop.core.roster.signer import Signer, split_tags
    from ua_desktop.core.roster.validation import validate_signer

    group_country = common.group_country(args)
    country = _parsed(args.country, parse_country, "country")
    # A numeric date is read as the signer's (or the group's) country writes dates; an ambiguous one
    # ("3/1/2024") with no country to tell is refused rather than guessed.
    read_date = functools.partial(parse_date, order=country_date_order(country or group_country))
    signer = Signer(
        first_name=args.first,
        last_name=args.last,
        title=args.title,
        organisation=args.organisation,
        street=tuple(args.street),
        postal_code=args.postcode,
        city=args.city,
        region=args.region,
        country=country,
        email=args.email,
        phone=args.phone,
        language=_parsed(args.language, parse_language, "language"),
        tags=split_tags(";".join(args.tag)),
        notes=args.notes,
        consent_date=_parsed(args.consent_date, read_date, "consent-date"),
        consent_method=args.consent_how,
        privacy=args.privacy,
    )
    signer = clean_signer(signer, group_country)  # the one cleaning table every entry path uses
    problems = validate_signer(signer)
    if problems:
        raise UserError(RosterCommandMessage.NOT_ADDED, problems=tuple(p.message() for p in problems))
    with open_store(args, write=True) as store:
        known = known_matches(store.conn, signer)
        added = add_signer(store, signer)
    print(f"added signer {added.id}: {added.display_name}")
    if known:  # added all the same (a script may mean it); said, so that nobody gets two letters' worth
        from ua_desktop.cli_words import say, terminal_language

        language = terminal_language()
        for match in known:
            print(f"ua-desktop: {say(match.message(), language)}", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from ua_desktop.core.address import format_postal_address
    from ua_desktop.core.roster.records import get_signer

    with open_store(args, write=False) as store:
        signer = get_signer(store.conn, args.signer_id)
    for key, value in signer.to_dict().items():
        if key in ("street", "tags"):
            value = "; ".join(value)
        if key != "signatures":
            print(f"{key}: {value}")
    print("address:")
    group_country = common.group_country(args) or None
    for line in format_postal_address(signer.postal_address(), sender_country=group_country):
        print(f"  {line}")
    print(f"signatures: {len(signer.signatures)}")
    for signature in signer.signatures:
        print(f"  {signature.case_id} ({signature.language or '-'}) {signature.signed_at}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    """Erase one signer; exit 1 when a copy in the program's folders could not be reached."""
    from ua_desktop.cli_words import say
    from ua_desktop.core.roster.privacy import erase_signer

    with open_store(args, write=True) as store:
        erasure = erase_signer(store, args.signer_id)
    print(
        f"erased signer {args.signer_id}: {erasure.signer.display_name}, with their signatures"
        + (f" (also from {erasure.backups_cleaned} backup(s))" if erasure.backups_cleaned else "")
    )
    if not erasure.journal_clean:
        print(
            "ua-desktop: another window is reading the roster; close it so the journal is cleared too",
            file=sys.stderr,
        )
    for notice in erasure.notices():
        print(f"ua-desktop: {say(notice)}", file=sys.stderr)
    return 0 if erasure.complete else 1


def cmd_export_person(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.roster.privacy import export_person

    with open_store(args, write=False) as store:
        signer = export_person(store.conn, args.signer_id, args.file, app_paths(args).data_dir)
    print(f"record of signer {signer.id} ({signer.display_name}) written to {args.file}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args, write=False) as store:
        store.backup_to(args.file)
    print(f"roster backed up to {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.roster.store import RosterNeedsRestoreError, RosterStore, set_aside_and_restore

    paths = app_paths(args)
    try:
        store = RosterStore.open(paths)
    except RosterNeedsRestoreError:  # damaged, or missing with copies beside it
        aside = set_aside_and_restore(paths, args.file)
        if aside is not None:
            print(f"the damaged roster was kept as {aside}; roster restored from {args.file}")
        else:
            print(f"roster restored from {args.file}")
        return 0
    with store:
        store.restore_from(args.file)
    print(f"roster restored from {args.file} (the previous roster is in {paths.backups_dir})")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.roster.store import start_new_roster

    paths = app_paths(args)
    start_new_roster(paths)
    print(f"a new, empty roster is ready at {paths.roster_db}")
    return 0
