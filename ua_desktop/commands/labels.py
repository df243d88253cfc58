"""`ua-desktop labels …`: the label-sheet catalogue, test pages and the remembered used positions."""

from __future__ import annotations

import argparse
from pathlib import Path

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind  # the wordings only: cheap to import

# Handlers import the core lazily: building the parser must stay cheap because the GUI starts through it.


class LabelsCommandMessage(MessageKind):
    """What `ua-desktop labels used --set` itself refuses."""

    BAD_POSITIONS = QT_TRANSLATE_NOOP("CoreMessages", "Positions '{text}': write them like 1-5,9.")
    POSITION_OFF_SHEET = QT_TRANSLATE_NOOP(
        "CoreMessages", "Position {position} is not on this sheet (positions 1 to {per_sheet})."
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    labels = commands.add_parser("labels", help="label sheets: list, test page, used positions")
    sub = labels.add_subparsers(dest="labels_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="the known label sheets (shipped and your own)")
    listing.set_defaults(handler=cmd_list)

    test = sub.add_parser("test-page", help="a page with every label's outline, to hold against a sheet")
    test.add_argument("--sheet", required=True, metavar="ID")
    test.add_argument("--printer", metavar="NAME", default="", help="apply this printer's calibration")
    test.add_argument("--out", required=True, type=Path, metavar="FILE")
    test.set_defaults(handler=cmd_test_page)

    used = sub.add_parser("used", help="show, set or clear the used positions of the part-used sheet")
    used.add_argument("--sheet", required=True, metavar="ID")
    action = used.add_mutually_exclusive_group()
    action.add_argument("--clear", action="store_true", help="a fresh sheet is in the printer")
    action.add_argument("--set", metavar="POSITIONS", help="used positions, e.g. 1-5,9")
    used.set_defaults(handler=cmd_used)


def cmd_list(args: argparse.Namespace) -> int:
    import sys

    from ua_desktop.cli_words import say
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.labels.catalogue import LabelCatalogue, describe_sheets

    catalogue = LabelCatalogue.load(app_paths(args).data_dir)
    for line in describe_sheets(catalogue.sheets):
        print(line)
    for problem in catalogue.problems:
        print(f"ua-desktop: warning: {say(problem)}", file=sys.stderr)
    return 0


def cmd_test_page(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.calibration_store import CalibrationStore
    from ua_desktop.core.export.labels_job import export_test_page
    from ua_desktop.core.labels.catalogue import LabelCatalogue

    paths = app_paths(args)
    sheet = LabelCatalogue.load(paths.data_dir).get(args.sheet)
    calibration = CalibrationStore.in_config_dir(paths.config_dir).get(args.printer)
    export_test_page(args.out, sheet, calibration)
    print(f"Wrote {args.out} ({sheet.id}: {sheet.labels_per_sheet} label outlines)")
    return 0


def parse_positions(text: str, per_sheet: int) -> set[int]:
    from ua_desktop.core.errors import UserError

    positions: set[int] = set()
    try:
        for part in filter(None, (p.strip() for p in text.split(","))):
            first, _, last = part.partition("-")
            positions.update(range(int(first), int(last or first) + 1))
    except ValueError:
        raise UserError(LabelsCommandMessage.BAD_POSITIONS, text=text) from None
    outside = sorted(p for p in positions if not 1 <= p <= per_sheet)
    if outside:
        raise UserError(LabelsCommandMessage.POSITION_OFF_SHEET, position=outside[0], per_sheet=per_sheet)
    return positions


def cmd_used(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.labels.catalogue import LabelCatalogue
    from ua_desktop.core.labels.used_positions import UsedPositionsStore

    paths = app_paths(args)
    sheet = LabelCatalogue.load(paths.data_dir).get(args.sheet)
    store = UsedPositionsStore.in_data_dir(paths.data_dir)
    if args.clear:
        store.clear(sheet.id)
    elif args.set is not None:
        store.set_used(sheet.id, parse_positions(args.set, sheet.labels_per_sheet))
    used = sorted(store.used(sheet.id))
    shown = ", ".join(map(str, used)) if used else "none (fresh sheet)"
    print(
        f"{sheet.id}: used positions {shown}; the next job starts at label "
        f"{store.first_free(sheet.id, sheet.labels_per_sheet)}"
    )
    return 0
