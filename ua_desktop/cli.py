"""The `ua-desktop` command: the GUI without a sub-command, headless operations with one.

Each area registers its sub-commands from ua_desktop/commands/; the GUI and the CLI call the same core
functions, so there is one code path per operation. Nothing here imports Qt unless the GUI is started.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ua_desktop import __version__
from ua_desktop.commands import command_modules
from ua_desktop.core.errors import UserError

if TYPE_CHECKING:
    import argparse

# Command modules only declare their arguments at import time; each handler imports the core it needs.
# Starting the window (no command) does not even build the full parser: see wants_window().


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with command (a word of COMMAND_MODULES) of that one alone.

    A command run from a script parses only its own arguments, so it skips importing and declaring all
    the others (about 50 ms of every start); the top-level --help and an unknown word get all of them.
    """
    import argparse  # not needed to open the window (see wants_window), so not imported at start-up

    parser = argparse.ArgumentParser(
        prog="ua-desktop",
        description="Letters, labels and envelopes for Urgent Action letter-writing evenings. "
        "Without a command the desktop window opens.",
    )
    parser.add_argument("--version", action="version", version=f"ua-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep everything (roster, own cases, settings, logs) in DIR, e.g. on a USB stick "
        "(default: the per-user folders; also UA_DESKTOP_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules(command):
        module.register(commands)
    return parser


class _Start(NamedTuple):
    """What argv asks for, read as far as its first word (see _read_start)."""

    word: str | None  # the first word that is not an option or --data-dir's value: the command
    data_dir: str | None
    options: list[str]  # the other options before it (for the window: Qt's)
    needs_parser: bool  # -h/--help/--version, or --data-dir without its value: the whole parser answers


def _read_start(argv: Sequence[str]) -> _Start:
    items = list(argv)
    data_dir: str | None = None
    options: list[str] = []
    while items:
        item = items.pop(0)
        if item in ("-h", "--help", "--version"):
            return _Start(None, data_dir, options, True)
        if item == "--data-dir":
            if not items:
                return _Start(None, data_dir, options, True)
            data_dir = items.pop(0)
        elif item.startswith("--data-dir="):
            data_dir = item.split("=", 1)[1]
        elif item.startswith("-"):
            options.append(item)
        else:
            return _Start(item, data_dir, options, False)
    return _Start(None, data_dir, options, False)


def wants_window(argv: Sequence[str]) -> tuple[bool, str | None, list[str]]:
    """(True, data_dir, qt_args) when argv asks for the window: no command word, no --help/--version.

    Checked before the full parser is built, so the window starts without importing every command module.
    """
    start = _read_start(argv)
    if start.needs_parser or start.word is not None:
        return False, None, []  # a command word (or a stray value): the parser decides
    return True, start.data_dir, start.options


def command_word(argv: Sequence[str]) -> str | None:
    """The command word of argv (its first word that is not an option or --data-dir's value), if any.

    None when a top-level -h/--help or --version, or another option, comes first: those need the whole
    parser.
    """
    start = _read_start(argv)
    return None if start.needs_parser or start.options else start.word


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    window, data_dir, qt_args = wants_window(arguments)
    if window:
        from ua_desktop.gui.shell.app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(data_dir=data_dir, qt_args=qt_args)
    parser = build_parser(command_word(arguments))
    args, qt_args = parser.parse_known_args(arguments)
    if args.command is None:
        from ua_desktop.gui.shell.app import run_gui

        return run_gui(data_dir=args.data_dir, qt_args=qt_args)
    if qt_args:
        parser.error(f"unrecognised arguments: {' '.join(qt_args)}")
    try:
        return int(args.handler(args) or 0)
    except UserError as error:
        from ua_desktop.cli_words import say

        print(f"ua-desktop: {say(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ua-desktop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
