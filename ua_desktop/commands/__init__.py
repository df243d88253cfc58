"""Sub-commands of the `ua-desktop` CLI, one module per area, each with register(subparsers).

Add a module to COMMAND_MODULES to expose its commands; modules import only the core (never Qt).
"""

from ua_desktop.commands import calibrate, cases, evening, export, labels, letter, roster

COMMAND_MODULES = [cases, letter, export, labels, calibrate, roster, evening]
