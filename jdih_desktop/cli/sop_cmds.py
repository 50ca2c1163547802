"""``jdih sop list`` and ``jdih sop show NAME``."""

from __future__ import annotations

import argparse

from jdih_desktop.cli.common import data_dir_parent, print_table
from jdih_desktop.context import AppContext
from jdih_desktop.domain.messages import msg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sop = sub.add_parser("sop", help="definisi SOP dan targetnya")
    sop_sub = sop.add_subparsers(dest="sop_command", required=True, metavar="PERINTAH")
    sop_sub.add_parser("list", parents=[data_dir_parent()], help="daftar SOP").set_defaults(
        handler=_list
    )
    show = sop_sub.add_parser("show", parents=[data_dir_parent()], help="langkah-langkah SOP")
    show.add_argument("name", metavar="NAME")
    show.set_defaults(handler=_show)


def _list(args: argparse.Namespace, context: AppContext) -> int:
    rows = [(s.code, len(s.steps), s.title) for s in context.runs.sops.values()]
    print_table(
        rows, [str(msg("Kode", "Code")), str(msg("Langkah", "Steps")), str(msg("Judul", "Title"))]
    )
    return 0


def _show(args: argparse.Namespace, context: AppContext) -> int:
    sop = context.runs.sop(args.name)
    print(sop.title)
    if sop.reference:
        print(sop.reference)
    print()
    rows = [
        (
            step.no,
            step.activity,
            (f"{step.from_role.display_name} → " if step.from_role else "")
            + step.role.display_name,
            "; ".join(step.inputs) or "-",
            str(step.target.describe()) if step.target else "-",
            step.output,
        )
        for step in sop.steps
    ]
    print_table(
        rows,
        [
            str(msg("No", "No")),
            str(msg("Kegiatan", "Activity")),
            str(msg("Pelaksana", "Actor")),
            str(msg("Kelengkapan", "Inputs")),
            str(msg("Waktu", "Target")),
            str(msg("Output", "Output")),
        ],
    )
    return 0
