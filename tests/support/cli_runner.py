"""``jdih`` run in the test process: ``main(argv)`` with its own streams, environment and cwd.

A fresh Python process per command cost most of the CLI tests' time (start-up and imports,
every call). This runs the same entry point with what a process would have been given —
arguments, stdin, environment, working folder — and hands back a ``CompletedProcess`` so tests
keep their assertions. What a process would have thrown away at exit is put back after each
call: the environment, the working folder, the root logger's handlers and level, the message
language, SIGINT/SIGTERM handlers and ``sys.stdin``. A handful of smoke tests still start the
real process (``tests/cli/test_subprocess_smoke.py``).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from jdih_desktop.cli.main import main
from jdih_desktop.domain.messages import current_language, set_language


@contextlib.contextmanager
def _process_state(env: Mapping[str, str], cwd: Path | None, stdin: str) -> Iterator[None]:
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    saved_language = current_language()
    saved_signals = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    saved_stdin = sys.stdin
    os.environ.clear()
    os.environ.update(env)
    if cwd is not None:
        os.chdir(cwd)
    sys.stdin = io.StringIO(stdin)
    try:
        yield
    finally:
        sys.stdin = saved_stdin
        for sig, handler in saved_signals.items():
            signal.signal(sig, handler)
        set_language(saved_language)
        for handler in root.handlers[:]:
            if handler not in saved_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(saved_level)
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def run_jdih(
    argv: Sequence[str],
    *,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """``jdih *argv`` as a process would run it; exit code and both streams captured."""
    out, err = io.StringIO(), io.StringIO()
    environment = dict(os.environ if env is None else env)
    with (
        _process_state(environment, cwd, stdin or ""),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse: --help, usage errors
            if isinstance(exit_.code, str):
                print(exit_.code, file=sys.stderr)
                code = 1
            else:
                code = int(exit_.code or 0)
    return subprocess.CompletedProcess(["jdih", *argv], code, out.getvalue(), err.getvalue())
