"""Scanning the real SANE ``test`` device through worker → spool → client."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PIL import Image

from scanner import (
    ColorMode,
    DeviceMessage,
    PageSpooled,
    ScanClient,
    ScanEvent,
    ScanSettings,
    Source,
    parse_page_size,
)

DEVICE = "sane:test:0"
GRID = {"test-picture": "Grid"}


def test_five_page_adf_gray_300_dpi_scan(client: ScanClient, spool: Path) -> None:
    events: list[ScanEvent] = []
    settings = ScanSettings(Source.ADF, ColorMode.GRAY, 300, parse_page_size("f4"), pages=5)
    result = client.scan(DEVICE, settings, spool, on_event=events.append)

    assert result.ok and result.error is None
    assert [p.index for p in result.pages] == [1, 2, 3, 4, 5]
    spooled = [e.page for e in events if isinstance(e, PageSpooled)]
    assert spooled == result.pages  # every event matches the file on disk
    for page in result.pages:
        assert page.format == "png" and page.dpi == (300.0, 300.0)
        assert hashlib.sha256(page.path.read_bytes()).hexdigest() == page.sha256
        with Image.open(page.path) as img:
            # The test device stops at 200 mm: F4 is clipped, and the size says so.
            assert (img.mode, img.size) == ("L", (2362, 2362))
            assert round(img.info["dpi"][0]) == 300
    codes = [e.message.code for e in events if isinstance(e, DeviceMessage)]
    assert "area_clipped" in codes
    assert result.session is not None and result.session.state == "complete"
    manifest = json.loads((result.session.path / "manifest.json").read_text())
    assert manifest["settings"]["page_size"] == "f4" and len(manifest["pages"]) == 5


@pytest.mark.parametrize(
    ("mode", "fmt", "pil_mode"),
    [(ColorMode.BW, "tiff-g4", "1"), (ColorMode.GRAY, "png", "L"), (ColorMode.COLOR, "png", "RGB")],
)
def test_multi_page_adf_scan_in_each_mode(
    client: ScanClient, spool: Path, mode: ColorMode, fmt: str, pil_mode: str
) -> None:
    settings = ScanSettings(
        Source.ADF, mode, 100, parse_page_size("a4"), pages=3, device_options=GRID
    )
    result = client.scan(DEVICE, settings, spool)
    assert result.ok and len(result.pages) == 3
    for page in result.pages:
        assert (page.format, page.mode) == (fmt, mode)
        with Image.open(page.path) as img:
            assert img.mode == pil_mode and img.size == (787, 787)
            assert img.convert("L").getextrema() == (0, 255)  # the grid: black lines on white


def test_lineart_from_depth_1_equals_the_gray_grid_cut_at_half(
    client: ScanClient, spool: Path
) -> None:
    """The grid is pure black and white: lineart must match gray thresholded, pixel for pixel."""
    size = parse_page_size("custom:60x60")
    bw = client.scan(
        DEVICE, ScanSettings(Source.FLATBED, ColorMode.BW, 150, size, device_options=GRID), spool
    )
    gray = client.scan(
        DEVICE, ScanSettings(Source.FLATBED, ColorMode.GRAY, 150, size, device_options=GRID), spool
    )
    with Image.open(bw.pages[0].path) as a, Image.open(gray.pages[0].path) as b:
        assert a.mode == "1"
        assert a.convert("L").tobytes() == b.point(lambda v: 255 if v > 127 else 0).tobytes()


def test_adf_without_a_limit_runs_until_the_feeder_is_empty(
    client: ScanClient, spool: Path
) -> None:
    settings = ScanSettings(Source.ADF, ColorMode.BW, 50, parse_page_size("custom:50x50"))
    result = client.scan(DEVICE, settings, spool)
    assert result.ok and len(result.pages) == 10  # one batch of the test device
    assert [m.code for m in result.messages] == ["feeder_empty"]
    assert "10 halaman" in result.messages[0].id


def test_flatbed_gives_one_page(client: ScanClient, spool: Path) -> None:
    settings = ScanSettings(
        Source.FLATBED, ColorMode.COLOR, 75, parse_page_size("custom:40x40"), pages=3
    )
    result = client.scan(DEVICE, settings, spool)
    assert result.ok and len(result.pages) == 1


def test_duplex_on_a_device_without_it_is_refused_clearly(client: ScanClient, spool: Path) -> None:
    result = client.scan(DEVICE, ScanSettings(Source.DUPLEX, ColorMode.BW, 100), spool)
    assert result.state == "failed" and not result.pages
    assert result.error is not None and result.error.code == "unsupported"
    assert "duplex" in result.error.text("id") and "duplex" in result.error.text("en")


def test_scanning_a_missing_device(client: ScanClient, spool: Path) -> None:
    result = client.scan("sane:nosuch:3", ScanSettings(), spool)
    assert result.state == "failed"
    assert result.error is not None and result.error.code == "no_device"
    assert client.recover(spool) == []  # nothing scanned, nothing to offer back


def test_the_session_is_discarded_once_taken(client: ScanClient, spool: Path) -> None:
    settings = ScanSettings(Source.ADF, ColorMode.BW, 50, parse_page_size("custom:30x30"), pages=2)
    result = client.scan(DEVICE, settings, spool)
    assert result.session is not None
    # Until the app takes the pages, a finished session is still offered after a restart.
    assert [s.session_id for s in client.recover(spool)] == [result.session.session_id]
    result.session.discard()
    assert client.recover(spool) == []
