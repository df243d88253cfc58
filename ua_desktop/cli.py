"""The `ua-desktop` command: the GUI without a sub-command, headless operations with one.

Each area registers its sub-commands from ua_desktop/commands/; the GUI and the CLI call the same core
functions, so there is one code path per operation. Nothing here imports Qt unless the GUI is started.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ua_desktop import __version__
from ua_desktop.commands import COMMAND_MODULES
from ua_desktop.core.errors import UserError

# Command modules only declare their arguments at import time; each handler imports the core it needs, so
# starting the GUI (no command) does not pay for every area's imports.


def build_parser() -> argparse.ArgumentParser:
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
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if args.command is None:
        from ua_desktop.gui.app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(data_dir=args.data_dir, qt_args=qt_args)
    if qt_args:
        parser.error(f"unrecognised arguments: {' '.join(qt_args)}")
    try:
        return int(args.handler(args) or 0)
    except UserError as error:
        print(f"ua-desktop: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ua-desktop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
