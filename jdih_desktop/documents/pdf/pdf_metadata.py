"""Write the decree's record into the stored main PDF: XMP (Dublin Core + JDIH schema) and DocInfo.

An archived PDF should say what it is in any PDF reader's document properties and without our
database: judul, nomor, jenis, tanggal penetapan, penandatangan, subjek and the office. The
packet comes from :func:`jdih_desktop.documents.pdf.pdfa.xmp_packet` (the code that writes a
scan's PDF/A), so a PDF/A-2b file stays PDF/A-2b: its ``pdfaid`` is written again, the custom
``jdih:`` properties are declared by an extension schema, and Info mirrors the XMP.

Only a *copy* is written: the clerk's original is stored beside it byte for byte. A signed PDF
(a signature field) is never rewritten, since any rewrite breaks the signature; nor is a PDF
that claims a PDF/A level other than 2B (its conformance would have to be proven again).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jdih_desktop.documents.pdf.pdfa import PRODUCER, DocumentMetadata, xmp_packet
from jdih_desktop.documents.pdf.pdfwriter import pdf_date
from jdih_desktop.domain.metadata import DecreeMetadata

log = logging.getLogger(__name__)


def describe(record: DecreeMetadata) -> DocumentMetadata:
    """The archive record as PDF metadata."""
    number = f"Nomor {record.nomor}" if record.nomor else ""
    jdih = (
        ("jenis", record.jenis),
        ("nomor", record.nomor),
        ("tahun", str(record.tahun) if record.tahun else ""),
        ("tempatPenetapan", record.tempat_penetapan),
        (
            "tanggalPenetapan",
            record.tanggal_penetapan.isoformat() if record.tanggal_penetapan else "",
        ),
        ("penandatangan", record.penandatangan),
        ("teuBadan", record.teu_badan),
        ("status", record.status),
    )
    return DocumentMetadata(
        title=record.judul,
        author=record.teu_badan or record.penandatangan,
        subject=" ".join(x for x in (record.jenis, number) if x),
        keywords=record.subjek,
        identifier=record.nomor,
        doc_type=record.jenis,
        publisher=record.teu_badan,
        issued=record.tanggal_penetapan,
        jdih=jdih,
    )


def _is_signed(root: Any) -> bool:
    import pikepdf

    form = root.get("/AcroForm")
    if form is None:
        return False
    if int(form.get("/SigFlags", 0)) & 1:
        return True
    return any(field.get("/FT") == pikepdf.Name.Sig for field in form.get("/Fields", []))


def stamp_metadata(source: Path, out: Path, record: DecreeMetadata) -> Path | None:
    """Write ``source`` with ``record`` in its XMP and DocInfo to ``out``; return ``out``, or
    None when the file is left as it is (signed, another PDF/A level, unreadable)."""
    import pikepdf

    try:
        with pikepdf.open(source) as pdf:
            if _is_signed(pdf.Root):
                log.info("%s is signed: metadata not written into it", source.name)
                return None
            status = pdf.open_metadata().pdfa_status
            if status and status != "2B":
                log.info("%s is PDF/A-%s: metadata not written into it", source.name, status)
                return None
            meta = describe(record)
            created = datetime.now(UTC).astimezone()
            xmp = pikepdf.Stream(pdf, xmp_packet(meta, created, pdfa=status == "2B"))
            xmp.Type = pikepdf.Name.Metadata
            xmp.Subtype = pikepdf.Name.XML
            pdf.Root.Metadata = pdf.make_indirect(xmp)
            stamp = pdf_date(created).decode("ascii")[1:-1]  # a literal "(D:…)"
            entries = {
                "/Title": meta.title,
                "/Author": meta.author,
                "/Subject": meta.subject,
                "/Keywords": "; ".join(meta.keywords),
                "/Producer": PRODUCER,
                "/Creator": PRODUCER,
                "/CreationDate": stamp,
                "/ModDate": stamp,
            }
            info = pikepdf.Dictionary(
                {k: pikepdf.String(v.strip()) for k, v in entries.items() if v.strip()}
            )
            pdf.trailer.Info = pdf.make_indirect(info)
            pdf.save(out, fix_metadata_version=False)
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        log.warning("metadata not written into %s: %s", source.name, exc)
        return None
    return out


__all__ = ["describe", "stamp_metadata"]
