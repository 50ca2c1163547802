"""Decrees with the JDIH metadata superset (DOMAIN.md §4), their files, subjects and abstract."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class DocumentType(Base):
    """A jenis peraturan, e.g. "Keputusan Komisi Pemilihan Umum Kabupaten" / "KEP KPU KAB"."""

    __tablename__ = "document_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    abbreviation: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(100), default="Peraturan perundang-undangan")
    default_bentuk: Mapped[str] = mapped_column(String(60), default="KEPUTUSAN")
    # The site's own type id (ILDIS: 17 "Peraturan Lembaga Negara", 19 "Lembaga Non Struktural").
    ildis_id: Mapped[int | None] = mapped_column(Integer)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_identity", "type_id", "nomor_key", "tahun"),
        Index("ix_documents_tahun", "tahun"),  # the archive listed by year, newest first
        # One decree per scan-wizard draft: a resumed draft finds it instead of storing twice.
        Index("ix_documents_scan_draft_id", "scan_draft_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("document_types.id"))
    bentuk: Mapped[str] = mapped_column(String(60), default="KEPUTUSAN")
    judul: Mapped[str] = mapped_column(Text)
    nomor: Mapped[str] = mapped_column(String(120))
    # Normalised number for duplicate detection ("19/2023" whatever the printed form).
    nomor_key: Mapped[str] = mapped_column(String(120), default="")
    tahun: Mapped[int] = mapped_column(Integer)
    tempat_penetapan: Mapped[str] = mapped_column(String(100), default="")
    tanggal_penetapan: Mapped[date | None] = mapped_column(Date)
    tanggal_pengundangan: Mapped[date | None] = mapped_column(Date)
    sumber: Mapped[str] = mapped_column(String(200), default="-")
    teu_badan: Mapped[str] = mapped_column(String(200), default="")
    penandatangan: Mapped[str] = mapped_column(String(200), default="")
    pemrakarsa: Mapped[str] = mapped_column(String(200), default="")
    bahasa: Mapped[str] = mapped_column(String(40), default="Indonesia")
    bidang_hukum: Mapped[str] = mapped_column(String(100), default="")
    urusan_pemerintahan: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="berlaku")
    lokasi: Mapped[str] = mapped_column(String(200), default="")
    is_salinan: Mapped[bool] = mapped_column(Boolean, default=True)
    physical_location: Mapped[str] = mapped_column(String(200), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    scan_draft_id: Mapped[str | None] = mapped_column(String(40), default=None)

    type: Mapped[DocumentType] = relationship(lazy="joined")
    subjects: Mapped[list[DocumentSubject]] = relationship(
        cascade="all, delete-orphan", order_by="DocumentSubject.position", lazy="selectin"
    )
    files: Mapped[list[DocumentFile]] = relationship(
        cascade="all, delete-orphan", order_by="DocumentFile.id", lazy="selectin"
    )
    relations: Mapped[list[DocumentRelation]] = relationship(
        cascade="all, delete-orphan",
        foreign_keys="DocumentRelation.document_id",
        order_by="DocumentRelation.id",
    )


class DocumentSubject(Base):
    __tablename__ = "document_subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    term: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="primary")  # primary | additional
    position: Mapped[int] = mapped_column(Integer, default=0)


class DocumentRelation(Base):
    """mencabut / dicabut / mengubah / diubah, towards a stored decree or one named in text."""

    __tablename__ = "document_relations"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    target_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    target_text: Mapped[str] = mapped_column(String(300), default="")
    relation_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class DocumentFile(Base):
    """A file of a decree: main PDF, abstract PDF, attachment, or the untouched original."""

    __tablename__ = "document_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    role: Mapped[str] = mapped_column(String(20))  # main | abstract | attachment | original
    file_name: Mapped[str] = mapped_column(String(255))
    page_count: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Abstract(Base):
    """The decree's abstract in the ILDIS/BPHN format (DOMAIN.md §6)."""

    __tablename__ = "abstracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    subjek: Mapped[str] = mapped_column(String(300), default="")
    tahun: Mapped[int | None] = mapped_column(Integer)
    singkatan: Mapped[str] = mapped_column(String(120), default="")
    judul: Mapped[str] = mapped_column(Text, default="")
    considerations: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(10), default="draft")  # draft | final
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
