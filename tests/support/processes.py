"""Waiting on process state in tests: upper bounds, never sleep-and-hope."""

from __future__ import annotations

import time
from collections.abc import Callable


def process_gone(pid: int) -> bool:
    """True once the process has exited (a zombie waiting for its reaper counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, ProcessLookupError):  # reaped between open() and read()
        return True


def wait_until(condition: Callable[[], bool], limit: float) -> None:
    """Poll ``condition`` until it holds; fail once ``limit`` seconds (an upper bound) pass."""
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "condition not met within the upper bound"
        time.sleep(0.01)
