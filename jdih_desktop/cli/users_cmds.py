"""``jdih users add|list|link|unlink``: accounts, and which OS account acts as which.

Adding a user needs an Administrator (``--by`` or the linked account), except on a data folder
with no Administrator yet: there ``users add NAME --role administrator --password-stdin``
creates the first one, as the GUI's first-run dialog does.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from jdih_desktop.cli.common import acting_actor, add_by_option, data_dir_parent, print_table
from jdih_desktop.context import AppContext
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
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
    add_by_option(add, "Administrator yang menambah (tidak perlu untuk Administrator pertama)")
    add.set_defaults(handler=_add)
    listing = users_sub.add_parser("list", parents=[data_dir_parent()], help="daftar pengguna")
    listing.set_defaults(handler=_list)
    link = users_sub.add_parser(
        "link",
        parents=[data_dir_parent()],
        help="akun sistem OSNAME bertindak sebagai pengguna USER di baris perintah",
    )
    link.add_argument("os_name", metavar="OSNAME", help="nama akun sistem operasi")
    link.add_argument("username", metavar="USER", help="nama pengguna aplikasi")
    add_by_option(link, "Administrator yang menautkan")
    link.set_defaults(handler=_link)
    unlink = users_sub.add_parser(
        "unlink", parents=[data_dir_parent()], help="lepaskan tautan akun sistem OSNAME"
    )
    unlink.add_argument("os_name", metavar="OSNAME")
    add_by_option(unlink, "Administrator yang melepaskan")
    unlink.set_defaults(handler=_unlink)
    links = users_sub.add_parser(
        "links", parents=[data_dir_parent()], help="daftar akun sistem yang ditautkan"
    )
    links.set_defaults(handler=_links)


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if sys.stdin.isatty():
        return getpass.getpass(
            str(msg("Kata sandi (kosong = tanpa): ", "Password (empty = none): "))
        )
    return None


def _first_administrator(args: argparse.Namespace, context: AppContext) -> bool:
    """True when this is the first run's exception: no Administrator yet, none named by --by,
    and the new account is to be an Administrator."""
    return (
        args.by is None
        and Role.ADMINISTRATOR.value in args.role
        and not context.accounts.has_administrator()
    )


def _add(args: argparse.Namespace, context: AppContext) -> int:
    if _first_administrator(args, context):
        user = context.accounts.add_first_administrator(
            args.username, args.full_name, password=_read_password(args), nip=args.nip
        )
        if set(args.role) != {Role.ADMINISTRATOR.value}:
            user = context.accounts.set_roles(user.as_actor(), user.username, args.role)
    else:
        actor = acting_actor(context, args.by, Action.USER_MANAGE)
        user = context.accounts.add_user(
            actor,
            args.username,
            args.full_name,
            args.role,
            password=_read_password(args),
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


def _link(args: argparse.Namespace, context: AppContext) -> int:
    actor = acting_actor(context, args.by, Action.USER_MANAGE)
    user = context.accounts.link_os_user(actor, args.os_name, args.username)
    print(
        msg(
            "Akun sistem {os} kini bertindak sebagai {name} di baris perintah.",
            "The OS account {os} now acts as {name} on the command line.",
            os=args.os_name.strip(),
            name=user.username,
        )
    )
    return 0


def _unlink(args: argparse.Namespace, context: AppContext) -> int:
    actor = acting_actor(context, args.by, Action.USER_MANAGE)
    context.accounts.unlink_os_user(actor, args.os_name)
    print(
        msg(
            "Tautan akun sistem {os} dilepas.",
            "The OS account {os} is no longer linked.",
            os=args.os_name.strip(),
        )
    )
    return 0


def _links(args: argparse.Namespace, context: AppContext) -> int:
    links = context.accounts.os_links()
    if not links:
        print(msg("Belum ada akun sistem yang ditautkan.", "No OS account is linked yet."))
        return 0
    print_table(links, [str(msg("Akun sistem", "OS account")), str(msg("Pengguna", "User"))])
    return 0
