"""The test servers also run on their own, for CLI and GUI tests in other processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("module", ["ildis", "api", "webdav"])
def test_server_starts_with_python_m(module: str, tmp_path: Path) -> None:
    port = _free_port()
    args = [sys.executable, "-m", f"tests.publishing.servers.{module}", "--port", str(port)]
    if module == "webdav":
        args += ["--root", str(tmp_path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()  # printed once the server listens
        assert f"127.0.0.1:{port}" in banner, process.stderr.read() if process.stderr else ""
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", trust_env=False) as client:
            if module == "ildis":
                assert client.get("/backend/site/login").status_code == 200
                assert client.post("/__control__/advance", params={"seconds": 301}).is_success
                assert client.get("/__control__/state").json()["records"] == []
            elif module == "api":
                assert client.get("/api/documents").status_code == 401
                assert client.get("/__control__/state").json()["files"] == []
            else:
                assert client.request("PROPFIND", "/").status_code == 401
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
