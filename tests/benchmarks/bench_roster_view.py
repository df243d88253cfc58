"""Benchmark: the roster view with 100,000 signers (offscreen).

Measures (targets from the issue):
- opening the roster view: opening the roster file, building the window with its model, showing it and
  painting the first screen; target <= 1 s;
- filter as you type: median time from a changed search text (QLineEdit.setText, as a keystroke does) to
  the filtered model, over typical keystroke sequences; target <= 50 ms.
Floor, in the same run: the bare SQL scan behind each filter (count of matching signers with the same
condition), i.e. what SQLite alone needs.

Run: python tests/benchmarks/bench_roster_view.py
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from bench_roster_import import make_csv
from PySide6.QtWidgets import QApplication

SIGNERS = 100_000
TARGET_FILTER_MS = 50
TARGET_OPEN_S = 1.0
TYPED = [
    "a",
    "an",
    "ann",
    "anna",
    "m",
    "mu",
    "mue",
    "z",
    "zu",
    "zur",
    "zuri",
    "8",
    "80",
    "800",
    "8001",
    "b",
    "be",
    "ber",
    "bern",
    "tues",
    "tuesday",
    "luca b",
    "example.org",
    "xyz",
    "",
]


def main() -> int:
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.roster.csv_import import import_file
    from ua_desktop.core.roster.search import Query, where_clause
    from ua_desktop.core.roster.store import RosterStore

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="ua-bench-view-") as tmp:
        folder = Path(tmp)
        make_csv(folder / "signers.csv", SIGNERS)
        paths = resolve_paths(folder / "data").ensure()
        with RosterStore.open(paths) as store:
            import_file(store, folder / "signers.csv")

        from ua_desktop.gui.roster.roster_window import RosterWindow

        start = time.perf_counter()
        store = RosterStore.open(paths)
        window = RosterWindow(paths, store, "en")
        window.show()
        window.panel.table.viewport().repaint()
        app.processEvents()
        open_s = time.perf_counter() - start
        assert window.panel.model.rowCount() == SIGNERS

        filter_ms: list[float] = []
        floor_ms: list[float] = []
        for _round in range(3):
            for text in TYPED:
                begin = time.perf_counter()
                window.panel.search.setText(text)
                filter_ms.append((time.perf_counter() - begin) * 1000)
                app.processEvents()
                where, params = where_clause(Query(text=text))
                begin = time.perf_counter()
                store.conn.execute(f"SELECT count(*) FROM signers{where}", params).fetchone()
                floor_ms.append((time.perf_counter() - begin) * 1000)
        shown = window.panel.model.rowCount()
        window.close()
        app.processEvents()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median_filter, median_floor = statistics.median(filter_ms), statistics.median(floor_ms)
    print(f"signers: {SIGNERS:,} (shown after the last, empty search: {shown:,})")
    print(f"open the roster view: {open_s * 1000:.0f} ms (target <= {TARGET_OPEN_S * 1000:.0f} ms)")
    print(
        f"filter as you type: median {median_filter:.1f} ms, worst {max(filter_ms):.1f} ms over "
        f"{len(filter_ms)} keystrokes (target median <= {TARGET_FILTER_MS} ms)"
    )
    print(
        f"floor (bare SQL scan for the same condition): median {median_floor:.1f} ms; "
        f"ratio {median_filter / median_floor:.1f}"
    )
    print(f"peak RSS of this process: {rss_mb:.0f} MB")
    ok = median_filter <= TARGET_FILTER_MS and open_s <= TARGET_OPEN_S
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
