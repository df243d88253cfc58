"""`ua-desktop calibrate`: save a printer's offset and scale, measured on the calibration page."""

from __future__ import annotations

import argparse

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind


class CalibrateCommandMessage(MessageKind):
    """What `ua-desktop calibrate` itself refuses."""

    FOUR_MEASUREMENTS = QT_TRANSLATE_NOOP(
        "CoreMessages", "Give the four measurements A B C D in millimetres, e.g. 20.5 100.2 19.0 99.8."
    )


# Handlers import the core lazily: building the parser must stay cheap because the GUI starts through it.


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    calibrate = commands.add_parser(
        "calibrate",
        help="save a printer's calibration from the measured calibration page",
        description="Print 'ua-desktop export calibration --out page.pdf' at 100 %%, measure A, B, C and D "
        "in millimetres as the page explains, and save them for the printer. Without measurements the "
        "saved calibrations are listed.",
    )
    calibrate.add_argument("--printer", default="", metavar="NAME", help="printer name (default: PDF export)")
    calibrate.add_argument("measurements", nargs="*", type=float, metavar="A B C D")
    calibrate.add_argument("--reset", action="store_true", help="forget this printer's calibration")
    calibrate.set_defaults(handler=cmd_calibrate)


def cmd_calibrate(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.calibration_store import CalibrationStore, calibration_from_measurements
    from ua_desktop.core.errors import UserError

    store = CalibrationStore.in_config_dir(app_paths(args).config_dir)
    name = args.printer or "(PDF export)"
    if args.reset:
        store.remove(args.printer)
        print(f"{name}: calibration removed")
        return 0
    if args.measurements:
        if len(args.measurements) != 4:
            raise UserError(CalibrateCommandMessage.FOUR_MEASUREMENTS)
        store.set(args.printer, calibration_from_measurements(*args.measurements))
    printers = [args.printer] if args.measurements else store.printers()
    if not printers:
        print("No printer is calibrated yet.")
    for printer in printers:
        c = store.get(printer)
        print(
            f"{printer or '(PDF export)'}: offset x {c.offset_x_mm:+.2f} mm, "
            f"offset y {c.offset_y_mm:+.2f} mm, scale x {c.scale_x:.4f}, scale y {c.scale_y:.4f}"
        )
    return 0
