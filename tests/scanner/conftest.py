"""Fixtures for the scanner tests: the real SANE ``test`` device, workers, the TWAIN double.

SANE finds the virtual device through ``SANE_CONFIG_DIR``: a private folder whose ``dll.conf``
enables only ``test``. It is handed to each worker process through the client's ``env`` rather
than set in this process, so every scan runs in a fresh process with fresh device options.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scanner import ScanClient, Timeouts

HERE = Path(__file__).resolve().parent
SANE_TEST_CONF = Path("/etc/sane.d/test.conf")


@pytest.fixture(scope="session")
def sane_config_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SANE_TEST_CONF.exists():
        pytest.skip("the SANE test backend (sane-utils / libsane1) is not installed")
    folder = tmp_path_factory.mktemp("sane.d")
    (folder / "dll.conf").write_text("test\n")
    shutil.copy(SANE_TEST_CONF, folder / "test.conf")
    return folder


@pytest.fixture(scope="session")
def worker_env(sane_config_dir: Path) -> dict[str, str]:
    """Environment for worker processes: the test device, and the TWAIN double importable."""
    return {"SANE_CONFIG_DIR": str(sane_config_dir), "PYTHONPATH": str(HERE)}


def fast_timeouts(**changes: float) -> Timeouts:
    """Heartbeats quick enough for timeout tests; limits generous (only upper bounds)."""
    base: dict[str, float] = {
        "startup": 60.0,
        "response": 30.0,
        "page": 60.0,
        "cancel": 30.0,
        "shutdown": 15.0,
        "command": 60.0,
        "heartbeat": 0.25,
    }
    base.update(changes)
    return Timeouts(**base)


@pytest.fixture()
def make_timeouts() -> Callable[..., Timeouts]:
    return fast_timeouts


@pytest.fixture()
def make_client(worker_env: dict[str, str]) -> Callable[..., ScanClient]:
    """A client for the SANE test device; keyword arguments override the timeouts."""

    def make(**timeouts: float) -> ScanClient:
        return ScanClient(env=worker_env, timeouts=fast_timeouts(**timeouts))

    return make


@pytest.fixture()
def client(make_client: Callable[..., ScanClient]) -> ScanClient:
    return make_client()


@pytest.fixture()
def spool(tmp_path: Path) -> Path:
    path = tmp_path / "spool"
    path.mkdir()
    return path


def twain_worker(*extra: str) -> list[str]:
    return [sys.executable, "-m", "scanner.worker", "--twain-module", "twain_double", *extra]


@pytest.fixture()
def twain_worker_command() -> list[str]:
    """The worker command line with the TWAIN double in place of pytwain."""
    return twain_worker()


@pytest.fixture()
def twain_client(worker_env: dict[str, str]) -> Callable[..., ScanClient]:
    """A client whose workers use the TWAIN double; call it with the double's settings."""

    def make(timeouts: Timeouts | None = None, **double: Any) -> ScanClient:
        env = {**worker_env, "TWAIN_DOUBLE_CONFIG": json.dumps(double)}
        return ScanClient(twain_worker(), env=env, timeouts=timeouts or fast_timeouts())

    return make


def _load_double() -> ModuleType:
    """Import the double under the name the worker's ``--twain-module`` uses."""
    if "twain_double" in sys.modules:
        return sys.modules["twain_double"]
    package = HERE / "twain_double"
    spec = importlib.util.spec_from_file_location(
        "twain_double", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["twain_double"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def twain_double() -> Iterator[Any]:
    """The double, loaded in this process and reset around the test."""
    module = _load_double()
    module.reset()
    yield module
    module.reset()
