"""Konten media sosial: content items that run SOP b from the team meeting to the evaluation.

Each item owns one run of the "media-sosial" SOP, timed like a decree request. Every step's
data (meeting record, draft, designs, reviews, posts, engagement) is recorded by the step's
role (or the Kasubag), and a step is done only when its data is there. Review decides the
way forward: approval completes step 4, a request for changes sends the item back to design,
and an edit of the draft or a design after approval sends it back to review.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.content import (
    CONTENT_SOP,
    DEFAULT_LIMITS,
    DEFAULT_PLATFORMS,
    SCAN_TYPES,
    STEP_DESIGN,
    STEP_DRAFT,
    STEP_EVALUATION,
    STEP_MEETING,
    STEP_PUBLISH,
    STEP_REVIEW,
    AttachmentLimits,
    current_step_no,
    match_platform,
)
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.sop_run import RunState, SopRun
from jdih_desktop.domain.timers import DEFAULT_THRESHOLDS, Thresholds
from jdih_desktop.domain.worktime import OfficeCalendar
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.workflow import run_store
from jdih_desktop.workflow.content_files import FileProblem, accept_file, check_files, register
from jdih_desktop.workflow.content_steps import (
    DESIGN_STEPS,
    complete_in,
    gate,
    load_item,
    missing_data,
    required,
    run_row,
    send_back_in,
)
from jdih_desktop.workflow.content_views import ContentView, DesignView, load_parts
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.requests import step_views
from jdih_desktop.workflow.runs import RunService


class ContentService:
    def __init__(
        self,
        db: Database,
        runs: RunService,
        calendars: CalendarService,
        files: FileStore,
        now: Callable[[], datetime] = utcnow,
        platforms: tuple[str, ...] = DEFAULT_PLATFORMS,
        limits: AttachmentLimits = DEFAULT_LIMITS,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
    ) -> None:
        self._db = db
        self._runs = runs
        self._calendars = calendars
        self.files = files
        self._now = now
        self.platforms = platforms
        self.limits = limits
        self._thresholds = thresholds

    # -- items ---------------------------------------------------------------------------

    def create(
        self,
        actor: Actor,
        *,
        title: str,
        planned_date: date | None = None,
        started_at: datetime | None = None,
    ) -> ContentView:
        """A new item; step 1 (the team meeting) runs from ``started_at`` (default now)."""
        name = required(title, "Judul konten", "The content title")
        with self._db.write() as session:
            run_row = self._runs.start(session, actor, CONTENT_SOP, started_at)
            item = models.ContentItem(
                title=name[:300],
                planned_date=planned_date,
                sop_run_id=run_row.id,
                created_at=self._now(),
                created_by_id=actor.user_id,
            )
            session.add(item)
            session.flush()
            self._audit(session, actor, "content.create", item.id, title=name, run=run_row.id)
            item_id = item.id
        return self.get(item_id)

    def get(self, content_id: int) -> ContentView:
        with self._db.read() as session:
            return self._views(session, [load_item(session, content_id)])[0]

    def list(self, *, include_closed: bool = False) -> list[ContentView]:
        with self._db.read() as session:
            query = (
                select(models.ContentItem)
                .join(models.SopRun, models.SopRun.id == models.ContentItem.sop_run_id)
                .order_by(models.ContentItem.created_at.desc(), models.ContentItem.id.desc())
            )
            if not include_closed:
                query = query.where(models.SopRun.state == RunState.ACTIVE.value)
            return self._views(session, list(session.scalars(query)))

    # -- step data -----------------------------------------------------------------------

    def record_meeting(
        self,
        actor: Actor,
        content_id: int,
        *,
        held_on: date,
        attendees: str,
        theme: str,
        minutes: str = "",
        scan: Path | None = None,
    ) -> ContentView:
        """Step 1's record: the theme and who attended; minutes as text, a scan, or both."""
        theme_text = required(theme, "Tema konten", "The content theme")
        required(attendees, "Peserta rapat", "The attendees")
        if not minutes.strip() and scan is None:
            raise ValidationError(
                msg(
                    "Isi notula rapat atau lampirkan pindaiannya.",
                    "Enter the meeting minutes or attach their scan.",
                )
            )
        with self._db.read() as session:  # refuse early, before copying the scan
            gate(session, actor, content_id, STEP_MEETING, (STEP_MEETING,))
        accepted = (
            accept_file(self.files, scan, SCAN_TYPES, self.limits, with_thumbnail=False)
            if scan
            else None
        )
        with self._db.write() as session:
            item, _ = gate(session, actor, content_id, STEP_MEETING, (STEP_MEETING,))
            meeting = session.scalars(
                select(models.ContentMeeting).where(models.ContentMeeting.content_id == item.id)
            ).first() or models.ContentMeeting(content_id=item.id)
            meeting.held_on = held_on
            meeting.attendees = attendees.strip()
            meeting.minutes = minutes.strip()
            if accepted is not None:
                meeting.scan_sha256 = register(session, accepted.blob, accepted.media_type)
                meeting.scan_file_name = accepted.file_name
            session.add(meeting)
            item.theme = theme_text[:300]
            self._audit(session, actor, "content.meeting", item.id, theme=theme_text)
        return self.get(content_id)

    def save_draft(
        self, actor: Actor, content_id: int, *, text: str, supporting_data: str = ""
    ) -> ContentView:
        body = required(text, "Rancangan materi", "The material draft")
        with self._db.write() as session:
            item, run = gate(
                session, actor, content_id, STEP_DRAFT, range(STEP_DRAFT, STEP_PUBLISH + 1)
            )
            session.add(
                models.ContentDraft(
                    content_id=item.id,
                    text=body,
                    supporting_data=supporting_data.strip(),
                    created_at=self._now(),
                    created_by_id=actor.user_id,
                )
            )
            self._after_edit(session, actor, item, run, "content.draft")
        return self.get(content_id)

    def attach_design(
        self, actor: Actor, content_id: int, *, platform: str, path: Path
    ) -> ContentView:
        """Store a design file for ``platform`` (images get a thumbnail)."""
        name = match_platform(platform, self.platforms)
        with self._db.read() as session:  # refuse early, before copying a large file
            gate(session, actor, content_id, STEP_DESIGN, DESIGN_STEPS)
        accepted = accept_file(self.files, path, limits=self.limits)
        with self._db.write() as session:
            item, run = gate(session, actor, content_id, STEP_DESIGN, DESIGN_STEPS)
            thumb = (
                register(session, accepted.thumbnail, "image/png") if accepted.thumbnail else None
            )
            session.add(
                models.ContentDesign(
                    content_id=item.id,
                    platform=name,
                    sha256=register(session, accepted.blob, accepted.media_type),
                    file_name=accepted.file_name[:255],
                    kind=accepted.kind.value,
                    thumb_sha256=thumb,
                    created_at=self._now(),
                    created_by_id=actor.user_id,
                )
            )
            self._after_edit(session, actor, item, run, "content.design", platform=name)
        return self.get(content_id)

    def remove_design(self, actor: Actor, content_id: int, design_id: int) -> ContentView:
        with self._db.write() as session:
            item, run = gate(session, actor, content_id, STEP_DESIGN, DESIGN_STEPS)
            design = session.get(models.ContentDesign, design_id)
            if design is None or design.content_id != item.id:
                raise NotFoundError(
                    msg("Desain {id} tidak ditemukan.", "Design {id} not found.", id=design_id)
                )
            session.delete(design)
            self._after_edit(session, actor, item, run, "content.design_removed", design=design_id)
        return self.get(content_id)

    def review(
        self, actor: Actor, content_id: int, *, approve: bool, comment: str = ""
    ) -> ContentView:
        """Step 4: approval completes the step; a request for changes (with a comment) sends
        the item back to design."""
        note = comment.strip()
        if not approve and not note:
            raise ValidationError(
                msg(
                    "Tulis perubahan yang diminta pada komentar.",
                    "Write the requested changes in the comment.",
                )
            )
        with self._db.write() as session:
            item, run = gate(session, actor, content_id, STEP_REVIEW, (STEP_REVIEW,))
            at = self._now()
            decision = "approved" if approve else "changes_requested"
            session.add(
                models.ContentReview(
                    content_id=item.id, decision=decision, comment=note, by_id=actor.user_id, at=at
                )
            )
            self._audit(session, actor, "content.review", item.id, decision=decision)
            if approve:
                complete_in(session, actor, item, STEP_REVIEW, note, at)
            else:
                send_back_in(session, actor, item, run, STEP_DESIGN, at)
        return self.get(content_id)

    def record_post(
        self,
        actor: Actor,
        content_id: int,
        *,
        platform: str,
        url: str,
        published_at: datetime | None = None,
    ) -> ContentView:
        name = match_platform(platform, self.platforms)
        link = required(url, "Tautan unggahan", "The post's URL")
        if not link.lower().startswith(("http://", "https://")):
            raise ValidationError(
                msg(
                    "Tautan {url!r} harus diawali http:// atau https://.",
                    "The URL {url!r} must start with http:// or https://.",
                    url=link,
                )
            )
        with self._db.write() as session:
            item, _ = gate(
                session, actor, content_id, STEP_PUBLISH, (STEP_PUBLISH, STEP_EVALUATION)
            )
            session.add(
                models.ContentPost(
                    content_id=item.id,
                    platform=name,
                    url=link[:500],
                    published_at=published_at or self._now(),
                    recorded_at=self._now(),
                )
            )
            self._audit(session, actor, "content.post", item.id, platform=name, url=link)
        return self.get(content_id)

    def record_engagement(
        self,
        actor: Actor,
        content_id: int,
        post_id: int,
        *,
        reach: int,
        likes: int,
        comments: int,
        shares: int,
    ) -> ContentView:
        """Step 6: the figures read off the platform by hand; may be updated later."""
        figures = {"reach": reach, "likes": likes, "comments": comments, "shares": shares}
        if any(value < 0 for value in figures.values()):
            raise ValidationError(
                msg(
                    "Angka keterlibatan tidak boleh negatif.",
                    "Engagement figures cannot be negative.",
                )
            )
        with self._db.write() as session:
            item, _ = gate(session, actor, content_id, STEP_EVALUATION, (STEP_EVALUATION, None))
            post = session.get(models.ContentPost, post_id)
            if post is None or post.content_id != item.id:
                raise NotFoundError(
                    msg("Unggahan {id} tidak ditemukan.", "Post {id} not found.", id=post_id)
                )
            post.reach, post.likes, post.comments, post.shares = reach, likes, comments, shares
            post.engagement_at = self._now()
            self._audit(session, actor, "content.engagement", item.id, post=post_id, **figures)
        return self.get(content_id)

    # -- the run -------------------------------------------------------------------------

    def complete_step(
        self, actor: Actor, content_id: int, step_no: int, override_reason: str | None = None
    ) -> ContentView:
        """Finish ``step_no`` once its data is recorded (step 4 finishes by approval)."""
        view = self.get(content_id)
        missing = missing_data(view, step_no)
        if missing is not None:
            raise ValidationError(missing)
        self._runs.complete(actor, view.run_id, step_no, override_reason)
        return self.get(content_id)

    def pause_step(self, actor: Actor, content_id: int, step_no: int, reason: str) -> ContentView:
        self._runs.pause(actor, self.get(content_id).run_id, step_no, reason)
        return self.get(content_id)

    def resume_step(self, actor: Actor, content_id: int, step_no: int) -> ContentView:
        self._runs.resume(actor, self.get(content_id).run_id, step_no)
        return self.get(content_id)

    def cancel(self, actor: Actor, content_id: int, reason: str) -> ContentView:
        self._runs.cancel(actor, self.get(content_id).run_id, reason, Action.CONTENT_CANCEL)
        return self.get(content_id)

    def design_thumbnail(self, design: DesignView) -> Path | None:
        """The stored thumbnail of a design, or None (a video, or the file is missing)."""
        if not design.thumb_sha256:
            return None
        path = self.files.path_for(design.thumb_sha256)
        return path if path.is_file() else None

    def check_files(self) -> builtins.list[FileProblem]:
        """Attachments missing or damaged on disk, as messages (never an exception)."""
        return check_files(self._db, self.files)

    def office_calendar(self) -> OfficeCalendar:
        """The calendar the timers count with, for a caller that recomputes them live."""
        return self._calendars.calendar(self._now())

    @property
    def thresholds(self) -> Thresholds:
        return self._thresholds

    # -- helpers -------------------------------------------------------------------------

    def _after_edit(
        self,
        session: Session,
        actor: Actor,
        item: models.ContentItem,
        run: SopRun,
        action: str,
        **details: object,
    ) -> None:
        self._audit(session, actor, action, item.id, **details)
        if current_step_no(run) == STEP_PUBLISH:  # edited after approval: review again
            send_back_in(session, actor, item, run, STEP_REVIEW, self._now())

    def _audit(
        self, session: Session, actor: Actor, action: str, item_id: int, **after: object
    ) -> None:
        audit.record(session, actor, action, "content_item", item_id, at=self._now(), after=after)

    def _views(
        self, session: Session, items: builtins.list[models.ContentItem]
    ) -> builtins.list[ContentView]:
        parts = load_parts(session, [i.id for i in items])
        now = self._now()
        calendar = self._calendars.calendar(now)
        sop = self._runs.sops.get(CONTENT_SOP)
        views = []
        for item in items:
            run = run_store.to_domain(run_row(session, item))
            views.append(
                ContentView(
                    id=item.id,
                    run_id=item.sop_run_id,
                    title=item.title,
                    theme=item.theme,
                    planned_date=item.planned_date,
                    created_at=item.created_at,
                    run_state=run.state.value,
                    steps=step_views(run, sop, calendar, now, self._thresholds),
                    run=run,
                    meeting=parts.meetings.get(item.id),
                    draft=parts.drafts.get(item.id),
                    designs=tuple(parts.designs.get(item.id, ())),
                    reviews=tuple(parts.reviews.get(item.id, ())),
                    posts=tuple(parts.posts.get(item.id, ())),
                )
            )
        return views
