"""``python -m scanner.worker``: the process that talks to scanner drivers (see PROTOCOL.md).

Drivers run here, never in the app: a driver that crashes, hangs or leaks takes down only this
process, which the client kills and replaces. Commands arrive as JSON lines on stdin and run
one at a time on the main thread; a reader thread keeps listening meanwhile so ``cancel`` can
interrupt a driver that is blocked inside a read. If stdin closes (the app died), the scan is
cancelled and the session is marked interrupted; its pages stay in the spool for recovery.

The protocol owns the real stdout: at start-up the worker moves it to a private descriptor and
points file descriptor 1 at stderr, so a driver that prints cannot corrupt the stream.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import platform
import queue
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from scanner import protocol
from scanner.backends import ALL, Backends
from scanner.errors import ScanError
from scanner.model import WORKER_BITS
from scanner.session import CancelToken, run_scan


class Channel:
    """Serialised writes of events; a vanished reader is tolerated, not fatal."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._lock = threading.Lock()
        self.broken = False

    def emit(self, type_: str, **fields: Any) -> None:
        data = protocol.encode({"type": type_, **fields})
        with self._lock:
            if self.broken:
                return
            try:
                self._out.write(data)
                self._out.flush()
            except (BrokenPipeError, OSError, ValueError):
                self.broken = True


def _take_stdout() -> BinaryIO:
    """The protocol stream, with fd 1 redirected to stderr for everything else."""
    sys.stdout.flush()
    private = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(private, "wb", buffering=0)


def _read_commands(
    stdin: BinaryIO, inbox: queue.Queue[dict[str, Any]], token: CancelToken, channel: Channel
) -> None:
    for line in iter(stdin.readline, b""):
        if not line.strip():
            continue
        try:
            command = protocol.decode(line)
        except protocol.ProtocolError as exc:
            channel.emit(
                protocol.EV_FAILED, cmd="", error=ScanError("protocol", str(exc)).to_dict()
            )
            continue
        if command.get("cmd") == protocol.CMD_CANCEL:
            token.cancel()
            continue
        if command.get("cmd") == protocol.CMD_SHUTDOWN:
            token.cancel()
        inbox.put(command)
    # stdin closed: the app is gone. Stop scanning; whatever is spooled stays for recovery.
    # A driver that ignores the cancel must not keep the session locked: end regardless.
    threading.Timer(protocol.ORPHAN_GRACE, _end_orphan).start()  # non-daemon: runs to the end
    token.parent_gone = True
    token.cancel()
    inbox.put({"cmd": protocol.CMD_SHUTDOWN})


def _end_orphan() -> None:
    """The graceful stop took too long: exit now; the OS drops the session lock."""
    sys.stderr.flush()
    os._exit(3)


def _heartbeat(channel: Channel, interval: float, stop: threading.Event) -> None:
    while not stop.wait(interval):
        channel.emit(protocol.EV_HEARTBEAT)


def _dispatch(
    command: dict[str, Any], backends: Backends, channel: Channel, token: CancelToken
) -> None:
    cmd = command.get("cmd")
    if cmd == protocol.CMD_SCAN:
        token.reset()
        run_scan(command, backends, channel.emit, token)
    elif cmd == protocol.CMD_LIST_DEVICES:
        folders = tuple(Path(f) for f in command.get("folders") or ())
        devices: list[dict[str, Any]] = []
        statuses: list[dict[str, Any]] = []
        for backend in backends.listing(folders):
            status = backend.status()
            statuses.append(status.to_dict())
            if status.available:
                try:
                    devices.extend(d.to_dict() for d in backend.list_devices())
                except Exception as exc:
                    statuses[-1] = {**statuses[-1], "available": False, "health": str(exc)}
        channel.emit(protocol.EV_DEVICES, devices=devices, backends=statuses)
    elif cmd == protocol.CMD_CAPABILITIES:
        device = None
        try:
            backend, device_id = backends.resolve(str(command.get("device", "")))
            device = backend.open(device_id)
            caps = device.capabilities()
            channel.emit(
                protocol.EV_CAPABILITIES, device=command["device"], capabilities=caps.to_dict()
            )
        except ScanError as exc:
            channel.emit(protocol.EV_FAILED, cmd=cmd, error=exc.to_dict())
        finally:
            if device is not None:
                device.close()
    else:
        error = ScanError("protocol", f"unknown command {cmd!r}")
        channel.emit(protocol.EV_FAILED, cmd=str(cmd), error=error.to_dict())


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scanner.worker", description=__doc__)
    parser.add_argument("--heartbeat", type=float, default=1.0, help="seconds between heartbeats")
    parser.add_argument(
        "--backends", default=",".join(ALL), help="comma-separated: sane,twain,folder"
    )
    parser.add_argument("--twain-prefix", default="twain", help="device name prefix for TWAIN")
    parser.add_argument("--twain-module", default="", help="module to use instead of pytwain")
    parser.add_argument("--twain-dsm", default="", help="path of the TWAIN DSM DLL")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    channel = Channel(_take_stdout())
    if hasattr(signal, "SIGUSR1"):
        # The client asks for every thread's stack before it kills a worker that stopped
        # moving, so the log says where a driver hung (see PROTOCOL.md, "Timeouts").
        faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=True)
    backends = Backends(
        enabled=tuple(b.strip() for b in args.backends.split(",") if b.strip()),
        twain_module=args.twain_module,
        twain_prefix=args.twain_prefix,
        twain_dsm=args.twain_dsm,
    )
    token = CancelToken()
    inbox: queue.Queue[dict[str, Any]] = queue.Queue()
    stop = threading.Event()
    # hello first: it must be the first line the client reads.
    channel.emit(
        protocol.EV_HELLO,
        protocol=[protocol.PROTOCOL_VERSION, protocol.PROTOCOL_MINOR],
        pid=os.getpid(),
        bits=WORKER_BITS,
        python=platform.python_version(),
        platform=sys.platform,
        backends=list(backends.enabled),
    )
    threading.Thread(
        target=_read_commands,
        args=(sys.stdin.buffer, inbox, token, channel),
        daemon=True,
        name="commands",
    ).start()
    threading.Thread(
        target=_heartbeat, args=(channel, args.heartbeat, stop), daemon=True, name="heartbeat"
    ).start()
    while True:
        command = inbox.get()
        if command.get("cmd") == protocol.CMD_SHUTDOWN:
            break
        try:
            _dispatch(command, backends, channel, token)
        except Exception as exc:  # a bug here must not leave the client waiting forever
            traceback.print_exc(file=sys.stderr)
            channel.emit(
                protocol.EV_FAILED,
                cmd=str(command.get("cmd")),
                error=ScanError("driver_error", repr(exc)).to_dict(),
            )
    stop.set()
    channel.emit(protocol.EV_BYE)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stderr.flush()
    # Skip interpreter shutdown: a driver thread stuck in a native call could block it forever.
    os._exit(code)
