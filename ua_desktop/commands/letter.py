"""`ua-desktop letter render`: one letter as a PDF or plain text, by the plan the preview and exports use."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ua_desktop.core.letter.page_setup import AddressPreset, Paper
from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind  # the wordings only: cheap to import

if TYPE_CHECKING:
    from ua_desktop.core.letter.signer import LetterSigner
    from ua_desktop.core.paths import AppPaths

# Handlers import the rest of the core lazily: building the parser must stay cheap (the GUI starts with it).


class LetterCommandMessage(MessageKind):
    """What `ua-desktop letter render` itself refuses, before the core is asked."""

    CANNOT_READ_TEMPLATE = QT_TRANSLATE_NOOP("CoreMessages", "Cannot read the template {path}: {reason}.")
    BAD_OUT = QT_TRANSLATE_NOOP("CoreMessages", "--out must end in .pdf or .txt, not '{name}'.")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letter = commands.add_parser("letter", help="render letters")
    sub = letter.add_subparsers(dest="letter_command", metavar="ACTION", required=True)
    render = sub.add_parser(
        "render",
        help="write one letter as .pdf or .txt",
        description="Render the case's letter (the group's saved version, else the model letter) for one "
        "signer. Exit status 1 with the line of the problem for a bad template.",
    )
    render.add_argument("--case", required=True, metavar="ID", help="case id, see 'ua-desktop cases list'")
    render.add_argument("--template", type=Path, metavar="FILE", help="use this template for the body")
    who = render.add_mutually_exclusive_group()
    who.add_argument("--signer", type=int, metavar="ID", help="a signer from the roster, by id")
    who.add_argument("--sample", action="store_true", help="the sample signer (the default)")
    who.add_argument("--blank", action="store_true", help="blank lines to fill in by hand")
    render.add_argument("--language", metavar="CODE", help="letter language (default: the case's preferred)")
    render.add_argument("--paper", choices=[p.value for p in Paper])
    render.add_argument("--preset", choices=[p.value for p in AddressPreset], help="window envelope")
    render.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="date on the letter")
    render.add_argument("--out", required=True, type=Path, metavar="FILE", help="output file, .pdf or .txt")
    render.set_defaults(handler=cmd_render)


def roster_signer(paths: AppPaths, signer_id: int) -> LetterSigner:
    """The roster's signer as the letter sees it; the roster is loaded only when asked for."""
    from ua_desktop.core.roster.records import get_signer
    from ua_desktop.core.roster.store import RosterStore

    store = RosterStore.open(paths, read_only=True)
    try:
        return get_signer(store.conn, signer_id).to_letter_signer()
    finally:
        store.close()


def cmd_render(args: argparse.Namespace) -> int:
    import io
    import sys

    from ua_desktop.cli_words import say
    from ua_desktop.commands.common import app_paths, case_library
    from ua_desktop.core.errors import UserError
    from ua_desktop.core.fileio import write_bytes_atomic, write_text_atomic
    from ua_desktop.core.letter.fonts import describe_missing
    from ua_desktop.core.letter.layout import LetterPdfWriter, PdfMetadata
    from ua_desktop.core.letter.plan import LetterChoices, plan_letters
    from ua_desktop.core.letter.signer import LetterSigner
    from ua_desktop.core.settings import Settings

    paths = app_paths(args)
    case = case_library(args).get(args.case)
    template = None
    if args.template:
        try:
            template = args.template.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(
                LetterCommandMessage.CANNOT_READ_TEMPLATE, path=args.template, reason=str(error)
            ) from None
    if args.blank:
        signer = LetterSigner()
    elif args.signer is not None:
        signer = roster_signer(paths, args.signer)
    else:
        signer = LetterSigner.sample()
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".txt"):
        raise UserError(LetterCommandMessage.BAD_OUT, name=args.out.name)
    choices = LetterChoices(
        paper=args.paper, preset=args.preset, language=args.language, template_text=template, today=args.date
    )
    plan = plan_letters(paths, Settings.load(paths.settings_file), case, choices)
    plan.check_senders([signer])
    letters = plan.render_isolated(signer, case.primary_recipients)  # in a child with limited memory
    if suffix == ".txt":
        write_text_atomic(args.out, "\n\n".join(letter.to_text() for letter in letters))
        print(f"Wrote {args.out}")
        return 0
    setup = plan.setup
    buffer = io.BytesIO()
    writer = LetterPdfWriter(buffer, setup, PdfMetadata(title=f"{case.ua_number} letter", subject=case.title))
    for letter in letters:
        writer.add_letter(letter)
    writer.close()
    write_bytes_atomic(args.out, buffer.getvalue())
    if writer.missing_characters:
        missing = describe_missing(writer.missing_characters, setup.font)
        print(f"ua-desktop: warning: {say(missing)}", file=sys.stderr)
    print(f"Wrote {args.out} ({writer.pages} page(s), {setup.paper.value}, {setup.preset.value})")
    return 0
