"""TWAIN through a double of pytwain's SourceManager/Source (real TWAIN needs Windows).

The in-process tests check which capabilities are negotiated and how pytwain's result shapes
and errors are read; the worker tests run the same double inside ``python -m scanner.worker``,
the way a Windows PC runs pytwain.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from scanner import (
    ColorMode,
    Message,
    PageSpooled,
    ScanClient,
    ScanError,
    ScanEvent,
    ScanSettings,
    Source,
    parse_page_size,
)
from scanner.backend import ScanControl
from scanner.backends.twain_backend import TwainBackend
from scanner.client import Timeouts
from scanner.model import RawPage

PRODUCT = "Double Scanner"
DEVICE = f"twain:{PRODUCT}"


def _scan(settings: ScanSettings) -> tuple[list[RawPage], list[Message]]:
    notices: list[Message] = []
    device = TwainBackend("twain_double").open(PRODUCT)
    pages = list(device.pages(settings, ScanControl(notice=notices.append)))
    return pages, notices


def test_sources_are_listed_with_dsm_and_bitness(twain_double: ModuleType) -> None:
    (device,) = TwainBackend("twain_double").list_devices()
    assert device.name == DEVICE and device.backend == "twain"
    assert "TWAIN DSM twaindsm.dll" in device.health and "-bit worker" in device.health


def test_a_missing_dsm_is_a_health_line_not_a_crash(twain_double: ModuleType) -> None:
    twain_double.configure(dsm_missing=True)
    status = TwainBackend("twain_double").status()
    assert not status.available and "twaindsm.dll" in status.health


def test_capabilities_are_read_from_the_source(twain_double: ModuleType) -> None:
    caps = TwainBackend("twain_double").open(PRODUCT).capabilities()
    assert caps.sources == (Source.FLATBED, Source.ADF, Source.DUPLEX)
    assert caps.modes == (ColorMode.BW, ColorMode.GRAY, ColorMode.COLOR) and caps.native_bw
    assert caps.dpi_values == (75, 100, 150, 200, 300, 600)  # from TW_FIX32 enumeration items
    assert (caps.max_width_mm, caps.max_height_mm) == (215.9, 355.6)


def test_a_resolution_range_is_decoded_from_pytwains_raw_words(twain_double: ModuleType) -> None:
    twain_double.configure(resolution_range=[50, 150])
    caps = TwainBackend("twain_double").open(PRODUCT).capabilities()
    assert (caps.dpi_min, caps.dpi_max, caps.dpi_values) == (50, 150, ())
    pages, notices = _scan(
        ScanSettings(Source.FLATBED, ColorMode.GRAY, 300, parse_page_size("custom:50x50"))
    )
    assert pages[0].dpi == (150.0, 150.0)
    assert Message("dpi_adjusted", {"dpi": 150, "requested": 300}) in notices


def test_adf_gray_f4_negotiates_the_right_capabilities(twain_double: ModuleType) -> None:
    tw = twain_double
    pages, notices = _scan(ScanSettings(Source.ADF, ColorMode.GRAY, 100, parse_page_size("f4")))
    assert len(pages) == 5
    assert {p.image.mode for p in pages} == {"L"} and pages[0].dpi == (100.0, 100.0)
    assert pages[0].image.size == (846, 1299)  # 215×330 mm at 100 dpi
    sets = {(c[1], c[3]) for c in tw.CALLS if c[0] == "set"}
    assert {
        (tw.CAP_FEEDERENABLED, True),
        (tw.CAP_DUPLEXENABLED, False),
        (tw.ICAP_PIXELTYPE, tw.TWPT_GRAY),
        (tw.ICAP_BITDEPTH, 8),
        (tw.ICAP_UNITS, tw.TWUN_INCHES),
        (tw.ICAP_XRESOLUTION, 100.0),
        (tw.ICAP_YRESOLUTION, 100.0),
        (tw.CAP_XFERCOUNT, -1),
        (tw.ICAP_XFERMECH, tw.TWSX_NATIVE),
    } <= sets
    (frame,) = [c[1] for c in tw.CALLS if c[0] == "layout"]
    assert frame == pytest.approx((0, 0, 215 / 25.4, 330 / 25.4))
    assert ("enable", False, False) in tw.CALLS  # no driver dialog unless asked
    assert notices == []


def test_duplex_gives_both_sides_of_every_sheet(twain_double: ModuleType) -> None:
    pages, _ = _scan(ScanSettings(Source.DUPLEX, ColorMode.BW, 75, parse_page_size("a4")))
    assert len(pages) == 10 and {p.image.mode for p in pages} == {"1"}


def test_duplex_on_a_simplex_feeder_is_refused(twain_double: ModuleType) -> None:
    twain_double.configure(duplex=False)
    with pytest.raises(ScanError) as info:
        _scan(ScanSettings(Source.DUPLEX, ColorMode.BW, 75))
    assert info.value.code == "unsupported" and "duplex" in info.value.text("en")


def test_an_empty_feeder_is_no_docs(twain_double: ModuleType) -> None:
    twain_double.configure(feeder_pages=0)
    with pytest.raises(ScanError) as info:
        _scan(ScanSettings(Source.ADF, ColorMode.BW, 75))
    assert info.value.code == "no_docs"


def test_a_paper_jam_is_found_behind_pytwains_cleanup_error(twain_double: ModuleType) -> None:
    """pytwain's MSG_DISABLEDS after a failed transfer raises SequenceError, hiding the jam."""
    twain_double.configure(jam_at_page=3)
    got: list[RawPage] = []
    device = TwainBackend("twain_double").open(PRODUCT)
    with pytest.raises(ScanError) as info:
        for page in device.pages(ScanSettings(Source.ADF, ColorMode.BW, 75), ScanControl()):
            got.append(page)
    assert info.value.code == "jammed" and "SequenceError" not in info.value.detail
    assert len(got) == 2


