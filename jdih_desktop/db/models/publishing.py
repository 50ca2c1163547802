"""The durable outbox: one row per publication of a decree to one target site."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class Publication(Base):
    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    target: Mapped[str] = mapped_column(String(60))
    # queued | uploading | published | failed | cancelled | awaiting (a person must act:
    # paste the URL of a hand-uploaded export package, or have the site's verifier publish)
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    remote_id: Mapped[str] = mapped_column(String(60), default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Who holds the row while it is ``uploading`` (``host:pid``) and until when: a crashed
    # worker's row is taken back at once on its own host, elsewhere once the lease ran out.
    lease_owner: Mapped[str] = mapped_column(String(120), default="")
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The site's file URLs by role (main/abstrak), to verify the record again later.
    file_urls: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Why a proof was overridden, or what a person must do for an ``awaiting`` row.
    note: Mapped[str] = mapped_column(Text, default="")
