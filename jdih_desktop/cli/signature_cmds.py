"""``jdih signature verify FILE|DOC_ID`` and ``jdih signature roots list|add|remove``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jdih_desktop.cli.common import acting_actor, add_by_option, data_dir_parent, print_table
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.signatures.service import SignatureService
from jdih_desktop.signatures.verify import SignatureCheck

STATE_TEXT: dict[str, Msg] = {
    "intact": msg("utuh dan tepercaya", "intact and trusted"),
    "modified": msg("berkas diubah setelah ditandatangani", "the file was changed after signing"),
    "untrusted": msg(
        "utuh, tetapi sertifikat tidak berakar pada CA tepercaya kantor",
        "intact, but the certificate does not chain to a trusted office CA",
    ),
    "broken": msg("RUSAK: isi yang ditandatangani berubah", "BROKEN: the signed content changed"),
    "unsigned": msg("tidak bertanda tangan elektronik", "not electronically signed"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sig = sub.add_parser("signature", help="tanda tangan elektronik (TTE) pada PDF keputusan")
    ssub = sig.add_subparsers(dest="signature_command", required=True, metavar="PERINTAH")
    verify = ssub.add_parser(
        "verify", parents=[data_dir_parent()], help="periksa setiap tanda tangan sebuah PDF"
    )
    verify.add_argument("target", metavar="FILE|DOC_ID", help="berkas PDF atau id keputusan")
    verify.add_argument("--json", action="store_true", help="keluaran JSON")
    verify.set_defaults(handler=_verify)

    roots = ssub.add_parser("roots", help="sertifikat CA tepercaya kantor (mis. akar BSrE)")
    rsub = roots.add_subparsers(dest="roots_command", required=True, metavar="PERINTAH")
    listing = rsub.add_parser("list", parents=[data_dir_parent()], help="daftar akar tepercaya")
    listing.set_defaults(handler=_roots_list)
    add = rsub.add_parser("add", parents=[data_dir_parent()], help="tambah sertifikat CA")
    add.add_argument("file", type=Path, metavar="CERT", help="sertifikat PEM atau DER")
    add_by_option(add, "Administrator yang menambah (bawaan: akun tertaut)")
    add.set_defaults(handler=_roots_add)
    remove = rsub.add_parser("remove", parents=[data_dir_parent()], help="hapus sertifikat CA")
    remove.add_argument("fingerprint", help="sidik SHA-256 (minimal 8 karakter awal)")
    remove.add_argument("--by", default=None, help="Administrator (bawaan: akun tertaut)")
    remove.set_defaults(handler=_roots_remove)


def service(context: AppContext) -> SignatureService:
    return SignatureService(context.db, context.archive, context.paths.data_dir, context.now)


def check_target(context: AppContext, target: str) -> SignatureCheck:
    """A path that exists is a file; otherwise digits name an archived decree."""
    signatures = service(context)
    path = Path(target)
    if not path.exists() and target.isdigit():
        return signatures.verify_document(int(target))
    if not path.is_file():
        from jdih_desktop.errors import NotFoundError

        raise NotFoundError(
            msg("Berkas {path} tidak ditemukan.", "The file {path} does not exist.", path=target)
        )
    return signatures.verify_file(path)


def _verify(args: argparse.Namespace, context: AppContext) -> int:
    check = check_target(context, args.target)
    if args.json:
        print(json.dumps(check.as_json(), ensure_ascii=False, indent=2))
        return 0
    print_check(check)
    return 0


def print_check(check: SignatureCheck) -> None:
    """The file's state, then each signature's signer, time, chain and checks."""
    print(f"{check.file_name}  sha256 {check.sha256[:16]}…  {STATE_TEXT[check.state]}")
    yes, no = str(msg("ya", "yes")), str(msg("tidak", "no"))
    for number, sig in enumerate(check.signatures, start=1):
        print(
            msg(
                "[{n}] {field}: {state}",
                "[{n}] {field}: {state}",
                n=number,
                field=sig.field_name,
                state=STATE_TEXT[sig.state],
            )
        )
        rows = [
            (msg("Penanda tangan", "Signer"), sig.signer),
            (msg("Waktu", "Time"), sig.signed_at.isoformat() if sig.signed_at else "-"),
            (msg("Rantai", "Chain"), " <- ".join(sig.chain)),
            (msg("Bita utuh", "Intact bytes"), yes if sig.intact else no),
            (msg("Seluruh berkas", "Whole file"), yes if sig.whole_file else no),
            (msg("Perubahan sesudahnya", "Later changes"), sig.modification),
            (msg("Akar tepercaya", "Trusted root"), yes if sig.trusted else no),
        ]
        for label, value in rows:
            print(f"    {label!s:<22} {value}")


def _roots_list(args: argparse.Namespace, context: AppContext) -> int:
    roots = service(context).list_roots()
    print_table(
        [(r.fingerprint[:16], r.subject, r.not_after.date().isoformat()) for r in roots],
        [
            str(msg("Sidik", "Fingerprint")),
            str(msg("Subjek", "Subject")),
            str(msg("Berlaku s.d.", "Valid until")),
        ],
        out=sys.stdout,  # looked up now: a caller may have redirected it
    )
    return 0


def _actor(args: argparse.Namespace, context: AppContext) -> Actor:
    return acting_actor(context, args.by)


def _roots_add(args: argparse.Namespace, context: AppContext) -> int:
    root = service(context).add_root(_actor(args, context), args.file)
    print(
        msg(
            "Ditambahkan: {s} ({fp})", "Added: {s} ({fp})", s=root.subject, fp=root.fingerprint[:16]
        )
    )
    return 0


def _roots_remove(args: argparse.Namespace, context: AppContext) -> int:
    root = service(context).remove_root(_actor(args, context), args.fingerprint)
    print(msg("Dihapus: {s}", "Removed: {s}", s=root.subject))
    return 0
