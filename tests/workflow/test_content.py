"""Content items through SOP b on a real database and file store, with a hand-moved clock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from jdih_desktop.errors import PermissionDeniedError, ValidationError
from tests.workflow.conftest import Office, wita
from tests.workflow.content_support import Team, build_team, mp4, png, png_bytes


@pytest.fixture()
def team(office: Office, tmp_path: Path) -> Team:
    return build_team(office, tmp_path)


def _at_design(team: Team, office: Office, tmp_path: Path) -> int:
    office.clock.set("2026-03-02 08:00")
    item = team.content.create(team.tim, title="Hari Hak Pilih", planned_date=date(2026, 3, 5))
    team.content.record_meeting(
        team.tim,
        item.id,
        held_on=date(2026, 3, 2),
        attendees="Nurhayati, Dimas, Hasnah",
        theme="Ayo cek DPT",
        minutes="Tema disepakati.",
    )
    office.clock.set("2026-03-02 10:00")
    team.content.complete_step(team.tim, item.id, 1)
    team.content.save_draft(team.tim, item.id, text="Cek namamu di DPT", supporting_data="KPU RI")
    office.clock.set("2026-03-02 10:08")
    team.content.complete_step(team.tim, item.id, 2)
    return item.id


def test_an_item_through_six_steps_with_a_review_round(
    team: Team, office: Office, tmp_path: Path
) -> None:
    item_id = _at_design(team, office, tmp_path)
    content = team.content
    view = content.attach_design(
        team.desainer, item_id, platform="instagram", path=png(tmp_path / "ig.png")
    )
    design = view.designs[0]
    assert design.platform == "Instagram" and design.kind == "image"
    assert design.thumb_sha256 is not None
    assert max(png_bytes(team.files.path_for(design.thumb_sha256))) == 320
    content.attach_design(team.desainer, item_id, platform="TikTok", path=mp4(tmp_path / "tt.mp4"))
    office.clock.set("2026-03-03 14:00")
    view = content.complete_step(team.desainer, item_id, 3)
    assert view.current_step is not None and view.current_step.no == 4

    # The team asks for changes: back to design, its timer starting afresh.
    office.clock.set("2026-03-03 14:30")
    view = content.review(team.tim, item_id, approve=False, comment="Logo terlalu kecil")
    assert view.current_step is not None and view.current_step.no == 3
    assert view.steps[2].started_at == wita("2026-03-03 14:30")
    assert view.steps[3].state == "waiting"
    content.attach_design(
        team.desainer, item_id, platform="Instagram", path=png(tmp_path / "b.png")
    )
    office.clock.set("2026-03-03 15:00")
    content.complete_step(team.desainer, item_id, 3)
    office.clock.set("2026-03-03 15:20")
    view = content.review(team.tim, item_id, approve=True, comment="Oke")
    assert view.approved and view.current_step is not None and view.current_step.no == 5

    # An edit after approval sends the item back to review.
    office.clock.set("2026-03-03 15:25")
    view = content.save_draft(team.tim, item_id, text="Cek namamu di DPT online")
    assert view.current_step is not None and view.current_step.no == 4
    assert view.steps[4].state == "waiting"
    office.clock.set("2026-03-03 15:40")
    view = content.review(team.tim, item_id, approve=True)
    assert view.steps[3].timer is not None
    assert view.steps[3].timer.elapsed == timedelta(minutes=15)

    content.record_post(
        team.desainer, item_id, platform="Instagram", url="https://instagram.com/p/abc"
    )
    content.record_post(
        team.desainer,
        item_id,
        platform="TikTok",
        url="https://tiktok.com/@jdih/video/1",
        published_at=wita("2026-03-03 15:44"),
    )
    office.clock.set("2026-03-03 15:45")
    view = content.complete_step(team.desainer, item_id, 5)
    with pytest.raises(ValidationError, match="keterlibatan"):
        content.complete_step(team.kasubag, item_id, 6)
    for post, figures in zip(view.posts, ((900, 120, 14, 9), (2500, 300, 40, 22)), strict=True):
        reach, likes, comments, shares = figures
        content.record_engagement(
            team.kasubag,
            item_id,
            post.id,
            reach=reach,
            likes=likes,
            comments=comments,
            shares=shares,
        )
    office.clock.set("2026-03-10 09:00")
    view = content.complete_step(team.kasubag, item_id, 6)
    assert view.run_state == "done"
    assert [r.decision for r in view.reviews] == ["changes_requested", "approved", "approved"]
    assert [p.reach for p in view.posts] == [900, 2500]
    assert content.list() == [] and [v.id for v in content.list(include_closed=True)] == [item_id]


def test_roles_and_order_are_enforced(team: Team, office: Office, tmp_path: Path) -> None:
    office.clock.set("2026-03-02 08:00")
    item = team.content.create(team.tim, title="Konten")
    with pytest.raises(PermissionDeniedError, match="Tim JDIH"):
        team.content.record_meeting(
            team.desainer,
            item.id,
            held_on=date(2026, 3, 2),
            attendees="A",
            theme="T",
            minutes="m",
        )
    with pytest.raises(ValidationError, match="Catat notulen"):
        team.content.complete_step(team.tim, item.id, 1)
    with pytest.raises(ValidationError, match="langkah 1"):
        team.content.save_draft(team.tim, item.id, text="terlalu awal")
    with pytest.raises(ValidationError, match="notula"):
        team.content.record_meeting(
            team.tim, item.id, held_on=date(2026, 3, 2), attendees="A", theme="T"
        )


def test_bad_attachments_get_a_clear_message(team: Team, office: Office, tmp_path: Path) -> None:
    item_id = _at_design(team, office, tmp_path)
    document = tmp_path / "desain.docx"
    document.write_bytes(b"PK\x03\x04 not a picture")
    with pytest.raises(ValidationError, match=r"jenis \.docx tidak didukung"):
        team.content.attach_design(team.desainer, item_id, platform="X", path=document)
    huge = tmp_path / "besar.png"
    with huge.open("wb") as handle:  # sparse: 31 MB on paper, nothing on disk
        handle.truncate(31 * 1024 * 1024)
    with pytest.raises(ValidationError, match=r"terlalu besar \(31,0 MB\); batas .* 30,0 MB"):
        team.content.attach_design(team.desainer, item_id, platform="X", path=huge)
    fake = tmp_path / "palsu.jpg"
    fake.write_bytes(b"%PDF-1.7 renamed")
    with pytest.raises(ValidationError, match="ditolak: isinya bukan jenis"):  # by content
        team.content.attach_design(team.desainer, item_id, platform="X", path=fake)
    with pytest.raises(ValidationError, match="Platform 'Friendster' tidak dikenal"):
        team.content.attach_design(
            team.desainer, item_id, platform="Friendster", path=png(tmp_path / "a.png")
        )
    assert team.content.get(item_id).designs == ()
    assert [p for p in team.files.root.rglob("*") if p.is_file()] == []  # nothing stored


def test_a_deleted_attachment_is_reported_by_the_check(
    team: Team, office: Office, tmp_path: Path
) -> None:
    item_id = _at_design(team, office, tmp_path)
    view = team.content.attach_design(
        team.desainer, item_id, platform="Facebook", path=png(tmp_path / "fb.png")
    )
    assert team.content.check_files() == []
    design = view.designs[0]
    team.files.path_for(design.sha256).unlink()
    assert design.thumb_sha256 is not None
    team.files.path_for(design.thumb_sha256).write_bytes(b"changed")
    problems = team.content.check_files()
    assert [(p.content_id, p.missing) for p in problems] == [(item_id, True), (item_id, False)]
    assert "hilang" in str(problems[0].message) and "fb.png" in str(problems[0].message)
    assert "rusak" in str(problems[1].message)
    # The item itself still loads: the board shows it, the check names the problem.
    assert team.content.get(item_id).designs[0].file_name == "fb.png"


def test_meeting_minutes_may_be_a_scan(team: Team, office: Office, tmp_path: Path) -> None:
    office.clock.set("2026-03-02 08:00")
    item = team.content.create(team.tim, title="Konten")
    scan = png(tmp_path / "notula.png", (1240, 1754), "#ffffff")
    view = team.content.record_meeting(
        team.tim, item.id, held_on=date(2026, 3, 2), attendees="Tim", theme="Tema", scan=scan
    )
    assert view.meeting is not None and view.meeting.scan_file_name == "notula.png"
    assert view.meeting.minutes == ""
    stored = [p for p in team.files.root.rglob("*") if p.is_file()]
    assert len(stored) == 1  # the scan only: no thumbnail left unregistered
    memo = tmp_path / "notula.docx"
    memo.write_bytes(b"PK")
    with pytest.raises(ValidationError, match=r"\.pdf, \.png"):
        team.content.record_meeting(
            team.tim, item.id, held_on=date(2026, 3, 2), attendees="Tim", theme="Tema", scan=memo
        )
    team.files.path_for(view.meeting.scan_sha256 or "").unlink()
    (problem,) = team.content.check_files()
    assert "pindaian notula notula.png" in str(problem.message)
