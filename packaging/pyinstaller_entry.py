"""Entry point PyInstaller freezes: the same `ua-desktop` command the wheel installs (ua_desktop.cli:main)."""

import multiprocessing
import sys

from ua_desktop.cli import main

if __name__ == "__main__":
    # The letter preview renders in a child process started with "spawn". A frozen program starts that
    # child by running itself again; freeze_support() turns such a run into the child (PyInstaller makes it
    # work on every platform) instead of a second window.
    multiprocessing.freeze_support()
    sys.exit(main())
