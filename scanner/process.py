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
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from typing import IO, Any

from scanner import lifeline, protocol
from scanner.errors import ScanError

log = logging.getLogger("scanner.worker")

EOF = "_eof"  # internal event type: the worker's stdout closed (it exited or died)


class WorkerProcess:
    def __init__(self, command: Sequence[str], env: Mapping[str, str]) -> None:
        self.command = list(command)
        self.env = dict(env)
        self._proc: subprocess.Popen[bytes] | None = None
        self._inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self._stderr: collections.deque[str] = collections.deque(maxlen=50)
        self._send_lock = threading.Lock()

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
        threading.Thread(
            target=self._read, args=(self._proc.stdout,), daemon=True, name=f"worker-{self.pid}-out"
        ).start()
        threading.Thread(
            target=self._drain,
            args=(self._proc.stderr,),
            daemon=True,
            name=f"worker-{self.pid}-err",
        ).start()

    def _read(self, stream: IO[bytes]) -> None:
        for line in iter(stream.readline, b""):
            try:
                self._inbox.put(protocol.decode(line))
            except protocol.ProtocolError as exc:
                log.warning("worker %s sent a bad line: %s", self.pid, exc)
        self._inbox.put({"type": EOF})

    def _drain(self, stream: IO[bytes]) -> None:
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip()
            self._stderr.append(line)
            log.debug("worker %s: %s", self.pid, line)

    def stderr_tail(self, lines: int = 5) -> str:
        return " | ".join(list(self._stderr)[-lines:])

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
        proc = self._proc
        if proc is None:
            return
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass


def worker_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a worker: ours, plus this package importable, plus ``extra``."""
    env = {**os.environ, **(extra or {})}
    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = [package_parent, *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env["PYTHONUNBUFFERED"] = "1"
    return env
