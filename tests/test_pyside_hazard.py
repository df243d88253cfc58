"""Guard for the PySide6 6.12 / CPython 3.11 None-refcount leak (see pyproject.toml).

Tens of thousands of void Qt calls run in a subprocess; with the leak the process aborts with
"Fatal Python error: none_dealloc". With a supported combination it survives and None's count is stable.
"""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QObject, QSize
o = QObject()
s = QSize(1, 2)
before = sys.getrefcount(None)
for i in range(40000):
    o.setObjectName("x")
    s.setWidth(i)
delta = sys.getrefcount(None) - before
print("delta", delta)
sys.exit(0 if abs(delta) < 100 else 3)
"""


def test_many_void_qt_calls_survive() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "none_dealloc" not in result.stderr
