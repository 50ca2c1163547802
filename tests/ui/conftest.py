"""GUI tests: the publishing suite's real loopback servers and test keyrings, for the screens
that publish (Pengaturan's connection test, the wizard's publish page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.publishing.servers.fixtures import (  # noqa: F401  (fixtures by import)
    credentials,
    http_settings,
    ildis_server,
    memory_keyring,
)


@pytest.fixture()
def sane_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The SANE ``test`` device for scanner workers started by the app (through the env)."""
    conf = Path("/etc/sane.d/test.conf")
    if not conf.exists():
        pytest.skip("the SANE test backend (libsane1) is not installed")
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    (folder / "test.conf").write_text(conf.read_text())
    monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))
