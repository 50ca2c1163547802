"""Cancelling a scan: between pages, and in the middle of a slow page."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from scanner import (
    ColorMode,
    PageSpooled,
    Progress,
    ScanClient,
    ScanEvent,
    ScanSettings,
    Source,
    parse_page_size,
)

DEVICE = "sane:test:0"
# The test backend waits read-delay-duration µs per 64 KB it hands over: a 50×50 mm page at
# 50 dpi is one wait (0.2 s); a 200×200 mm page at 300 dpi gray is 86 waits (≈17 s).
SLOW = {"read-delay": True, "read-delay-duration": 200000}


def test_cancel_between_pages_keeps_the_pages_already_scanned(
    client: ScanClient, spool: Path
) -> None:
    cancel = threading.Event()

    def on_event(event: ScanEvent) -> None:
        if isinstance(event, PageSpooled) and event.page.index == 2:
            cancel.set()

    settings = ScanSettings(
        Source.ADF, ColorMode.GRAY, 50, parse_page_size("custom:50x50"), device_options=SLOW
    )
    result = client.scan(DEVICE, settings, spool, on_event=on_event, cancel=cancel)

    assert result.state == "cancelled" and result.error is None
    assert 2 <= len(result.pages) < 10  # stopped well before the feeder ran out
    for page in result.pages:
        with Image.open(page.path) as img:
            img.load()  # complete, decodable files only
    assert result.session is not None
    manifest = json.loads((result.session.path / "manifest.json").read_text())
    assert manifest["state"] == "cancelled" and len(manifest["pages"]) == len(result.pages)


def test_cancel_interrupts_a_page_being_read_and_drops_it(
    make_client: Callable[..., ScanClient], spool: Path
) -> None:
    client = make_client(cancel=60.0)
    cancel = threading.Event()

    def on_event(event: ScanEvent) -> None:
        if isinstance(event, Progress):
            cancel.set()  # the first bytes of a page that would take ≈17 s

    settings = ScanSettings(
        Source.FLATBED, ColorMode.GRAY, 300, parse_page_size("custom:200x200"), device_options=SLOW
    )
    started = time.monotonic()
    result = client.scan(DEVICE, settings, spool, on_event=on_event, cancel=cancel)
    elapsed = time.monotonic() - started

    assert result.state == "cancelled" and result.error is None and result.pages == []
    assert result.session is None  # nothing was kept, so no session is left to recover
    assert list(spool.rglob("*page-*")) == []  # the half-read page never reached the spool
    # Upper bound only: the worker stopped the driver itself, long before the page would end
    # (≈17 s) and long before the client would have killed it (60 s).
    assert elapsed < 14
