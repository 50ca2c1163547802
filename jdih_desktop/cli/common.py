"""What every subcommand shares: the data-folder option, the context, who acts, output."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from jdih_desktop.accounts.permissions import require
from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.errors import PermissionDeniedError

if TYPE_CHECKING:
    from jdih_desktop.accounts.service import UserInfo

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


def os_user() -> str:
    """The operating-system account running this command (named in the audit log as ``via``)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


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


def add_by_option(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    """``--by USER`` for a command that changes something (else the linked account acts)."""
    parser.add_argument(
        "--by",
        default=None,
        metavar="USER",
        help=help_text or "pengguna yang bertindak (bawaan: akun yang ditautkan ke akun sistem)",
    )


def actor_for(context: AppContext, username: str) -> Actor:
    """The account named by ``--by``: its roles decide what the command may do; the audit log
    also names the operating-system account that typed the command (``via``)."""
    return _acting(context.accounts.get(username), f"cli:{os_user()}")


def acting_actor(context: AppContext, username: str | None, action: Action | None = None) -> Actor:
    """Who a changing command acts as: ``--by USER``, else the account an Administrator linked
    to this OS account (``jdih users link``); never an implicit Administrator. With ``action``,
    the role table is consulted before anything is done."""
    if username:
        actor = actor_for(context, username)
    else:
        who = os_user()
        linked = context.accounts.linked_account(who)
        if linked is None:
            raise PermissionDeniedError(
                msg(
                    "Perintah ini mengubah data dan perlu akun: tambahkan --by NAMA, atau "
                    "minta Administrator menautkan akun sistem {os} (jdih users link {os} NAMA).",
                    "This command changes data and needs an account: add --by NAME, or ask an "
                    "Administrator to link the OS account {os} (jdih users link {os} NAME).",
                    os=who,
                )
            )
        actor = _acting(linked, f"cli:{who}")
    if action is not None:
        require(actor, action)
    return actor


def _acting(user: UserInfo, via: str) -> Actor:
    if not user.active:
        raise PermissionDeniedError(
            msg(
                "Akun {name} tidak aktif.",
                "The account {name} is deactivated.",
                name=user.username,
            )
        )
    return replace(user.as_actor(), via=via)


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
