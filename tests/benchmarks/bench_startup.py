"""Start-up benchmark: process start to the main window's first paint, offscreen.

The floor, measured in the same run, is a bare PySide6 QMainWindow holding a splitter with a QTextBrowser
and a QPdfView: what any Qt program with this window shape pays. ua-desktop's start is the real thing
(`python -m ua_desktop --data-dir <tmp>`). Both print the wall-clock time of their window's first Paint
event (ua-desktop does so when UA_DESKTOP_QUIT_AFTER_FIRST_PAINT is set) and quit; the figure is that time
minus the moment the process was started. Work deliberately done after the first paint (the preview's
render process warming up) does not count, work before it does. Target: median ratio <= 1.5.
Peak RSS of both processes (whole lifetime) is printed too.

    python tests/benchmarks/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

FLOOR = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser
app = QApplication(sys.argv)
window = QMainWindow()
splitter = QSplitter()
splitter.addWidget(QTextBrowser())
splitter.addWidget(QPdfView())
window.setCentralWidget(splitter)
window.resize(1200, 780)


class Probe(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


probe = Probe()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from process start to its first paint, and its peak RSS in MiB."""
    start = time.time()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed with status {status}")
    painted = [float(line.split()[1]) for line in output.splitlines() if line.startswith("first-paint ")]
    if not painted:
        raise SystemExit(f"{command} never reported its first paint")
    return painted[0] - start, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UA_DESKTOP_QUIT_AFTER_FIRST_PAINT="1")
    with tempfile.TemporaryDirectory() as data_dir:
        app_cmd = [sys.executable, "-m", "ua_desktop", "--data-dir", data_dir]
        floor_cmd = [sys.executable, "-c", FLOOR]
        timed_run(app_cmd, env)  # warm the file cache and write the first settings
        timed_run(floor_cmd, env)
        app_times, floor_times, app_rss, floor_rss = [], [], [], []
        for _ in range(args.runs):  # interleaved so load on the machine hits both alike
            t, rss = timed_run(floor_cmd, env)
            floor_times.append(t)
            floor_rss.append(rss)
            t, rss = timed_run(app_cmd, env)
            app_times.append(t)
            app_rss.append(rss)
    app_median = statistics.median(app_times)
    floor_median = statistics.median(floor_times)
    ratio = app_median / floor_median
    print(f"start-up to first paint, median of {args.runs} runs (offscreen)")
    print(f"  ua-desktop : {app_median * 1000:7.0f} ms   peak RSS {max(app_rss)} MiB")
    print(f"  floor      : {floor_median * 1000:7.0f} ms   peak RSS {max(floor_rss)} MiB")
    print(f"  ratio      : {ratio:7.2f}   (target <= 1.5) -> {'OK' if ratio <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
