"""Device listing with health lines, and capabilities, from the real SANE test device."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner import ColorMode, ScanClient, ScanError, Source

DEVICE = "sane:test:0"


def test_the_test_device_is_listed_with_a_health_line(client: ScanClient, tmp_path: Path) -> None:
    listing = client.list_devices(folders=[tmp_path])
    by_name = {d.name: d for d in listing.devices}
    device = by_name[DEVICE]
    assert device.backend == "sane"
    assert device.label == "Noname frontend-tester" and device.kind == "virtual device"
    for fragment in ("SANE", "backend test", "python-sane", f"{device.bits}-bit worker"):
        assert fragment in device.health
    assert by_name[f"folder:{tmp_path}"].health.endswith("writable, 0 file(s) waiting")

    backends = {b.name: b for b in listing.backends}
    assert backends["sane"].available
    assert not backends["twain"].available and "Windows" in backends["twain"].health


def test_capabilities_of_the_test_device(client: ScanClient) -> None:
    caps = client.capabilities(DEVICE)
    assert caps.sources == (Source.FLATBED, Source.ADF)  # no duplex on the test device
    assert caps.modes == (ColorMode.BW, ColorMode.GRAY, ColorMode.COLOR)
    assert caps.native_bw  # lineart as depth 1
    assert (caps.dpi_min, caps.dpi_max) == (1, 1200)
    assert (caps.max_width_mm, caps.max_height_mm) == (200.0, 200.0)


def test_capabilities_of_a_missing_device(client: ScanClient) -> None:
    with pytest.raises(ScanError) as info:
        client.capabilities("sane:nosuch:7")
    assert info.value.code == "no_device"
    assert "sane:nosuch:7" in info.value.text("id") and "sane:nosuch:7" in info.value.text("en")
