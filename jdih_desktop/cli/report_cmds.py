"""``jdih report sla --month YYYY-MM --format csv|json|pdf [-o FILE] [--by USER]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from jdih_desktop.cli.common import actor_for, data_dir_parent, write_output
from jdih_desktop.context import AppContext
from jdih_desktop.domain.compliance import to_csv, to_json
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import ValidationError
from jdih_desktop.printing import save_pdf


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="laporan")
    rsub = report.add_subparsers(dest="report_command", required=True, metavar="PERINTAH")
    sla = rsub.add_parser("sla", parents=[data_dir_parent()], help="kepatuhan SOP bulanan")
    sla.add_argument("--month", required=True, help="YYYY-MM")
    sla.add_argument("--format", choices=("csv", "json", "pdf"), default="csv")
    sla.add_argument("-o", "--output", default=None, help="berkas keluaran (bawaan: layar)")
    _printed_by_option(sla)
    sla.set_defaults(handler=_sla)
    konten = rsub.add_parser(
        "konten", parents=[data_dir_parent()], help="evaluasi media sosial bulanan (SOP b)"
    )
    konten.add_argument("--month", required=True, help="YYYY-MM")
    konten.add_argument("--format", choices=("csv", "pdf"), default="csv")
    konten.add_argument("-o", "--output", default=None, help="berkas keluaran (bawaan: layar)")
    _printed_by_option(konten)
    konten.set_defaults(handler=_konten)


def _printed_by_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by", default=None, help="pencetak PDF (Kasubag: dialah yang menandatangani)"
    )


def _sla(args: argparse.Namespace, context: AppContext) -> int:
    if args.format == "pdf":
        if not args.output or args.output == "-":
            raise ValidationError(
                msg("Format PDF memerlukan -o BERKAS.", "The PDF format needs -o FILE.")
            )
        printed_by = actor_for(context, args.by) if args.by else None
        save_pdf(context.printer.sla_report(args.month, printed_by), Path(args.output))
        print(msg("Tersimpan: {path}", "Saved: {path}", path=args.output))
        return 0
    rows = context.reports.sla(args.month)
    text = to_csv(rows) if args.format == "csv" else to_json(rows)
    write_output(text if text.endswith("\n") else text + "\n", args.output)
    return 0


def _konten(args: argparse.Namespace, context: AppContext) -> int:
    if args.format == "pdf":
        if not args.output or args.output == "-":
            raise ValidationError(
                msg("Format PDF memerlukan -o BERKAS.", "The PDF format needs -o FILE.")
            )
        printed_by = actor_for(context, args.by) if args.by else None
        pdf = context.content_reports.pdf(
            args.month, context.printer.letterhead(), context.now(), printed_by
        )
        save_pdf(pdf, Path(args.output))
        print(msg("Tersimpan: {path}", "Saved: {path}", path=args.output))
        return 0
    write_output(context.content_reports.csv(args.month), args.output)
    return 0
