"""SOP b's own rules: attachments, platforms, and sending an item back to an earlier step."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jdih_desktop.domain.content import (
    DEFAULT_PLATFORMS,
    MB,
    SCAN_TYPES,
    AttachmentLimits,
    MediaKind,
    classify_attachment,
    match_platform,
    parse_platforms,
    send_back,
)
from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop_run import (
    ClockError,
    Pause,
    SopRun,
    StepState,
    TransitionError,
    complete_step,
    start_run,
)
from jdih_desktop.errors import ConfigError
from jdih_desktop.workflow.content_files import PLATFORMS_FILE, load_platforms
from jdih_desktop.workflow.sop_loader import default_sop_dir, load_sops

T0 = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
TEAM = {Role.TIM_JDIH}
DESIGNER = {Role.DESAINER}


def _at_step(no: int) -> SopRun:
    sop = load_sops(default_sop_dir())["media-sosial"]
    run = start_run(sop, "nur", TEAM, T0).run
    for step in range(1, no):
        roles = DESIGNER if step in (3, 5) else TEAM
        run = complete_step(run, step, "x", roles, T0 + timedelta(hours=step)).run
    return run


def test_classify_accepts_known_types_within_limits() -> None:
    assert classify_attachment("Poster.PNG", 5 * MB) == (MediaKind.IMAGE, "image/png")
    assert classify_attachment("reel.mp4", 600 * MB) == (MediaKind.VIDEO, "video/mp4")
    assert classify_attachment("notula.pdf", MB, SCAN_TYPES)[0] is MediaKind.DOCUMENT
    limits = AttachmentLimits(image=MB)
    with pytest.raises(ValidationError, match=r"terlalu besar \(2,0 MB\); .* 1,0 MB"):
        classify_attachment("a.jpg", 2 * MB, limits=limits)
    with pytest.raises(ValidationError, match="kosong"):
        classify_attachment("a.jpg", 0)
    with pytest.raises(ValidationError, match=r"\(tanpa ekstensi\) tidak didukung"):
        classify_attachment("poster", 10)
    with pytest.raises(ValidationError, match=r"\.pdf tidak didukung"):
        classify_attachment("desain.pdf", 10)  # a PDF is a scan, not a post


def test_platforms_are_configurable_and_matched_case_insensitively(tmp_path: Path) -> None:
    assert load_platforms(tmp_path) == DEFAULT_PLATFORMS
    (tmp_path / PLATFORMS_FILE).write_text('platforms = ["Instagram", "Threads"]\n')
    assert load_platforms(tmp_path) == ("Instagram", "Threads")
    assert match_platform("  threads ", ("Instagram", "Threads")) == "Threads"
    with pytest.raises(ValidationError, match="pilih Instagram, Threads"):
        match_platform("X", ("Instagram", "Threads"))
    with pytest.raises(ValidationError, match="berulang"):
        parse_platforms({"platforms": ["X", "x"]})
    (tmp_path / PLATFORMS_FILE).write_text("platforms = [\n")
    with pytest.raises(ConfigError, match=PLATFORMS_FILE):
        load_platforms(tmp_path)


def test_send_back_reopens_the_step_and_clears_the_later_ones() -> None:
    run = _at_step(5)  # approved, waiting to be published
    assert run.current_step is not None and run.current_step.no == 5
    at = T0 + timedelta(hours=9)
    back = send_back(run, 4, at)
    review, upload = back.step(4), back.step(5)
    assert (review.state, review.started_at, review.ended_at) == (StepState.RUNNING, at, None)
    assert review.completed_by is None
    assert (upload.state, upload.started_at) == (StepState.WAITING, None)
    assert back.step(3) == run.step(3)  # earlier steps keep their record
    assert back.last_event_at == at
    again = complete_step(back, 4, "nur", TEAM, at + timedelta(minutes=20)).run
    assert again.current_step is not None and again.current_step.no == 5


def test_send_back_drops_the_pauses_of_the_reopened_attempt() -> None:
    run = _at_step(4)
    paused_review = run.step(4)
    paused = replace(paused_review, state=StepState.PAUSED,
                     pauses=(Pause(T0 + timedelta(hours=4), "rapat", "nur"),))  # fmt: skip
    run = replace(run, steps=tuple(paused if s.no == 4 else s for s in run.steps))
    back = send_back(run, 3, T0 + timedelta(hours=5))
    assert back.step(4).pauses == () and back.step(4).state is StepState.WAITING
    assert back.step(3).pauses == ()


def test_send_back_refuses_what_makes_no_sense() -> None:
    run = _at_step(4)
    with pytest.raises(TransitionError, match="Langkah 4 belum selesai"):
        send_back(run, 4, T0 + timedelta(hours=9))
    with pytest.raises(ClockError):
        send_back(run, 3, T0)
