"""Rows for the content-addressed file store; the bytes live on disk under their SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class StoredFile(Base):
    __tablename__ = "stored_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
