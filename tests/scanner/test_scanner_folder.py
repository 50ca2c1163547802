"""Importing files and watching a copier's hot folder."""

from __future__ import annotations

import io
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import img2pdf
import pytest
from PIL import Image, ImageDraw

from scanner import (
    ColorMode,
    DeviceMessage,
    PageSpooled,
    ScanClient,
    ScanSettings,
    Source,
)
from scanner.backends.folder_backend import FolderBackend, Settler

NOW_SETTLED = {"settle_seconds": 0}


def _art(mode: str, size: tuple[int, int] = (320, 240), seed: int = 1) -> Image.Image:
    image = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10 * seed, 10, 120 + 10 * seed, 90), fill="black")
    draw.ellipse((150, 60, 300, 220), outline="black", width=5)
    return image


def _drop(folder: Path, name: str, data: bytes, age: int) -> Path:
    """Put a file in the folder with a modification time ``age`` seconds back (order matters)."""
    path = folder / name
    path.write_bytes(data)
    stamp = 1_700_000_000 - age
    os.utime(path, (stamp, stamp))
    return path


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


@pytest.fixture()
def hot(tmp_path: Path) -> Path:
    folder = tmp_path / "hot"
    folder.mkdir()
    return folder


def test_a_colour_jpeg_is_imported_byte_for_byte(
    client: ScanClient, hot: Path, spool: Path
) -> None:
    jpeg = _encode(_art("RGB"), "JPEG", quality=85, dpi=(200, 200))
    _drop(hot, "copier-0001.jpg", jpeg, 10)
    settings = ScanSettings(Source.ADF, ColorMode.COLOR, 300, device_options=NOW_SETTLED)
    result = client.scan(f"folder:{hot}", settings, spool)
    (page,) = result.pages
    assert result.ok and page.format == "jpeg" and page.dpi == (200.0, 200.0)
    assert page.path.read_bytes() == jpeg
    assert (hot / ".imported" / "copier-0001.jpg").exists() and not (
        hot / "copier-0001.jpg"
    ).exists()


def test_files_are_taken_oldest_first_multipage_tiff_page_by_page(
    client: ScanClient, hot: Path, spool: Path
) -> None:
    frames = [_art("1", seed=n) for n in (1, 2, 3)]
    tiff = io.BytesIO()
    frames[0].save(
        tiff, "TIFF", save_all=True, append_images=frames[1:], compression="group4", dpi=(300, 300)
    )
    _drop(hot, "b-scan.tif", tiff.getvalue(), 20)
    _drop(hot, "a-later.png", _encode(_art("L"), "PNG"), 5)  # no dpi in the file
    settings = ScanSettings(Source.ADF, ColorMode.BW, 200, device_options=NOW_SETTLED)
    result = client.scan(f"folder:{hot}", settings, spool)

    assert result.ok and len(result.pages) == 4
    assert [p.dpi for p in result.pages] == [(300.0, 300.0)] * 3 + [(200.0, 200.0)]
    for page, frame in zip(result.pages[:3], frames, strict=True):
        with Image.open(page.path) as img:
            assert page.format == "tiff-g4" and img.tobytes() == frame.tobytes()
    imported = [m.params["file"] for m in result.messages if m.code == "file_imported"]
    assert imported == ["b-scan.tif", "a-later.png"]


