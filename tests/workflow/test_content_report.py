"""The monthly evaluation figures against numbers worked out by hand from the inputs."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from jdih_desktop.domain.content import CONTENT_SOP
from jdih_desktop.printing.data import Letterhead
from jdih_desktop.workflow.content_report import ContentReportService
from jdih_desktop.workflow.office_calendar import CalendarService
from tests.workflow.conftest import Office, wita
from tests.workflow.content_support import Team, build_team, png


@pytest.fixture()
def team(office: Office, tmp_path: Path) -> Team:
    return build_team(office, tmp_path)


def _to_publish(team: Team, office: Office, title: str, start: str, meeting_end: str,
                tmp_path: Path) -> int:  # fmt: skip
    """An item whose meeting ran from ``start`` to ``meeting_end``; the later steps take a
    minute each (same day), leaving it at step 5."""
    office.clock.set(start)
    item = team.content.create(team.tim, title=title, planned_date=date(2026, 3, 20))
    team.content.record_meeting(team.tim, item.id, held_on=date(2026, 3, 2), attendees="Tim",
                                theme=title, minutes="ok")  # fmt: skip
    office.clock.set(meeting_end)
    team.content.complete_step(team.tim, item.id, 1)
    team.content.save_draft(team.tim, item.id, text="materi")
    office.clock.advance(minutes=1)
    team.content.complete_step(team.tim, item.id, 2)
    team.content.attach_design(team.desainer, item.id, platform="Instagram",
                               path=png(tmp_path / f"{item.id}.png"))  # fmt: skip
    office.clock.advance(minutes=1)
    team.content.complete_step(team.desainer, item.id, 3)
    office.clock.advance(minutes=1)
    team.content.review(team.tim, item.id, approve=True)
    return item.id


def test_month_figures_match_a_hand_count(team: Team, office: Office, tmp_path: Path) -> None:
    # Meetings (calendar time, target 1 day): 2 h, 5 h and 30 h (late).
    a = _to_publish(team, office, "A", "2026-03-02 08:00", "2026-03-02 10:00", tmp_path)
    b = _to_publish(team, office, "B", "2026-03-03 08:00", "2026-03-03 13:00", tmp_path)
    c = _to_publish(team, office, "C", "2026-03-04 08:00", "2026-03-05 14:00", tmp_path)
    office.clock.set("2026-03-06 08:00")
    still_running = team.content.create(team.tim, title="D")  # at step 1 at report time
    posts = [  # (item, platform, published (WITA), reach, likes, comments, shares)
        (a, "Instagram", "2026-03-06 09:00", 100, 10, 2, 1),
        (a, "Facebook", "2026-03-06 09:05", 40, 4, 0, 0),
        (b, "Instagram", "2026-03-31 23:30", 250, 30, 5, 4),  # still March in WITA
        (c, "Instagram", "2026-04-01 00:30", 999, 99, 9, 9),  # April in WITA, March in UTC
    ]
    office.clock.set("2026-04-01 08:00")
    for item, platform, when, *_figures in posts:
        team.content.record_post(team.desainer, item, platform=platform,
                                 url=f"https://{platform.lower()}.com/{item}",
                                 published_at=wita(when))  # fmt: skip
    for item in (a, b, c):
        team.content.complete_step(team.desainer, item, 5)
    figures = {(item, platform): rest for item, platform, _, *rest in posts}
    for item in (a, b, c):
        for post in team.content.get(item).posts:
            reach, likes, comments, shares = figures[(item, post.platform)]
            team.content.record_engagement(team.kasubag, item, post.id, reach=reach, likes=likes,
                                           comments=comments, shares=shares)  # fmt: skip

    service = ContentReportService(
        office.db, CalendarService(office.db, office.clock), office.runs.sops[CONTENT_SOP],
        team.content.platforms,
    )  # fmt: skip
    report = service.month("2026-03")

    meeting = report.steps[0]
    durations = sorted([120, 300, 30 * 60])  # minutes
    assert meeting.count == 3
    assert meeting.median is not None and meeting.median.total_seconds() / 60 == durations[1]
    # Type-7 90th percentile: position 0.9 × (3 − 1) = 1.8 → 300 + 0.8 × (1800 − 300).
    assert meeting.p90 is not None and meeting.p90.total_seconds() / 60 == 300 + 0.8 * 1500
    assert meeting.within_target == 2 and meeting.share_within_target == pytest.approx(2 / 3)
    assert meeting.running_now == 1 and still_running.id not in (a, b, c)
    # Uploads were finished on 1 April (office time): they count in April, not here.
    assert report.steps[4].count == 0 and report.steps[4].running_now == 0
    assert report.steps[5].running_now == 3 and report.steps[5].count == 0

    march = [p for p in posts if p[2] < "2026-04"]
    by_platform = {p.platform: p for p in report.platforms}
    assert [p.platform for p in report.platforms] == list(team.content.platforms)
    assert by_platform["Instagram"].posts == sum(1 for p in march if p[1] == "Instagram") == 2
    assert by_platform["Instagram"].reach == 100 + 250
    assert by_platform["Facebook"].likes == 4 and by_platform["X"].posts == 0
    total = report.totals
    assert (total.posts, total.reach, total.likes, total.comments, total.shares) == (
        len(march),
        sum(p[3] for p in march),
        sum(p[4] for p in march),
        sum(p[5] for p in march),
        sum(p[6] for p in march),
    )
    assert [p.title for p in report.posts] == ["A", "A", "B"]
    assert report.items_started == 4 and report.items_finished == 0
    april = service.month("2026-04")
    assert april.totals.reach == 999 and april.steps[4].count == 3

    rows = list(csv.DictReader(io.StringIO(service.csv("2026-03"))))
    assert {r["section"] for r in rows} == {"step", "platform", "post"}
    step1 = next(r for r in rows if r["section"] == "step" and r["step_no"] == "1")
    assert (step1["count"], step1["median_minutes"], step1["p90_minutes"]) == ("3", "300.0",
                                                                              "1500.0")  # fmt: skip
    assert step1["target_minutes"] == "1440.0" and step1["within_target"] == "2"
    summed = next(r for r in rows if r["section"] == "platform" and r["platform"] == "Jumlah")
    assert summed["reach"] == "390"

    pdf = service.pdf("2026-03", Letterhead(name_lines=("KPU",), timezone="Asia/Makassar"),
                      wita("2026-04-01 08:00"))  # fmt: skip
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
