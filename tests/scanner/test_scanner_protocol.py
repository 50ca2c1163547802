"""The worker speaks the documented JSON-lines protocol, and only that, on its stdout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scanner import protocol
from scanner.process import worker_env


def test_encode_decode_round_trip() -> None:
    line = protocol.encode({"type": "page", "page": {"index": 1, "file": "page-0001.tif"}})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert protocol.decode(line) == {
        "v": 1,
        "type": "page",
        "page": {"index": 1, "file": "page-0001.tif"},
    }


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        (b"hello\n", "not JSON"),
        (b"[1, 2]\n", "not a JSON object"),
        (b'{"v": 2, "cmd": "scan"}\n', "protocol version 2"),
        (b'{"v": 1}\n', "neither"),
    ],
)
def test_bad_lines_are_protocol_errors(line: bytes, fragment: str) -> None:
    with pytest.raises(protocol.ProtocolError, match=fragment):
        protocol.decode(line)


class RawWorker:
    """The worker driven by hand, without the client, to check the wire format itself."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scanner.worker", "--heartbeat", "30"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=worker_env(env),
        )

    def send(self, raw: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(raw)
        self.proc.stdin.flush()

    def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        return protocol.decode(self.proc.stdout.readline())


def test_worker_session_on_the_wire(worker_env: dict[str, str], tmp_path: Path) -> None:
    worker = RawWorker(worker_env)
    try:
        hello = worker.read()
        assert hello["type"] == "hello" and hello["protocol"][0] == protocol.PROTOCOL_VERSION
        assert hello["pid"] == worker.proc.pid and hello["bits"] in (32, 64)

        worker.send(b"this is not json\n")
        failed = worker.read()
        assert failed["type"] == "failed" and failed["error"]["code"] == "protocol"

        worker.send(protocol.encode({"cmd": "list_devices", "folders": [str(tmp_path)]}))
        devices = worker.read()
        assert devices["type"] == "devices"
        names = [d["name"] for d in devices["devices"]]
        assert "sane:test:0" in names and f"folder:{tmp_path}" in names
        assert {b["name"] for b in devices["backends"]} == {"sane", "twain", "folder"}

        worker.send(protocol.encode({"cmd": "capabilities", "device": "sane:test:0"}))
        caps = worker.read()
        assert caps["type"] == "capabilities" and caps["capabilities"]["sources"] == [
            "flatbed",
            "adf",
        ]

        worker.send(protocol.encode({"cmd": "frobnicate"}))
        assert worker.read()["error"]["code"] == "protocol"

        worker.send(protocol.encode({"cmd": "shutdown"}))
        assert worker.read()["type"] == "bye"
        assert worker.proc.wait(timeout=30) == 0
    finally:
        worker.proc.kill()
        worker.proc.wait()


def test_a_scan_request_that_makes_no_sense_fails_cleanly(
    worker_env: dict[str, str], tmp_path: Path
) -> None:
    worker = RawWorker(worker_env)
    try:
        worker.read()  # hello
        worker.send(
            protocol.encode({"cmd": "scan", "device": "sane:test:0", "settings": {"dpi": 5}})
        )
        done = worker.read()
        assert done["type"] == "done" and done["state"] == "failed"
        assert done["error"]["code"] == "invalid"
    finally:
        worker.proc.kill()
        worker.proc.wait()


def test_protocol_document_names_every_command_and_event() -> None:
    text = (Path(protocol.__file__).parent / "PROTOCOL.md").read_text("utf-8")
    names = [v for k, v in vars(protocol).items() if k.startswith(("CMD_", "EV_"))]
    missing = [name for name in names if f"`{name}`" not in text]
    assert not missing, f"PROTOCOL.md does not describe {missing}"
