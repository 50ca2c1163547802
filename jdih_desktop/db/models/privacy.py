"""Personal-data reviews of decrees before publication (issue #22), and the per-jenis switch.

A review belongs to one version of the main file (its SHA-256): a new main file needs a new
check. Findings are stored masked with their boxes; the values themselves stay in the PDF.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class PrivacyReview(Base):
    __tablename__ = "privacy_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))  # the main file that was checked
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    findings: Mapped[list[Any]] = mapped_column(JSON, default=list)  # masked, with boxes
    manual_regions: Mapped[list[Any]] = mapped_column(JSON, default=list)  # drawn by a person
    redacted_sha256: Mapped[str | None] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(20), default="")  # "" | redact | as_is
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PrivacyJenisSetting(Base):
    """Whether decrees of a jenis are checked before publishing (no row: checked)."""

    __tablename__ = "privacy_jenis_settings"

    jenis: Mapped[str] = mapped_column(String(200), primary_key=True)
    check_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
