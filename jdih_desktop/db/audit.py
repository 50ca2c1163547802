"""Appending to the audit log inside the caller's write transaction.

The event is part of the same unit of work as the change it describes: both commit or neither.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from jdih_desktop.db.models import AuditEvent
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.audit_chain import GENESIS_HASH, event_hash

_PG_AUDIT_LOCK = 7312_0001  # serialises chain appends between PCs sharing a PostgreSQL database


def event_content(event: AuditEvent) -> dict[str, Any]:
    """The fields the hash covers (everything but the hashes and the row id)."""
    return {
        "at": event.at.isoformat(),
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "before": event.before,
        "after": event.after,
    }


def _with_via(after: Mapping[str, Any] | None, actor: Actor) -> dict[str, Any] | None:
    """The event's payload, plus who really acted when someone acted for the account."""
    if not actor.via:
        return dict(after) if after is not None else None
    return {**(after or {}), "via": actor.via}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    *,
    at: datetime,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEvent:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    event = AuditEvent(
        at=at.astimezone(UTC),
        actor_id=actor.user_id,
        actor_name=actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=dict(before) if before is not None else None,
        after=_with_via(after, actor),
        prev_hash=prev or GENESIS_HASH,
        hash="",
    )
    event.hash = event_hash(event.prev_hash, event_content(event))
    session.add(event)
    session.flush()
    return event


def iter_chain(session: Session) -> Iterator[tuple[int, str, str, dict[str, Any]]]:
    """Rows for :func:`jdih_desktop.domain.audit_chain.verify_chain`, in order."""
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        yield event.id, event.prev_hash, event.hash, event_content(event)
