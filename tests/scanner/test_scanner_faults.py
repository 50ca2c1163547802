"""Each fault the real test device can inject becomes a clear, translated error; pages so far stay.

The fault is switched on with an option step just before page 3, so the feeder has already
delivered two good pages when it "jams".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner import ColorMode, OptionStep, ScanClient, ScanSettings, Source, parse_page_size

DEVICE = "sane:test:0"
SETTINGS = ScanSettings(Source.ADF, ColorMode.BW, 100, parse_page_size("custom:50x70"))

FAULTS = [
    ("SANE_STATUS_JAMMED", "jammed", "Kertas macet", "Paper jammed"),
    ("SANE_STATUS_NO_DOCS", "no_docs", "Tidak ada dokumen", "no documents"),
    ("SANE_STATUS_COVER_OPEN", "cover_open", "Penutup pemindai terbuka", "cover is open"),
    ("SANE_STATUS_IO_ERROR", "io_error", "Gangguan komunikasi", "Communication"),
    ("SANE_STATUS_DEVICE_BUSY", "busy", "sedang dipakai", "in use"),
    ("SANE_STATUS_NO_MEM", "no_memory", "Memori tidak cukup", "Not enough memory"),
    ("SANE_STATUS_ACCESS_DENIED", "access_denied", "Akses ke pemindai ditolak", "denied"),
    ("SANE_STATUS_INVAL", "invalid", "menolak pengaturan", "rejected"),
    (
        "SANE_STATUS_EOF",
        "no_data",
        "tidak mengirim data gambar untuk halaman 3",
        "no image data for page 3",
    ),
]


@pytest.mark.parametrize(
    ("status", "code", "indonesian", "english"), FAULTS, ids=[f[1] for f in FAULTS]
)
def test_fault_mid_batch_is_reported_and_pages_so_far_kept(
    client: ScanClient, spool: Path, status: str, code: str, indonesian: str, english: str
) -> None:
    steps = [OptionStep(3, "read-return-value", status)]
    result = client.scan(DEVICE, SETTINGS, spool, option_steps=steps)

    assert result.state == "failed"
    assert result.error is not None and result.error.code == code
    assert indonesian in result.error.text("id")
    assert english in result.error.text("en")
    assert [p.index for p in result.pages] == [1, 2]
    assert all(p.path.stat().st_size == p.bytes for p in result.pages)
    assert "pages_kept" in [m.code for m in result.messages]
    # The manifest says how it ended, and the pages are offered back after a restart.
    assert result.session is not None
    manifest = json.loads((result.session.path / "manifest.json").read_text())
    assert manifest["state"] == "failed" and manifest["error"]["code"] == code
    (offered,) = client.recover(spool)
    assert offered.pages == result.pages


def test_a_cancel_pressed_on_the_device_ends_as_cancelled(client: ScanClient, spool: Path) -> None:
    steps = [OptionStep(2, "read-return-value", "SANE_STATUS_CANCELLED")]
    result = client.scan(DEVICE, SETTINGS, spool, option_steps=steps)
    assert result.state == "cancelled" and len(result.pages) == 1
    assert result.error is not None and result.error.code == "cancelled"
    assert result.error.text("id") == "Pemindaian dibatalkan."


def test_jam_on_the_very_first_page(client: ScanClient, spool: Path) -> None:
    settings = SETTINGS.with_(device_options={"read-return-value": "SANE_STATUS_JAMMED"})
    result = client.scan(DEVICE, settings, spool)
    assert result.state == "failed" and result.pages == []
    assert result.error is not None and result.error.code == "jammed"
    assert result.error.detail == "Document feeder jammed"


def test_out_of_documents_on_the_first_page_is_an_error_not_an_empty_success(
    client: ScanClient, spool: Path
) -> None:
    """python-sane's multi_scan() would end silently here, with zero pages and no error."""
    settings = SETTINGS.with_(device_options={"read-return-value": "SANE_STATUS_NO_DOCS"})
    result = client.scan(DEVICE, settings, spool)
    assert result.state == "failed" and result.pages == []
    assert result.error is not None and result.error.code == "no_docs"
