"""Which worker the client starts: ``python -m scanner.worker`` from source, the bundled one frozen.

The frozen case is described through the keyword arguments (and, for the client, by setting the
attributes the PyInstaller bootloader sets), so no bundle is needed; the bundle itself is
exercised end to end by ``scripts/smoke_bundle.sh``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scanner import ScanClient
from scanner.launch import default_twain32_command, default_worker_command, is_frozen


def test_from_source_the_worker_is_this_python_with_dash_m() -> None:
    assert not is_frozen()
    assert default_worker_command() == [sys.executable, "-m", "scanner.worker"]
    assert default_twain32_command() is None
    assert ScanClient().worker_command == [sys.executable, "-m", "scanner.worker"]


def test_frozen_linux_uses_the_worker_beside_the_executable(tmp_path: Path) -> None:
    app = tmp_path / "jdih-desktop" / "jdih-desktop"
    command = default_worker_command(frozen=True, executable=str(app), platform="linux")
    assert command == [str(tmp_path.resolve() / "jdih-desktop" / "jdih-scanner-worker")]


def test_frozen_windows_uses_the_exe_and_finds_an_installed_32_bit_worker(tmp_path: Path) -> None:
    app = tmp_path / "jdih-desktop.exe"
    command = default_worker_command(frozen=True, executable=str(app), platform="win32")
    assert command == [str(tmp_path.resolve() / "jdih-scanner-worker.exe")]

    assert default_twain32_command(frozen=True, executable=str(app), platform="win32") is None
    worker32 = tmp_path / "jdih-scanner-worker32.exe"
    worker32.write_bytes(b"MZ")
    assert default_twain32_command(frozen=True, executable=str(app), platform="win32") == [
        str(worker32.resolve())
    ]
    # Only Windows has 32-bit TWAIN drivers; elsewhere the file is ignored.
    assert default_twain32_command(frozen=True, executable=str(app), platform="linux") is None


def test_a_frozen_client_defaults_to_the_bundled_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = tmp_path / "jdih"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert is_frozen()
    client = ScanClient()
    assert client.worker_command == [str(tmp_path.resolve() / "jdih-scanner-worker")]
    # An explicit command still wins over the bundled default.
    assert ScanClient(["custom-worker"]).worker_command == ["custom-worker"]
