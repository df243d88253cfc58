"""Sub-commands of the `ua-desktop` CLI, one module per area, each with register(subparsers).

Add a module's name to COMMAND_MODULES to expose its commands; modules import only the core (never Qt).
They are imported by name when the parser is built, so starting the window does not import them at all.
"""

from __future__ import annotations

import importlib
from types import ModuleType

COMMAND_MODULES = ["cases", "letter", "export", "labels", "calibrate", "roster", "evening", "settings"]


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(f"ua_desktop.commands.{name}") for name in COMMAND_MODULES]
