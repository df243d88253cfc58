"""`python -m ua_desktop` behaves exactly like the `ua-desktop` command."""

import sys

from ua_desktop.cli import main

sys.exit(main())
