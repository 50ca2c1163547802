"""The real ``jdih`` process, a few times: what the in-process runner cannot prove.

The other CLI tests call ``main(argv)`` in the test process; these start ``python -m
jdih_desktop.cli.main`` as a user's shell would, so the entry point, exit codes, the streams
and a whole command against a data folder are checked end to end.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from jdih_desktop import __version__


def _jdih(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "JDIH_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "jdih_desktop.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version_and_usage_error_exit_codes() -> None:
    version = _jdih("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"jdih {__version__}")
    usage = _jdih("tidak-ada-perintah")
    assert usage.returncode == 2 and "usage" in usage.stderr


def test_a_user_is_added_and_listed_through_the_real_process(data_dir: Path) -> None:
    first = _jdih(
        "users", "add", "admin", "--role", "administrator", "--password-stdin",
        "--data-dir", str(data_dir),
        stdin="rahasia-admin-1\n",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    added = _jdih(
        "users", "add", "andi", "--full-name", "Andi Baso", "--role", "operator",
        "--password-stdin", "--by", "admin", "--data-dir", str(data_dir),
        stdin="rahasia-123\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = _jdih("users", "list", "--data-dir", str(data_dir))
    assert listed.returncode == 0 and "Andi Baso" in listed.stdout


def test_an_unusable_data_folder_is_a_clear_message_and_exit_1(tmp_path: Path) -> None:
    blocked = tmp_path / "berkas"
    blocked.write_text("bukan folder")
    result = _jdih("request", "list", "--data-dir", str(blocked / "data"))
    assert result.returncode == 1
    assert result.stderr.rstrip().splitlines()[-1].startswith("Folder data")
