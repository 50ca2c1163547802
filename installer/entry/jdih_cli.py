"""Entry script of the bundled command line executable ``jdih`` (see build_installer.spec)."""

import sys

from jdih_desktop import frozen
from jdih_desktop.cli.main import main

sys.exit(frozen.run(main))
