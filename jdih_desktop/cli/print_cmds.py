"""``jdih disposition`` (record step 2) and ``jdih print disposition|receipt``."""

from __future__ import annotations

import argparse
from pathlib import Path

from jdih_desktop.cli.common import actor_for, data_dir_parent
from jdih_desktop.context import AppContext
from jdih_desktop.domain.messages import msg
from jdih_desktop.printing import paper_by_key, save_pdf
from jdih_desktop.workflow.requests import SIFAT


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    disposition = sub.add_parser(
        "disposition", parents=[data_dir_parent()], help="catat disposisi Kasubag (langkah 2)"
    )
    disposition.add_argument("id", type=int, help="id permohonan")
    disposition.add_argument("--by", required=True, help="Kasubag Hukum")
    disposition.add_argument(
        "--to",
        required=True,
        action="append",
        help="pengguna yang menindaklanjuti (ulangi untuk beberapa penerima; yang pertama "
        "meneruskan permohonan)",
    )
    disposition.add_argument(
        "--instruction", action="append", default=[], help='mis. "Proses lebih lanjut"'
    )
    disposition.add_argument("--catatan", default="")
    disposition.add_argument("--sifat", choices=SIFAT, default=None)
    disposition.set_defaults(handler=_disposition)

    printing = sub.add_parser("print", help="cetak lembar disposisi, tanda terima, ...")
    psub = printing.add_subparsers(dest="print_command", required=True, metavar="DOKUMEN")
    for name, handler, help_text in (
        ("disposition", _print_disposition, "lembar disposisi sebuah permohonan"),
        ("receipt", _print_receipt, "tanda terima untuk pengusul"),
    ):
        parser = psub.add_parser(name, parents=[data_dir_parent()], help=help_text)
        parser.add_argument("id", type=int, help="id permohonan")
        parser.add_argument("-o", "--output", required=True, help="berkas PDF")
        parser.add_argument("--paper", choices=("a5", "half-f4"), default="a5")
        parser.add_argument("--two-up", action="store_true", help="dua lembar per A4/F4")
        parser.set_defaults(handler=handler)

    abstract = psub.add_parser(
        "abstract", parents=[data_dir_parent()], help="lembar abstrak (folio) sebuah keputusan"
    )
    abstract.add_argument("id", type=int, help="id keputusan di arsip")
    abstract.add_argument("-o", "--output", required=True, help="berkas PDF")
    abstract.add_argument("--paper", choices=("f4", "a4"), default="f4")
    abstract.set_defaults(handler=_print_abstract)

    register_ = psub.add_parser(
        "register", parents=[data_dir_parent()], help="daftar arsip keputusan setahun"
    )
    register_.add_argument("--year", type=int, required=True)
    register_.add_argument("-o", "--output", required=True, help="berkas PDF")
    register_.add_argument(
        "--by", default=None, help="pengguna yang mencetak (Kasubag: dialah yang menandatangani)"
    )
    register_.set_defaults(handler=_print_register)


def _disposition(args: argparse.Namespace, context: AppContext) -> int:
    view = context.dispositions.record(
        actor_for(context, args.by),
        args.id,
        to_username=args.to,
        instructions=args.instruction,
        catatan=args.catatan,
        sifat=args.sifat,
    )
    print(view.id)
    print(
        msg(
            "Disposisi dicatat untuk {to}; langkah 2 selesai.",
            "Disposition recorded for {to}; step 2 done.",
            to=view.to_text,
        )
    )
    return 0


def _saved(path: Path) -> int:
    print(msg("Tersimpan: {path}", "Saved: {path}", path=str(path)))
    return 0


def _print_disposition(args: argparse.Namespace, context: AppContext) -> int:
    data = context.printer.disposition(args.id, paper=paper_by_key(args.paper), two_up=args.two_up)
    return _saved(save_pdf(data, Path(args.output)))


def _print_receipt(args: argparse.Namespace, context: AppContext) -> int:
    data = context.printer.receipt(args.id, paper=paper_by_key(args.paper), two_up=args.two_up)
    return _saved(save_pdf(data, Path(args.output)))


def _print_abstract(args: argparse.Namespace, context: AppContext) -> int:
    data = context.printer.abstract(args.id, paper=paper_by_key(args.paper))
    return _saved(save_pdf(data, Path(args.output)))


def _print_register(args: argparse.Namespace, context: AppContext) -> int:
    printed_by = actor_for(context, args.by) if args.by else None
    return _saved(save_pdf(context.printer.register(args.year, printed_by), Path(args.output)))
