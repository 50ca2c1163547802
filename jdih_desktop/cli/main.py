"""Entry point of ``jdih``. Exit codes: 0 ok, 1 a user error with a clear message, 2 usage."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from jdih_desktop import __version__
from jdih_desktop.cli import (
    content_cmds,
    db_cmds,
    document_cmds,
    link_cmds,
    print_cmds,
    privacy_cmds,
    publish_cmds,
    report_cmds,
    request_cmds,
    scan_cmds,
    signature_cmds,
    sop_cmds,
    trust_cmds,
    users_cmds,
)
from jdih_desktop.cli.common import data_dir_parent, run_with_context
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import msg
from jdih_desktop.logging_setup import setup_logging
from jdih_desktop.paths import resolve_paths

log = logging.getLogger(__name__)

COMMAND_MODULES = (
    db_cmds,
    users_cmds,
    sop_cmds,
    request_cmds,
    print_cmds,
    report_cmds,
    scan_cmds,
    trust_cmds,
    document_cmds,
    link_cmds,
    content_cmds,
    publish_cmds,
    signature_cmds,  # issue #22
    privacy_cmds,  # issue #22
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jdih",
        description="JDIH Desktop — penerbitan salinan Surat Keputusan di situs JDIH",
        parents=[data_dir_parent()],
    )
    parser.add_argument("--version", action="version", version=f"jdih {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        standalone = getattr(args, "standalone", None)  # e.g. restore: no context first
        if standalone is not None:
            return int(standalone(args))
        code = run_with_context(args, args.handler)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handlers below
        return code
    except JdihError as exc:
        _log_failure(args, f"command failed: {exc.message.render('en')}")
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `jdih … | head`: the reader left; that is not an error to shout
        _silence_stdout()
        return 141
    except Exception as exc:  # a bug: the traceback goes to the log, the clerk gets a sentence
        log_file = _log_failure(args, "unexpected failure")
        print(
            msg(
                "Terjadi kesalahan tak terduga ({kind}). Rinciannya dicatat di {log}.",
                "An unexpected error occurred ({kind}). The details are in {log}.",
                kind=type(exc).__name__,
                log=str(log_file or "-"),
            ),
            file=sys.stderr,
        )
        return 1


def _log_failure(args: argparse.Namespace, what: str) -> Path | None:
    """Write the traceback to the log file only, never to the terminal.

    A failure before the context opened the log (a malformed config.toml) opens it here;
    without any log handler nothing is written (Python's last-resort handler would print the
    traceback on stderr).
    """
    log_file: Path | None = None
    with contextlib.suppress(Exception):
        data_dir = getattr(args, "data_dir", None) or os.environ.get("JDIH_DATA_DIR")
        paths = resolve_paths(data_dir)
        if paths.config_file.exists():  # only a JDIH data folder (never a restore target)
            log_file = setup_logging(paths.log_dir)
    if logging.getLogger().handlers:
        log.warning(what, exc_info=True)
    return log_file


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot raise again
    (the recipe in Python's signal module documentation, "Note on SIGPIPE")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
