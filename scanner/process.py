"""The client's handle on one worker process: start, talk JSON lines, kill.

Reading happens on background threads that only queue what they read, so the thread that
drives a scan (the caller of ``ScanClient.scan``) can wait with a timeout and notice a worker
that has gone silent. stderr is drained continuously (a full pipe would block the worker) and
its tail kept for error reports.
"""

from __future__ import annotations

import collections
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from typing import IO, Any

from scanner import lifeline, protocol
from scanner.errors import ScanError

log = logging.getLogger("scanner.worker")

EOF = "_eof"  # internal event type: the worker's stdout closed (it exited or died)
READER_JOIN = 5.0  # seconds to let the pipe readers reach EOF after the worker has exited
STACK_WAIT = 2.0  # seconds a stuck worker gets to print its stacks before it is killed


class WorkerProcess:
    def __init__(self, command: Sequence[str], env: Mapping[str, str]) -> None:
        self.command = list(command)
        self.env = dict(env)
        self._proc: subprocess.Popen[bytes] | None = None
        self._inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self._stderr: collections.deque[str] = collections.deque(maxlen=200)
        self._stderr_lines = 0  # lines read so far, to find what came after a point
        self._send_lock = threading.Lock()
        self._readers: list[threading.Thread] = []

    @property
    def pid(self) -> int:
        return self._proc.pid if self._proc is not None else 0

    def start(self) -> None:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        try:
            self._proc = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self.env,
                creationflags=flags,
                **lifeline.popen_kwargs(),  # the worker dies with the app, even by kill -9
            )
        except OSError as exc:
            raise ScanError("worker_failed", f"{self.command[0]}: {exc}") from exc
        lifeline.adopt(self._proc)  # Windows: the same through a kill-on-close job
        assert self._proc.stdout is not None and self._proc.stderr is not None
        self._readers = [
            threading.Thread(
                target=self._read,
                args=(self._proc.stdout,),
                daemon=True,
                name=f"worker-{self.pid}-out",
            ),
            threading.Thread(
                target=self._drain,
                args=(self._proc.stderr,),
                daemon=True,
                name=f"worker-{self.pid}-err",
            ),
        ]
        for reader in self._readers:
            reader.start()

    def _read(self, stream: IO[bytes]) -> None:
        # Each reader owns its stream and closes it after EOF: closing a buffered stream from
        # another thread while readline() is inside it raises ValueError in CPython
        # ("PyMemoryView_FromBuffer(): info->buf must not be NULL") and loses the EOF event.
        with stream:
            for line in iter(stream.readline, b""):
                try:
                    self._inbox.put(protocol.decode(line))
                except protocol.ProtocolError as exc:
                    log.warning("worker %s sent a bad line: %s", self.pid, exc)
        self._inbox.put({"type": EOF})

    def _drain(self, stream: IO[bytes]) -> None:
        with stream:
            for raw in iter(stream.readline, b""):
                line = raw.decode("utf-8", "replace").rstrip()
                self._stderr.append(line)
                self._stderr_lines += 1
                log.debug("worker %s: %s", self.pid, line)

    def stderr_tail(self, lines: int = 5) -> str:
        return " | ".join(list(self._stderr)[-lines:])

    def log_stacks(self, why: str) -> None:
        """Log where every thread of a live worker is (Python's faulthandler, on SIGUSR1).

        Called before a worker that stopped moving is killed: a hung driver's stack in the log
        is what support needs. Bounded: a worker that cannot answer (stopped, or stuck in the
        kernel) costs at most :data:`STACK_WAIT` seconds.
        """
        proc = self._proc
        if proc is None or proc.poll() is not None or not hasattr(signal, "SIGUSR1"):
            return
        before = self._stderr_lines
        try:
            os.kill(proc.pid, signal.SIGUSR1)
        except OSError:
            return
        deadline = time.monotonic() + STACK_WAIT
        while time.monotonic() < deadline and not self._stacks_after(before):
            time.sleep(0.05)
        new = min(self._stderr_lines - before, len(self._stderr))
        stacks = list(self._stderr)[-new:] if new else ["(no answer)"]
        log.warning("worker %s %s; its threads:\n%s", proc.pid, why, "\n".join(stacks))

    def _stacks_after(self, before: int) -> bool:
        """True once faulthandler's dump has ended (a blank line follows the last thread)."""
        new = min(self._stderr_lines - before, len(self._stderr))
        lines = list(self._stderr)[-new:] if new else []
        return any(line.startswith(("Thread 0x", "Current thread 0x")) for line in lines) and (
            lines[-1] == "" or not self.alive()
        )

    def next(self, timeout: float) -> dict[str, Any] | None:
        """The next event, or None if nothing arrived within ``timeout`` seconds."""
        try:
            return self._inbox.get(timeout=timeout)
        except queue.Empty:
            return None

    def send(self, message: dict[str, Any]) -> bool:
        """Send a command; False if the worker can no longer receive."""
        proc = self._proc
        if proc is None or proc.stdin is None:
            return False
        with self._send_lock:
            try:
                proc.stdin.write(protocol.encode(message))
                proc.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                return False
        return True

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def kill(self) -> None:
        """Kill at once: SIGKILL / TerminateProcess, which no hung driver can ignore."""
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log.error("worker %s survived kill", proc.pid)
        self._close_pipes()

    def shutdown(self, timeout: float) -> bool:
        """Ask the worker to exit; kill it if it has not within ``timeout``. True if it exited."""
        proc = self._proc
        if proc is None:
            return True
        self.send({"cmd": protocol.CMD_SHUTDOWN})
        try:
            if proc.stdin is not None:
                proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return False
        self._close_pipes()
        return True

    def _close_pipes(self) -> None:
        """Close stdin; the readers close stdout/stderr themselves once they reach EOF.

        The worker has exited by now, so EOF is immediate unless a process it started still
        holds the pipes: the join is bounded and the readers are daemons, so nothing waits on
        such a straggler.
        """
        proc = self._proc
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
        except OSError:
            pass
        for reader in self._readers:
            if reader is not threading.current_thread():
                reader.join(timeout=READER_JOIN)


def worker_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a worker: ours, plus this package importable, plus ``extra``."""
    env = {**os.environ, **(extra or {})}
    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = [package_parent, *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env["PYTHONUNBUFFERED"] = "1"
    return env
