"""Sub-commands of the `ua-desktop` CLI, one module per area, each with register(subparsers).

Add a module's name to COMMAND_MODULES to expose its commands; modules import only the core (never Qt).
Each registers one top-level command of its own name. They are imported by name when the parser is built,
so starting the window does not import them at all, and a command imports only its own module.
"""

from __future__ import annotations

import importlib
from types import ModuleType

COMMAND_MODULES = ["cases", "letter", "export", "labels", "calibrate", "roster", "evening", "settings"]


def command_modules(only: str | None = None) -> list[ModuleType]:
    """The command modules; only: the one for that command word (all of them for any other word)."""
    names = [only] if only in COMMAND_MODULES else COMMAND_MODULES
    return [importlib.import_module(f"ua_desktop.commands.{name}") for name in names]
