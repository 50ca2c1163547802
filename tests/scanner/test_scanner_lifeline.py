"""No child outlives a killed app: the worker (hung or scanning) and what it starts.

The app here is a small Python process driving a real :class:`ScanClient`; the test kills it
with SIGKILL and then polls ``/proc`` (bounded) until none of its descendants is left.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scanner import lifeline, process
from tests.scanner.test_scanner_recovery import APP  # the app scanning, as it dies there
from tests.support.processes import descendants, process_gone, wait_until

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc and kills with SIGKILL"
)

# The app's side of a worker, started as the client starts every worker; then the app waits.
APP_WITH_HUNG_WORKER = """
import sys, time
from scanner.process import WorkerProcess, worker_env
worker = WorkerProcess([sys.executable, sys.argv[1]], worker_env())
worker.start()
assert worker.next(30.0)["type"] == "hello"
print("STARTED", worker.pid, flush=True)
time.sleep(3600)
"""

# A worker whose driver hangs holding everything: it says hello, then never reads its stdin
# again, so closing the pipe (the worker's own way of noticing a dead app) cannot reach it.
HUNG_WORKER = """
import json, os, sys, time
hello = {"v": 1, "type": "hello", "protocol": [1, 0], "pid": os.getpid(), "bits": 64}
sys.stdout.write(json.dumps(hello) + "\\n")
sys.stdout.flush()
print("HUNG", os.getpid(), file=sys.stderr, flush=True)
while True:
    time.sleep(3600)
"""


def _kill_and_wait_for_the_family(app: subprocess.Popen[str]) -> None:
    family = descendants(app.pid)
    assert family, "the app should have a worker by now"
    app.kill()
    app.wait(timeout=30)
    # An upper bound on the kernel's teardown; the worker's own orphan grace is 5 s, and a
    # hung worker never ends by itself, so only the parent-death signal can pass this.
    wait_until(lambda: all(process_gone(pid) for pid in family), limit=4.0)


def _start_app(spool: Path, worker_env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", APP, str(spool), worker_env["SANE_CONFIG_DIR"]],
        stdout=subprocess.PIPE,
        env=process.worker_env(worker_env),
        text=True,
    )


def test_a_killed_app_takes_its_scanning_worker_with_it(
    worker_env: dict[str, str], spool: Path
) -> None:
    app = _start_app(spool, worker_env)
    assert app.stdout is not None
    for line in app.stdout:
        if line.strip() == "PAGE 1":
            break
    _kill_and_wait_for_the_family(app)
    app.stdout.close()


def test_a_killed_app_takes_even_a_hung_worker_with_it(tmp_path: Path) -> None:
    script = tmp_path / "hung_worker.py"
    script.write_text(HUNG_WORKER, encoding="utf-8")
    app = subprocess.Popen(
        [sys.executable, "-c", APP_WITH_HUNG_WORKER, str(script)],
        stdout=subprocess.PIPE,
        env=process.worker_env(),
        text=True,
    )
    assert app.stdout is not None
    line = app.stdout.readline()
    assert line.startswith("STARTED"), line
    worker = int(line.split()[1])
    try:
        _kill_and_wait_for_the_family(app)
    finally:
        if not process_gone(worker):  # the failure case: do not leave it behind
            os.kill(worker, signal.SIGKILL)
        app.stdout.close()


def test_the_job_object_asks_windows_to_kill_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the Win32 calls receive (run here with a recording double of kernel32)."""
    calls: list[tuple[str, Any]] = []

    class Kernel32:
        def CreateJobObjectW(self, attributes: Any, name: Any) -> int:
            calls.append(("create", (attributes, name)))
            return 0x1234

        def SetInformationJobObject(self, job: int, klass: int, info: Any, size: int) -> int:
            layout = ctypes.POINTER(lifeline.JOBOBJECT_EXTENDED_LIMIT_INFORMATION)
            flags = ctypes.cast(info, layout).contents.BasicLimitInformation.LimitFlags
            calls.append(("set", (job, klass, flags, size)))
            return 1

        def AssignProcessToJobObject(self, job: int, handle: int) -> int:
            calls.append(("assign", (job, handle)))
            return 1

    class Proc:
        pid = 42
        _handle = 0x99

    monkeypatch.setattr(lifeline, "_job_handle", None)
    kernel32 = Kernel32()
    assert lifeline.adopt(Proc(), kernel32)  # type: ignore[arg-type]
    assert lifeline.adopt(Proc(), kernel32)  # type: ignore[arg-type]
    assert calls == [
        ("create", (None, None)),  # one job for the app's whole life
        ("set", (0x1234, 9, 0x2000, ctypes.sizeof(lifeline.JOBOBJECT_EXTENDED_LIMIT_INFORMATION))),
        ("assign", (0x1234, 0x99)),
        ("assign", (0x1234, 0x99)),
    ]


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="the 64-bit layout")
def test_the_job_limits_have_the_win64_layout() -> None:
    # sizeof(JOBOBJECT_EXTENDED_LIMIT_INFORMATION) on x64 Windows is 144 (winnt.h); a wrong
    # layout would make SetInformationJobObject fail with ERROR_BAD_LENGTH.
    assert ctypes.sizeof(lifeline.JOBOBJECT_EXTENDED_LIMIT_INFORMATION) == 144
    assert lifeline.JOBOBJECT_BASIC_LIMIT_INFORMATION.LimitFlags.offset == 16
    assert ctypes.sizeof(lifeline.JOBOBJECT_BASIC_LIMIT_INFORMATION) == 64


def test_a_child_whose_parent_is_already_gone_ends_itself() -> None:
    """The race PR_SET_PDEATHSIG alone loses: the parent died before the child asked."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getppid())"],
        capture_output=True,
        text=True,
        check=True,
        **lifeline.popen_kwargs(),
    )
    assert int(done.stdout) == os.getpid()  # the normal case runs untouched
    orphan = subprocess.run(
        [sys.executable, "-c", "print('ran')"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lifeline._preexec_for(parent=1),  # as if we had died and init adopted it
    )
    assert (orphan.returncode, orphan.stdout) == (3, "")
