"""`ua-desktop cases reply|replies`: log an authority's answer and see what still goes to the section.

Registered by commands/cases.py under `cases`; the GUI's reply log dialog uses the same core module.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind

if TYPE_CHECKING:
    from ua_desktop.core.cases.replies import Reply

# Handlers import the core lazily: building the parser must stay cheap because the GUI starts through it.


class CaseRepliesCommandMessage(MessageKind):
    NO_AUTHORITY = QT_TRANSLATE_NOOP(
        "CoreMessages", "Say who answered with --from, e.g. --from 'Ministry of Justice'."
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reply = sub.add_parser("reply", help="log an answer received from an authority for a case")
    reply.add_argument("case_id", metavar="ID")
    reply.add_argument("--from", dest="authority", metavar="WHO", help="who answered (authority or official)")
    reply.add_argument("--received", type=_date, metavar="YYYY-MM-DD", help="when it arrived (default today)")
    reply.add_argument("--summary", default="", metavar="TEXT", help="what the answer says, in a sentence")
    reply.add_argument(
        "--forwarded", type=int, metavar="N", help="instead: record that reply N was forwarded to the section"
    )
    reply.set_defaults(handler=cmd_reply)

    replies = sub.add_parser("replies", help="list the answers logged for a case")
    replies.add_argument("case_id", metavar="ID")
    replies.set_defaults(handler=cmd_replies)


def _print(replies: list[Reply]) -> None:
    from ua_desktop.core.cases.replies import FORWARD_REMINDER_EN, pending_forwards

    for number, reply in enumerate(replies, start=1):
        state = "forwarded to the section" if reply.forwarded else "NOT YET FORWARDED to the section"
        print(f"{number}\t{reply.received.isoformat()}\t{reply.authority}\t{state}\t{reply.summary}")
    if pending_forwards(replies):
        print(FORWARD_REMINDER_EN)


def cmd_reply(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.cases.replies import Reply, add_reply, mark_forwarded
    from ua_desktop.core.errors import UserError

    case = case_library(args).get(args.case_id)
    data_dir = app_paths(args).data_dir
    if args.forwarded is not None:
        replies = mark_forwarded(data_dir, case.id, args.forwarded)
    else:
        if not args.authority:
            raise UserError(CaseRepliesCommandMessage.NO_AUTHORITY)
        reply = Reply(args.received or dt.date.today(), args.authority.strip(), args.summary.strip())
        replies = add_reply(data_dir, case.id, reply)
        print(f"Logged the reply from {reply.authority} for {case.id}.")
    _print(replies)
    return 0


def cmd_replies(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.cases.replies import load_replies

    case = case_library(args).get(args.case_id)
    replies = load_replies(app_paths(args).data_dir, case.id)
    if not replies:
        print(f"No replies logged for {case.id}.")
        return 0
    _print(replies)
    return 0
