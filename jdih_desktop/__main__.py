"""``python -m jdih_desktop`` starts the GUI."""

import sys

from jdih_desktop.app import main

sys.exit(main())
