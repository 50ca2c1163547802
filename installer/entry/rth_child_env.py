"""PyInstaller runtime hook: give child processes the user's library path back (Linux).

The bootloader puts the bundle's ``_internal/`` first on ``LD_LIBRARY_PATH`` (saving a previous
value as ``LD_LIBRARY_PATH_ORIG``). This process no longer needs it: the dynamic loader read it
at start-up. But system programs the app starts (tesseract, pdftoppm, qpdf, ghostscript) would
inherit it and load the bundle's copies of libraries built for another distribution. Our own
bundled executables (the scanner worker) set it again through their own bootloader.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
