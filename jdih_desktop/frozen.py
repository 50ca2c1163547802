"""Start-up of the bundled executables (``build_installer.spec``, ``installer/entry/``).

A PyInstaller bundle has no ``python``: ``sys.executable`` is the app itself. Code that starts a
helper as ``[sys.executable, "-m", module, ...]`` (OCR runs ``-m ocrmypdf`` in its own process
group so it can be killed) would start a second app instead. So the bundled ``jdih-desktop``
and ``jdih`` understand ``-m MODULE ...`` for the few modules listed in :data:`BUNDLED_MODULES`
and run them the way ``python -m`` does; every other command line goes to the real ``main``.

``multiprocessing.freeze_support()`` comes first so a frozen child started by multiprocessing
(OCRmyPDF's page workers on Windows) runs its task instead of the app.
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys
from collections.abc import Callable, Collection, Sequence

#: Modules a frozen executable may run with ``-m`` (each must be in the bundle: see the spec).
BUNDLED_MODULES: frozenset[str] = frozenset({"ocrmypdf"})


def module_request(argv: Sequence[str], allowed: Collection[str] = BUNDLED_MODULES) -> str | None:
    """The module of a ``PROG -m MODULE ...`` command line, if it is one we may run."""
    if len(argv) >= 3 and argv[1] == "-m" and argv[2] in allowed:
        return argv[2]
    return None


def run(main: Callable[[], int], allowed: Collection[str] = BUNDLED_MODULES) -> int:
    """Run ``main``, or the module a ``-m MODULE`` command line asks for (as ``python -m``)."""
    multiprocessing.freeze_support()
    module = module_request(sys.argv, allowed)
    if module is None:
        return main()
    sys.argv = [module, *sys.argv[3:]]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        code = exc.code
        if code is None or isinstance(code, int):
            return code or 0
        print(code, file=sys.stderr)
        return 1
    return 0
