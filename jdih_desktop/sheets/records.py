"""The archive's records as the printing layer's input: an abstract row → the ILDIS sheet, a
year of decrees → the archive register (*daftar arsip*).

Kept apart from the request forms in ``forms.py`` because these read the decree archive, not
the SOP runs.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jdih_desktop.db import models
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import NotFoundError
from jdih_desktop.printing.data import AbstractSheet, ArchiveEntry, ArchiveRegister, Signatory


def _subjects(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(" - ") if part.strip())


def abstract_sheet(session: Session, document_id: int) -> AbstractSheet:
    """The stored abstract of a decree, in the ILDIS layout; missing fields print blank."""
    document = session.get(models.Document, document_id)
    if document is None:
        raise NotFoundError(
            msg("Keputusan {id} tidak ditemukan.", "Decree {id} not found.", id=document_id)
        )
    row = session.scalar(select(models.Abstract).where(models.Abstract.document_id == document_id))
    if row is None:
        raise NotFoundError(
            msg(
                "Keputusan {id} belum punya abstrak. Buat drafnya dulu (jdih abstract {id}).",
                "Decree {id} has no abstract yet. Draft it first (jdih abstract {id}).",
                id=document_id,
            )
        )
    subjects = _subjects(row.subjek) or tuple(s.term for s in document.subjects)
    return AbstractSheet(
        subjek=subjects,
        tahun=row.tahun if row.tahun is not None else document.tahun,
        singkatan=row.singkatan or document.type.abbreviation or None,
        judul=row.judul or document.judul,
        abstrak=tuple(
            text for text in (row.considerations, row.legal_basis, row.content) if text.strip()
        ),
        catatan=tuple(note for note in row.notes if note.strip()),
    )


def _published_urls(session: Session, document_ids: list[int]) -> dict[int, str]:
    """The newest published URL of each decree (verified ones first)."""
    if not document_ids:
        return {}
    rows = session.execute(
        select(models.Publication.document_id, models.Publication.url)
        .where(
            models.Publication.document_id.in_(document_ids),
            models.Publication.state == "published",
            models.Publication.url != "",
        )
        .order_by(models.Publication.verified_at.is_(None), models.Publication.updated_at)
    )
    urls: dict[int, str] = {}
    for document_id, url in rows:
        urls.setdefault(document_id, url)
    return urls


def archive_register(
    session: Session, year: int, *, printed_on: date, signatory: Signatory | None
) -> ArchiveRegister:
    documents = list(
        session.scalars(
            select(models.Document)
            .where(models.Document.tahun == year)
            .order_by(models.Document.tanggal_penetapan, models.Document.id)
        )
    )
    urls = _published_urls(session, [d.id for d in documents])
    return ArchiveRegister(
        year=year,
        entries=tuple(
            ArchiveEntry(
                number=d.nomor,
                enacted_on=d.tanggal_penetapan,
                title=d.judul,
                physical_location=d.physical_location or None,
                publication_url=urls.get(d.id),
            )
            for d in documents
        ),
        printed_on=printed_on,
        signatory=signatory,
    )
