"""Child processes that die with the process that started them, however it ends.

Why: a ``kill -9`` of the app (or a power button held down) must not leave a scanner worker
holding the device, or Tesseract burning both cores for a document nobody will store. Closing
the worker's stdin already asks it to stop (``scanner/worker.py``), but a driver that holds the
interpreter, or a child of the worker, would not hear that. The kernel can do it for us:

- **Linux**: ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (man 2 PR_SET_PDEATHSIG) in the child,
  between fork and exec (:func:`popen_kwargs`), so it holds whatever the child runs (the worker
  from source or the bundle's worker executable, pdftoppm, Tesseract, pg_dump). The signal is
  tied to the *thread* that forked the child (the worker lives as long as the scan that drives
  it, on that scan's thread) and is lost if the parent died before the call, so the child then
  compares ``getppid()`` with the parent's pid and ends itself if they differ. A tool that
  starts children of its own (OCRmyPDF) needs ``jdih_desktop.procguard`` instead: the signal
  reaches only the direct child.
- **Windows**: a Job Object with ``JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE`` (learn.microsoft.com,
  "JOBOBJECT_BASIC_LIMIT_INFORMATION"): the app creates one job, never closes its handle, and
  puts each long-lived child in it (:func:`adopt`); when the app dies the kernel closes the
  handle and kills every process in the job, the child's own children included (they inherit
  the job). Nested jobs need Windows 8; on older systems a failed assignment is logged and the
  child runs unguarded.

This module is the scanner package's, so the worker (which never imports ``jdih_desktop``) can
use it; the app's own tools use it through ``jdih_desktop.procguard``.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("scanner.lifeline")

PR_SET_PDEATHSIG = 1  # linux/prctl.h

# Windows constants and layouts, from winnt.h / the Win32 docs of SetInformationJobObject.
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),  # LARGE_INTEGER
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),  # DWORD
        ("MinimumWorkingSetSize", ctypes.c_size_t),  # SIZE_T
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),  # ULONG_PTR
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class IO_COUNTERS(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint64)  # ULONGLONG
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    ]


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):
    _fields_ = [
        ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
        ("IoInfo", IO_COUNTERS),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


@functools.cache
def _prctl() -> Any:
    """libc's ``prctl``, looked up in the parent: ``dlopen`` takes the loader's lock, which
    another thread may hold at fork time, so the child must not be the one to call it."""
    return ctypes.CDLL(None, use_errno=True).prctl


def set_parent_death_signal(signum: int) -> bool:
    """Linux: ask for ``signum`` when the thread that started us ends. True if granted."""
    return int(_prctl()(PR_SET_PDEATHSIG, int(signum), 0, 0, 0)) == 0


def _preexec_for(parent: int) -> Callable[[], None]:
    prctl = _prctl()
    sigkill = int(signal.SIGKILL)

    def tie() -> None:  # pragma: no cover - runs in the child between fork and exec
        prctl(PR_SET_PDEATHSIG, sigkill, 0, 0, 0)
        if os.getppid() != parent:
            os._exit(3)

    return tie


def popen_kwargs() -> dict[str, Any]:
    """Keyword arguments for ``subprocess.Popen``/``run`` so a one-process tool dies with us.

    Only what is safe between fork and exec: one ``prctl`` call through a pointer resolved
    here, and one ``getppid``; no lock is taken in the child. Elsewhere than Linux: nothing
    (use :func:`adopt`).
    """
    if not sys.platform.startswith("linux"):
        return {}
    return {"preexec_fn": _preexec_for(os.getpid())}


_job_lock = threading.Lock()
_job_handle: int | None = None


def _kernel32() -> Any:  # pragma: no cover - Windows only
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    kernel32.SetInformationJobObject.restype = ctypes.c_int
    kernel32.SetInformationJobObject.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint32,
    ]
    kernel32.AssignProcessToJobObject.restype = ctypes.c_int
    kernel32.AssignProcessToJobObject.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    return kernel32


def _last_error() -> int:
    """Win32's last error (``ctypes.get_last_error`` exists only on Windows)."""
    get: Callable[[], int] = getattr(ctypes, "get_last_error", lambda: 0)
    return get()


def kill_on_close_job(kernel32: Any) -> int:
    """A new job whose processes are all killed when its last handle closes (our death)."""
    handle = kernel32.CreateJobObjectW(None, None)
    if not handle:
        raise OSError(_last_error(), "CreateJobObjectW failed")
    info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    done = kernel32.SetInformationJobObject(
        handle,
        JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
        ctypes.byref(info),
        ctypes.sizeof(info),
    )
    if not done:
        raise OSError(_last_error(), "SetInformationJobObject failed")
    return int(handle)


def adopt(proc: subprocess.Popen[Any], kernel32: Any = None) -> bool:
    """Windows: put ``proc`` in this app's kill-on-close job. True if it is now guarded.

    Call it right after starting the child, before the child starts children of its own (the
    worker starts none before it has answered ``hello``). Elsewhere it does nothing (Linux
    children get :func:`popen_kwargs`).
    """
    global _job_handle
    if sys.platform != "win32" and kernel32 is None:
        return False
    try:
        with _job_lock:
            api = kernel32 if kernel32 is not None else _kernel32()
            if _job_handle is None:
                _job_handle = kill_on_close_job(api)  # kept open until we die, on purpose
            handle = _job_handle
        process = int(getattr(proc, "_handle", 0))  # Popen's process HANDLE on Windows
        if not api.AssignProcessToJobObject(handle, process):
            raise OSError(_last_error(), "AssignProcessToJobObject failed")
    except OSError as exc:
        log.warning("child %s is not tied to our life: %s", proc.pid, exc)
        return False
    return True
