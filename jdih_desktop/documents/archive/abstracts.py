"""A decree's stored abstract (ILDIS/BPHN format): the reader's draft, then the operator's edits.

One row per decree in ``abstracts``. A draft may be incomplete (the reader leaves empty what
it did not find); marking it final requires :meth:`Abstract.validate` to pass, so only a
complete abstract is printed or published.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.documents.archive.access import check_write_role
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import NotFoundError, ValidationError

STATES = ("draft", "final")


@dataclass(frozen=True)
class StoredAbstract:
    document_id: int
    abstract: Abstract
    state: str  # draft | final
    updated_at: datetime


def _split_subjects(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split(" - ") if s.strip())


def view_of(row: models.Abstract) -> StoredAbstract:
    return StoredAbstract(
        document_id=row.document_id,
        abstract=Abstract(
            subjek=_split_subjects(row.subjek),
            tahun=row.tahun,
            singkatan=row.singkatan,
            judul=row.judul,
            abstrak=(row.considerations, row.legal_basis, row.content),
            catatan=tuple(row.notes or ()),
        ),
        state=row.state,
        updated_at=row.updated_at,
    )


def write_abstract(
    session: Session,
    actor: Actor,
    document_id: int,
    abstract: Abstract,
    *,
    state: str,
    at: datetime,
) -> models.Abstract:
    """Create or replace the abstract row in the caller's unit of work (audited)."""
    if state not in STATES:
        raise ValidationError(
            msg("Keadaan abstrak {s!r} tidak dikenal.", "Unknown abstract state {s!r}.", s=state)
        )
    if state == "final":
        abstract.validate()
    row = session.scalar(select(models.Abstract).where(models.Abstract.document_id == document_id))
    if row is None:
        row = models.Abstract(document_id=document_id)
        session.add(row)
    bullets = (*abstract.abstrak, "", "", "")[:3]
    row.subjek = abstract.subjek_text
    row.tahun = abstract.tahun
    row.singkatan = abstract.singkatan
    row.judul = abstract.judul
    row.considerations, row.legal_basis, row.content = bullets
    row.notes = list(abstract.catatan)
    row.state = state
    row.updated_at = at
    row.updated_by_id = actor.user_id
    session.flush()
    audit.record(
        session,
        actor,
        "abstract.save",
        "document",
        document_id,
        at=at,
        after={"state": state, "singkatan": abstract.singkatan},
    )
    return row


class AbstractService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._now = now

    def save(
        self, actor: Actor, document_id: int, abstract: Abstract, *, state: str = "draft"
    ) -> StoredAbstract:
        """Create or replace the decree's abstract; ``final`` only when it is complete."""
        check_write_role(actor)
        with self._db.write() as session:
            if session.get(models.Document, document_id) is None:
                raise NotFoundError(
                    msg("Keputusan {id} tidak ditemukan.", "Decree {id} not found.", id=document_id)
                )
            row = write_abstract(session, actor, document_id, abstract, state=state, at=self._now())
            return view_of(row)

    def find(self, document_id: int) -> StoredAbstract | None:
        with self._db.read() as session:
            row = session.scalar(
                select(models.Abstract).where(models.Abstract.document_id == document_id)
            )
            return view_of(row) if row is not None else None

    def get(self, document_id: int) -> StoredAbstract:
        found = self.find(document_id)
        if found is None:
            raise NotFoundError(
                msg(
                    "Keputusan {id} belum punya abstrak.",
                    "Decree {id} has no abstract yet.",
                    id=document_id,
                )
            )
        return found
