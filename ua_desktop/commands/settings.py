"""`ua-desktop settings list|get|set`: the Preferences from a script or a fresh install, without the window.

The keys and their checks are the ones Preferences uses (core/settings_keys.py), and the change goes through
the same store (core/settings_store.py), so a running window's next save keeps it.
"""

from __future__ import annotations

import argparse

# Handlers import the core lazily: building the parser must stay cheap because the GUI starts through it.


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = commands.add_parser(
        "settings",
        help="show or change the settings (paper, the group's country, return address, …)",
        description="Show or change the settings Edit ▸ Preferences shows. `ua-desktop settings list` "
        "shows every key you can set.",
    )
    sub = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="every setting you can change, as key = value")
    listing.set_defaults(handler=cmd_list)

    get = sub.add_parser("get", help="one setting's value (a list: one line per entry)")
    get.add_argument("key", metavar="KEY")
    get.set_defaults(handler=cmd_get)

    change = sub.add_parser(
        "set",
        help="change one setting",
        description="Change one setting, e.g. `settings set paper letter`, `settings set group_country CH`, "
        '`settings set group_return_address "Amnesty Group" "Postfach 12" "6000 Luzern"`. '
        'Keys with an automatic choice take `auto`; "" clears a text.',
    )
    change.add_argument("key", metavar="KEY")
    change.add_argument("values", nargs="*", metavar="VALUE", help="the value; several for a list of lines")
    change.set_defaults(handler=cmd_set)


def _lines(name: str, lines: list[str]) -> list[str]:
    """key = value, further lines of a list or a text indented under the first."""
    head = f"{name} = "
    shown = [f"{head}{lines[0] if lines else ''}".rstrip()]
    shown.extend(" " * len(head) + line for line in lines[1:])
    return shown


def cmd_list(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.settings_keys import SETTING_KEYS
    from ua_desktop.core.settings_store import SettingsStore

    current = SettingsStore.for_paths(app_paths(args)).current
    for name, key in SETTING_KEYS.items():
        print("\n".join(_lines(name, key.show(getattr(current, name)))))
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.settings_keys import setting_key
    from ua_desktop.core.settings_store import SettingsStore

    key = setting_key(args.key)
    current = SettingsStore.for_paths(app_paths(args)).current
    for line in key.show(getattr(current, key.name)):
        print(line)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import app_paths
    from ua_desktop.core.settings_keys import setting_key
    from ua_desktop.core.settings_store import SettingsStore

    key = setting_key(args.key)
    store = SettingsStore.for_paths(app_paths(args))
    value = key.from_words(args.values, store.data_dir)
    updated = store.update(**{key.name: value})
    print("\n".join(_lines(key.name, key.show(getattr(updated, key.name)))))
    return 0
