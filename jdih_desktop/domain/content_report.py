"""The monthly evaluation of the social-media SOP: how long each step took against its target,
how many posts went to each platform, and the engagement entered by hand for each post.

A step belongs to the month (office time) in which it ended, a post to the month in which it
was published; the duration arithmetic is the compliance module's, so these figures agree
with the SOP compliance report.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from jdih_desktop.domain.compliance import StepRecord, compliance_rows, month_of

ENGAGEMENT = ("reach", "likes", "comments", "shares")


@dataclass(frozen=True)
class StepFigures:
    step_no: int
    activity: str
    target_text: str
    working_time: bool
    count: int
    median: timedelta | None
    p90: timedelta | None
    target: timedelta | None
    within_target: int
    share_within_target: float | None
    running_now: int


@dataclass(frozen=True)
class PostFigures:
    content_id: int
    title: str
    platform: str
    url: str
    published_at: datetime
    reach: int | None
    likes: int | None
    comments: int | None
    shares: int | None

    def value(self, key: str) -> int:
        number = getattr(self, key)
        return int(number) if number is not None else 0


@dataclass(frozen=True)
class PlatformFigures:
    platform: str
    posts: int
    reach: int
    likes: int
    comments: int
    shares: int

    @property
    def interactions(self) -> int:
        return self.likes + self.comments + self.shares


@dataclass(frozen=True)
class StepInfo:
    """What the SOP says of a step, for labelling its row."""

    no: int
    activity: str
    target_text: str
    working_time: bool


@dataclass(frozen=True)
class ContentMonthReport:
    month: str
    steps: tuple[StepFigures, ...]
    platforms: tuple[PlatformFigures, ...]
    posts: tuple[PostFigures, ...]
    items_started: int
    items_finished: int

    @property
    def totals(self) -> PlatformFigures:
        return PlatformFigures(
            "Jumlah",
            sum(p.posts for p in self.platforms),
            *(sum(getattr(p, key) for p in self.platforms) for key in ENGAGEMENT),
        )

    @property
    def posts_without_figures(self) -> int:
        return sum(1 for p in self.posts if None in (p.reach, p.likes, p.comments, p.shares))


def build_report(
    month: str,
    tz: tzinfo,
    steps: Sequence[StepInfo],
    records: Iterable[StepRecord],
    running: dict[int, int],
    posts: Iterable[PostFigures],
    platforms: Sequence[str],
    items_started: int = 0,
    items_finished: int = 0,
) -> ContentMonthReport:
    """The month's figures. ``running`` counts items at each step now; every configured
    platform gets a row (zero when nothing was posted there), others follow in name order."""
    rows = {r.step_no: r for r in compliance_rows(records, tz, month) if r.person is None}
    step_rows = []
    for info in steps:
        row = rows.get(info.no)
        step_rows.append(
            StepFigures(
                step_no=info.no,
                activity=info.activity,
                target_text=info.target_text,
                working_time=info.working_time,
                count=row.count if row else 0,
                median=row.median if row else None,
                p90=row.p90 if row else None,
                target=row.target if row else None,
                within_target=row.within_target if row else 0,
                share_within_target=row.share_within_target if row else None,
                running_now=running.get(info.no, 0),
            )
        )
    in_month = sorted(
        (p for p in posts if month_of(p.published_at, tz) == month),
        key=lambda p: (p.published_at, p.platform),
    )
    names = list(platforms) + sorted({p.platform for p in in_month} - set(platforms))
    platform_rows = []
    for name in names:
        mine = [p for p in in_month if p.platform == name]
        platform_rows.append(
            PlatformFigures(name, len(mine), *(sum(p.value(k) for p in mine) for k in ENGAGEMENT))
        )
    return ContentMonthReport(
        month=month,
        steps=tuple(step_rows),
        platforms=tuple(platform_rows),
        posts=tuple(in_month),
        items_started=items_started,
        items_finished=items_finished,
    )


CSV_COLUMNS = (
    "section", "month", "step_no", "activity", "count", "median_minutes", "p90_minutes",
    "target_minutes", "within_target", "share_within_target", "running_now", "platform",
    "posts", "reach", "likes", "comments", "shares", "content_id", "title", "url",
    "published_at",
)  # fmt: skip


def _minutes(value: timedelta | None) -> object:
    return "" if value is None else round(value.total_seconds() / 60, 2)


def _blank(value: object) -> object:
    return "" if value is None else value


def to_csv(report: ContentMonthReport) -> str:
    """One table, one ``section`` per kind of row (step, platform, post), for spreadsheets."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n", restval="")
    writer.writeheader()
    for s in report.steps:
        writer.writerow({
            "section": "step", "month": report.month, "step_no": s.step_no,
            "activity": s.activity, "count": s.count, "median_minutes": _minutes(s.median),
            "p90_minutes": _minutes(s.p90), "target_minutes": _minutes(s.target),
            "within_target": s.within_target,
            "share_within_target": _blank(
                None if s.share_within_target is None else round(s.share_within_target, 4)
            ),
            "running_now": s.running_now,
        })  # fmt: skip
    for p in (*report.platforms, report.totals):
        writer.writerow({
            "section": "platform", "month": report.month, "platform": p.platform,
            "posts": p.posts, "reach": p.reach, "likes": p.likes, "comments": p.comments,
            "shares": p.shares,
        })  # fmt: skip
    for post in report.posts:
        writer.writerow({
            "section": "post", "month": report.month, "platform": post.platform,
            "content_id": post.content_id, "title": post.title, "url": post.url,
            "published_at": post.published_at.isoformat(), "reach": _blank(post.reach),
            "likes": _blank(post.likes), "comments": _blank(post.comments),
            "shares": _blank(post.shares),
        })  # fmt: skip
    return out.getvalue()
