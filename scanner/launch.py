"""How to start a worker: ``python -m scanner.worker`` from source, the bundled exe when frozen.

In a PyInstaller bundle ``sys.executable`` is the app itself (``jdih-desktop`` or ``jdih``), so
``[sys.executable, "-m", "scanner.worker"]`` would start a second app instead of a worker. The
bundle ships the worker as its own executable, ``jdih-scanner-worker``, in the same folder as the
app's executables (``build_installer.spec``). That folder is the one holding ``sys.executable``,
not ``sys._MEIPASS``: in a PyInstaller 6 one-folder build ``_MEIPASS`` is the ``_internal/``
folder beside the executables.

On Windows a 32-bit worker (``jdih-scanner-worker32.exe``, built with a 32-bit Python for 32-bit
TWAIN drivers) may be dropped into the same folder; when it is there the client uses it for the
``twain32:`` devices without any configuration.
"""

from __future__ import annotations

import sys
from pathlib import Path

WORKER_NAME = "jdih-scanner-worker"
WORKER32_NAME = "jdih-scanner-worker32"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (the bootloader sets ``sys.frozen`` and ``_MEIPASS``)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _exe_name(stem: str, platform: str) -> str:
    return f"{stem}.exe" if platform == "win32" else stem


def bundle_dir(executable: str | None = None) -> Path:
    """The folder holding the bundle's executables."""
    return Path(executable or sys.executable).resolve().parent


def default_worker_command(
    *, frozen: bool | None = None, executable: str | None = None, platform: str | None = None
) -> list[str]:
    """The 64-bit (native) worker: the bundled executable when frozen, else this Python.

    The keyword arguments exist for tests; by default they describe the running process.
    """
    frozen = is_frozen() if frozen is None else frozen
    executable = executable or sys.executable
    if frozen:
        name = _exe_name(WORKER_NAME, platform or sys.platform)
        return [str(bundle_dir(executable) / name)]
    return [executable, "-m", "scanner.worker"]


def default_twain32_command(
    *, frozen: bool | None = None, executable: str | None = None, platform: str | None = None
) -> list[str] | None:
    """The optional 32-bit TWAIN worker of a frozen Windows bundle, if it was installed."""
    frozen = is_frozen() if frozen is None else frozen
    platform = platform or sys.platform
    if not frozen or platform != "win32":
        return None
    candidate = bundle_dir(executable) / _exe_name(WORKER32_NAME, platform)
    return [str(candidate)] if candidate.is_file() else None
