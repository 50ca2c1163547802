"""Waiting on process state in tests: upper bounds, never sleep-and-hope."""

from __future__ import annotations

import contextlib
import os
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


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid`` (Linux ``/proc``): its children, theirs, and so on.

    Read it before killing ``pid``: an orphan is re-parented and drops out of the tree."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with (
                contextlib.suppress(OSError, IndexError, ValueError),
                open(f"/proc/{entry}/stat") as fh,
            ):
                tree.setdefault(int(fh.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found