def test_a_scanned_pdf_gives_its_page_images(client: ScanClient, hot: Path, spool: Path) -> None:
    jpeg = _encode(_art("L"), "JPEG", quality=80, dpi=(200, 200))
    png = _encode(_art("L", seed=4), "PNG", dpi=(200, 200))
    _drop(hot, "surat.pdf", img2pdf.convert([jpeg, png]), 1)
    settings = ScanSettings(Source.ADF, ColorMode.GRAY, 300, device_options=NOW_SETTLED)
    result = client.scan(f"folder:{hot}", settings, spool)

    first, second = result.pages
    assert first.format == "jpeg" and first.path.read_bytes() == jpeg  # no second JPEG pass
    assert second.format == "png"
    with Image.open(second.path) as img:
        assert img.tobytes() == _art("L", seed=4).tobytes()
    assert first.dpi == pytest.approx((200.0, 200.0), abs=0.5)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_a_pdf_with_real_text_is_rendered(client: ScanClient, hot: Path, spool: Path) -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(200, 100))
    pdf.drawString(20, 50, "KEPUTUSAN KPU")
    pdf.save()
    _drop(hot, "digital.pdf", buffer.getvalue(), 1)
    settings = ScanSettings(Source.ADF, ColorMode.GRAY, 300, device_options=NOW_SETTLED)
    (page,) = client.scan(f"folder:{hot}", settings, spool).pages
    assert page.dpi == (300.0, 300.0)
    assert abs(page.width - 200 * 300 / 72) <= 1 and abs(page.height - 100 * 300 / 72) <= 1
    with Image.open(page.path) as img:
        darkest = img.getextrema()[0]
        assert isinstance(darkest, int) and darkest < 64  # the text is there, dark on white


def test_each_file_is_taken_once(client: ScanClient, hot: Path, spool: Path) -> None:
    _drop(hot, "one.png", _encode(_art("L"), "PNG"), 1)
    settings = ScanSettings(Source.ADF, ColorMode.GRAY, 150, device_options=NOW_SETTLED)
    assert len(client.scan(f"folder:{hot}", settings, spool).pages) == 1
    again = client.scan(f"folder:{hot}", settings, spool)
    assert (
        again.state == "failed" and again.error is not None and again.error.code == "folder_empty"
    )
    assert str(hot) in again.error.text("id")


def test_a_single_file_is_imported_and_left_in_place(
    client: ScanClient, hot: Path, spool: Path
) -> None:
    path = _drop(hot, "lampiran.png", _encode(_art("RGB"), "PNG", dpi=(100, 100)), 1)
    result = client.scan(
        f"folder:{path}", ScanSettings(Source.FLATBED, ColorMode.COLOR, 300), spool
    )
    assert result.ok and len(result.pages) == 1 and path.exists()


def test_a_broken_file_is_named_and_earlier_pages_kept(
    client: ScanClient, hot: Path, spool: Path
) -> None:
    _drop(hot, "good.png", _encode(_art("L"), "PNG"), 20)
    _drop(hot, "rusak.png", b"\x89PNG\r\n\x1a\n not really", 10)
    options = {**NOW_SETTLED, "incomplete_seconds": 0}  # no copier will finish it
    settings = ScanSettings(Source.ADF, ColorMode.GRAY, 150, device_options=options)
    result = client.scan(f"folder:{hot}", settings, spool)
    assert result.state == "failed" and len(result.pages) == 1
    assert result.error is not None and result.error.code == "unsupported_file"
    assert "rusak.png" in result.error.text("id") and "rusak.png" in result.error.text("en")


def test_settler_waits_until_the_file_stops_growing() -> None:
    now = [0.0]
    settler = Settler(2.0, clock=lambda: now[0])
    path = Path("scan.pdf")
    assert not settler.observe(path, 1000, 1)  # first sight
    now[0] = 1.5
    assert not settler.observe(path, 5000, 2)  # grew: the clock restarts
    now[0] = 3.0
    assert not settler.observe(path, 5000, 2)  # unchanged for 1.5 s only
    now[0] = 3.6
    assert settler.observe(path, 5000, 2)  # unchanged for 2.1 s: take it
    assert not Settler(2.0, clock=lambda: 99.0).observe(Path("empty.pdf"), 0, 1)
    assert Settler(0.0).observe(path, 10, 1)


