"""What the board, the CLI and the report see of a content item: plain dataclasses built from
the stored rows, with each step's timer computed at the moment the view was made.

The view keeps the domain run too, so the GUI can recompute live timers in memory from the
stored instants without asking the database again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jdih_desktop.db import models
from jdih_desktop.domain.sop_run import SopRun
from jdih_desktop.domain.timers import Level
from jdih_desktop.workflow.requests import StepView


@dataclass(frozen=True)
class MeetingView:
    held_on: date
    attendees: str
    minutes: str
    scan_sha256: str | None
    scan_file_name: str | None


@dataclass(frozen=True)
class DraftView:
    text: str
    supporting_data: str
    created_at: datetime


@dataclass(frozen=True)
class DesignView:
    id: int
    platform: str
    file_name: str
    kind: str
    sha256: str
    thumb_sha256: str | None
    created_at: datetime


@dataclass(frozen=True)
class ReviewView:
    id: int
    decision: str  # approved | changes_requested
    comment: str
    by: str
    at: datetime


@dataclass(frozen=True)
class PostView:
    id: int
    platform: str
    url: str
    published_at: datetime | None
    reach: int | None
    likes: int | None
    comments: int | None
    shares: int | None

    @property
    def has_engagement(self) -> bool:
        return None not in (self.reach, self.likes, self.comments, self.shares)


@dataclass(frozen=True)
class ContentView:
    id: int
    run_id: int
    title: str
    theme: str
    planned_date: date | None
    created_at: datetime
    run_state: str
    steps: tuple[StepView, ...]
    run: SopRun
    meeting: MeetingView | None
    draft: DraftView | None
    designs: tuple[DesignView, ...]
    reviews: tuple[ReviewView, ...]
    posts: tuple[PostView, ...]

    @property
    def current_step(self) -> StepView | None:
        return next((s for s in self.steps if s.state in ("running", "paused")), None)

    @property
    def late(self) -> bool:
        current = self.current_step
        return bool(current and current.timer and current.timer.level >= Level.OVERDUE)

    @property
    def approved(self) -> bool:
        """The latest review approved the item (and nothing sent it back since)."""
        return bool(self.reviews) and self.reviews[-1].decision == "approved"


@dataclass
class Parts:
    """The rows hanging off a set of items, grouped by item id."""

    meetings: dict[int, MeetingView]
    drafts: dict[int, DraftView]
    designs: dict[int, list[DesignView]]
    reviews: dict[int, list[ReviewView]]
    posts: dict[int, list[PostView]]


def load_parts(session: Session, ids: Iterable[int]) -> Parts:
    wanted = list(ids)
    parts = Parts({}, {}, defaultdict(list), defaultdict(list), defaultdict(list))
    if not wanted:
        return parts
    for m in session.scalars(
        select(models.ContentMeeting)
        .where(models.ContentMeeting.content_id.in_(wanted))
        .order_by(models.ContentMeeting.id)
    ):
        parts.meetings[m.content_id] = MeetingView(
            m.held_on, m.attendees, m.minutes, m.scan_sha256, m.scan_file_name
        )
    for d in session.scalars(
        select(models.ContentDraft)
        .where(models.ContentDraft.content_id.in_(wanted))
        .order_by(models.ContentDraft.id)
    ):
        parts.drafts[d.content_id] = DraftView(d.text, d.supporting_data, d.created_at)
    for g in session.scalars(
        select(models.ContentDesign)
        .where(models.ContentDesign.content_id.in_(wanted))
        .order_by(models.ContentDesign.id)
    ):
        parts.designs[g.content_id].append(
            DesignView(
                g.id, g.platform, g.file_name, g.kind, g.sha256, g.thumb_sha256, g.created_at
            )
        )
    reviews = session.execute(
        select(models.ContentReview, models.User.username)
        .outerjoin(models.User, models.User.id == models.ContentReview.by_id)
        .where(models.ContentReview.content_id.in_(wanted))
        .order_by(models.ContentReview.at, models.ContentReview.id)
    )
    for r, username in reviews:
        parts.reviews[r.content_id].append(
            ReviewView(r.id, r.decision, r.comment, username or "-", r.at)
        )
    for p in session.scalars(
        select(models.ContentPost)
        .where(models.ContentPost.content_id.in_(wanted))
        .order_by(models.ContentPost.id)
    ):
        parts.posts[p.content_id].append(
            PostView(
                p.id, p.platform, p.url, p.published_at, p.reach, p.likes, p.comments, p.shares
            )
        )
    return parts
