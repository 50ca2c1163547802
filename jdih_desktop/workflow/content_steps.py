"""The gates of the social-media SOP inside a unit of work: who may record a step's data and
when, what a step needs before it can be finished, and the run transitions that the review
causes (completion on approval, a return to an earlier step otherwise).

Split from :mod:`jdih_desktop.workflow.content` so the service reads as the list of things a
user can do, and the rules stay in one place.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy.orm import Session

from jdih_desktop.db import audit, models
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.content import (
    STEP_DESIGN,
    STEP_DRAFT,
    STEP_EVALUATION,
    STEP_MEETING,
    STEP_PUBLISH,
    STEP_REVIEW,
    current_step_no,
    may_act,
    send_back,
)
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.sop_run import RunState, SopRun, complete_step
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.workflow import run_store
from jdih_desktop.workflow.content_views import ContentView
from jdih_desktop.workflow.runs import _as_permission_error, _event_audit, actor_roles

STEP_NAMES: dict[int, tuple[str, str]] = {
    STEP_MEETING: ("Notulen rapat", "The meeting record"),
    STEP_DRAFT: ("Rancangan materi", "The material draft"),
    STEP_DESIGN: ("Desain konten", "The content design"),
    STEP_REVIEW: ("Reviu desain", "The design review"),
    STEP_PUBLISH: ("Pengunggahan konten", "Publishing the content"),
    STEP_EVALUATION: ("Evaluasi", "The evaluation"),
}
# While these steps run, the designs may change (after approval, that means a new review).
DESIGN_STEPS = (STEP_DESIGN, STEP_REVIEW, STEP_PUBLISH)


def required(text: str, what: str, what_en: str) -> str:
    value = text.strip()
    if not value:
        raise ValidationError(
            msg("{what} wajib diisi.", "{what_en} is required.", what=what, what_en=what_en)
        )
    return value


def missing_data(view: ContentView, step_no: int) -> Msg | None:
    """Why step ``step_no`` cannot be finished yet, or None when its data is complete."""
    if step_no == STEP_MEETING and view.meeting is None:
        return msg("Catat notulen rapat dan temanya dahulu.", "Record the meeting first.")
    if step_no == STEP_DRAFT and view.draft is None:
        return msg("Simpan rancangan materi dahulu.", "Save the material draft first.")
    if step_no == STEP_DESIGN and not view.designs:
        return msg("Lampirkan sedikitnya satu desain.", "Attach at least one design.")
    if step_no == STEP_REVIEW:
        return msg(
            "Langkah reviu selesai dengan menyetujui desain (reviu setuju).",
            "The review step is finished by approving the design (review approve).",
        )
    if step_no == STEP_PUBLISH and not view.posts:
        return msg(
            "Catat sedikitnya satu unggahan (platform dan tautan).",
            "Record at least one post (platform and URL).",
        )
    if step_no == STEP_EVALUATION:
        lacking = [p.platform for p in view.posts if not p.has_engagement]
        if lacking:
            return msg(
                "Isi angka keterlibatan unggahan {names} dahulu.",
                "Enter the engagement figures of the posts on {names} first.",
                names=", ".join(lacking),
            )
    return None


def load_item(session: Session, content_id: int) -> models.ContentItem:
    item = session.get(models.ContentItem, content_id)
    if item is None:
        raise NotFoundError(
            msg("Konten {id} tidak ditemukan.", "Content item {id} not found.", id=content_id)
        )
    return item


def run_row(session: Session, item: models.ContentItem) -> models.SopRun:
    row = session.get(models.SopRun, item.sop_run_id)
    assert row is not None  # a foreign key guarantees it
    return row


def gate(
    session: Session,
    actor: Actor,
    content_id: int,
    step_no: int,
    allowed: Collection[int | None],
) -> tuple[models.ContentItem, SopRun]:
    """The item and its run, when ``actor`` may record step ``step_no``'s data now: the
    actor holds the step's role (or is the Kasubag) and the current step is one of
    ``allowed`` (None there admits a finished run)."""
    item = load_item(session, content_id)
    run = run_store.to_domain(run_row(session, item))
    name, name_en = STEP_NAMES[step_no]
    with _as_permission_error():
        may_act(run.step(step_no).role, actor_roles(actor), name, name_en)
    current = current_step_no(run)
    finished_ok = run.state is RunState.DONE and None in allowed
    if not finished_ok and (run.state is not RunState.ACTIVE or current not in allowed):
        raise ValidationError(
            msg(
                "{what} tidak dapat dicatat sekarang: konten sedang di langkah {current}.",
                "{what_en} cannot be recorded now: the item is at step {current}.",
                what=name,
                what_en=name_en,
                current=current if current is not None else str(run.state.label),
            )
        )
    return item, run


def complete_in(
    session: Session, actor: Actor, item: models.ContentItem, step_no: int, note: str, at: datetime
) -> None:
    """Complete a step inside the caller's unit of work, with the data that justifies it."""
    row = run_row(session, item)
    roles = actor_roles(actor)
    run = run_store.to_domain(row)
    # A Kasubag approving for the team is an override; the review comment says why.
    reason = None if run.step(step_no).role in roles else (note or "Reviu oleh Kasubag Hukum")
    with _as_permission_error():
        transition = complete_step(run, step_no, actor.username, roles, at, reason)
    run_store.save(session, transition.run, row)
    for event in transition.events:
        _event_audit(session, actor, row.id, event)


def send_back_in(
    session: Session,
    actor: Actor,
    item: models.ContentItem,
    run: SopRun,
    to_step: int,
    at: datetime,
) -> None:
    """Reopen ``to_step`` (see :func:`jdih_desktop.domain.content.send_back`) and audit it."""
    row = run_row(session, item)
    before = current_step_no(run)
    moved = send_back(run, to_step, at)
    run_store.save(session, moved, row)
    kept = {step.no: len(step.pauses) for step in moved.steps}
    for stored in row.steps:
        del stored.pauses[kept[stored.step_no] :]  # the reopened attempt starts clean
    session.flush()
    audit.record(
        session,
        actor,
        "sop.step_sent_back",
        "sop_run",
        row.id,
        at=at,
        before={"step": before},
        after={"step": to_step},
    )
