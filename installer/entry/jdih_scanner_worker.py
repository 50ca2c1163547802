"""Entry script of the bundled scanner worker ``jdih-scanner-worker`` (see scanner/launch.py).

The same script, frozen with a 32-bit Python on Windows, is ``jdih-scanner-worker32.exe``.
"""

import sys

from scanner.worker import main

sys.exit(main())