def test_black_and_white_on_a_gray_only_driver_is_thresholded(twain_double: ModuleType) -> None:
    twain_double.configure(pixel_types=[1, 2])
    pages, notices = _scan(ScanSettings(Source.FLATBED, ColorMode.BW, 75, parse_page_size("a4")))
    assert Message("bw_thresholded") in notices and pages[0].image.mode == "L"


def test_worker_scans_through_twain(twain_client: Callable[..., ScanClient], spool: Path) -> None:
    client = twain_client(feeder_pages=4)
    assert DEVICE in [d.name for d in client.list_devices().devices]
    events: list[ScanEvent] = []
    settings = ScanSettings(Source.ADF, ColorMode.BW, 100, parse_page_size("a4"))
    result = client.scan(DEVICE, settings, spool, on_event=events.append)
    assert result.ok and len(result.pages) == 4
    assert [e.page.index for e in events if isinstance(e, PageSpooled)] == [1, 2, 3, 4]
    for page in result.pages:
        assert page.format == "tiff-g4" and page.dpi == (100.0, 100.0)
        with Image.open(page.path) as img:
            assert img.size == (827, 1169)


def test_a_32_bit_worker_serves_its_own_twain32_devices(
    worker_env: dict[str, str],
    twain_worker_command: list[str],
    make_timeouts: Callable[..., Timeouts],
    spool: Path,
) -> None:
    """On Windows the second command would be a 32-bit executable; here it is the same Python."""
    client = ScanClient(
        env=worker_env, twain32_command=twain_worker_command, timeouts=make_timeouts()
    )
    listing = client.list_devices()
    assert f"twain32:{PRODUCT}" in [d.name for d in listing.devices]
    assert "twain32" in [b.name for b in listing.backends]
    result = client.scan(
        f"twain32:{PRODUCT}", ScanSettings(Source.FLATBED, ColorMode.GRAY, 75), spool
    )
    assert result.ok and len(result.pages) == 1


def test_a_driver_stuck_in_a_transfer_is_killed_by_the_page_timeout(
    twain_client: Callable[..., ScanClient],
    make_timeouts: Callable[..., Timeouts],
    spool: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = twain_client(make_timeouts(page=3.0), hang_at_page=3)
    with caplog.at_level(logging.WARNING, logger="scanner.worker"):
        result = client.scan(DEVICE, ScanSettings(Source.ADF, ColorMode.GRAY, 75), spool)
    assert result.state == "interrupted"
    assert result.error is not None and result.error.code == "timeout"
    assert len(result.pages) == 2
    (offered,) = client.recover(spool)
    assert offered.pages == result.pages
    # Before the kill the worker said where it hung: the double's transfer, on the main thread.
    (dump,) = [r.getMessage() for r in caplog.records if "its threads" in r.getMessage()]
    assert "made no scan progress for 3 s" in dump
    assert 'in xfer_image_natively' in dump and "Current thread" in dump


def test_an_operator_in_the_driver_dialog_is_not_mistaken_for_a_hung_driver(
    twain_client: Callable[..., ScanClient], make_timeouts: Callable[..., Timeouts], spool: Path
) -> None:
    client = twain_client(make_timeouts(page=1.5), ui_seconds=4.0, feeder_pages=2)
    settings = ScanSettings(Source.ADF, ColorMode.GRAY, 75, show_driver_ui=True)
    result = client.scan(DEVICE, settings, spool)
    assert result.ok and len(result.pages) == 2


def test_a_driver_that_hangs_while_closing_costs_no_page(
    twain_client: Callable[..., ScanClient], tmp_path: Path, spool: Path
) -> None:
    trace = tmp_path / "calls.jsonl"
    client = twain_client(hang_on_close=True, feeder_pages=3, trace_path=str(trace))
    result = client.scan(DEVICE, ScanSettings(Source.ADF, ColorMode.GRAY, 75), spool)
    assert result.ok and len(result.pages) == 3
    calls = [json.loads(line) for line in trace.read_text().splitlines()]
    assert ["close_source", PRODUCT] in calls  # the driver really did hang in MSG_CLOSEDS
    # …on its own thread: the worker still exited by itself, no kill was needed.
    assert Message("close_hung") not in result.messages
