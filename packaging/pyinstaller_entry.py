"""Entry point PyInstaller freezes: the same `ua-desktop` command the wheel installs (ua_desktop.cli:main)."""

import sys

from ua_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
