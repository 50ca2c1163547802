"""``jdih office show|set``: the office profile behind every letterhead, from the command line.

A new data folder names no office (the demo office only with ``jdih-desktop --demo``), and
sheets refuse to print until it does; this is the command-line twin of Pengaturan → Profil
kantor, through the same :class:`~jdih_desktop.office.OfficeService` (Administrator, audited).
"""

from __future__ import annotations

import argparse
from dataclasses import fields, replace

from jdih_desktop.cli.common import acting_actor, add_by_option, data_dir_parent, print_table
from jdih_desktop.config import DEMO_OFFICE
from jdih_desktop.context import AppContext
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.office import OfficeInfo

#: What a renamed demo office must not keep of the demo's letterhead unless given again.
DEMO_LINES = ("regency_code", "province", "city", "address", "phone", "email", "website")
ZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")  # WIB, WITA, WIT
#: ``jdih office set`` options → profile fields, in the order ``show`` lists them.
OPTIONS = {
    "name": "nama kantor, mis. \"Komisi Pemilihan Umum Kabupaten Barru\"",
    "short_name": "nama singkat (bawaan bila --name berubah: nama kantor)",
    "teu_badan": "T.E.U. badan (bawaan bila --name berubah: \"Indonesia. \" + nama kantor)",
    "regency_code": "kode wilayah",
    "province": "provinsi",
    "city": "kota tempat penetapan",
    "address": "alamat di kop surat",
    "phone": "telepon",
    "email": "surel",
    "website": "situs web JDIH kantor",
    "timezone": "zona waktu: Asia/Jakarta, Asia/Makassar atau Asia/Jayapura",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    office = sub.add_parser("office", help="profil kantor (kop surat)")
    office_sub = office.add_subparsers(dest="office_command", required=True, metavar="PERINTAH")
    show = office_sub.add_parser("show", parents=[data_dir_parent()], help="tampilkan profil")
    show.set_defaults(handler=_show)
    change = office_sub.add_parser(
        "set", parents=[data_dir_parent()], help="ubah profil (yang tidak disebut tetap)"
    )
    for name, help_text in OPTIONS.items():
        change.add_argument(
            f"--{name.replace('_', '-')}", dest=name, default=None, help=help_text,
            choices=ZONES if name == "timezone" else None,
        )  # fmt: skip
    add_by_option(change, "Administrator yang mengubah")
    change.set_defaults(handler=_set)


def _show(args: argparse.Namespace, context: AppContext) -> int:
    info = context.office.profile()
    if not info.is_set:
        print(
            msg(
                "Profil kantor belum diisi: isi dengan jdih office set --by ADMIN --name "
                "\"…\" atau di Pengaturan → Profil kantor.",
                "The office profile is not filled in yet: set it with jdih office set --by "
                "ADMIN --name \"…\" or in Settings → Office profile.",
            )
        )
    print_table(
        [(f.name, getattr(info, f.name)) for f in fields(OfficeInfo)],
        [str(msg("Isian", "Field")), str(msg("Nilai", "Value"))],
    )
    return 0


def _set(args: argparse.Namespace, context: AppContext) -> int:
    actor = acting_actor(context, args.by, Action.SETTINGS_EDIT)
    current = context.office.profile()
    given = {name: " ".join(value.split()) for name in OPTIONS
             if (value := getattr(args, name)) is not None}  # fmt: skip
    name = given.get("name", current.name)
    if "name" in given and name != current.name:
        # A new name brings its derived lines along unless they were given too: the old
        # short name or T.E.U. would name the office it was before.
        given.setdefault("short_name", name)
        given.setdefault("teu_badan", f"Indonesia. {name}" if name else "")
        if current.name == DEMO_OFFICE.name:  # leaving the demo: none of its lines stay
            for key in DEMO_LINES:
                if getattr(current, key) == getattr(DEMO_OFFICE, key):
                    given.setdefault(key, "")
    info = context.office.update_profile(actor, replace(current, **given))
    print(
        msg(
            "Profil kantor tersimpan: {name}.",
            "Office profile saved: {name}.",
            name=info.name,
        )
    )
    return 0
