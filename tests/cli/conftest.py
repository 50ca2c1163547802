"""Running ``jdih`` as a user or a script would: ``main(argv)`` in this process with its own
arguments, streams and environment (``tests/support/cli_runner.py``); the real process is
started by the smoke tests in ``test_subprocess_smoke.py``."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.cli_runner import run_jdih

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
        return run_jdih([*args, *extra], stdin=stdin, env={**full_env, **(env or {})})

    return run


#: The Administrator the ``admin`` fixture creates; tests act as it with ``--by admin``.
ADMIN = "admin"
ADMIN_PASSWORD = "rahasia-admin-1"


@pytest.fixture()
def admin(jdih: Runner) -> str:
    """The data folder's first Administrator, created as a new office does (no ``--by``
    needed only for this first one); changing commands name it with ``--by``."""
    result = jdih(
        "users",
        "add",
        ADMIN,
        "--role",
        "administrator",
        "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert result.returncode == 0, result.stderr
    return ADMIN
