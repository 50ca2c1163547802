"""The decree archive: metadata rows plus files in the content-addressed store.

Files are stored before the rows that reference them (a crash leaves at worst an unreferenced
file, which ``jdih verify`` can sweep, never a row pointing at nothing), and every change is
audited and re-indexed for full-text search in the same unit of work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.documents.archive import search_index
from jdih_desktop.documents.archive.abstracts import write_abstract
from jdih_desktop.documents.archive.access import WRITE_ROLES, check_write_role
from jdih_desktop.documents.gate import PDF, admit
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.metadata import DecreeMetadata, StatusRelation
from jdih_desktop.domain.numbering import normalize_number
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.storage.filestore import FileStore, StoredBlob

FILE_ROLES = ("main", "abstract", "attachment", "original")
__all__ = ["WRITE_ROLES", "ArchiveService", "ArchivedFile", "DocumentView", "nomor_key"]


@dataclass(frozen=True)
class ArchivedFile:
    role: str
    file_name: str
    sha256: str
    page_count: int | None


@dataclass(frozen=True)
class DocumentView:
    id: int
    metadata: DecreeMetadata
    singkatan_jenis: str
    ildis_jenis_id: int | None
    files: tuple[ArchivedFile, ...]
    created_at: datetime
    updated_at: datetime

    def file(self, role: str) -> ArchivedFile | None:
        return next((f for f in self.files if f.role == role), None)


def nomor_key(nomor: str) -> str:
    """The number's identity for duplicate checks, whatever its printed form or OCR spacing."""
    return normalize_number(nomor).casefold()


_check_role = check_write_role


