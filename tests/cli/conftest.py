"""Running ``jdih`` as a real process, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture()
def jdih(data_dir: Path) -> Runner:
    def run(
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        data: Path | None = data_dir,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, **(env or {})}
        full_env.pop("JDIH_DATA_DIR", None)
        extra = ["--data-dir", str(data)] if data is not None else []
        return subprocess.run(
            [sys.executable, "-m", "jdih_desktop.cli.main", *args, *extra],
            input=stdin,
            capture_output=True,
            text=True,
            env={**full_env, **(env or {})},
            timeout=120,
        )

    return run
