"""Permohonan (requests to publish a decree copy) and the Kasubag's dispositions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class Request(Base):
    __tablename__ = "requests"
    __table_args__ = (UniqueConstraint("agenda_year", "agenda_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_year: Mapped[int] = mapped_column(Integer)
    agenda_number: Mapped[int] = mapped_column(Integer)
    pengusul_name: Mapped[str] = mapped_column(String(200))
    pengusul_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    unit: Mapped[str] = mapped_column(String(200), default="")
    nota_dinas_nomor: Mapped[str] = mapped_column(String(120), default="")
    nota_dinas_tanggal: Mapped[date | None] = mapped_column(Date)
    hal: Mapped[str] = mapped_column(Text)
    sifat: Mapped[str] = mapped_column(String(20), default="biasa")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    sop_run_id: Mapped[int] = mapped_column(ForeignKey("sop_runs.id"), unique=True)

    attachments: Mapped[list[RequestAttachment]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    dispositions: Mapped[list[Disposition]] = relationship(
        cascade="all, delete-orphan", order_by="Disposition.created_at"
    )


class RequestAttachment(Base):
    __tablename__ = "request_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    kind: Mapped[str] = mapped_column(String(20))  # salinan_sk | nota_dinas | other
    file_name: Mapped[str] = mapped_column(String(255))


class Disposition(Base):
    """The lembar disposisi as recorded: who forwards to whom, with which instructions."""

    __tablename__ = "dispositions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_text: Mapped[str] = mapped_column(String(200), default="")
    instructions: Mapped[list[str]] = mapped_column(JSON, default=list)
    catatan: Mapped[str] = mapped_column(Text, default="")
    sifat: Mapped[str] = mapped_column(String(20), default="biasa")
    batas_waktu: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
