"""``python -m scanner``: the package's own command line, run as a separate process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from scanner import process

SCAN_5_GRAY = [
    "--device",
    "sane:test:0",
    "--source",
    "adf",
    "--mode",
    "gray",
    "--dpi",
    "300",
    "--pages",
    "5",
    "--page-size",
    "f4",
]


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scanner", *args],
        env=process.worker_env(env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_devices_lists_the_test_scanner(worker_env: dict[str, str]) -> None:
    done = _run(worker_env, "devices")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith("sane:test:0\tNoname frontend-tester")
    listing = json.loads(_run(worker_env, "devices", "--json").stdout)
    assert "sane:test:0" in [d["name"] for d in listing["devices"]]


def test_scan_writes_five_gray_pages(worker_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _run(worker_env, "scan", *SCAN_5_GRAY, "-o", str(out))
    assert done.returncode == 0, done.stderr
    pages = sorted(out.iterdir())
    assert [p.name for p in pages] == [f"page-000{n}.png" for n in range(1, 6)]
    for page in pages:
        with Image.open(page) as img:
            assert img.mode == "L" and round(img.info["dpi"][0]) == 300
    assert "5 page(s) written" in done.stderr


def test_a_jam_exits_1_keeps_the_pages_and_speaks_the_chosen_language(
    worker_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    jam = ["--step", "3:read-return-value=SANE_STATUS_JAMMED"]
    done = _run(worker_env, "scan", *SCAN_5_GRAY, *jam, "-o", str(out))
    assert done.returncode == 1
    assert "jammed: Kertas macet" in done.stderr
    assert len(list(out.glob("page-*.png"))) == 2
    english = _run(
        worker_env, "--lang", "en", "scan", *SCAN_5_GRAY, *jam, "-o", str(tmp_path / "en")
    )
    assert "jammed: Paper jammed" in english.stderr


def test_bad_usage_exits_2(worker_env: dict[str, str], tmp_path: Path) -> None:
    done = _run(
        worker_env, "scan", "--device", "sane:test:0", "--page-size", "b5", "-o", str(tmp_path)
    )
    assert done.returncode == 2 and "unknown page size" in done.stderr


def test_recover_lists_what_a_crash_left(worker_env: dict[str, str], tmp_path: Path) -> None:
    session = tmp_path / "spool" / "20260101T000000Z-abcdef"
    session.mkdir(parents=True)
    Image.new("1", (50, 50), 1).save(session / "page-0001.tif", "TIFF", compression="group4")
    rows = json.loads(_run(worker_env, "recover", str(tmp_path / "spool"), "--json").stdout)
    assert rows == [
        {
            "session_id": session.name,
            "path": str(session),
            "device": "",
            "state": "interrupted",  # no worker holds it: it never said how it ended
            "pages": 1,
            "interrupted": True,
        }
    ]
