"""Runs of an SOP and their steps. Times are stored instants; timers are computed, never ticked."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime, utcnow


class SopRun(Base):
    __tablename__ = "sop_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sop_code: Mapped[str] = mapped_column(String(60), index=True)
    state: Mapped[str] = mapped_column(String(12), default="running")  # running|done|cancelled
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    steps: Mapped[list[StepRun]] = relationship(
        back_populates="run",
        cascade="all, delete-orphan",
        order_by="StepRun.step_no",
        lazy="selectin",
    )


class StepRun(Base):
    """One step of a run, with a snapshot of its target taken when the run started."""

    __tablename__ = "step_runs"
    __table_args__ = (UniqueConstraint("run_id", "step_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("sop_runs.id", ondelete="CASCADE"))
    step_no: Mapped[int] = mapped_column(Integer)
    step_key: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(10), default="waiting")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    target_value: Mapped[int | None] = mapped_column(Integer)
    target_unit: Mapped[str] = mapped_column(String(16), default="")
    counting: Mapped[str] = mapped_column(String(10), default="calendar")  # calendar | working
    note: Mapped[str] = mapped_column(Text, default="")

    run: Mapped[SopRun] = relationship(back_populates="steps")
    pauses: Mapped[list[StepPause]] = relationship(
        cascade="all, delete-orphan", order_by="StepPause.paused_at", lazy="selectin"
    )


class StepPause(Base):
    __tablename__ = "step_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    step_run_id: Mapped[int] = mapped_column(
        ForeignKey("step_runs.id", ondelete="CASCADE"), index=True
    )
    paused_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
