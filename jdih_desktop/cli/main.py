"""Entry point of ``jdih``. Exit codes: 0 ok, 1 a user error with a clear message, 2 usage."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from jdih_desktop import __version__
from jdih_desktop.domain.errors import JdihError

log = logging.getLogger(__name__)


#: Which module registers each top-level command, so a command imports only its own module
#: (and what that imports). A command missing here still works: every module is loaded.
COMMANDS = {
    "db": "db_cmds",
    "users": "users_cmds",
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
}
#: The order of ``jdih --help``.
MODULES = (
    "db_cmds",
    "users_cmds",
    "sop_cmds",
    "request_cmds",
    "print_cmds",
    "report_cmds",
    "scan_cmds",
    "trust_cmds",
    "document_cmds",
    "content_cmds",
    "publish_cmds",
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
        return run_with_context(args, args.handler)
    except JdihError as exc:
        log.warning("command failed: %s", exc.message.render("en"), exc_info=True)
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
