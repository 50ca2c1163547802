"""Entry point of ``jdih``. Exit codes: 0 ok, 1 a user error with a clear message, 2 usage."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from jdih_desktop import __version__
from jdih_desktop.domain.errors import JdihError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    from jdih_desktop.cli import (
        content_cmds,
        db_cmds,
        document_cmds,
        print_cmds,
        publish_cmds,
        report_cmds,
        request_cmds,
        scan_cmds,
        sop_cmds,
        trust_cmds,
        users_cmds,
    )
    from jdih_desktop.cli.common import data_dir_parent

    parser = argparse.ArgumentParser(
        prog="jdih",
        description="JDIH Desktop — penerbitan salinan Surat Keputusan di situs JDIH",
        parents=[data_dir_parent()],
    )
    parser.add_argument("--version", action="version", version=f"jdih {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    for module in (
        db_cmds,
        users_cmds,
        sop_cmds,
        request_cmds,
        print_cmds,
        report_cmds,
        scan_cmds,
        trust_cmds,
        document_cmds,
        content_cmds,
        publish_cmds,
    ):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # Answered before the command modules (and the services they import) load.
        print(f"jdih {__version__}")
        return 0
    from jdih_desktop.cli.common import run_with_context

    parser = build_parser()
    args = parser.parse_args(argv)
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
