"""The Kasubag's disposition of a request (the SOP's "disposisi" step): recorded, audited, and
it completes the step, so the paper sheet and the timer never disagree.

A disposition may go to several people ("Diteruskan kepada" has a box per person on the
sheet). The first is the one who carries the request on (``to_user_id``); every recipient's
name is kept, one per line, in ``to_text``, so no schema change was needed and a disposition
recorded before this reads as one recipient.
"""

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

#: ``dispositions.to_text`` holds the recipients' names, one per line, within this length.
TO_TEXT_LIMIT = 200


@dataclass(frozen=True)
class DispositionView:
    id: int
    request_id: int
    from_user: str
    to_user: str  # the first recipient's user name: who carries the request on
    to_names: tuple[str, ...]  # every recipient's full name, the first one first
    instructions: tuple[str, ...]
    catatan: str
    sifat: str
    batas_waktu: datetime | None
    created_at: datetime

    @property
    def to_text(self) -> str:
        """The recipients as one line ("Andi Baso, S.Kom.; Budi"): names may hold commas."""
        return "; ".join(self.to_names)


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
        to_username: str | Sequence[str],
        instructions: Sequence[str],
        catatan: str = "",
        sifat: str | None = None,
        batas_waktu: datetime | None = None,
    ) -> DispositionView:
        """Record the disposition and complete the "disposisi" step (the Kasubag's) in one go.

        ``to_username``: one user name, or several (the first carries the request on).
        """
        require(actor, Action.DISPOSITION_RECORD)
        wanted = [to_username] if isinstance(to_username, str) else list(to_username)
        usernames = list(dict.fromkeys(u.strip().lower() for u in wanted if u.strip()))
        if not usernames:
            raise ValidationError(
                msg(
                    "Pilih minimal satu penerima disposisi.",
                    "Choose at least one recipient of the disposition.",
                )
            )
        if sifat is not None and sifat not in SIFAT:
            raise ValidationError(
                msg("Sifat {s!r} tidak dikenal.", "Unknown urgency {s!r}.", s=sifat)
            )
        request = self._requests.get(request_id)
        with self._db.read() as session:
            found = {
                u.username: u
                for u in session.scalars(
                    select(models.User).where(models.User.username.in_(usernames))
                )
            }
            for name in usernames:
                if name not in found:
                    raise NotFoundError(
                        msg(
                            "Pengguna {name!r} tidak ditemukan.",
                            "User {name!r} not found.",
                            name=name,
                        )
                    )
            to_id = found[usernames[0]].id
            to_text = "\n".join(found[name].full_name.replace("\n", " ") for name in usernames)
        if len(to_text) > TO_TEXT_LIMIT:
            raise ValidationError(
                msg(
                    "Terlalu banyak penerima untuk satu lembar disposisi ({n}); pilih lebih "
                    "sedikit.",
                    "Too many recipients for one disposition sheet ({n}); choose fewer.",
                    n=len(usernames),
                )
            )
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
                after={"to": usernames, "instructions": row.instructions, "catatan": row.catatan},
            )
            return self._view(row, actor.username, usernames[0])

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
            to_names=tuple(name for name in row.to_text.split("\n") if name),
            instructions=tuple(row.instructions),
            catatan=row.catatan,
            sifat=row.sifat,
            batas_waktu=row.batas_waktu,
            created_at=row.created_at,
        )
