"""Benchmark: the memory and time the worst letter templates we can write take, against their bound.

Issue 16, item 4: a shared template took 1.5 GB (`{% set s='a'*999999 %}{{ ([s]*N)|string|length }}`,
N = 1,500) and 3.35 GB (N = 999,999) before an outside limit stopped it. Each template below runs through
the whole program as a script would, `python -m ua_desktop letter render --template FILE`, which renders in
a child process with limited memory (core/letter/isolation.py) after the sandbox's own checks
(core/letter/sandbox.py). Measured per template: wall time and peak RSS of the process tree (the command
and its render child: Linux reports the largest of a process and the children it waited for).

The bound: a clear error (exit status 1, one line on stderr) or the letter, within a few seconds, and a
peak RSS no larger than the child's start-up size plus MEMORY_LIMIT_MB. The floor is the bundled model
letter rendered the same way.

    python tests/benchmarks/bench_template_memory.py [--runs 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WIDE = "\U0001d11e"  # 𝄞: four bytes per character in a Python string

TEMPLATES: dict[str, str] = {
    "model letter (floor)": "",
    "issue: [s]*1500 |string": "{% set s='a'*999999 %}{{ ([s]*1500)|string|length }}",
    "issue: [s]*999999 |string": "{% set s='a'*999999 %}{{ ([s]*999999)|string|length }}",
    "wide texts kept (4 MB each)": f"{{% set s = '{WIDE}' * 999000 %}}"
    + "".join(f"{{% set k{n} = s ~ '{n}' %}}" for n in range(40)),
    "lists of new characters kept": f"{{% set t = '{WIDE}' * 190000 %}}"
    + "".join(f"{{% set a{n} = t|list %}}" for n in range(40)),
    "lists of split words kept": "{% set t = 'ab ' * 80000 %}"
    + "".join(f"{{% set a{n} = t.split() %}}" for n in range(60)),
    "growing list in a loop": "{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
    "{% set ns.l = ns.l + [i ~ ''] %}{% endfor %}{{ ns.l|length }}",
    "nested lists in a loop": "{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
    "{% set ns.l = [ns.l, ns.l] %}{% endfor %}{{ ns.l|length }}",
    "macro output joined": "{% set s = 'a' * 999999 %}{% macro m() %}{% for i in range(100000) %}{{ s }}"
    "{% endfor %}{% endmacro %}{{ m()|length }}",
    "slices kept": "{% set s = 'a' * 999990 %}" + "".join(f"{{% set k{n} = s[{n}:] %}}" for n in range(400)),
    "recursion": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
    "gigabyte loop": "{% for i in range(100000) %}{% for j in range(100000) %}0123456789"
    "{% endfor %}{% endfor %}",
}


def run(template_file: Path | None, data_dir: Path, out: Path) -> tuple[float, int, int, str]:
    """Wall time, peak RSS in MiB of the process tree, exit status and the last line of stderr."""
    command = [sys.executable, "-m", "ua_desktop", "--data-dir", str(data_dir), "letter", "render"]
    command += ["--case", "ua-034-25", "--out", str(out)]
    if template_file is not None:
        command += ["--template", str(template_file)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en")
    env.pop("UA_DESKTOP_DATA_DIR", None)
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace").strip().splitlines() if proc.stderr else []
    return elapsed, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status), err[-1] if err else ""


def child_start_mib() -> int:
    """The address space a render child starts with, in MiB (its limit is this plus MEMORY_LIMIT_MB)."""
    from ua_desktop.core.cases.loader import load_case
    from ua_desktop.core.letter.isolation import MEMORY_LIMIT_MB, IsolatedRenderer
    from ua_desktop.core.resources import bundled_cases_dir

    with IsolatedRenderer(load_case(bundled_cases_dir() / "ua-034-25", bundled=True)) as renderer:
        limit = renderer.child_memory_limit()
    return -1 if limit is None else limit // 2**20 - MEMORY_LIMIT_MB


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    from ua_desktop.core.letter.isolation import MEMORY_LIMIT_MB
    from ua_desktop.core.letter.sandbox import MAX_VALUE, MAX_WORK, TIME_LIMIT_S

    start_mib = child_start_mib()
    rss_bound = (start_mib if start_mib > 0 else 200) + MEMORY_LIMIT_MB
    print("Worst letter templates through `ua-desktop letter render`, the whole process tree")
    print(
        f"  sandbox: {MAX_VALUE:,} characters per value, {MAX_WORK:,} per render, {TIME_LIMIT_S:g} s per part"
    )
    print(f"  render child: starts at {start_mib} MiB address space, may take {MEMORY_LIMIT_MB} MiB more")
    print(f"  bound: peak RSS <= {rss_bound} MiB, a letter or one clear error within 10 s\n")
    print(f"  {'template':32} {'time':>7} {'peak RSS':>9}  result")
    worst_rss, worst_time = 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, template in TEMPLATES.items():
            template_file = None
            if template:
                template_file = folder / "template.j2"
                template_file.write_text(template, encoding="utf-8")
            results = [run(template_file, folder / "data", folder / "letter.txt") for _ in range(args.runs)]
            elapsed = min(r[0] for r in results)
            rss = max(r[1] for r in results)
            status, said = results[-1][2], results[-1][3]
            result = "letter written" if status == 0 else f"exit {status}: {said}"
            print(f"  {name:32} {elapsed:6.2f}s {rss:6d} MiB  {result[:110]}")
            if template:
                worst_rss, worst_time = max(worst_rss, rss), max(worst_time, elapsed)
    print()
    verdict = "OK" if worst_rss <= rss_bound else "OVER"
    print(f"  worst peak RSS : {worst_rss} MiB   (bound {rss_bound} MiB) -> {verdict}")
    print(f"  worst time     : {worst_time:.2f} s   (bound 10 s) -> {'OK' if worst_time <= 10 else 'OVER'}")


if __name__ == "__main__":
    main()
