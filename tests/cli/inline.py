"""``jdih`` run in-process (``main(argv)``): the same parser, handlers and exit codes, without a
Python start-up per command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jdih_desktop.cli.main import main

Inline = Callable[..., tuple[int, str, str]]


def inline_jdih(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Inline:
    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run
