"""`ua-desktop cases …`: list, show and validate case packs (import, share and replies: sibling modules)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ua_desktop.commands import case_files, case_replies

# Handlers import the core lazily: building the parser must stay cheap because the GUI starts through it.


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cases = commands.add_parser("cases", help="list, show, check, import, share and delete case packs")
    sub = cases.add_subparsers(dest="cases_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="list bundled and own cases")
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help="print a case briefing as plain text")
    show.add_argument("case_id", metavar="ID")
    show.set_defaults(handler=cmd_show)

    validate = sub.add_parser("validate", help="check a case pack folder and list its problems")
    validate.add_argument("path", type=Path, metavar="PATH")
    validate.set_defaults(handler=cmd_validate)

    case_files.register(sub)
    case_replies.register(sub)


def cmd_list(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.deadline import deadline_status, describe_deadline_en

    entries = case_library(args).entries()
    for entry in entries:
        where = "bundled" if entry.bundled else "own"
        if entry.case:
            status = describe_deadline_en(deadline_status(entry.case.deadline))
            print(f"{entry.case.id}\t{entry.case.ua_number}\t{entry.case.title}\t{status}\t{where}")
        else:
            hint = f"invalid pack: run 'ua-desktop cases validate {entry.folder}'"
            print(f"{entry.folder.name}	({hint})	{where}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.cases.text import case_as_text

    case = case_library(args).get(args.case_id)
    print(case_as_text(case), end="")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from ua_desktop.cli_words import say
    from ua_desktop.core.cases.loader import CaseLoadError, load_case

    try:
        case = load_case(args.path)
    except CaseLoadError as error:
        print(f"{args.path}: {len(error.problems)} problem(s)")
        for problem in error.problems:
            print(f"  {say(problem.message())}")
        return 1
    print(f"{args.path}: valid case pack {case.id} ({case.ua_number})")
    return 0
