"""SOP step 4 ("unggah") of the requests that asked for a decree, completed by the proof.

Step 4 ends when the decree is on the site, so it is completed only after the published file
was downloaded and matched the archive (or the operator overrode that with a reason). It is
completed in the name of the person who queued the publication — the step's role rule still
applies: a publication queued by someone without the operator role leaves the step for a
person, with a note saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.workflow.requests import RequestService

UPLOAD_STEP_KEY = "unggah"
_OPEN_STEP = ("running", "paused")


@dataclass(frozen=True)
class StepOutcome:
    """What happened to the upload step of each request linked to the decree."""

    completed: tuple[int, ...] = ()
    already_done: tuple[int, ...] = ()
    problems: tuple[tuple[int, Msg], ...] = ()


def actor_of(db: Database, user_id: int | None) -> Actor | None:
    """The account that queued a publication, as an actor with its current roles."""
    if user_id is None:
        return None
    with db.read() as session:
        user = session.get(models.User, user_id)
        if user is None or not user.active:
            return None
        return Actor(user.id, user.username, frozenset(r.role for r in user.roles))


class UploadSteps:
    def __init__(self, db: Database, requests: RequestService, now: Callable[[], datetime]) -> None:
        self._db = db
        self._requests = requests
        self._now = now

    def request_ids(self, document_id: int) -> list[int]:
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(models.Request.id)
                    .where(models.Request.document_id == document_id)
                    .order_by(models.Request.id)
                )
            )

    def document_of(self, request_id: int) -> int | None:
        with self._db.read() as session:
            request = session.get(models.Request, request_id)
            return request.document_id if request is not None else None

    def link(self, actor: Actor, request_id: int, document_id: int) -> None:
        """Record that ``request_id`` asked for ``document_id`` (once; never silently moved)."""
        with self._db.write() as session:
            request = session.get(models.Request, request_id)
            if request is None:
                raise NotFoundError(
                    msg(
                        "Permohonan {id} tidak ditemukan.", "Request {id} not found.", id=request_id
                    )
                )
            if session.get(models.Document, document_id) is None:
                raise NotFoundError(
                    msg("Keputusan {id} tidak ditemukan.", "Decree {id} not found.", id=document_id)
                )
            if request.document_id == document_id:
                return
            if request.document_id is not None:
                raise ValidationError(
                    msg(
                        "Permohonan {id} sudah terhubung ke keputusan {other}.",
                        "Request {id} is already linked to decree {other}.",
                        id=request_id,
                        other=request.document_id,
                    )
                )
            request.document_id = document_id
            audit.record(
                session,
                actor,
                "request.link_document",
                "request",
                request_id,
                at=self._now(),
                before={"document": None},
                after={"document": document_id},
            )

    def complete(self, actor: Actor | None, document_id: int) -> StepOutcome:
        """Complete the upload step of every linked request where it is the current step."""
        completed: list[int] = []
        done: list[int] = []
        problems: list[tuple[int, Msg]] = []
        for request_id in self.request_ids(document_id):
            view = self._requests.get(request_id)
            step = next((s for s in view.steps if s.key == UPLOAD_STEP_KEY), None)
            if step is None:
                continue
            if step.state == "done":
                done.append(request_id)
                continue
            if step.state not in _OPEN_STEP:
                problems.append(
                    (
                        request_id,
                        msg(
                            "langkah {no} belum berjalan (selesaikan langkah sebelumnya dulu)",
                            "step {no} has not started (finish the earlier steps first)",
                            no=step.no,
                        ),
                    )
                )
                continue
            if actor is None:
                problems.append(
                    (
                        request_id,
                        msg(
                            "operatornya tidak diketahui; selesaikan langkah {no} sendiri",
                            "the operator is unknown; complete step {no} by hand",
                            no=step.no,
                        ),
                    )
                )
                continue
            try:
                self._requests.complete_step(actor, request_id, step.no)
            except JdihError as exc:
                problems.append((request_id, exc.message))
                continue
            completed.append(request_id)
        return StepOutcome(tuple(completed), tuple(done), tuple(problems))
