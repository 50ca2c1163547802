"""Entry script of the bundled GUI executable ``jdih-desktop`` (see build_installer.spec)."""

import sys

from jdih_desktop import frozen
from jdih_desktop.app import main

sys.exit(frozen.run(main))
