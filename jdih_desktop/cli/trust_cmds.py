"""``jdih verify``, ``jdih backup`` and ``jdih restore``."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from jdih_desktop.cli.common import acting_actor, add_by_option, data_dir_parent, os_user
from jdih_desktop.context import AppContext, app_context, clock_from_env
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.roles import Role
from jdih_desktop.paths import resolve_paths

if TYPE_CHECKING:
    from jdih_desktop.trust.verify import IntegrityReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = sub.add_parser(
        "verify",
        parents=[data_dir_parent()],
        help="periksa keutuhan: rantai log audit, setiap berkas tersimpan, basis data",
    )
    verify.set_defaults(handler=_verify)

    backup = sub.add_parser(
        "backup", parents=[data_dir_parent()], help="cadangkan basis data, berkas dan konfigurasi"
    )
    target = backup.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="FILE", help="berkas cadangan (.zip)")
    target.add_argument(
        "--scheduled",
        action="store_true",
        help="cadangan harian ke folder [backup] bila hari ini belum ada; simpan N terakhir",
    )
    add_by_option(backup)
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser(
        "restore", parents=[data_dir_parent()], help="pulihkan cadangan ke folder data kosong"
    )
    restore.add_argument("file", metavar="FILE", help="berkas cadangan")
    restore.add_argument(
        "--force",
        action="store_true",
        help="folder tidak kosong: pindahkan isi lama ke samping (tidak dihapus)",
    )
    # Restoring must not open (and so create) the target database first.
    restore.set_defaults(handler=None, standalone=_restore)


def print_report(report: IntegrityReport) -> None:
    print(msg("Basis data: {url}", "Database: {url}", url=report.database))
    print(
        msg(
            "Diperiksa: {events} peristiwa log audit, {files} berkas ({mb:.1f} MB).",
            "Checked: {events} audit events, {files} files ({mb:.1f} MB).",
            events=report.audit_events,
            files=report.files_checked,
            mb=report.bytes_checked / 1e6,
        )
    )
    for finding in report.errors:
        print(f"{msg('GALAT', 'ERROR')} {finding}")
    for finding in report.warnings:
        print(f"{msg('PERINGATAN', 'WARNING')} {finding}")
    if report.ok:
        print(
            msg(
                "Hasil: utuh. {n} peringatan.",
                "Result: intact. {n} warnings.",
                n=len(report.warnings),
            )
        )
    else:
        first = report.errors[0]
        print(
            msg(
                "Hasil: {n} masalah; yang pertama: {first}.",
                "Result: {n} problems; the first: {first}.",
                n=len(report.errors),
                first=first.subject,
            )
        )


def _verify(args: argparse.Namespace, context: AppContext) -> int:
    # Reading only: anyone who can open the data folder may check it (nothing is written).
    report = context.trust.verify()
    print_report(report)
    return 0 if report.ok else 1


def _backup(args: argparse.Namespace, context: AppContext) -> int:
    # A backup reads everything and writes it to a file: only a role that may back up.
    actor = acting_actor(context, args.by, Action.BACKUP)
    if args.scheduled:
        info = context.trust.run_due_backup()
        if info is None:
            print(
                msg(
                    "Cadangan hari ini sudah ada di {folder} (atau cadangan terjadwal mati).",
                    "Today's backup already exists in {folder} (or scheduled backups are off).",
                    folder=str(context.trust.backup_folder),
                )
            )
            return 0
    else:
        info = context.trust.backup(actor, Path(args.output))
    print(
        msg(
            "Cadangan {path} dibuat: basis data {engine}, {files} berkas ({mb:.1f} MB).",
            "Backup {path} written: {engine} database, {files} files ({mb:.1f} MB).",
            path=str(info.path),
            engine=info.engine,
            files=info.files,
            mb=info.bytes / 1e6,
        )
    )
    _print_lacking(info.lacking)
    return 0 if info.complete else 1


def _print_lacking(lacking: dict[str, str]) -> None:
    for sha, why in sorted(lacking.items()):
        print(
            msg(
                "TIDAK LENGKAP: berkas {sha} {why} di penyimpanan dan tidak ada di cadangan ini.",
                "INCOMPLETE: the file {sha} is {why_en} in the store and not in this backup.",
                sha=f"{sha[:12]}…",
                why="hilang" if why == "missing" else "rusak",
                why_en=why,
            )
        )
    if lacking:
        print(
            msg(
                "Jalankan 'jdih verify' untuk melihat dokumen yang terdampak; cadangan lengkap "
                "terakhir tetap disimpan.",
                "Run 'jdih verify' to see the records affected; the last complete backup is kept.",
            )
        )


def _restore(args: argparse.Namespace) -> int:
    paths = resolve_paths(getattr(args, "data_dir", None) or os.environ.get("JDIH_DATA_DIR"))
    # No logging set up yet (it would write into the folder being restored): keep errors quiet.
    logging.getLogger("jdih_desktop").addHandler(logging.NullHandler())
    from jdih_desktop.trust.restore import restore_backup  # alembic: only for a restore

    info = restore_backup(
        _restorer(), Path(args.file), paths, force=args.force, now=clock_from_env()
    )
    _print_lacking(info.lacking)
    for aside in info.moved_aside:
        print(
            msg(
                "Isi lama dipindahkan ke {path}.",
                "The old contents were moved to {path}.",
                path=str(aside),
            )
        )
    print(
        msg(
            "Dipulihkan ke {folder}: basis data {db}, {files} berkas ({mb:.1f} MB).",
            "Restored into {folder}: database {db}, {files} files ({mb:.1f} MB).",
            folder=str(info.data_dir),
            db=info.database,
            files=info.files,
            mb=info.bytes / 1e6,
        )
    )
    # Open the restored office as the app would (migrating an older backup), then prove it.
    with app_context(paths.data_dir) as context:
        context.trust.anchor_restored_log()
        report = context.trust.verify()
    print_report(report)
    return 0 if report.ok else 1


def _restorer() -> Actor:
    """Who restores: there is no account database to ask before the restore (the target is
    empty, or its old contents are moved aside, never deleted), and whoever holds the backup
    file holds all its data anyway. The audit log names the OS account."""
    return Actor(None, f"cli:{os_user()}", frozenset({Role.ADMINISTRATOR.value}))
