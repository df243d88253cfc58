"""`ua-desktop evening …`: start an evening, sign people in, print the queue, end it and report the tally.

The same core (core/evenings) as the sign-in screen and the print-queue panel. Commands that take an
evening id default to the evening still open, except `report`, which always names the evening.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ua_desktop.commands import common
from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind  # the wordings only: cheap to import

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ua_desktop.core.evenings.model import Evening, QueueItem, SignInResult
    from ua_desktop.core.evenings.session import EveningSession
    from ua_desktop.core.paths import AppPaths
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

# Handlers import the core lazily: building the parser must stay cheap because the GUI starts through it.


class EveningCommandMessage(MessageKind):
    """What `ua-desktop evening …` itself refuses, before the core is asked."""

    NONE_OPEN = QT_TRANSLATE_NOOP(
        "CoreMessages", "No evening is open. Start one with: ua-desktop evening start --case ID"
    )
    UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP("CoreMessages", "Unknown country '{value}'.")
    UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("CoreMessages", "Unknown language '{value}'.")
    UNKNOWN_LETTER_LANGUAGE = QT_TRANSLATE_NOOP(
        "CoreMessages", "Unknown language '{value}' (use a code such as de)."
    )
    SIGNER_OR_PERSON = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Give either --signer ID (a returning signer, whose address is on record) or a name and address, "
        "not both.",
    )
    NEEDS_OUT_DIR = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Without --consent nothing about the person is kept, so their letters cannot wait in the queue: "
        "add --out-dir DIR to print them right away (or --consent if they agree to be kept).",
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use the form 2026-11-28") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a valid id (ids are 1 or more)")
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    evening = commands.add_parser("evening", help="letter-writing evenings: sign-in, print queue, tally")
    sub = evening.add_subparsers(dest="evening_command", metavar="ACTION", required=True)

    start = sub.add_parser("start", help="open an evening for one or more cases")
    start.add_argument(
        "--case", action="append", required=True, metavar="ID", help="case id (repeat for more)"
    )
    start.add_argument("--place", default="", metavar="TEXT", help="where the evening takes place")
    start.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    start.add_argument("--labels", action="store_true", help="queue an address label with every letter")
    start.add_argument("--envelopes", action="store_true", help="queue a printed envelope with every letter")
    start.set_defaults(handler=cmd_start)

    add = sub.add_parser("add-case", help="add a case to the open evening (a new appeal arrived)")
    add.add_argument("evening_id", nargs="?", type=_positive, metavar="ID", help="default: the open evening")
    add.add_argument(
        "--case", action="append", required=True, metavar="CASE", help="case id (repeat for more)"
    )
    add.set_defaults(handler=cmd_add_case)

    listing = sub.add_parser("list", help="list the evenings with their totals")
    listing.set_defaults(handler=cmd_list)

    sign = sub.add_parser("sign", help="sign someone in: a returning signer (--signer) or a new person")
    sign.add_argument("evening_id", nargs="?", type=_positive, metavar="ID", help="default: the open evening")
    sign.add_argument("--signer", type=_positive, metavar="SIGNER_ID", help="a returning signer's roster id")
    sign.add_argument("--first", default="", metavar="NAME", help="first name")
    sign.add_argument("--last", default="", metavar="NAME", help="last name")
    sign.add_argument("--street", action="append", default=[], metavar="LINE", help="repeat for more lines")
    sign.add_argument("--postcode", default="", metavar="CODE")
    sign.add_argument("--city", default="", metavar="TOWN")
    sign.add_argument("--country", default="", metavar="CODE", help="ISO code or name, e.g. CH")
    sign.add_argument("--email", default="", metavar="ADDRESS")
    sign.add_argument("--language", default="", metavar="CODE", help="letter language, e.g. de")
    sign.add_argument("--tag", action="append", default=[], metavar="TAG", help="repeat for more")
    sign.add_argument(
        "--case", action="append", default=[], metavar="ID", help="only these cases (default: all)"
    )
    sign.add_argument(
        "--consent",
        action="store_true",
        help="the person agrees to be kept on the roster (else nothing is stored)",
    )
    sign.add_argument(
        "--privacy",
        action="store_true",
        help="print only their initials and town (kept on the roster with them; never cleared here)",
    )
    sign.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="print the letters right away into DIR (needed without --consent)",
    )
    sign.set_defaults(handler=cmd_sign)

    queue = sub.add_parser("queue", help="list the print queue")
    queue.add_argument(
        "evening_id", nargs="?", type=_positive, metavar="ID", help="default: the open evening"
    )
    queue.add_argument("--waiting", action="store_true", help="only items not printed yet")
    queue.set_defaults(handler=cmd_queue)

    printing = sub.add_parser("print", help="write the waiting queue items as PDFs and mark them printed")
    printing.add_argument(
        "evening_id", nargs="?", type=_positive, metavar="ID", help="default: the open evening"
    )
    printing.add_argument("--out-dir", type=Path, required=True, metavar="DIR")
    printing.add_argument(
        "--item",
        type=_positive,
        action="append",
        default=[],
        metavar="N",
        help="only this item (repeat for more); a printed item is printed again",
    )
    printing.add_argument("--printer", default="", metavar="NAME", help="apply this printer's calibration")
    printing.add_argument(
        "--privacy", action="store_true", help="print every signer with initials and town only"
    )
    printing.set_defaults(handler=cmd_print)

    end = sub.add_parser("end", help="end the evening (the tally stays)")
    end.add_argument("evening_id", nargs="?", type=_positive, metavar="ID", help="default: the open evening")
    end.set_defaults(handler=cmd_end)

    report = sub.add_parser("report", help="the tally as a one-page PDF summary or a CSV file")
    report.add_argument("evening_id", type=_positive, metavar="ID")
    report.add_argument("--out", type=Path, required=True, metavar="FILE", help="report.pdf or report.csv")
    report.set_defaults(handler=cmd_report)


# -- shared ---------------------------------------------------------------------------------------------
def _store(args: argparse.Namespace, write: bool) -> RosterStore:
    from ua_desktop.commands.roster import open_store

    return open_store(args, write=write)


def _evening(store: RosterStore, evening_id: int | None) -> Evening:
    from ua_desktop.core.errors import UserError
    from ua_desktop.core.evenings.evenings import get_evening, open_evening

    if evening_id is not None:
        return get_evening(store.conn, evening_id)
    current = open_evening(store.conn)
    if current is None:
        raise UserError(EveningCommandMessage.NONE_OPEN)
    return current


def _warn(text: str) -> None:
    print(f"ua-desktop: warning: {text}", file=sys.stderr)


# -- handlers -------------------------------------------------------------------------------------------
def cmd_start(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.evenings.evenings import evenings_on, start_evening

    library = case_library(args)
    day = args.date or dt.date.today()
    with _store(args, write=True) as store:
        same_day = evenings_on(store.conn, day)
        evening = start_evening(
            store,
            library,
            args.case,
            args.place,
            day,
            print_labels=args.labels,
            print_envelopes=args.envelopes,
        )
    for other in same_day:
        _warn(
            f"there is already an evening on {day.isoformat()}: {other.describe()}. "
            "The new one keeps its own tally; the reports show them separately."
        )
    print(f"Started evening {evening.describe()} for {', '.join(evening.case_ids)}")
    return 0


def cmd_add_case(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.evenings.evenings import add_cases

    with _store(args, write=True) as store:
        evening = add_cases(store, case_library(args), _evening(store, args.evening_id), args.case)
    print(f"Evening {evening.describe()} now works on {', '.join(evening.case_ids)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ua_desktop.core.evenings.evenings import list_evenings
    from ua_desktop.core.evenings.tally import evening_tally

    with _store(args, write=False) as store:
        for evening in list_evenings(store.conn):
            tally = evening_tally(store.conn, evening.id)
            state = "open" if evening.is_open else "ended"
            print(
                f"{evening.id}\t{evening.date.isoformat()}\t{evening.place}\t{','.join(evening.case_ids)}\t"
                f"{state}\t{tally.people} people\t{tally.letters} letters"
            )
    return 0


def _person(args: argparse.Namespace) -> Signer:
    from ua_desktop.core.errors import UserError
    from ua_desktop.core.roster.fields import parse_country, parse_language
    from ua_desktop.core.roster.signer import Signer

    def parsed(value: str, parse: Callable[[str], str | None], unknown: EveningCommandMessage) -> str:
        if not value.strip():
            return ""
        result = parse(value)
        if result is None:
            raise UserError(unknown, value=value)
        return str(result)

    return Signer(
        first_name=args.first,
        last_name=args.last,
        street=tuple(args.street),
        postal_code=args.postcode,
        city=args.city,
        country=parsed(args.country, parse_country, EveningCommandMessage.UNKNOWN_COUNTRY),
        email=args.email,
        language=parsed(args.language, parse_language, EveningCommandMessage.UNKNOWN_LANGUAGE),
    )


def cmd_sign(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.errors import UserError
    from ua_desktop.core.evenings.model import Arrival
    from ua_desktop.core.evenings.session import EveningSession
    from ua_desktop.core.roster.fields import parse_language
    from ua_desktop.core.roster.signer import split_tags

    typed = (args.first, args.last, *args.street, args.postcode, args.city, args.country, args.email)
    if args.signer is not None and any(typed):
        raise UserError(EveningCommandMessage.SIGNER_OR_PERSON)
    stored = args.signer is not None or args.consent
    if not stored and args.out_dir is None:
        raise UserError(EveningCommandMessage.NEEDS_OUT_DIR)
    language = ""
    if args.language:
        language = parse_language(args.language) or ""
        if not language:
            raise UserError(EveningCommandMessage.UNKNOWN_LETTER_LANGUAGE, value=args.language)
    person = _person(args) if args.signer is None else None
    arrival = Arrival(
        signer_id=args.signer,
        person=person,
        consent=args.consent,
        language=language,
        tags=split_tags(";".join(args.tag)),
        case_ids=tuple(args.case),
        privacy=args.privacy,
    )
    library = case_library(args)
    with _store(args, write=True) as store:
        session = EveningSession(store, library, _evening(store, args.evening_id), common.group_country(args))
        result = session.sign_in(arrival)
        _describe_sign_in(result)
        if args.out_dir is not None:
            _print_items(session, list(result.queued), args.out_dir, app_paths(args), "", args.privacy)
    return 0


def _describe_sign_in(result: SignInResult) -> None:
    kept = (
        "new signer, kept on the roster"
        if result.new_signer
        else ("returning signer" if result.stored else "not kept: no consent")
    )
    counted = ", ".join(result.counted) or "nothing new"
    print(f"Signed in {result.name} ({kept}): counted {counted}; {len(result.queued)} item(s) to print")
    for repeat in result.repeats:
        when = "earlier this evening" if repeat.same_evening else f"on {repeat.earlier}"
        if any(item.case_id == repeat.case_id for item in result.queued):
            _warn(f"{result.name} already signed {repeat.case_id} {when}: printed again, not counted twice.")
        else:
            _warn(
                f"{result.name} already signed {repeat.case_id} {when}; "
                "that letter is still waiting in the queue."
            )


def _print_items(
    session: EveningSession,
    items: Sequence[QueueItem],
    out_dir: Path,
    paths: AppPaths,
    printer: str,
    privacy: bool = False,
) -> None:
    """One PDF per kind of paper in out_dir (never over an earlier batch's files); marks the items printed.

    privacy: every signer with initials and town only.
    """
    from ua_desktop.core.evenings.paper_batch import PaperKind, write_paper_batch
    from ua_desktop.core.evenings.printing import PrintContext

    context = PrintContext.load(paths, printer, privacy=privacy)
    result = write_paper_batch(session, items, Path(out_dir), context)
    session.queue.mark_printed(result.item_ids)
    from ua_desktop.cli_words import say

    for notice in result.notices:
        _warn(say(notice))
    what = {PaperKind.PLAIN: "letter", PaperKind.LABEL_SHEETS: "label", PaperKind.ENVELOPES: "envelope"}
    for written in result.files:
        on = f" on {written.stock}" if written.stock else ""
        print(
            f"Wrote {written.path} ({len(written.item_ids)} {what[written.paper]}(s){on}, "
            f"{written.pages} page(s))"
        )


def cmd_queue(args: argparse.Namespace) -> int:
    from ua_desktop.core.evenings.queue import PrintQueue

    with _store(args, write=False) as store:
        evening = _evening(store, args.evening_id)
        items = PrintQueue(store, evening.id).items(pending_only=args.waiting)
        for item in items:
            state = f"printed {item.printed_at[:16].replace('T', ' ')}" if item.printed else "waiting"
            again = " (reprint)" if item.reprint else ""
            print(
                f"{item.id}\t{state}\t{item.kind.value}\t{item.case_id}\t{item.language}\t{item.name}{again}"
            )
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.evenings.session import EveningSession

    with _store(args, write=True) as store:
        session = EveningSession(store, case_library(args), _evening(store, args.evening_id))
        items = session.queue.get(args.item) if args.item else session.queue.pending()
        _print_items(session, items, args.out_dir, app_paths(args), args.printer, args.privacy)
    return 0


def cmd_end(args: argparse.Namespace) -> int:
    from ua_desktop.core.evenings.evenings import end_evening
    from ua_desktop.core.evenings.queue import PrintQueue
    from ua_desktop.core.evenings.tally import evening_tally

    with _store(args, write=True) as store:
        evening = end_evening(store, _evening(store, args.evening_id).id)
        tally = evening_tally(store.conn, evening.id)
        waiting = len(PrintQueue(store, evening.id).pending())
    print(f"Ended evening {evening.describe()}: {tally.people} people, {tally.letters} letters")
    if waiting:
        _warn(
            f"{waiting} item(s) were never printed; "
            f"'ua-desktop evening print {evening.id} --out-dir DIR' still can."
        )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.evenings.report_labels import case_labels
    from ua_desktop.core.evenings.tally import evening_tally
    from ua_desktop.core.evenings.tally_report import write_report
    from ua_desktop.core.settings import Settings

    paths = app_paths(args)
    with _store(args, write=False) as store:
        tally = evening_tally(store.conn, args.evening_id)
    settings = Settings.load(paths.settings_file)
    out = write_report(args.out, tally, case_labels(case_library(args), tally), settings.group_name)
    print(f"Wrote {out} ({tally.letters} letters, {tally.people} people, {tally.new_signers} new signers)")
    return 0
