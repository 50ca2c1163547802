"""How ``jdih`` fails: a sentence on the terminal, the traceback in the log, a closed pipe quiet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _jdih(data: Path, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "JDIH_DATA_DIR"}
    return subprocess.Popen(
        [sys.executable, "-m", "jdih_desktop.cli.main", "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kwargs,  # type: ignore[call-overload]
    )


def test_a_malformed_config_is_a_sentence_and_its_traceback_goes_to_the_log(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.toml").write_text("[general\nlanguage = ", encoding="utf-8")
    proc = _jdih(data, "users", "list")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "config.toml" in err and "Traceback" not in err
    assert "Traceback" in (data / "logs" / "jdih.log").read_text(encoding="utf-8")


def test_a_reader_that_leaves_early_ends_the_command_quietly(tmp_path: Path) -> None:
    """``jdih users list | head -0``: the pipe closes before the command writes."""
    data = tmp_path / "data"
    proc = _jdih(data, "users", "list")
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert proc.returncode in (0, 141)
