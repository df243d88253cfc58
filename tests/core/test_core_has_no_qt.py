"""The core and the CLI run without Qt: importing them must not load PySide6."""

import subprocess
import sys


def test_core_and_cli_do_not_import_qt() -> None:
    code = (
        "import pkgutil, sys, importlib, ua_desktop.core, ua_desktop.cli\n"
        "for m in pkgutil.walk_packages(ua_desktop.core.__path__, 'ua_desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import ua_desktop.commands\n"
        "for m in pkgutil.walk_packages(ua_desktop.commands.__path__, 'ua_desktop.commands.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
