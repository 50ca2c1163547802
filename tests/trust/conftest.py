"""A seeded office in a data folder, opened through the real context with a frozen clock."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jdih_desktop.context import AppContext, open_context
from tests.support.cli_runner import run_jdih
from tests.trust.office_seed import FROZEN_NOW, Seeded, seed_office


@pytest.fixture()
def office_context(demo_office: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("JDIH_NOW", FROZEN_NOW)
    monkeypatch.delenv("JDIH_DATABASE_URL", raising=False)
    context = open_context(demo_office)  # a whole office: its letterhead and T.E.U.
    yield context
    context.close()


@pytest.fixture()
def seeded(office_context: AppContext) -> Seeded:
    return seed_office(office_context)


Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture()
def jdih(data_dir: Path) -> Runner:
    """``jdih`` on ``data_dir`` (or ``data=...``) as a script would run it, in this process
    (``tests/support/cli_runner.py``)."""

    def run(*args: str, data: Path | None = data_dir) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "JDIH_DATA_DIR"}
        extra = ["--data-dir", str(data)] if data is not None else []
        return run_jdih([*args, *extra], env=env)

    return run
