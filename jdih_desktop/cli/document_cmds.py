"""``jdih import``, ``jdih extract``, ``jdih search``, ``jdih abstract`` and ``jdih documents``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdih_desktop.cli.common import acting_actor, add_by_option, data_dir_parent, print_table
from jdih_desktop.context import AppContext
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.metadata import STATUSES
from jdih_desktop.domain.permissions import Action

# The reader, PDF and abstract modules (pypdf, ~280 regexes) load only for the commands that
# read a decree, not for every command of this module (``search`` is the common one).
if TYPE_CHECKING:
    from jdih_desktop.documents.intake import IntakeReading
    from jdih_desktop.documents.reading.reader import DecreeExtraction
    from jdih_desktop.domain.abstract import Abstract

# Fields in the order a clerk checks them against the paper.
FIELD_ORDER = (
    "jenis",
    "pembuat",
    "nomor",
    "tahun",
    "judul",
    "tempat_penetapan",
    "tanggal_penetapan",
    "penandatangan",
    "jabatan_penandatangan",
    "salinan",
    "salinan_sesuai_aslinya",
    "pengesah_salinan",
    "lampiran_pages",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import", parents=[data_dir_parent()], help="simpan PDF keputusan")
    imp.add_argument("file", type=Path, metavar="FILE.pdf")
    imp.add_argument("--by", default=None, help="pengguna yang menyimpan (bawaan: akun tertaut)")
    imp.add_argument("--request", type=int, default=None, help="id permohonan yang dijawab")
    imp.add_argument("--nomor", default=None, help="nomor, bila tidak terbaca")
    imp.add_argument("--tahun", type=int, default=None, help="tahun, bila tidak terbaca")
    imp.add_argument("--judul", default=None, help="judul (TENTANG), bila tidak terbaca")
    imp.add_argument("--jenis", default=None, help="jenis peraturan")
    imp.add_argument("--status", choices=STATUSES, default=None)
    imp.add_argument("--no-ocr", action="store_true", help="jangan jalankan OCR")
    imp.add_argument(
        "--refuse-duplicate", action="store_true", help="tolak (bukan hanya peringatkan) duplikat"
    )
    imp.add_argument("--json", action="store_true", help="keluaran JSON")
    imp.set_defaults(handler=_import)

    ext = sub.add_parser(
        "extract", parents=[data_dir_parent()], help="baca isian keputusan dari PDF (tanpa simpan)"
    )
    ext.add_argument("file", type=Path, metavar="FILE.pdf")
    ext.add_argument("--json", action="store_true", help="keluaran JSON")
    ext.add_argument("--no-ocr", action="store_true", help="jangan jalankan OCR")
    ext.set_defaults(handler=_extract)

    search = sub.add_parser("search", parents=[data_dir_parent()], help="cari di arsip")
    search.add_argument("query", nargs="*", metavar="QUERY", help='kata; "frasa"; awalan*')
    _filters(search)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument("--json", action="store_true", help="keluaran JSON")
    search.set_defaults(handler=_search)

    abstract = sub.add_parser(
        "abstract", parents=[data_dir_parent()], help="abstrak (format ILDIS) sebuah keputusan"
    )
    abstract.add_argument("id", type=int, help="id keputusan di arsip")
    abstract.add_argument("--json", action="store_true", help="keluaran JSON")
    abstract.set_defaults(handler=_abstract)

    documents = sub.add_parser("documents", help="arsip keputusan")
    dsub = documents.add_subparsers(dest="documents_command", required=True, metavar="PERINTAH")
    listing = dsub.add_parser("list", parents=[data_dir_parent()], help="daftar keputusan")
    _filters(listing)
    listing.set_defaults(handler=_list, query=[], offset=0, json=False)
    reindex = dsub.add_parser(
        "reindex", parents=[data_dir_parent()], help="bangun ulang indeks pencarian"
    )
    add_by_option(reindex)
    reindex.set_defaults(handler=_reindex)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, default=None, help="tahun")
    parser.add_argument("--jenis", default=None, help="jenis atau singkatannya")
    parser.add_argument("--status", choices=STATUSES, default=None)
    parser.add_argument("--limit", type=int, default=20, help="baris per halaman (bawaan 20)")


def _dump(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _warn(note: Msg) -> None:
    print(msg("PERINGATAN: {text}", "WARNING: {text}", text=str(note)), file=sys.stderr)


def _field_rows(extraction: DecreeExtraction) -> list[tuple[str, str, str, str]]:
    found = extraction.fields()
    rows = []
    for name in FIELD_ORDER:
        field = found.get(name)
        if field is None:
            rows.append((name, "-", "-", "-"))
            continue
        value = field.value.isoformat() if isinstance(field.value, date) else field.value
        rows.append((name, str(value), f"{field.confidence:.2f}", f"{field.page}:{field.line}"))
    for name in ("menimbang", "mengingat", "memperhatikan", "diktum"):
        items = getattr(extraction, name)
        where = f"{items[0].page}:{items[0].line}" if items else "-"
        rows.append((name, f"{len(items)} butir", "-", where))
    return rows


def _reading_json(reading: IntakeReading) -> dict[str, Any]:
    return {
        "file": reading.file_name,
        "sha256": reading.sha256,
        "pages": reading.inspection.page_count,
        "text_source": reading.text_source,
        "notes": [str(n) for n in reading.notes],
        "fields": reading.extraction.to_dict(),
    }


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    names = ("nomor", "tahun", "judul", "jenis", "status")
    return {n: getattr(args, n) for n in names if getattr(args, n) is not None}


def _import(args: argparse.Namespace, context: AppContext) -> int:
    actor = acting_actor(context, args.by)
    outcome = context.intake.import_pdf(
        actor,
        args.file,
        overrides=_overrides(args),
        request_id=args.request,
        refuse_duplicates=args.refuse_duplicate,
        ocr=not args.no_ocr,
    )
    for warning in outcome.warnings:
        _warn(warning)
    # Issue #22: a signed decree's signatures are listed on import.
    signatures = (
        context.signatures.verify_document(outcome.document.id) if outcome.reading.signed else None
    )
    if args.json:
        _dump(
            {
                "id": outcome.document.id,
                **_reading_json(outcome.reading),
                "duplicates": [d.id for d in outcome.duplicates],
                "warnings": [str(w) for w in outcome.warnings],
                "signature": signatures.as_json() if signatures else None,
            }
        )
        return 0
    print(outcome.document.id)
    meta = outcome.document.metadata
    print(
        msg(
            "Keputusan {nomor} disimpan (id {id}, {pages} halaman, teks: {source}).",
            "Decree {nomor} stored (id {id}, {pages} pages, text: {source}).",
            nomor=meta.nomor,
            id=outcome.document.id,
            pages=outcome.reading.inspection.page_count,
            source=outcome.reading.text_source,
        )
    )
    print_table(_field_rows(outcome.reading.extraction), ["Isian", "Nilai", "Yakin", "Hal:Baris"])
    if signatures is not None:
        from jdih_desktop.cli.signature_cmds import print_check

        print_check(signatures)
    return 0


def _extract(args: argparse.Namespace, context: AppContext) -> int:
    reading = context.intake.read(args.file, ocr=not args.no_ocr)
    for note in reading.notes:
        _warn(note)
    if args.json:
        judul = reading.extraction.judul.value if reading.extraction.judul else ""
        from jdih_desktop.documents.reading import status_links

        links = status_links.propose(context.archive, judul, reading.body_text)
        _dump(_reading_json(reading) | {"status_links": [dataclasses.asdict(p) for p in links]})
        return 0
    print(f"{reading.file_name}: {reading.inspection.page_count} hlm., teks: {reading.text_source}")
    print_table(_field_rows(reading.extraction), ["Isian", "Nilai", "Yakin", "Hal:Baris"])
    return 0


def _search(args: argparse.Namespace, context: AppContext) -> int:
    page = context.search.search(
        " ".join(args.query),
        year=args.year,
        jenis=args.jenis,
        status=args.status,
        limit=args.limit,
        offset=args.offset,
    )
    if args.json:
        _dump(
            {
                "total": page.total,
                "offset": page.offset,
                "ranked": page.ranked,
                "hits": [
                    {
                        "id": h.id,
                        "nomor": h.nomor,
                        "tahun": h.tahun,
                        "judul": h.judul,
                        "jenis": h.jenis,
                        "status": h.status,
                        "snippet": h.snippet,
                        "rank": h.rank,
                    }
                    for h in page.hits
                ],
            }
        )
        return 0
    if not page.hits:
        print(msg("Tidak ada yang cocok.", "Nothing matches."))
        return 0
    print(
        msg(
            "{n} cocok; menampilkan {a}–{b}.",
            "{n} matches; showing {a}–{b}.",
            n=page.total,
            a=page.offset + 1,
            b=page.offset + len(page.hits),
        )
    )
    if not page.ranked:
        print(
            msg(
                "Terlalu banyak yang cocok untuk diurutkan menurut relevansi: yang terbaru dahulu. "
                "Tambahkan kata atau saringan.",
                "Too many matches to rank by relevance: newest first. Add words or filters.",
            )
        )
    rows = [(h.id, h.nomor, h.tahun, h.judul[:70], h.status) for h in page.hits]
    print_table(rows, ["ID", "Nomor", "Tahun", "Judul", "Status"])
    if any(h.snippet for h in page.hits):
        print()
        for hit in page.hits:
            if hit.snippet:
                print(f"  {hit.id}: {hit.snippet}")
    return 0


def _list(args: argparse.Namespace, context: AppContext) -> int:
    return _search(args, context)


def _reindex(args: argparse.Namespace, context: AppContext) -> int:
    from jdih_desktop.documents.archive import search_index

    acting_actor(context, args.by, Action.ARCHIVE_EDIT)
    with context.db.write() as session:
        count = search_index.rebuild(session)
    print(msg("{n} keputusan diindeks ulang.", "{n} decrees reindexed.", n=count))
    return 0


def _abstract(args: argparse.Namespace, context: AppContext) -> int:
    stored = context.abstracts.find(args.id)
    if stored is not None:
        abstract, state = stored.abstract, stored.state
    else:
        # A decree stored without a draft (e.g. before this version): draft it from its text.
        from jdih_desktop.documents.reading.abstract_draft import draft_abstract
        from jdih_desktop.documents.reading.reader import read_decree

        view = context.archive.get(args.id)
        extraction = read_decree(context.archive.body_text(args.id))
        main = view.file("main")
        abstract = draft_abstract(
            extraction,
            singkatan_jenis=view.singkatan_jenis or None,
            pages=main.page_count if main else None,
        )
        state = "unsaved"
    if args.json:
        _dump(_abstract_json(args.id, abstract, state))
        return 0
    print(abstract.as_text())
    problems = abstract.problems()
    print()
    print(msg("Keadaan: {state}", "State: {state}", state=state))
    for problem in problems:
        print(f"  - {problem}")
    return 0


def _abstract_json(document_id: int, abstract: Abstract, state: str) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "state": state,
        "subjek": abstract.subjek_text,
        "tahun": abstract.tahun,
        "singkatan": abstract.singkatan,
        "judul": abstract.judul,
        "abstrak": list(abstract.abstrak),
        "catatan": list(abstract.catatan),
        "problems": [str(p) for p in abstract.problems()],
    }
