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
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import msg
from jdih_desktop.logging_setup import setup_logging
from jdih_desktop.paths import resolve_paths

log = logging.getLogger(__name__)


#: Which module registers each top-level command, so a command imports only its own module
#: (and what that imports). A command missing here still works: every module is loaded.
COMMANDS = {
    "db": "db_cmds",
    "users": "users_cmds",
    "office": "office_cmds",
    "sop": "sop_cmds",
    "request": "request_cmds",
    "step": "request_cmds",
    "disposition": "print_cmds",
    "print": "print_cmds",
    "report": "report_cmds",
    "devices": "scan_cmds",
    "scan": "scan_cmds",
    "recover": "scan_cmds",
    "verify": "trust_cmds",
    "backup": "trust_cmds",
    "restore": "trust_cmds",
    "import": "document_cmds",
    "extract": "document_cmds",
    "search": "document_cmds",
    "abstract": "document_cmds",
    "documents": "document_cmds",
    "konten": "content_cmds",
    "publish": "publish_cmds",
    "outbox": "publish_cmds",
    "verify-url": "publish_cmds",
    "feed": "publish_cmds",
    "site": "publish_cmds",
    "links": "link_cmds",
    "signature": "signature_cmds",
    "privacy": "privacy_cmds",
}
#: The order of ``jdih --help``.
MODULES = (
    "db_cmds",
    "users_cmds",
    "office_cmds",
    "sop_cmds",
    "request_cmds",
    "print_cmds",
    "report_cmds",
    "scan_cmds",
    "trust_cmds",
    "document_cmds",
    "link_cmds",
    "content_cmds",
    "publish_cmds",
    "signature_cmds",
    "privacy_cmds",
)


def _command(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (after the global options), if any."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``jdih`` parser; with ``argv``, only the module of its command is loaded."""
    import importlib

    from jdih_desktop.cli.common import data_dir_parent

    wanted = COMMANDS.get(_command(argv) or "") if argv is not None else None
    parser = argparse.ArgumentParser(
        prog="jdih",
        description="JDIH Desktop — penerbitan salinan Surat Keputusan di situs JDIH",
        parents=[data_dir_parent()],
    )
    parser.add_argument("--version", action="version", version=f"jdih {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    for name in (wanted,) if wanted else MODULES:
        importlib.import_module(f"jdih_desktop.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # Answered before the command modules (and the services they import) load.
        print(f"jdih {__version__}")
        return 0
    from jdih_desktop.cli.common import run_with_context

    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
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
