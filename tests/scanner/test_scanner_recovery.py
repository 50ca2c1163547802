"""Workers that die or freeze, an app that dies: every page written is offered back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from scanner import (
    ColorMode,
    PageSpooled,
    ScanClient,
    ScanEvent,
    ScanSettings,
    SessionStarted,
    Source,
    SpooledPage,
    parse_page_size,
    process,
)
from scanner.model import RawPage
from scanner.protocol import ORPHAN_GRACE
from scanner.spool import SpoolWriter

DEVICE = "sane:test:0"
SLOW = {"read-delay": True, "read-delay-duration": 200000}  # ≈0.2 s per small page
SETTINGS = ScanSettings(
    Source.ADF, ColorMode.BW, 50, parse_page_size("custom:50x50"), device_options=SLOW
)


def _readable(pages: list[SpooledPage]) -> bool:
    for page in pages:
        with Image.open(page.path) as img:
            img.load()
    return True


def _gone(pid: int) -> bool:
    """True once the process has exited (a zombie waiting for its reaper counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def _wait_until(condition: Callable[[], bool], limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "condition not met within the upper bound"
        time.sleep(0.05)


def _killer(at_page: int, sig: signal.Signals) -> tuple[Callable[[ScanEvent], None], list[int]]:
    pid: list[int] = []

    def on_event(event: ScanEvent) -> None:
        if isinstance(event, SessionStarted):
            pid.append(event.worker_pid)
        if isinstance(event, PageSpooled) and event.page.index == at_page:
            os.kill(pid[0], sig)

    return on_event, pid


def test_kill_9_of_the_worker_mid_scan_loses_no_written_page(
    client: ScanClient, spool: Path
) -> None:
    on_event, pid = _killer(3, signal.SIGKILL)
    result = client.scan(DEVICE, SETTINGS, spool, on_event=on_event)

    assert result.state == "interrupted"
    assert result.error is not None and result.error.code == "disconnected"
    assert len(result.pages) >= 3 and _readable(result.pages)
    assert "pages_kept" in [m.code for m in result.messages]
    assert _gone(pid[0])

    (offered,) = client.recover(spool)  # what the app offers at its next start
    assert offered.interrupted and offered.state == "interrupted"
    assert offered.pages == result.pages
    offered.discard()
    assert client.recover(spool) == []


def test_a_frozen_worker_is_killed_by_the_response_timeout(
    make_client: Callable[..., ScanClient], spool: Path
) -> None:
    client = make_client(response=2.0, heartbeat=0.2)
    on_event, pid = _killer(2, signal.SIGSTOP)  # frozen solid: not even heartbeats
    result = client.scan(DEVICE, SETTINGS, spool, on_event=on_event)

    assert result.state == "interrupted"
    assert result.error is not None and result.error.code == "timeout"
    assert "2 detik" in result.error.text("id") and "2 seconds" in result.error.text("en")
    assert len(result.pages) >= 2 and _readable(result.pages)
    assert _gone(pid[0])
    (offered,) = client.recover(spool)
    assert offered.pages == result.pages


def test_stopping_the_event_stream_early_stops_the_worker(client: ScanClient, spool: Path) -> None:
    pid = 0
    stream = client.events(DEVICE, SETTINGS, spool)
    for event in stream:
        if isinstance(event, SessionStarted):
            pid = event.worker_pid
        if isinstance(event, PageSpooled) and event.page.index == 2:
            break
    stream.close()  # what happens when a GUI job is torn down mid-scan
    assert _gone(pid)
    (offered,) = client.recover(spool)
    assert offered.interrupted and len(offered.pages) >= 2 and _readable(offered.pages)


APP = """
import sys
from pathlib import Path
from scanner import *
client = ScanClient(env={"SANE_CONFIG_DIR": sys.argv[2]})
settings = ScanSettings(Source.ADF, ColorMode.GRAY, 50, parse_page_size("custom:50x50"),
                        device_options={"read-delay": True, "read-delay-duration": 200000})
def show(event):
    if isinstance(event, SessionStarted):
        print("WORKER", event.worker_pid, flush=True)
    if isinstance(event, PageSpooled):
        print("PAGE", event.page.index, flush=True)
client.scan("sane:test:0", settings, Path(sys.argv[1]), on_event=show)
print("DONE", flush=True)
"""


def test_the_app_dying_mid_scan_leaves_its_pages_for_the_next_start(
    worker_env: dict[str, str], spool: Path
) -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(spool), worker_env["SANE_CONFIG_DIR"]],
        stdout=subprocess.PIPE,
        env=process.worker_env(worker_env),
        text=True,
    )
    assert app.stdout is not None
    worker = 0
    for line in app.stdout:
        if line.startswith("WORKER"):
            worker = int(line.split()[1])
        if line.strip() == "PAGE 2":
            app.send_signal(signal.SIGKILL)
            break
    app.wait(timeout=30)
    app.stdout.close()

    # What the next start does: recovery waits (bounded) for the orphaned worker to notice its
    # app is gone, stop the scanner, mark the session and drop its lock; no sleep-and-hope.
    (offered,) = ScanClient.recover(spool, wait=ORPHAN_GRACE * 4)
    assert offered.state == "interrupted" and offered.interrupted
    assert 2 <= len(offered.pages) < 10 and _readable(offered.pages)
    _wait_until(lambda: _gone(worker))
    assert ScanClient.recover(spool)[0].pages == offered.pages  # every start sees the same


def test_a_worker_that_died_without_a_word_is_offered_as_interrupted(
    client: ScanClient, spool: Path
) -> None:
    """A session left "scanning" by a dead worker reads as interrupted, at every start."""
    on_event, _ = _killer(2, signal.SIGKILL)
    result = client.scan(DEVICE, SETTINGS, spool, on_event=on_event)
    session = result.pages[0].path.parent
    manifest = json.loads((session / "manifest.json").read_text("utf-8"))
    manifest["state"] = "scanning"  # as the worker left it: it never got to say "done"
    (session / "manifest.json").write_text(json.dumps(manifest), "utf-8")

    for _ in range(2):
        (offered,) = ScanClient.recover(spool)
        assert offered.state == "interrupted" and offered.pages == result.pages


def test_recovery_skips_a_session_a_live_worker_holds_until_it_lets_go(spool: Path) -> None:
    writer = SpoolWriter.create(spool, DEVICE, {})
    raw = RawPage(Image.new("L", (40, 40), 255), (50.0, 50.0))
    writer.add_page(raw, ColorMode.GRAY, 128)

    assert ScanClient.recover(spool) == []  # a live scan is not offered
    writer.close()
    (offered,) = ScanClient.recover(spool, wait=1.0)
    assert offered.state == "interrupted" and len(offered.pages) == 1