def test_hot_folder_takes_a_file_only_once_it_has_stopped_growing(
    client: ScanClient, hot: Path, spool: Path
) -> None:
    """The copier writes in three chunks; each chunk is written only after the watcher has seen
    the previous size, and the page that comes out is the whole image."""
    data = _encode(_art("L", (600, 800)), "PNG", dpi=(300, 300))
    third = len(data) // 3
    chunks = [data[:third], data[third : 2 * third], data[2 * third :]]
    target = hot / "incoming.png"
    target.write_bytes(chunks[0])
    pending = chunks[1:]
    stop = threading.Event()

    def on_event(event: object) -> None:
        seen_now = (
            isinstance(event, DeviceMessage)
            and event.message.code == "waiting_file"
            and event.message.params["bytes"] == target.stat().st_size
        )
        if seen_now and pending:
            with open(target, "ab") as fh:  # the copier writes its next chunk
                fh.write(pending.pop(0))
        if isinstance(event, PageSpooled):
            stop.set()  # the operator presses "selesai" once the page is in

    settings = ScanSettings(
        Source.ADF,
        ColorMode.GRAY,
        300,
        device_options={"watch": True, "settle_seconds": 2.0, "poll_seconds": 0.05},
    )
    result = client.scan(f"folder:{hot}", settings, spool, on_event=on_event, cancel=stop)

    assert result.state == "cancelled" and len(result.pages) == 1
    sizes = [m.params["bytes"] for m in result.messages if m.code == "waiting_file"]
    assert sizes == [len(chunks[0]), len(chunks[0]) + len(chunks[1]), len(data)]
    with Image.open(result.pages[0].path) as img:
        assert img.tobytes() == _art("L", (600, 800)).tobytes()


def test_a_quiet_hot_folder_is_not_mistaken_for_a_hung_driver(
    make_client: Callable[..., ScanClient], hot: Path, spool: Path
) -> None:
    client = make_client(page=2.0)  # half the wait for files below; "waiting" comes every 0.5 s
    settings = ScanSettings(
        Source.ADF, ColorMode.BW, 300, device_options={"watch": True, "idle_seconds": 4}
    )
    result = client.scan(f"folder:{hot}", settings, spool)
    assert result.state == "complete" and result.error is None and result.pages == []


def test_listing_reports_missing_and_waiting_folders(tmp_path: Path, hot: Path) -> None:
    _drop(hot, "x.pdf", b"%PDF-1.4", 1)
    _drop(hot, ".x.pdf.part", b"%PDF", 1)
    present, missing = FolderBackend((hot, tmp_path / "gone")).list_devices()
    assert present.health.endswith("writable, 1 file(s) waiting")
    assert missing.health.endswith("MISSING")


def _paused_copier(data: bytes, cut: int, target: Path) -> Callable[[object], None]:
    """A copier that writes ``data[:cut]``, then pauses longer than the settle time (until the
    watcher has said the file is cut short), then writes the rest."""
    target.write_bytes(data[:cut])
    pending = [data[cut:]]

    def on_event(event: object) -> None:
        if isinstance(event, DeviceMessage) and event.message.code == "file_incomplete" and pending:
            with open(target, "ab") as fh:
                fh.write(pending.pop(0))

    return on_event


@pytest.mark.parametrize("kind", ["jpeg", "pdf"])
def test_a_copier_pausing_mid_write_delivers_the_whole_file_once(
    client: ScanClient, hot: Path, spool: Path, kind: str
) -> None:
    pages = [_art("L", (600, 800), seed=n) for n in range(1, 5)]
    if kind == "jpeg":
        data, name, expected = _encode(pages[0], "JPEG", quality=80), "scan.jpg", 1
    else:
        data = img2pdf.convert([_encode(p, "PNG", dpi=(150, 150)) for p in pages])
        name, expected = "scan.pdf", 4
    on_event = _paused_copier(data, len(data) * 3 // 5, hot / name)
    options = {"settle_seconds": 0.05, "poll_seconds": 0.02}
    settings = ScanSettings(Source.ADF, ColorMode.GRAY, 150, device_options=options)
    result = client.scan(f"folder:{hot}", settings, spool, on_event=on_event)
    assert result.ok, result.error and result.error.text("en")
    assert len(result.pages) == expected
    assert [m.code for m in result.messages].count("file_incomplete") == 1
    # Dropped again (a copier resending, or a share that kept it): never delivered twice.
    shutil.copy(hot / ".imported" / name, hot / f"again-{name}")
    again = client.scan(f"folder:{hot}", settings, spool)
    assert again.state == "failed" and again.pages == []
    assert "file_already_imported" in [m.code for m in again.messages]
