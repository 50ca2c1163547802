"""The spool writes each page durably in a PDF-friendly form and gives it all back after a crash."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, TiffImagePlugin

from scanner import ColorMode, ScanError, ScanSettings
from scanner.model import RawPage
from scanner.spool import SpooledPage, SpoolSession, SpoolWriter, mark_state, recover


def _page(mode: str = "L", size: tuple[int, int] = (400, 300)) -> Image.Image:
    image = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 200, 120), fill="black")
    draw.line((0, 299, 399, 0), fill="black", width=3)
    return image


def _writer(spool: Path, mode: str = "bw") -> SpoolWriter:
    settings = ScanSettings.from_dict({"mode": mode, "dpi": 300})
    return SpoolWriter.create(spool, "sane:test:0", settings.to_dict())


def test_bilevel_page_is_a_single_strip_g4_tiff_bit_exact(spool: Path) -> None:
    # Depth-1 SANE scans arrive as 8-bit gray holding only 0 and 255.
    scanned = _page("L").point(lambda v: 255 if v > 127 else 0)
    writer = _writer(spool)
    page = writer.add_page(RawPage(scanned, (300.0, 300.0)), ColorMode.BW, 128)
    writer.close()

    assert page.path.name == "page-0001.tif" and page.format == "tiff-g4"
    with Image.open(page.path) as tif:
        assert isinstance(tif, TiffImagePlugin.TiffImageFile)
        assert tif.mode == "1"
        assert tif.tag_v2[259] == 4  # Compression: CCITT Group 4
        assert len(tif.tag_v2[273]) == 1  # one strip: img2pdf embeds it without re-encoding
        assert tuple(round(v) for v in tif.info["dpi"]) == (300, 300)
        assert tif.convert("L").tobytes() == scanned.tobytes()


def test_gray_and_colour_pages_are_lossless_png_with_dpi(spool: Path) -> None:
    writer = _writer(spool, "gray")
    gray = writer.add_page(RawPage(_page("L"), (200.0, 200.0)), ColorMode.GRAY, 128)
    colour = writer.add_page(RawPage(_page("RGB"), (200.0, 200.0)), ColorMode.COLOR, 128)
    writer.close()
    for page, mode in ((gray, "L"), (colour, "RGB")):
        with Image.open(page.path) as png:
            assert (png.format, png.mode) == ("PNG", mode)
            assert round(png.info["dpi"][0]) == 200
            assert png.tobytes() == _page(mode).tobytes()


def test_an_imported_jpeg_is_stored_byte_for_byte(spool: Path) -> None:
    buffer = io.BytesIO()
    _page("RGB").save(buffer, "JPEG", quality=80, dpi=(150, 150))
    jpeg = buffer.getvalue()
    writer = _writer(spool, "color")
    raw = RawPage(Image.open(io.BytesIO(jpeg)), (150.0, 150.0), encoded=jpeg)
    page = writer.add_page(raw, ColorMode.COLOR, 128)
    writer.close()
    assert page.format == "jpeg" and page.path.read_bytes() == jpeg


def test_manifest_lists_every_page_with_dpi_and_hash(spool: Path) -> None:
    writer = _writer(spool)
    pages = [writer.add_page(RawPage(_page(), (300.0, 300.0)), ColorMode.BW, 128) for _ in range(3)]
    writer.finish("complete")
    writer.close()
    manifest = json.loads((writer.path / "manifest.json").read_text())
    assert manifest["state"] == "complete" and manifest["device"] == "sane:test:0"
    assert [p["file"] for p in manifest["pages"]] == [p.path.name for p in pages]
    assert all(p["dpi"] == [300.0, 300.0] and len(p["sha256"]) == 64 for p in manifest["pages"])
    assert SpoolSession.load(writer.path).pages == pages


def test_recover_finds_pages_written_just_before_a_crash(spool: Path) -> None:
    writer = _writer(spool)
    first = writer.add_page(RawPage(_page(), (300.0, 300.0)), ColorMode.BW, 128)
    writer.close()  # the worker "dies" here: lock gone, state still "scanning"
    # A page renamed into place whose manifest entry was never written…
    orphan = writer.path / "page-0002.tif"
    _page().convert("1").save(orphan, "TIFF", compression="group4", dpi=(300, 300))
    # …and a half-written temporary file, which must not count.
    (writer.path / ".page-0003.tmp").write_bytes(b"\x00" * 10)

    (session,) = recover(spool)
    assert session.interrupted and session.state == "interrupted"  # recorded as such now
    assert [p.index for p in session.pages] == [1, 2]
    assert session.pages[0] == first
    assert session.pages[1] == SpooledPage.from_file(orphan, 2)
    assert session.pages[1].dpi == (300.0, 300.0) and session.pages[1].mode is ColorMode.BW
    assert not (writer.path / ".page-0003.tmp").exists()

    session.discard()
    assert recover(spool) == []


def test_a_session_still_being_written_is_not_offered(spool: Path) -> None:
    writer = _writer(spool)
    writer.add_page(RawPage(_page(), (300.0, 300.0)), ColorMode.BW, 128)
    assert recover(spool) == []  # its worker holds the lock
    writer.close()
    assert len(recover(spool)) == 1


def test_empty_sessions_are_cleaned_and_foreign_folders_left_alone(spool: Path) -> None:
    empty = _writer(spool)
    empty.finish("failed", ScanError("no_docs"))
    empty.close()
    foreign = spool / "not-a-session"
    foreign.mkdir()
    assert recover(spool) == []
    assert not empty.path.exists() and foreign.exists()


def test_mark_state_records_a_kill_but_never_touches_a_live_session(spool: Path) -> None:
    writer = _writer(spool)
    writer.add_page(RawPage(_page(), (300.0, 300.0)), ColorMode.BW, 128)
    mark_state(writer.path, "interrupted", ScanError("timeout", seconds=5))
    assert SpoolSession.load(writer.path).state == "scanning"
    writer.close()
    mark_state(writer.path, "interrupted", ScanError("timeout", seconds=5))
    session = SpoolSession.load(writer.path)
    assert session.state == "interrupted" and session.error is not None
    assert session.error["code"] == "timeout"


def test_a_page_that_cannot_be_written_is_a_spool_error(spool: Path) -> None:
    writer = _writer(spool)
    writer.close()
    # The session folder vanishes under the worker (disk unmounted, folder deleted).
    for file in writer.path.iterdir():
        file.unlink()
    writer.path.rmdir()
    writer.path.write_bytes(b"")
    with pytest.raises(ScanError) as info:
        writer.add_page(RawPage(_page(), (300.0, 300.0)), ColorMode.BW, 128)
    assert info.value.code == "spool_error"
    assert "folder sementara" in info.value.text("id")
