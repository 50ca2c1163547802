"""The test servers also run on their own, for CLI and GUI tests in other processes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("module", ["ildis", "api", "webdav"])
def test_server_starts_with_python_m(module: str, tmp_path: Path) -> None:
    # Port 0: the server binds any free port and names it in its banner. A port probed free
    # here could be taken by another process before the server binds it (a flaky start).
    args = [sys.executable, "-m", f"tests.publishing.servers.{module}", "--port", "0"]
    if module == "webdav":
        args += ["--root", str(tmp_path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()  # printed once the server listens
        found = re.search(r"http://127\.0\.0\.1:(\d+)", banner)
        assert found and int(found.group(1)) > 0, process.stderr.read() if process.stderr else ""
        with httpx.Client(base_url=found.group(0), trust_env=False) as client:
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
