"""`ua-desktop export …`: letters, labels, envelopes and the calibration page as print-ready PDFs, and
for a case the post cannot reach in time, e-mail drafts and a fax sheet.

The same jobs the Export dialog runs (core/export/); handlers import the core lazily so that building the
parser stays cheap for the GUI start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ua_desktop.core.calibration import Calibration
    from ua_desktop.core.export.progress import JobControl
    from ua_desktop.core.letter.signer import LetterSigner
    from ua_desktop.core.messages import Message
    from ua_desktop.core.paths import AppPaths
    from ua_desktop.core.posting import AddressStyle
    from ua_desktop.core.settings import Settings

PAPERS = ("a4", "letter")


def _add_signer_options(parser: argparse.ArgumentParser, blank: bool) -> None:
    who = parser.add_mutually_exclusive_group()
    who.add_argument(
        "--signers", metavar="all|IDS", help="roster signers: all, or ids such as 3,7,10-12 (default: all)"
    )
    who.add_argument("--tag", metavar="TAG", help="every roster signer with this tag")
    if blank:
        who.add_argument("--blank", type=int, metavar="N", help="N blank letters to sign by hand")
    parser.add_argument(
        "--privacy",
        action="store_true",
        help="print every signer with initials and town only (signers who asked for it always are)",
    )


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--case", required=True, metavar="ID", help="case id, see 'ua-desktop cases list'")
    parser.add_argument(
        "--printer", metavar="NAME", default="", help="apply this printer's calibration (see 'calibrate')"
    )
    parser.add_argument(
        "--usps-style", action="store_true", help="recipient in capitals without punctuation (USPS Pub. 28)"
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="print-ready letters, labels and envelopes as PDF")
    sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    letters = sub.add_parser(
        "letters",
        help="one letter per signer per recipient",
        description="Letters for the selected signers, one per signer and recipient (the primary addressee "
        "and every copy), in the order labels and envelopes use.",
    )
    _add_common(letters)
    _add_signer_options(letters, blank=True)
    letters.add_argument("--paper", choices=PAPERS)
    letters.add_argument("--language", metavar="CODE", help="letter language (default: the case's preferred)")
    letters.add_argument(
        "--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="date on the letters"
    )
    letters.add_argument("--pad-duplex", action="store_true", help="end every letter on an even page")
    target = letters.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE", help="one PDF with every letter")
    target.add_argument("--per-signer-folder", type=Path, metavar="DIR", help="one PDF per signer in DIR")
    letters.set_defaults(handler=cmd_letters)

    labels = sub.add_parser("labels", help="address labels on a label sheet")
    _add_common(labels)
    labels.add_argument(
        "--sheet", required=True, metavar="ID", help="label sheet, see 'ua-desktop labels list'"
    )
    how_many = labels.add_mutually_exclusive_group()
    how_many.add_argument("--count", type=int, metavar="N", help="N labels of each address (default: 1)")
    how_many.add_argument("--per-signer", action="store_true", help="one label per letter of the run")
    _add_signer_options(labels, blank=False)
    labels.add_argument(
        "--start", type=int, metavar="N", help="start at label N (default: after the remembered used ones)"
    )
    labels.add_argument(
        "--return-address",
        action="store_true",
        help="print return addresses: each signer's with --per-signer, else the group's",
    )
    labels.add_argument("--no-remember", action="store_true", help="do not record the used positions")
    labels.add_argument("--out", required=True, type=Path, metavar="FILE")
    labels.set_defaults(handler=cmd_labels)

    envelopes = sub.add_parser("envelopes", help="printed envelopes")
    _add_common(envelopes)
    envelopes.add_argument(
        "--size", required=True, metavar="SIZE", help="DL, C5, C6, C6/5, US10 or WIDTHxHEIGHT in mm"
    )
    envelopes.add_argument("--count", type=int, default=1, metavar="N", help="envelopes per recipient")
    envelopes.add_argument("--per-signer", action="store_true", help="one envelope per letter of the run")
    _add_signer_options(envelopes, blank=False)
    envelopes.add_argument(
        "--return-address",
        choices=("group", "signer", "none"),
        default=None,
        help="top-left sender (default: signer with --per-signer, else group)",
    )
    envelopes.add_argument("--priority", action="store_true", help='add the "PRIORITY / Par avion" mark')
    envelopes.add_argument(
        "--feed",
        choices=("landscape", "portrait", "centre", "left"),
        default="landscape",
        help="how the printer takes envelopes (centre/left: short edge first on a sheet-sized page)",
    )
    envelopes.add_argument("--paper", choices=PAPERS, default="a4", help="sheet for the centre/left feeds")
    envelopes.add_argument("--out", required=True, type=Path, metavar="FILE")
    envelopes.set_defaults(handler=cmd_envelopes)

    emails = sub.add_parser(
        "emails",
        help="e-mail drafts (.eml), one per signer and recipient with an e-mail address",
        description="One e-mail draft (.eml, marked unsent) per signer and primary recipient with an e-mail "
        "address, written into DIR. Open them in your mail program to send them: ua-desktop connects to "
        "nothing.",
    )
    emails.add_argument("--case", required=True, metavar="ID", help="case id, see 'ua-desktop cases list'")
    _add_signer_options(emails, blank=False)
    emails.add_argument("--language", metavar="CODE", help="letter language (default: the case's preferred)")
    emails.add_argument("--out-dir", required=True, type=Path, metavar="DIR", help="folder for the drafts")
    emails.set_defaults(handler=cmd_emails)

    fax = sub.add_parser(
        "fax-sheet",
        help="the recipients' fax numbers and the letter to fax, as a PDF",
        description="A page listing the recipients with a fax number, then the model letter to each of them "
        "with blank lines to sign by hand.",
    )
    fax.add_argument("--case", required=True, metavar="ID", help="case id, see 'ua-desktop cases list'")
    fax.add_argument("--paper", choices=PAPERS)
    fax.add_argument("--language", metavar="CODE", help="letter language (default: the case's preferred)")
    fax.add_argument("--out", required=True, type=Path, metavar="FILE")
    fax.set_defaults(handler=cmd_fax_sheet)

    calibration = sub.add_parser("calibration", help="the printer calibration page (grid and 100 mm rulers)")
    calibration.add_argument("--paper", choices=PAPERS, default="a4")
    calibration.add_argument(
        "--printer", metavar="NAME", help="print the check page with this printer's saved calibration"
    )
    calibration.add_argument("--out", required=True, type=Path, metavar="FILE")
    calibration.set_defaults(handler=cmd_calibration)


# -- shared ---------------------------------------------------------------------------------------------
def _settings(paths: AppPaths) -> Settings:
    from ua_desktop.core.settings import Settings

    return Settings.load(paths.settings_file)


def _calibration(paths: AppPaths, printer: str) -> Calibration:
    from ua_desktop.core.calibration_store import CalibrationStore

    return CalibrationStore.in_config_dir(paths.config_dir).get(printer or "")


def _style(settings: Settings, usps: bool) -> AddressStyle:
    from ua_desktop.core.posting import posting_style

    return posting_style(settings, usps_style=usps)


def _signers(args: argparse.Namespace, paths: AppPaths, required: bool) -> list[LetterSigner]:
    from ua_desktop.core.export.selection import (
        SelectionMode,
        SignerSelection,
        parse_signer_ids,
        resolve_signers,
    )

    if getattr(args, "blank", None) is not None:
        selection = SignerSelection(SelectionMode.BLANK, blank=args.blank)
    elif args.tag:
        selection = SignerSelection(SelectionMode.TAG, tag=args.tag)
    elif args.signers:
        selection = parse_signer_ids(args.signers)
    elif required:
        selection = SignerSelection(SelectionMode.ALL)
    else:
        return []
    return resolve_signers(paths, selection, args.privacy)


def _report(out: str, notices: tuple[Message, ...]) -> None:
    from ua_desktop.cli_words import say

    for notice in notices:
        print(f"ua-desktop: warning: {say(notice)}", file=sys.stderr)
    print(out)


def _progress_printer() -> JobControl:
    """A JobControl that shows progress on stderr when it is a terminal (scripts get quiet output)."""
    from ua_desktop.core.export.progress import JobControl

    if not sys.stderr.isatty():
        return JobControl()

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{done}/{total}", end=end, file=sys.stderr, flush=True)

    return JobControl(progress=show)


# -- handlers -------------------------------------------------------------------------------------------
def cmd_letters(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.export.letters_job import LetterJob, export_letters, export_letters_per_signer
    from ua_desktop.core.letter.plan import LetterChoices, plan_letters

    paths = app_paths(args)
    case = case_library(args).get(args.case)
    choices = LetterChoices(paper=args.paper, language=args.language, today=args.date)
    plan = plan_letters(paths, _settings(paths), case, choices)
    signers = _signers(args, paths, required=True)
    job = LetterJob.planned(plan, signers, _calibration(paths, args.printer), args.pad_duplex)
    control = _progress_printer()
    if args.per_signer_folder:
        result = export_letters_per_signer(args.per_signer_folder, job, control)
        where = f"{len(result.files)} file(s) in {args.per_signer_folder}"
    else:
        result = export_letters(args.out, job, control)
        where = str(args.out)
    _report(f"Wrote {where} ({result.letters} letter(s), {result.pages} page(s))", result.notices)
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.export.labels_job import AddressSource, LabelJob, export_labels
    from ua_desktop.core.labels.catalogue import LabelCatalogue
    from ua_desktop.core.labels.used_positions import UsedPositionsStore
    from ua_desktop.core.posting import group_return_lines

    paths = app_paths(args)
    case = case_library(args).get(args.case)
    settings = _settings(paths)
    sheet = LabelCatalogue.load(paths.data_dir).get(args.sheet)
    signers = _signers(args, paths, required=args.per_signer)
    if args.return_address:
        source = AddressSource.SIGNERS if args.per_signer or signers else AddressSource.GROUP
    else:
        source = AddressSource.RECIPIENTS
    if signers and not args.count and not args.per_signer:
        count = None  # signers chosen: one label per letter of the run
    else:
        count = None if args.per_signer else (args.count if args.count is not None else 1)
    store = UsedPositionsStore.in_data_dir(paths.data_dir)
    start, used = (args.start, frozenset()) if args.start else (1, store.used(sheet.id))
    job = LabelJob(
        case=case,
        sheet=sheet,
        source=source,
        signers=signers,
        count=count,
        start=start,
        used=used,
        style=_style(settings, args.usps_style),
        group_lines=group_return_lines(settings.group_name, settings.group_return_address),
        calibration=_calibration(paths, args.printer),
    )
    result = export_labels(args.out, job, _progress_printer())
    notices = result.notices
    if not args.no_remember:
        unsaved = store.remember_after_job(sheet.id, result.used_after)
        notices = (*notices, unsaved) if unsaved else notices
    first = result.placements[0].position if result.placements else start
    _report(
        f"Wrote {args.out} ({result.labels} label(s) on {result.pages} {sheet.id} sheet(s), "
        f"starting at label {first}; {len(result.used_after)} position(s) of the last sheet used)",
        notices,
    )
    return 0


def cmd_envelopes(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.export.envelopes import PRIORITY_MARK, EnvelopeOptions, Feed, parse_envelope
    from ua_desktop.core.export.envelopes_job import EnvelopeJob, ReturnAddress, export_envelopes
    from ua_desktop.core.letter.page_setup import PAPER_SIZES_MM, Paper
    from ua_desktop.core.posting import group_return_lines

    paths = app_paths(args)
    case = case_library(args).get(args.case)
    settings = _settings(paths)
    signers = _signers(args, paths, required=args.per_signer)
    group_lines = group_return_lines(settings.group_name, settings.group_return_address)
    back = args.return_address or ("signer" if signers else "group")
    if args.return_address is None and back == "group" and not group_lines:
        back = "none"  # a fresh install: envelopes without a sender rather than no envelopes at all
        print(
            "ua-desktop: note: no group return address is set, so the envelopes carry no sender. "
            'Set one in Preferences or with: ua-desktop settings set group_return_address "line 1" "line 2" '
            "(--return-address none leaves the sender out without this note).",
            file=sys.stderr,
        )
    options = EnvelopeOptions(
        size=parse_envelope(args.size),
        feed=Feed(args.feed),
        carrier=PAPER_SIZES_MM[Paper(args.paper)],
        mark=PRIORITY_MARK if args.priority else "",
        return_address=back != "none",
    )
    job = EnvelopeJob(
        case=case,
        options=options,
        signers=signers,
        return_address=ReturnAddress(back),
        group_lines=group_lines,
        count=args.count,
        style=_style(settings, args.usps_style),
        calibration=_calibration(paths, args.printer),
    )
    result = export_envelopes(args.out, job, _progress_printer())
    _report(f"Wrote {args.out} ({result.pages} {options.size.name} envelope(s))", result.notices)
    return 0


def cmd_emails(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.export.emails import EmailJob, email_recipients, export_emails, roster_emails
    from ua_desktop.core.letter.plan import LetterChoices, plan_letters

    paths = app_paths(args)
    case = case_library(args).get(args.case)
    email_recipients(case)  # a case without e-mail addresses is refused before the roster is read
    plan = plan_letters(paths, _settings(paths), case, LetterChoices(language=args.language))
    signers = _signers(args, paths, required=True)
    job = EmailJob(plan, signers, roster_emails(paths, signers))
    result = export_emails(args.out_dir, job, _progress_printer())
    _report(
        f"Wrote {result.drafts} e-mail draft(s) in {result.folder}; "
        "open them in your mail program to send them.",
        result.notices,
    )
    return 0


def cmd_fax_sheet(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.export.fax_sheet import export_fax_sheet
    from ua_desktop.core.letter.plan import LetterChoices, plan_letters

    paths = app_paths(args)
    case = case_library(args).get(args.case)
    plan = plan_letters(
        paths, _settings(paths), case, LetterChoices(paper=args.paper, language=args.language)
    )
    result = export_fax_sheet(args.out, plan, _progress_printer())
    _report(
        f"Wrote {args.out} ({result.recipients} recipient(s) with a fax number, {result.pages} page(s))", ()
    )
    return 0


def cmd_calibration(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.export.envelopes_job import export_calibration_page
    from ua_desktop.core.letter.page_setup import PAPER_SIZES_MM, Paper

    paths = app_paths(args)
    calibration = _calibration(paths, args.printer) if args.printer is not None else None
    export_calibration_page(args.out, PAPER_SIZES_MM[Paper(args.paper)], args.printer or "", calibration)
    kind = "check page" if calibration is not None else "calibration page"
    print(f"Wrote {args.out} ({kind}); print it at 100 % and measure A, B, C and D.")
    return 0
