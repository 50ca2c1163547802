"""Who holds an ``uploading`` outbox row, and whether that holder is still alive.

A worker killed mid-upload leaves its row in ``uploading``. On the same PC the next start
sees at once that the holder's process is gone; another PC (a shared PostgreSQL database)
cannot see that, and waits for the lease to run out instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta

_SEPARATOR = ":"
log = logging.getLogger(__name__)


def owner_id(pid: int | None = None) -> str:
    """``host:pid`` of this process (or of ``pid``)."""
    return f"{socket.gethostname()}{_SEPARATOR}{pid if pid is not None else os.getpid()}"


def holder_is_dead(owner: str) -> bool:
    """True only when ``owner`` ran on this host and its process no longer exists."""
    host, _, pid_text = owner.rpartition(_SEPARATOR)
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    return not process_alive(pid)


@contextlib.contextmanager
def keep_lease(renew: Callable[[], None], every: timedelta) -> Iterator[None]:
    """Call ``renew`` every ``every`` (real time) while the block runs, from a helper thread."""
    done = threading.Event()

    def beat() -> None:
        while not done.wait(every.total_seconds()):
            try:
                renew()
            except Exception:  # a missed renewal only shortens the lease; the upload goes on
                log.exception("outbox: could not renew the lease")

    thread = threading.Thread(target=beat, name="jdih-outbox-lease", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: an existence check, nothing is sent
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _windows_alive(pid: int) -> bool:
    # os.kill on Windows terminates the process: ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
