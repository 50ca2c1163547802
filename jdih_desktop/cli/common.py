"""What every subcommand shares: the data-folder option, the context, the local actor, output."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TextIO

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.roles import Role

Handler = Callable[[argparse.Namespace, AppContext], int]


def data_dir_parent() -> argparse.ArgumentParser:
    """A parent parser so ``--data-dir`` works before or after the subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="folder data (bawaan: JDIH_DATA_DIR atau folder data pengguna)",
    )
    return parent


def local_actor() -> Actor:
    """Whoever runs the CLI on this PC: it has the data folder, so it acts as administrator.

    The audit log names the operating-system account, so the action is still attributable.
    """
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return Actor(None, f"cli:{who}", frozenset({Role.ADMINISTRATOR.value}))


def run_with_context(args: argparse.Namespace, handler: Handler) -> int:
    context = open_context(getattr(args, "data_dir", None) or os.environ.get("JDIH_DATA_DIR"))
    try:
        return handler(args, context)
    finally:
        context.close()


def print_table(
    rows: Sequence[Sequence[object]], headers: Sequence[str], out: TextIO | None = None
) -> None:
    out = out if out is not None else sys.stdout  # looked up per call: stdout may be redirected
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        out.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() + "\n")
        if index == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def actor_for(context: AppContext, username: str) -> Actor:
    """The account named by ``--by``: its roles decide what the command may do; the audit log
    also names the operating-system account that typed the command (``via``)."""
    return replace(context.accounts.get(username).as_actor(), via=local_actor().username)


def parse_instant(text: str, timezone: str) -> datetime:
    """``2026-03-02 08:15`` (office time) or a full ISO instant with an offset."""
    from zoneinfo import ZoneInfo

    from jdih_desktop.domain.messages import msg
    from jdih_desktop.errors import ValidationError

    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            msg(
                "Waktu {text!r} tidak sah; tulis YYYY-MM-DD HH:MM (waktu kantor).",
                "The time {text!r} is invalid; write YYYY-MM-DD HH:MM (office time).",
                text=text,
            )
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(timezone))
    return value.astimezone(UTC)


def write_output(text: str, output: str | None) -> None:
    """Print ``text``, or write it atomically to ``output`` when a path was given."""
    if output in (None, "-"):
        sys.stdout.write(text)
        return
    from pathlib import Path

    from jdih_desktop.storage.atomic import write_bytes_atomic

    write_bytes_atomic(Path(output), text.encode("utf-8"))
