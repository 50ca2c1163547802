"""``jdih links ID``: status links the decree's text proposes; ``--confirm`` records them."""

from __future__ import annotations

import argparse
import json

from jdih_desktop.cli.common import acting_actor, data_dir_parent, print_table
from jdih_desktop.context import AppContext
from jdih_desktop.documents.reading import status_links
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import ValidationError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    links = sub.add_parser(
        "links",
        parents=[data_dir_parent()],
        help="hubungan status (mencabut/mengubah/diubah) yang terbaca dari teks keputusan",
    )
    links.add_argument("id", type=int, help="id keputusan di arsip")
    links.add_argument(
        "--confirm", default=None, metavar="all|1,2", help="catat usulan ini (nomor urut atau all)"
    )
    links.add_argument("--by", default=None, help="pengguna yang mencatat (bawaan: akun tertaut)")
    links.add_argument("--json", action="store_true", help="keluaran JSON")
    links.set_defaults(handler=_links)


def _links(args: argparse.Namespace, context: AppContext) -> int:
    archive = context.archive
    view = archive.get(args.id)
    proposals = status_links.propose(
        archive, view.metadata.judul, archive.body_text(args.id), own_id=args.id
    )
    if args.confirm is not None:
        try:
            chosen = status_links.select(proposals, args.confirm)
        except (IndexError, ValueError) as exc:
            raise ValidationError(
                msg(
                    "Pilihan {choice} tidak ada; ada {n} usulan.",
                    "There is no choice {choice}; there are {n} proposals.",
                    choice=args.confirm,
                    n=len(proposals),
                )
            ) from exc
        actor = acting_actor(context, args.by)
        status_links.confirm(archive, actor, args.id, chosen)
    if args.json:
        rows = [
            {
                "kind": p.kind,
                "nomor": p.nomor,
                "tahun": p.tahun,
                "target_id": p.target_document_id,
                "target_judul": p.target_title,
                "note": p.note,
                "excerpt": p.excerpt,
                **(
                    {"by_nomor": p.by_nomor, "by_tahun": p.by_tahun, "by_id": p.by_document_id}
                    if p.by_nomor
                    else {}
                ),
            }
            for p in proposals
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not proposals:
        print(msg("Tidak ada hubungan status dalam teks.", "No status links in the text."))
        return 0
    print_table(
        [
            (
                i,
                f"{p.kind} ({p.by_nomor})" if p.by_nomor else p.kind,
                p.nomor,
                p.target_document_id or "-",
                p.target_title[:50] or p.note,
            )
            for i, p in enumerate(proposals, start=1)
        ],
        ["#", "Hubungan", "Nomor", "ID arsip", "Judul / catatan"],
    )
    if args.confirm is not None:
        print(msg("Dicatat.", "Recorded."))
    return 0
