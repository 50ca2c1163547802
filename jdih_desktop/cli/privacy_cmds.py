"""``jdih privacy check|redact|mark|decide|setting``: personal data before publication."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from jdih_desktop.cli.common import acting_actor, data_dir_parent
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.privacy.check import PrivacyReport
from jdih_desktop.privacy.service import AS_IS, KIND_NAMES, REDACT, SIGNATURE_BROKEN


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = sub.add_parser("privacy", help="data pribadi (UU PDP) sebelum terbit")
    psub = privacy.add_subparsers(dest="privacy_command", required=True, metavar="PERINTAH")
    check = psub.add_parser(
        "check", parents=[data_dir_parent()], help="cari NIK, NIP, telepon, alamat, ... per halaman"
    )
    check.add_argument("target", metavar="FILE|DOC_ID", help="berkas PDF atau id keputusan")
    check.add_argument("--json", action="store_true", help="keluaran JSON")
    check.add_argument("--reveal", action="store_true", help="tampilkan nilai utuh (bukan samaran)")
    check.set_defaults(handler=_check)

    redact = psub.add_parser(
        "redact", parents=[data_dir_parent()], help="buat salinan publik yang disensor"
    )
    redact.add_argument("id", type=int, help="id keputusan")
    redact.add_argument("-o", "--output", type=Path, default=None, help="salin juga ke FILE")
    redact.add_argument("--by", default=None, help="pengguna (bawaan: akun tertaut)")
    redact.set_defaults(handler=_redact)

    mark = psub.add_parser(
        "mark", parents=[data_dir_parent()], help="tandai area tambahan untuk disensor"
    )
    mark.add_argument("id", type=int, help="id keputusan")
    mark.add_argument("--page", type=int, required=True, help="halaman (mulai 1)")
    mark.add_argument(
        "--box", required=True, metavar="X0,Y0,X1,Y1", help="kotak dalam poin dari kiri atas"
    )
    mark.add_argument("--by", default=None, help="pengguna (bawaan: akun tertaut)")
    mark.set_defaults(handler=_mark)

    decide = psub.add_parser(
        "decide",
        parents=[data_dir_parent()],
        help="putuskan yang diterbitkan (dicatat di log audit)",
    )
    decide.add_argument("id", type=int, help="id keputusan")
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--redact", action="store_true", help="terbitkan salinan disensor")
    choice.add_argument("--as-is", action="store_true", help="terbitkan apa adanya (perlu alasan)")
    decide.add_argument("--reason", default="", help="alasan")
    decide.add_argument("--by", default=None, help="pengguna (bawaan: akun tertaut)")
    decide.set_defaults(handler=_decide)

    setting = psub.add_parser(
        "setting",
        parents=[data_dir_parent()],
        help="periksa data pribadi untuk suatu jenis: on/off",
    )
    setting.add_argument("jenis", help="nama jenis peraturan")
    setting.add_argument("state", choices=("on", "off"))
    setting.add_argument("--by", default=None, help="Administrator (bawaan: akun tertaut)")
    setting.set_defaults(handler=_setting)


def _actor(args: argparse.Namespace, context: AppContext) -> Actor:
    return acting_actor(context, args.by)


def _print_report(report: PrivacyReport, reveal: bool) -> None:
    if not report.findings:
        print(msg("{f}: tidak ditemukan data pribadi.", "{f}: no personal data found.",
                  f=report.file_name))  # fmt: skip
        return
    print(
        msg(
            "{f}: {n} temuan di {p} halaman.",
            "{f}: {n} findings on {p} pages.",
            f=report.file_name,
            n=len(report.findings),
            p=len({x.page for x in report.findings}),
        )
    )
    for finding in report.findings:
        x0, top, x1, bottom = (round(v) for v in finding.box)
        shown = finding.text if reveal else finding.masked()
        label = KIND_NAMES[finding.kind]
        print(f"  hal. {finding.page:>3}  ({x0},{top})-({x1},{bottom})  {label!s:<22} {shown}")


def _check(args: argparse.Namespace, context: AppContext) -> int:
    path = Path(args.target)
    if not path.exists() and args.target.isdigit():
        report, _review = context.privacy.check_document(int(args.target))
    elif path.is_file():
        report = context.privacy.check_file(path)
    else:
        raise NotFoundError(
            msg("Berkas {p} tidak ditemukan.", "The file {p} does not exist.", p=args.target)
        )
    if args.json:
        print(json.dumps(report.as_json(args.reveal), ensure_ascii=False, indent=2))
    else:
        _print_report(report, args.reveal)
    return 0


def _redact(args: argparse.Namespace, context: AppContext) -> int:
    result, signature_broken = context.privacy.redact_document(
        _actor(args, context), args.id, args.output
    )
    print(
        msg(
            "Salinan publik disimpan: sha256 {sha}; {r} area di halaman {pages}. Diverifikasi: "
            "tidak ada nilai yang terbaca lewat ekstraksi teks maupun OCR.",
            "Public copy stored: sha256 {sha}; {r} regions on pages {pages}. Verified: no value "
            "is readable by text extraction or OCR.",
            sha=result.sha256,
            r=result.regions,
            pages=", ".join(str(p) for p in result.pages_rebuilt),
        )
    )
    if signature_broken:
        print(SIGNATURE_BROKEN)
    return 0


def _mark(args: argparse.Namespace, context: AppContext) -> int:
    try:
        x0, y0, x1, y1 = (float(v) for v in args.box.split(","))
    except ValueError:
        raise ValidationError(
            msg("Kotak harus X0,Y0,X1,Y1 (angka).", "The box must be X0,Y0,X1,Y1 (numbers).")
        ) from None
    context.privacy.add_region(_actor(args, context), args.id, args.page, (x0, y0, x1, y1))
    print(msg("Area ditandai; jalankan lagi jdih privacy redact.",
              "Region marked; run jdih privacy redact again."))  # fmt: skip
    return 0


def _decide(args: argparse.Namespace, context: AppContext) -> int:
    decision = REDACT if args.redact else AS_IS
    context.privacy.decide(_actor(args, context), args.id, decision, args.reason)
    print(
        msg("Dicatat: terbitkan salinan disensor.", "Recorded: publish the redacted copy.")
        if decision == REDACT
        else msg("Dicatat: terbitkan apa adanya.", "Recorded: publish as is.")
    )
    return 0


def _setting(args: argparse.Namespace, context: AppContext) -> int:
    context.privacy.set_check(_actor(args, context), args.jenis, args.state == "on")
    print(msg("Disimpan.", "Saved."))
    return 0