def _view(row: models.Document) -> DocumentView:
    meta = DecreeMetadata(
        judul=row.judul,
        nomor=row.nomor,
        tahun=row.tahun,
        jenis=row.type.name,
        bentuk=row.bentuk,
        tempat_penetapan=row.tempat_penetapan,
        tanggal_penetapan=row.tanggal_penetapan,
        tanggal_pengundangan=row.tanggal_pengundangan,
        sumber=row.sumber,
        teu_badan=row.teu_badan,
        penandatangan=row.penandatangan,
        pemrakarsa=row.pemrakarsa,
        bahasa=row.bahasa,
        bidang_hukum=row.bidang_hukum,
        urusan_pemerintahan=row.urusan_pemerintahan,
        subjek=tuple(s.term for s in row.subjects),
        status=row.status,
        lokasi=row.lokasi,
        is_salinan=row.is_salinan,
        physical_location=row.physical_location,
        relations=tuple(
            StatusRelation(r.kind, r.target_text, r.target_document_id, r.relation_date, r.note)
            for r in row.relations
        ),
    )
    return DocumentView(
        id=row.id,
        metadata=meta,
        singkatan_jenis=row.type.abbreviation,
        ildis_jenis_id=row.type.ildis_id,
        files=tuple(ArchivedFile(f.role, f.file_name, f.sha256, f.page_count) for f in row.files),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _document_type(session: Session, name: str) -> models.DocumentType:
    found = session.scalar(select(models.DocumentType).where(models.DocumentType.name == name))
    if found is None:
        found = models.DocumentType(name=name)
        session.add(found)
        session.flush()
    return found


class ArchiveService:
    def __init__(self, db: Database, files: FileStore, now: Callable[[], datetime] = utcnow):
        self._db = db
        self._files = files
        self._now = now

    def create(
        self,
        actor: Actor,
        metadata: DecreeMetadata,
        *,
        main_pdf: Path,
        file_name: str | None = None,
        original: Path | None = None,
        abstract_pdf: Path | None = None,
        page_count: int | None = None,
        body_text: str = "",
        abstract: Abstract | None = None,
        abstract_state: str = "draft",
        request_id: int | None = None,
        scan_draft_id: str | None = None,
        within: Callable[[Session, int], None] | None = None,
    ) -> DocumentView:
        """Store a decree; optionally its abstract and the request it answers, atomically.

        ``request_id`` links the SOP request to this decree (refused when the request already
        points at another decree). ``scan_draft_id`` records the wizard draft it came from
        (one decree per draft). ``within(session, document_id)`` adds the caller's own
        writes (e.g. closing an SOP step) to the same unit of work: all commit or none do.
        """
        _check_role(actor)
        meta = metadata.validated()
        if request_id is not None:
            with self._db.read() as session:
                self._request(session, request_id, None)
        stored = [("main", main_pdf, file_name or main_pdf.name, page_count)]
        if original is not None:
            stored.append(("original", original, original.name, None))
        if abstract_pdf is not None:
            stored.append(("abstract", abstract_pdf, abstract_pdf.name, None))
        blobs = [
            (role, self._files.put_file(path), name, pages) for role, path, name, pages in stored
        ]
        with self._db.write() as session:
            row = models.Document(
                type_id=_document_type(session, meta.jenis).id,
                created_at=self._now(),
                created_by_id=actor.user_id,
                body_text=body_text,
                scan_draft_id=scan_draft_id,
            )
            self._apply(row, meta)
            session.add(row)
            for role, blob, name, pages in blobs:
                self._register_pdf(session, blob)
                row.files.append(
                    models.DocumentFile(
                        sha256=blob.sha256,
                        role=role,
                        file_name=name,
                        page_count=pages,
                        created_at=self._now(),
                    )
                )
            session.flush()
            search_index.index_document(session, row)
            if abstract is not None:
                write_abstract(
                    session, actor, row.id, abstract, state=abstract_state, at=self._now()
                )
            if request_id is not None:
                self._request(session, request_id, row.id).document_id = row.id
            if within is not None:
                within(session, row.id)
            audit.record(
                session,
                actor,
                "document.create",
                "document",
                row.id,
                at=self._now(),
                after={
                    "nomor": meta.nomor,
                    "tahun": meta.tahun,
                    "judul": meta.judul,
                    "files": {role: blob.sha256 for role, blob, _n, _p in blobs},
                    "request_id": request_id,
                    "published": audit.document_digest(row),
                }
                | ({"scan_draft": scan_draft_id} if scan_draft_id else {}),
            )
            return _view(row)

    def from_scan_draft(self, draft_id: str) -> DocumentView | None:
        """The decree a scan-wizard draft stored, if its store committed."""
        with self._db.read() as session:
            row = session.scalar(
                select(models.Document).where(models.Document.scan_draft_id == draft_id)
            )
            return _view(row) if row is not None else None

    def update_metadata(
        self, actor: Actor, document_id: int, metadata: DecreeMetadata
    ) -> DocumentView:
        _check_role(actor)
        meta = metadata.validated()
        with self._db.write() as session:
            row = self._row(session, document_id)
            before = _view(row).metadata
            row.type_id = _document_type(session, meta.jenis).id
            self._apply(row, meta)
            row.updated_at = self._now()
            session.flush()
            session.refresh(row)
            search_index.index_document(session, row)
            audit.record(
                session,
                actor,
                "document.update",
                "document",
                row.id,
                at=self._now(),
                before={"judul": before.judul, "nomor": before.nomor, "status": before.status},
                after={
                    "judul": meta.judul,
                    "nomor": meta.nomor,
                    "status": meta.status,
                    "published": audit.document_digest(row),
                },
            )
            return _view(row)

    def attach(self, actor: Actor, document_id: int, role: str, path: Path) -> DocumentView:
        """Add (or replace, for main/abstract) a file of a stored decree."""
        _check_role(actor)
        if role not in FILE_ROLES:
            raise ValidationError(
                msg("Peran berkas {r!r} tidak dikenal.", "Unknown file role {r!r}.", r=role)
            )
        admit(path, (PDF,))
        blob = self._files.put_file(path)
        with self._db.write() as session:
            row = self._row(session, document_id)
            self._register_pdf(session, blob)
            if role in ("main", "abstract"):
                row.files[:] = [f for f in row.files if f.role != role]
            row.files.append(
                models.DocumentFile(
                    sha256=blob.sha256, role=role, file_name=path.name, created_at=self._now()
                )
            )
            row.updated_at = self._now()
            audit.record(
                session,
                actor,
                "document.attach",
                "document",
                row.id,
                at=self._now(),
                after={"role": role, "sha256": blob.sha256, "file_name": path.name},
            )
            session.flush()
            return _view(row)

    def set_text(self, actor: Actor, document_id: int, body_text: str) -> None:
        """Replace the decree's body text (e.g. when a later OCR pass produced it) and reindex."""
        _check_role(actor)
        with self._db.write() as session:
            row = self._row(session, document_id)
            row.body_text = body_text
            row.updated_at = self._now()
            session.flush()
            search_index.index_document(session, row)
            audit.record(
                session,
                actor,
                "document.text",
                "document",
                row.id,
                at=self._now(),
                after={"chars": len(body_text)},
            )

    def body_text(self, document_id: int) -> str:
        with self._db.read() as session:
            return self._row(session, document_id).body_text

    def get(self, document_id: int) -> DocumentView:
        with self._db.read() as session:
            return _view(self._row(session, document_id))

    def list_year(self, year: int) -> list[DocumentView]:
        with self._db.read() as session:
            rows = session.scalars(
                select(models.Document)
                .where(models.Document.tahun == year)
                .order_by(models.Document.tanggal_penetapan, models.Document.id)
            )
            return [_view(r) for r in rows]

    def duplicates(self, metadata: DecreeMetadata, sha256: str | None = None) -> list[DocumentView]:
        """Stored decrees with the same jenis + number + year, or the same file."""
        with self._db.read() as session:
            same_number = (
                select(models.Document.id)
                .join(models.DocumentType)
                .where(
                    models.DocumentType.name == metadata.jenis,
                    models.Document.nomor_key == nomor_key(metadata.nomor),
                    models.Document.tahun == metadata.tahun,
                )
            )
            conditions = [models.Document.id.in_(same_number)]
            if sha256:
                conditions.append(
                    models.Document.id.in_(
                        select(models.DocumentFile.document_id).where(
                            models.DocumentFile.sha256 == sha256
                        )
                    )
                )
            rows = session.scalars(select(models.Document).where(or_(*conditions)))
            return [_view(r) for r in rows]

    def signers(self, limit: int = 200) -> list[str]:
        """The signers of stored decrees, most recent first: the reader completes a name that
        OCR read only in part from these (documents.reader_signers)."""
        with self._db.read() as session:
            query = (
                select(models.Document.penandatangan)
                .where(models.Document.penandatangan != "")
                .group_by(models.Document.penandatangan)
                .order_by(func.max(models.Document.id).desc())
                .limit(limit)
            )
            return [str(name) for name in session.scalars(query)]

    def by_number(self, nomor: str, tahun: int | None = None) -> list[DocumentView]:
        """Stored decrees with this number (any printed form), of that year when given."""
        with self._db.read() as session:
            query = select(models.Document).where(models.Document.nomor_key == nomor_key(nomor))
            if tahun is not None:
                query = query.where(models.Document.tahun == tahun)
            return [_view(r) for r in session.scalars(query)]

    def file_path(self, document_id: int, role: str = "main") -> Path:
        """The verified path of a stored file (raises when missing or damaged)."""
        view = self.get(document_id)
        archived = view.file(role)
        if archived is None:
            raise NotFoundError(
                msg(
                    "Keputusan {id} tidak punya berkas {role}.",
                    "Decree {id} has no {role} file.",
                    id=document_id,
                    role=role,
                )
            )
        return self._files.open_verified(archived.sha256)

    def jenis_abbreviation(self, jenis: str) -> str | None:
        """The office's abbreviation for a jenis ("KEP KPU KAB"), when one is configured."""
        with self._db.read() as session:
            found = session.scalar(
                select(models.DocumentType.abbreviation).where(models.DocumentType.name == jenis)
            )
            return found or None

    @staticmethod
    def _request(session: Session, request_id: int, document_id: int | None) -> models.Request:
        request = session.get(models.Request, request_id)
        if request is None:
            raise NotFoundError(
                msg("Permohonan {id} tidak ditemukan.", "Request {id} not found.", id=request_id)
            )
        if request.document_id is not None and request.document_id != document_id:
            raise ValidationError(
                msg(
                    "Permohonan {id} sudah terhubung ke keputusan {doc}.",
                    "Request {id} is already linked to decree {doc}.",
                    id=request_id,
                    doc=request.document_id,
                )
            )
        return request

    def _register_pdf(self, session: Session, blob: StoredBlob) -> None:
        """Record a stored PDF's bytes once, however many documents or roles share them."""
        if session.get(models.StoredFile, blob.sha256) is None:
            session.add(
                models.StoredFile(
                    sha256=blob.sha256,
                    size=blob.size,
                    media_type="application/pdf",
                    created_at=self._now(),
                )
            )

    @staticmethod
    def _row(session: Session, document_id: int) -> models.Document:
        row = session.get(models.Document, document_id)
        if row is None:
            raise NotFoundError(
                msg("Keputusan {id} tidak ditemukan.", "Decree {id} not found.", id=document_id)
            )
        return row

    @staticmethod
    def _apply(row: models.Document, meta: DecreeMetadata) -> None:
        for name in audit.PUBLISHED_FIELDS:
            setattr(row, name, getattr(meta, name))
        row.nomor_key = nomor_key(meta.nomor)
        row.subjects[:] = [
            models.DocumentSubject(
                term=term, kind="primary" if i == 0 else "additional", position=i
            )
            for i, term in enumerate(meta.subjek)
        ]
        row.relations[:] = [
            models.DocumentRelation(
                kind=r.kind,
                target_text=r.target_text,
                target_document_id=r.target_document_id,
                relation_date=r.relation_date,
                note=r.note,
            )
            for r in meta.relations
        ]


def subjects_text(terms: Sequence[str]) -> str:
    return " - ".join(terms)
