"""Turn pip installation reports into the wheel sources of the Flatpak manifest.

Flatpak builds run without network, so every wheel the project and its build need is listed in the
manifest with its URL and SHA-256, and pip installs them from the build folder. To refresh the list after
a dependency changed, let pip resolve the project (from the checkout's root) and its build requirements for
the runtime's Python (3.12 in KDE 6.9) without installing anything, once per architecture, then replace
the manifest's `type: file` sources with this script's output:

    pip install --dry-run --ignore-installed --only-binary=:all: --python-version 3.12 \
        --implementation cp --platform manylinux_2_34_x86_64 --platform manylinux_2_28_x86_64 \
        --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --target /tmp/unused \
        --report x86_64.json . "hatchling>=1.24" "PySide6-Essentials>=6.12,<6.13"
    (the same with the manylinux_*_aarch64 platforms, up to manylinux_2_39, into aarch64.json)
    python packaging/flatpak/pip_sources.py x86_64.json aarch64.json

Pure-Python wheels serve every architecture; wheels with compiled code are marked for the architecture
they were resolved for.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def source_entries(reports: list[dict]) -> list[str]:
    """YAML lines (at the sources list's indentation) for one `type: file` source per distinct wheel."""
    entries: dict[str, list[str]] = {}
    for report in reports:
        for item in report["install"]:
            info = item["download_info"]
            if "archive_info" not in info:
                continue  # the project itself, from the checkout
            url = info["url"]
            filename = url.rsplit("/", 1)[-1]
            sha256 = info["archive_info"]["hashes"]["sha256"]
            lines = ["- type: file", "  dest: wheels", f"  url: {url}", f"  sha256: {sha256}"]
            if not filename.endswith("-none-any.whl"):
                arch = "aarch64" if "aarch64" in filename else "x86_64"
                lines.append(f"  only-arches: [{arch}]")
            entries[filename] = lines
    return ["      " + line for _name, lines in sorted(entries.items()) for line in lines]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: pip_sources.py REPORT.json [REPORT.json ...]", file=sys.stderr)
        return 2
    reports = [json.loads(Path(arg).read_text(encoding="utf-8")) for arg in args]
    print("\n".join(source_entries(reports)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
