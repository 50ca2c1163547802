"""The office itself: profile, closures on top of the national holidays, numbering counters."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class OfficeProfile(Base):
    """One row: the shared truth when several PCs use one database (config only seeds it)."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    teu_badan: Mapped[str] = mapped_column(String(200), default="")
    regency_code: Mapped[str] = mapped_column(String(8), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    logo_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256"))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Makassar")
    # Weekly office hours as {"0": [["07:30","12:00"], ...], ...}; empty means the defaults.
    office_hours: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OfficeClosure(Base):
    """A cuti bersama day or an office closure, edited per year on top of national holidays.

    ``kind`` "workday" marks a day the office works although the holiday list says otherwise.
    """

    __tablename__ = "office_closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="cuti_bersama")


class Counter(Base):
    """Per-year sequences (nomor agenda); incremented inside the write transaction."""

    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("name", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(Integer, default=0)
