"""Start-up of the PyInstaller bundle beside the installed wheel: `--version` and time to first paint.

Both programs run the same way, offscreen, with a fresh temporary data folder; the window quits right after
its first paint (UA_DESKTOP_QUIT_AFTER_FIRST_PAINT). Runs are interleaved so machine load hits both alike,
and the median of --runs is printed.

    python packaging/compare_startup.py --bundle packaging/dist/ua-desktop/ua-desktop \
        --wheel .venv/bin/ua-desktop [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

TIMEOUT = 30  # seconds; a run that takes longer is a hang, not a measurement


def timed(command: list[str], env: dict[str, str]) -> float | str:
    """Wall time in seconds of one run from process start to exit, or why it has none ("hung", "exit N").

    Runs that hang (killed after TIMEOUT with everything they started) or fail are counted and reported
    beside the medians, never measured.
    """
    start = time.perf_counter()
    # A session of its own, so that a hung run is ended together with the processes it started.
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return "hung"
    elapsed = time.perf_counter() - start
    return elapsed if process.returncode == 0 else f"exit {process.returncode}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, required=True, help="the bundled executable")
    parser.add_argument(
        "--wheel", type=Path, required=True, help="the ua-desktop script of an installed wheel"
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    programs = {"bundle": str(args.bundle), "wheel": str(args.wheel)}
    with tempfile.TemporaryDirectory(prefix="ua-desktop-startup-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UA_DESKTOP_QUIT_AFTER_FIRST_PAINT="1")
        env["HOME"] = str(Path(tmp) / "home")  # Qt and fontconfig caches stay in the temporary folder
        scenarios = {
            "--version": lambda exe: [exe, "--version"],
            "first paint": lambda exe: [exe, "--data-dir", str(Path(tmp) / "data")],
        }
        for make in scenarios.values():  # warm the file cache, write the first settings
            for exe in programs.values():
                timed(make(exe), env)
        print(f"median of {args.runs} runs (offscreen), {sys.platform}")
        for label, make in scenarios.items():
            times: dict[str, list[float]] = {name: [] for name in programs}
            problems: dict[str, Counter[str]] = {name: Counter() for name in programs}
            for _ in range(args.runs):
                for name, exe in programs.items():
                    outcome = timed(make(exe), env)
                    if isinstance(outcome, str):
                        problems[name][outcome] += 1
                    else:
                        times[name].append(outcome)
            parts = []
            for name, values in times.items():
                median = f"{statistics.median(values) * 1000:6.0f} ms" if values else "     - ms"
                notes = ", ".join(f"{count}x {what}" for what, count in problems[name].items())
                parts.append(f"{name} {median}" + (f" ({notes})" if notes else ""))
            print(f"  {label:<12} {'   '.join(parts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
