"""``jdih db upgrade`` and ``jdih db check``."""

from __future__ import annotations

import argparse

from jdih_desktop.cli.common import data_dir_parent
from jdih_desktop.context import AppContext
from jdih_desktop.db.migrate import check_health, head_revision
from jdih_desktop.domain.messages import msg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="basis data: migrasi dan pemeriksaan")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="PERINTAH")
    upgrade = db_sub.add_parser(
        "upgrade", parents=[data_dir_parent()], help="perbarui skema ke versi terbaru"
    )
    upgrade.set_defaults(handler=_upgrade)
    check = db_sub.add_parser(
        "check", parents=[data_dir_parent()], help="periksa keutuhan basis data"
    )
    check.set_defaults(handler=_check)


def _upgrade(args: argparse.Namespace, context: AppContext) -> int:
    # Opening the context already migrated to head; report where we are.
    print(
        msg(
            "Skema basis data {url} mutakhir: revisi {rev}.",
            "The schema of {url} is current: revision {rev}.",
            url=context.db.describe(),
            rev=head_revision(),
        )
    )
    return 0


def _check(args: argparse.Namespace, context: AppContext) -> int:
    report = check_health(context.db)
    print(msg("Basis data: {url}", "Database: {url}", url=report.engine))
    print(msg("Revisi skema: {rev}", "Schema revision: {rev}", rev=report.revision or "-"))
    if report.ok:
        print(msg("Hasil: baik, tidak ada masalah.", "Result: healthy, no problems."))
        return 0
    for problem in report.problems:
        print(f"- {problem}")
    print(
        msg("Hasil: {n} masalah ditemukan.", "Result: {n} problems found.", n=len(report.problems))
    )
    return 1
