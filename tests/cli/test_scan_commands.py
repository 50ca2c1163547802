"""``jdih devices``, ``jdih scan`` and ``jdih recover`` against the real SANE ``test`` device."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from scanner import ColorMode
from scanner.model import RawPage
from scanner.spool import SpoolWriter
from tests.cli.conftest import ADMIN


def _jdih(data_dir: Path, sane: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SANE_CONFIG_DIR": str(sane), "JDIH_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "jdih_desktop.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


@pytest.fixture(scope="module")
def sane(tmp_path_factory: pytest.TempPathFactory) -> Path:
    conf = Path("/etc/sane.d/test.conf")
    if not conf.exists():
        pytest.skip("the SANE test backend (libsane1) is not installed")
    folder = tmp_path_factory.mktemp("sane.d")
    (folder / "dll.conf").write_text("test\n")
    (folder / "test.conf").write_text(conf.read_text())
    return folder


def test_devices_lists_the_sane_test_device(data_dir: Path, sane: Path) -> None:
    done = _jdih(data_dir, sane, "devices", "--json")
    assert done.returncode == 0, done.stderr
    names = [d["name"] for d in json.loads(done.stdout)["devices"]]
    assert "sane:test:0" in names
    table = _jdih(data_dir, sane, "devices")
    assert "sane:test:0" in table.stdout and "Perangkat" in table.stdout


def test_scan_five_gray_pages_into_a_folder(data_dir: Path, sane: Path, tmp_path: Path) -> None:
    out = tmp_path / "halaman"
    done = _jdih(
        data_dir, sane, "scan", "--device", "sane:test:0", "--source", "adf", "--mode", "gray",
        "--dpi", "300", "--pages", "5", "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = sorted(out.iterdir())
    assert [p.name for p in pages] == [f"page-{n:04d}.png" for n in range(1, 6)]
    with Image.open(pages[0]) as first:
        assert first.mode == "L"
        assert round(first.info["dpi"][0]) == 300
    # The spool keeps nothing once the pages are safely saved.
    assert _jdih(data_dir, sane, "recover", "--json").stdout.strip() == "[]"


def test_scan_ten_bw_pages_into_one_g4_pdf(data_dir: Path, sane: Path, tmp_path: Path) -> None:
    out = tmp_path / "sk.pdf"
    done = _jdih(
        data_dir, sane, "scan", "--device", "sane:test:0", "--source", "adf", "--mode", "bw",
        "--dpi", "300", "--pages", "10", "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "10 halaman tersimpan" in done.stdout
    reader = PdfReader(out)
    assert len(reader.pages) == 10
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        image = next(iter(xobjects.values())).get_object()
        assert image["/Filter"] == "/CCITTFaxDecode"
        assert image["/BitsPerComponent"] == 1


def test_a_jam_keeps_the_pages_read_so_far(data_dir: Path, sane: Path, tmp_path: Path) -> None:
    out = tmp_path / "macet.pdf"
    done = _jdih(
        data_dir, sane, "scan", "--device", "sane:test:0", "--source", "adf", "--mode", "gray",
        "--dpi", "75", "--option", "read-return-value=SANE_STATUS_JAMMED", "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 1
    assert "macet" in done.stderr.lower()
    assert "Traceback" not in done.stderr


@pytest.mark.usefixtures("admin")
def test_recover_offers_pages_a_crash_left_in_the_spool(
    data_dir: Path, sane: Path, tmp_path: Path
) -> None:
    # What a killed worker leaves: a session still "scanning" with two durable pages.
    writer = SpoolWriter.create(data_dir / "spool", "sane:test:0", {"mode": "gray"})
    for shade in (40, 200):
        image = Image.new("L", (200, 300), shade)
        writer.add_page(RawPage(image, (150.0, 150.0)), ColorMode.GRAY, 128)
    writer.close()

    listing = json.loads(_jdih(data_dir, sane, "recover", "--json").stdout)
    assert [(s["session_id"], s["pages"]) for s in listing] == [(writer.session_id, 2)]
    out = tmp_path / "pulih.pdf"
    done = _jdih(data_dir, sane, "recover", writer.session_id, "-o", str(out), "--by", ADMIN)
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out).pages) == 2
    assert json.loads(_jdih(data_dir, sane, "recover", "--json").stdout) == []


def test_scan_without_a_device_is_a_clear_error(data_dir: Path, sane: Path, tmp_path: Path) -> None:
    done = _jdih(data_dir, sane, "scan", "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert "--device" in done.stderr
