"""The Kasubag's disposition of a request (the SOP's "disposisi" step): recorded, audited, and
it completes the step, so the paper sheet and the timer never disagree."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from jdih_desktop.accounts.permissions import require
from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.sop_steps import DecreeStep
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.workflow.requests import SIFAT, RequestService


@dataclass(frozen=True)
class DispositionView:
    id: int
    request_id: int
    from_user: str
    to_user: str
    to_text: str
    instructions: tuple[str, ...]
    catatan: str
    sifat: str
    batas_waktu: datetime | None
    created_at: datetime


class DispositionService:
    def __init__(
        self, db: Database, requests: RequestService, now: Callable[[], datetime] = utcnow
    ) -> None:
        self._db = db
        self._requests = requests
        self._now = now

    def record(
        self,
        actor: Actor,
        request_id: int,
        *,
        to_username: str,
        instructions: Sequence[str],
        catatan: str = "",
        sifat: str | None = None,
        batas_waktu: datetime | None = None,
    ) -> DispositionView:
        """Record the disposition and complete the "disposisi" step (the Kasubag's) in one go."""
        require(actor, Action.DISPOSITION_RECORD)
        if sifat is not None and sifat not in SIFAT:
            raise ValidationError(
                msg("Sifat {s!r} tidak dikenal.", "Unknown urgency {s!r}.", s=sifat)
            )
        request = self._requests.get(request_id)
        with self._db.read() as session:
            target = session.scalar(
                select(models.User).where(models.User.username == to_username.strip().lower())
            )
            if target is None:
                raise NotFoundError(
                    msg(
                        "Pengguna {name!r} tidak ditemukan.",
                        "User {name!r} not found.",
                        name=to_username,
                    )
                )
            to_id, to_text = target.id, target.full_name
        step_no = self._requests.step_no(request_id, DecreeStep.DISPOSISI)
        # One unit of work: the disposition and the step it completes. If the SOP refuses
        # (wrong order, closed run, wrong role), nothing is recorded.
        with self._db.write() as session:
            row = models.Disposition(
                request_id=request_id,
                from_user_id=actor.user_id,
                to_user_id=to_id,
                to_text=to_text,
                instructions=[i.strip() for i in instructions if i.strip()],
                catatan=catatan.strip(),
                sifat=sifat or request.sifat,
                batas_waktu=batas_waktu,
                created_at=self._now(),
            )
            session.add(row)
            session.flush()
            self._requests.complete_step_in(session, actor, request_id, step_no)
            audit.record(
                session,
                actor,
                "disposition.record",
                "request",
                request_id,
                at=self._now(),
                after={"to": to_username, "instructions": row.instructions, "catatan": row.catatan},
            )
            return self._view(row, actor.username, to_username)

    def latest(self, request_id: int) -> DispositionView | None:
        with self._db.read() as session:
            row = session.scalars(
                select(models.Disposition)
                .where(models.Disposition.request_id == request_id)
                .order_by(models.Disposition.id.desc())
                .limit(1)
            ).first()
            if row is None:
                return None
            names = {
                u.id: u.username
                for u in session.scalars(
                    select(models.User).where(
                        models.User.id.in_([row.from_user_id or 0, row.to_user_id or 0])
                    )
                )
            }
            return self._view(
                row, names.get(row.from_user_id or 0, ""), names.get(row.to_user_id or 0, "")
            )

    @staticmethod
    def _view(row: models.Disposition, from_user: str, to_user: str) -> DispositionView:
        return DispositionView(
            id=row.id,
            request_id=row.request_id,
            from_user=from_user,
            to_user=to_user,
            to_text=row.to_text,
            instructions=tuple(row.instructions),
            catatan=row.catatan,
            sifat=row.sifat,
            batas_waktu=row.batas_waktu,
            created_at=row.created_at,
        )
