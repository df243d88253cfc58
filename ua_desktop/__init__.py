"""ua-desktop: an offline letter-writing desk for Urgent Action groups.

The application's identity is defined here once; packaging files and the About box read it.
"""

__version__ = "0.1.0"

APP_NAME = "ua-desktop"
APP_DISPLAY_NAME = "UA Desktop"
APP_ID = "org.uadesktop.UADesktop"
ORGANISATION = "ua-desktop"
