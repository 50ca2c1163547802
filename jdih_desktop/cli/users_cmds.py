"""``jdih users add`` and ``jdih users list``."""

from __future__ import annotations

import argparse
import getpass
import sys

from jdih_desktop.cli.common import data_dir_parent, local_actor, print_table
from jdih_desktop.context import AppContext
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.roles import Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help="akun pengguna dan peran")
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="PERINTAH")
    add = users_sub.add_parser("add", parents=[data_dir_parent()], help="tambah pengguna")
    add.add_argument("username", metavar="NAME")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[r.value for r in Role],
        help="peran (boleh diulang)",
    )
    add.add_argument("--full-name", default="", help="nama lengkap")
    add.add_argument("--nip", default="", help="NIP")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="baca kata sandi dari masukan standar (tanpa menampilkannya)",
    )
    add.set_defaults(handler=_add)
    listing = users_sub.add_parser("list", parents=[data_dir_parent()], help="daftar pengguna")
    listing.set_defaults(handler=_list)


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if sys.stdin.isatty():
        return getpass.getpass(
            str(msg("Kata sandi (kosong = tanpa): ", "Password (empty = none): "))
        )
    return None


def _add(args: argparse.Namespace, context: AppContext) -> int:
    password = _read_password(args)
    user = context.accounts.add_user(
        local_actor(),
        args.username,
        args.full_name,
        args.role,
        password=password,
        nip=args.nip,
    )
    print(user.id)
    print(
        msg(
            "Pengguna {name} ditambahkan dengan peran {roles}.",
            "User {name} added with roles {roles}.",
            name=user.username,
            roles=", ".join(r.display_name for r in user.roles),
        )
    )
    return 0


def _list(args: argparse.Namespace, context: AppContext) -> int:
    users = context.accounts.list_users()
    if not users:
        print(msg("Belum ada pengguna.", "No users yet."))
        return 0
    headers = [
        str(msg("ID", "ID")),
        str(msg("Nama pengguna", "User name")),
        str(msg("Nama lengkap", "Full name")),
        str(msg("Peran", "Roles")),
        str(msg("Aktif", "Active")),
    ]
    rows = [
        (
            u.id,
            u.username,
            u.full_name,
            ", ".join(r.display_name for r in u.roles),
            str(msg("ya", "yes")) if u.active else str(msg("tidak", "no")),
        )
        for u in users
    ]
    print_table(rows, headers)
    return 0
