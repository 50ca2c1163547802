"""Runs of an SOP and their steps, mirroring ``jdih_desktop.domain.sop_run``.

Times are stored instants; timers are computed from them, never ticked. People are stored by
user name as the domain records them (the actor may be a command-line maintainer with no
account). Each step keeps the target it had when its run started.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jdih_desktop.db.base import Base
from jdih_desktop.db.types import UTCDateTime


class SopRun(Base):
    __tablename__ = "sop_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sop_code: Mapped[str] = mapped_column(String(60), index=True)
    state: Mapped[str] = mapped_column(String(12), index=True)  # active | done | cancelled
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_by: Mapped[str] = mapped_column(String(64))
    last_event_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(64))
    cancel_reason: Mapped[str | None] = mapped_column(Text)

    steps: Mapped[list[StepRun]] = relationship(
        back_populates="run",
        cascade="all, delete-orphan",
        order_by="StepRun.step_no",
        lazy="selectin",
    )


class StepRun(Base):
    __tablename__ = "step_runs"
    __table_args__ = (UniqueConstraint("run_id", "step_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("sop_runs.id", ondelete="CASCADE"))
    step_no: Mapped[int] = mapped_column(Integer)
    step_key: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(10))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_by: Mapped[str | None] = mapped_column(String(64))
    override_reason: Mapped[str | None] = mapped_column(Text)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str | None] = mapped_column(String(16))
    target_basis: Mapped[str | None] = mapped_column(String(10))

    run: Mapped[SopRun] = relationship(back_populates="steps")
    pauses: Mapped[list[StepPause]] = relationship(
        cascade="all, delete-orphan", order_by="StepPause.position", lazy="selectin"
    )


class StepPause(Base):
    __tablename__ = "step_pauses"
    __table_args__ = (UniqueConstraint("step_run_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    step_run_id: Mapped[int] = mapped_column(
        ForeignKey("step_runs.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    by_user: Mapped[str] = mapped_column(String(64))
    resumed_by: Mapped[str | None] = mapped_column(String(64))
