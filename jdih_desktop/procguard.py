"""``python -m jdih_desktop.procguard CMD…``: run CMD so that it and all it starts die with us.

Why: a ``kill -9`` of the app mid-OCR left OCRmyPDF and its Tesseract processes running for
minutes. ``prctl(PR_SET_PDEATHSIG)`` (Linux, man 2 PR_SET_PDEATHSIG) only reaches a direct
child and is cleared in the child's own children, so it alone cannot stop Tesseract. This
small guard sits between the app and the tool:

- it leads its own process group (the caller starts it with ``start_new_session``) and starts
  CMD in that group, so one ``killpg`` reaches the guard, the tool and the tool's children;
- it asks the kernel for SIGTERM when the app dies, and answers it with SIGKILL to the whole
  group; a parent that died before the request took effect is caught by comparing the
  parent's pid with the one the app handed over (``JDIH_GUARD_PARENT``).

Only Linux gets the guard (and not a frozen bundle, which cannot run ``-m``): elsewhere
:func:`guarded` returns the command unchanged, and on Windows :func:`adopt` puts the started
process in the app's kill-on-close Job Object instead (``scanner/lifeline.py``).

A tool that starts no children of its own (Tesseract, pdftoppm, pg_dump) needs no guard
process: :func:`tool_kwargs` asks the kernel to kill it with us, between fork and exec. Every
process the app starts goes through one of the two.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from types import FrameType
from typing import Any

from scanner import lifeline

PARENT_ENV = "JDIH_GUARD_PARENT"


def supported() -> bool:
    return sys.platform.startswith("linux") and not getattr(sys, "frozen", False)


def guarded(command: Sequence[str]) -> list[str]:
    """The command line to start instead of ``command`` (unchanged where unsupported)."""
    if not supported():
        return list(command)
    return [sys.executable, "-m", "jdih_desktop.procguard", *command]


def guard_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` plus this process's pid, so the guard notices a parent that died early."""
    return {**env, PARENT_ENV: str(os.getpid())}


def tool_kwargs() -> dict[str, Any]:
    """``subprocess.run``/``Popen`` keyword arguments: a one-process tool dies with the app."""
    return lifeline.popen_kwargs()


def guarded_kwargs() -> dict[str, Any]:
    """Popen keyword arguments for a :func:`guarded` command: none where the guard runs; else
    (a frozen bundle) at least the tool itself dies with the app, if not its children."""
    return {} if supported() else tool_kwargs()


def adopt(proc: subprocess.Popen[Any]) -> None:
    """Windows: tie a started process (and what it starts) to the app's life; else nothing."""
    lifeline.adopt(proc)


def _kill_group(signum: int = signal.SIGTERM, _frame: FrameType | None = None) -> None:
    with contextlib.suppress(OSError):
        os.killpg(os.getpgrp(), signal.SIGKILL)  # the guard goes too: that is the end
    os._exit(128 + signum)


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: python -m jdih_desktop.procguard CMD [ARG…]", file=sys.stderr)
        return 2
    if os.getpgrp() != os.getpid():
        os.setpgid(0, 0)  # never killpg the caller's group
    signal.signal(signal.SIGTERM, _kill_group)
    signal.signal(signal.SIGINT, _kill_group)
    lifeline.set_parent_death_signal(signal.SIGTERM)
    expected = os.environ.pop(PARENT_ENV, "")
    if expected and os.getppid() != int(expected):
        _kill_group()  # the app died before the request above took effect
    try:
        child = subprocess.Popen(list(argv))
    except OSError as exc:
        print(f"{argv[0]}: {exc}", file=sys.stderr)
        return 127
    code = child.wait()
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
