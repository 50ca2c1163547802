"""The outbox table: short write units of work that move one row between states.

Nothing here talks to a site. Each transition is one transaction, and a worker's writes are
*fenced* by its lease: once a row was taken back from a worker presumed dead, that worker's
late answer cannot overwrite what the new holder found.

States: ``queued`` → ``uploading`` → ``published`` | ``failed`` | ``awaiting``; ``failed``
with a ``next_try_at`` is retried by the runner, without one it waits for a person;
``awaiting`` means the site's part needs a person (paste the URL of a hand upload, or the
site's verifier publishes); ``cancelled`` is final.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import NotFoundError
from jdih_desktop.publishing.lease import holder_is_dead

QUEUED = "queued"
UPLOADING = "uploading"
PUBLISHED = "published"
FAILED = "failed"
AWAITING = "awaiting"
CANCELLED = "cancelled"
STATES = (QUEUED, UPLOADING, PUBLISHED, FAILED, AWAITING, CANCELLED)
OPEN_STATES = (QUEUED, UPLOADING, FAILED, AWAITING)


@dataclass(frozen=True)
class PublicationView:
    id: int
    document_id: int
    target: str
    state: str
    attempts: int
    last_error: str
    next_try_at: datetime | None
    remote_id: str
    url: str
    verified_at: datetime | None
    verified_sha256: str
    note: str
    created_at: datetime
    updated_at: datetime
    created_by_id: int | None
    lease_owner: str = ""
    file_urls: dict[str, str] = field(default_factory=dict)

    @property
    def needs_person(self) -> bool:
        """Nothing will happen by itself: an ``awaiting`` row, or a failure not retried."""
        return self.state == AWAITING or (self.state == FAILED and self.next_try_at is None)


class LeaseLostError(Exception):
    """Internal: another worker took this row back; our result must not be written."""


def _view(row: models.Publication) -> PublicationView:
    return PublicationView(
        id=row.id,
        document_id=row.document_id,
        target=row.target,
        state=row.state,
        attempts=row.attempts,
        last_error=row.last_error,
        next_try_at=row.next_try_at,
        remote_id=row.remote_id,
        url=row.url,
        verified_at=row.verified_at,
        verified_sha256=row.verified_sha256,
        note=row.note,
        created_at=row.created_at,
        updated_at=row.updated_at,
        created_by_id=row.created_by_id,
        lease_owner=row.lease_owner,
        file_urls={str(k): str(v) for k, v in (row.file_urls or {}).items()},
    )


def not_found(publication_id: int) -> NotFoundError:
    return NotFoundError(
        msg(
            "Publikasi {id} tidak ada di antrean.",
            "Publication {id} is not in the outbox.",
            id=publication_id,
        )
    )


class OutboxStore:
    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    # --- reading ---------------------------------------------------------------------------

    def get(self, publication_id: int) -> PublicationView:
        with self._db.read() as session:
            row = session.get(models.Publication, publication_id)
            if row is None:
                raise not_found(publication_id)
            return _view(row)

    def rows(
        self, *, states: Iterable[str] | None = None, document_id: int | None = None
    ) -> list[PublicationView]:
        query = select(models.Publication).order_by(models.Publication.id)
        if states is not None:
            query = query.where(models.Publication.state.in_(list(states)))
        if document_id is not None:
            query = query.where(models.Publication.document_id == document_id)
        with self._db.read() as session:
            return [_view(r) for r in session.scalars(query)]

    def for_target(self, document_id: int, target: str) -> list[PublicationView]:
        """Every row of a decree for one target, newest first."""
        with self._db.read() as session:
            rows = session.scalars(
                select(models.Publication)
                .where(
                    models.Publication.document_id == document_id,
                    models.Publication.target == target,
                )
                .order_by(models.Publication.id.desc())
            )
            return [_view(r) for r in rows]

    def next_due_at(self) -> datetime | None:
        """When the earliest retry is due (None: nothing scheduled)."""
        with self._db.read() as session:
            return session.scalar(
                select(models.Publication.next_try_at)
                .where(models.Publication.state.in_((QUEUED, FAILED, AWAITING)))
                .where(models.Publication.next_try_at.is_not(None))
                .order_by(models.Publication.next_try_at)
                .limit(1)
            )

    # --- writing ---------------------------------------------------------------------------

    def insert(
        self, actor: Actor, document_id: int, target: str, key: str, state: str = QUEUED
    ) -> PublicationView | None:
        """A new row (queued, or ``awaiting`` a person's URL); None when another writer
        inserted the same key first."""
        now = self._now()
        try:
            with self._db.write() as session:
                row = models.Publication(
                    document_id=document_id,
                    target=target,
                    state=state,
                    idempotency_key=key,
                    attempts=0,
                    last_error="",
                    next_try_at=now if state == QUEUED else None,
                    remote_id="",
                    url="",
                    verified_sha256="",
                    note="",
                    file_urls={},
                    lease_owner="",
                    created_at=now,
                    updated_at=now,
                    created_by_id=actor.user_id,
                )
                session.add(row)
                session.flush()
                audit.record(
                    session,
                    actor,
                    "publication.enqueue",
                    "publication",
                    row.id,
                    at=now,
                    after={"document": document_id, "target": target},
                )
                return _view(row)
        except IntegrityError:
            return None

    def claim_due(self, owner: str, lease: timedelta) -> PublicationView | None:
        """Take the earliest due row: ``uploading``, one more attempt, leased to ``owner``;
        ``awaiting`` rows with a scheduled re-check are due too."""
        now = self._now()
        with self._db.write() as session:
            row = session.scalars(
                select(models.Publication)
                .where(models.Publication.state.in_((QUEUED, FAILED, AWAITING)))
                .where(models.Publication.next_try_at.is_not(None))
                .where(models.Publication.next_try_at <= now)
                .order_by(models.Publication.next_try_at, models.Publication.id)
                .limit(1)
                .with_for_update(skip_locked=True)
            ).first()
            if row is None:
                return None
            # An awaiting row's scheduled re-check (is the record public yet?) is not a
            # failed try: it spends no attempt of the retry budget.
            if row.state != AWAITING:
                row.attempts += 1
            row.state = UPLOADING
            row.lease_owner = owner
            row.lease_until = now + lease
            row.next_try_at = None
            row.updated_at = now
            return _view(row)

    def claim(self, publication_id: int, owner: str, lease: timedelta) -> PublicationView | None:
        """Take one named row now if it is waiting (queued or failed), whatever its schedule."""
        now = self._now()
        with self._db.write() as session:
            row = session.get(models.Publication, publication_id, with_for_update=True)
            if row is None or row.state not in (QUEUED, FAILED):
                return None
            row.state = UPLOADING
            row.attempts += 1
            row.lease_owner = owner
            row.lease_until = now + lease
            row.next_try_at = None
            row.updated_at = now
            return _view(row)

    def finish(self, claim: PublicationView, **values: Any) -> PublicationView:
        """Write a worker's result, only if it still holds the lease; releases the lease."""
        now = self._now()
        with self._db.write() as session:
            changed = session.execute(
                update(models.Publication)
                .where(
                    models.Publication.id == claim.id,
                    models.Publication.state == UPLOADING,
                    models.Publication.lease_owner == claim.lease_owner,
                )
                .values(**values, lease_owner="", lease_until=None, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if changed.rowcount != 1:  # type: ignore[attr-defined]
                raise LeaseLostError(claim.id)
            row = session.get(models.Publication, claim.id, populate_existing=True)
            assert row is not None
            return _view(row)

    def renew(self, claim: PublicationView, lease: timedelta) -> None:
        """Extend a held lease (a long upload on a slow line must not look abandoned)."""
        with self._db.write() as session:
            session.execute(
                update(models.Publication)
                .where(
                    models.Publication.id == claim.id,
                    models.Publication.state == UPLOADING,
                    models.Publication.lease_owner == claim.lease_owner,
                )
                .values(lease_until=self._now() + lease)
                .execution_options(synchronize_session=False)
            )

    def record_remote(self, claim: PublicationView, values: Mapping[str, Any]) -> None:
        """Store what exists on the site at once, before anything else can fail."""
        with self._db.write() as session:
            session.execute(
                update(models.Publication)
                .where(
                    models.Publication.id == claim.id,
                    models.Publication.lease_owner == claim.lease_owner,
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )

    def recover_stuck(self, interrupted_text: str) -> list[int]:
        """Rows left ``uploading`` by a dead worker become due again (looked up first)."""
        now = self._now()
        recovered: list[int] = []
        with self._db.write() as session:
            rows = session.scalars(
                select(models.Publication).where(models.Publication.state == UPLOADING)
            )
            for row in rows:
                expired = row.lease_until is None or row.lease_until <= now
                if not (expired or holder_is_dead(row.lease_owner)):
                    continue
                row.state = FAILED
                row.last_error = interrupted_text
                row.next_try_at = now
                row.lease_owner = ""
                row.lease_until = None
                row.updated_at = now
                recovered.append(row.id)
        return recovered

    def change(
        self,
        actor: Actor,
        publication_id: int,
        action: str,
        allowed_from: Iterable[str],
        **values: Any,
    ) -> PublicationView | None:
        """A person's transition (retry, cancel, proof); None if the row is not in a state
        ``allowed_from``."""
        now = self._now()
        with self._db.write() as session:
            row = session.get(models.Publication, publication_id, with_for_update=True)
            if row is None:
                raise not_found(publication_id)
            if row.state not in tuple(allowed_from):
                return None
            before = {"state": row.state}
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = now
            audit.record(
                session,
                actor,
                f"publication.{action}",
                "publication",
                row.id,
                at=now,
                before=before,
                after={k: _plain(v) for k, v in values.items() if k != "file_urls"},
            )
            return _view(row)

    def audit(self, actor: Actor, publication_id: int, action: str, **after: Any) -> None:
        with self._db.write() as session:
            audit.record(
                session,
                actor,
                f"publication.{action}",
                "publication",
                publication_id,
                at=self._now(),
                after={k: _plain(v) for k, v in after.items()},
            )

    def open_for(self, document_id: int, target: str) -> PublicationView | None:
        """The row of a decree for a target that is still going or already published."""
        for view in self.for_target(document_id, target):
            if view.state in (*OPEN_STATES, PUBLISHED):
                return view
        return None


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
