"""Social-media content items (SOP b): meeting, draft, designs, reviews, posts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class ContentItem(Base):
    __tablename__ = "content_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(String(300), default="")
    planned_date: Mapped[date | None] = mapped_column(Date)
    sop_run_id: Mapped[int] = mapped_column(ForeignKey("sop_runs.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


def _content_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("content_items.id", ondelete="CASCADE"), index=True)


class ContentMeeting(Base):
    __tablename__ = "content_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_id: Mapped[int] = _content_fk()
    held_on: Mapped[date] = mapped_column(Date)
    attendees: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    scan_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256"))
    scan_file_name: Mapped[str | None] = mapped_column(String(255))


class ContentDraft(Base):
    __tablename__ = "content_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_id: Mapped[int] = _content_fk()
    text: Mapped[str] = mapped_column(Text)
    supporting_data: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ContentDesign(Base):
    __tablename__ = "content_designs"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_id: Mapped[int] = _content_fk()
    platform: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    file_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(10), default="image")  # image | video
    thumb_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ContentReview(Base):
    __tablename__ = "content_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_id: Mapped[int] = _content_fk()
    decision: Mapped[str] = mapped_column(String(20))  # approved | changes_requested
    comment: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ContentPost(Base):
    __tablename__ = "content_posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_id: Mapped[int] = _content_fk()
    platform: Mapped[str] = mapped_column(String(40))
    url: Mapped[str] = mapped_column(String(500), default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reach: Mapped[int | None] = mapped_column(Integer)
    likes: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    shares: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    engagement_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
