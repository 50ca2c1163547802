"""Appending to the audit log inside the caller's write transaction.

The event is part of the same unit of work as the change it describes: both commit or neither.
With the office's key (:mod:`jdih_desktop.db.audit_anchor`) events are HMAC-chained; the first
keyed event is an ``audit.chain_keyed`` marker after the legacy (unkeyed) prefix. Once the
transaction commits, the head file is rewritten with the new head.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event as sa_event
from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from jdih_desktop.db.audit_anchor import (
    HEAD_FILE,
    ChainAnchor,
    create_key,
    key_file_for,
    read_key,
    write_head,
)
from jdih_desktop.db.models import AuditEvent, Document
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.audit_chain import (
    GENESIS_HASH,
    KEYED_ACTION,
    event_hash,
    head_mac,
    keyed_event_hash,
    published_digest,
)
from jdih_desktop.domain.errors import JdihError

if TYPE_CHECKING:
    from jdih_desktop.db.engine import Database

log = logging.getLogger(__name__)

_PG_AUDIT_LOCK = 7312_0001  # serialises chain appends between PCs sharing a PostgreSQL database
_PENDING_HEAD = "jdih_audit_head"

# A decree's published metadata: the fields its create/update events carry a digest of, so
# an edit made in SQL shows up in ``jdih verify``.
PUBLISHED_FIELDS = (
    "bentuk",
    "judul",
    "nomor",
    "tahun",
    "tempat_penetapan",
    "tanggal_penetapan",
    "tanggal_pengundangan",
    "sumber",
    "teu_badan",
    "penandatangan",
    "pemrakarsa",
    "bahasa",
    "bidang_hukum",
    "urusan_pemerintahan",
    "status",
    "lokasi",
    "is_salinan",
    "physical_location",
)


def document_digest(row: Document) -> str:
    """The digest of a decree row's published fields, as its audit events carry it."""
    return published_digest({name: getattr(row, name) for name in PUBLISHED_FIELDS})


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


def anchor_of(session: Session) -> ChainAnchor | None:
    database = session.info.get("jdih_database")
    return getattr(database, "audit_anchor", None)


def _with_via(after: Mapping[str, Any] | None, actor: Actor) -> dict[str, Any] | None:
    """The event's payload, plus who really acted when someone acted for the account."""
    if not actor.via:
        return dict(after) if after is not None else None
    return {**(after or {}), "via": actor.via}


def _is_keyed(event: AuditEvent | None, key: bytes) -> bool:
    if event is None:
        return False
    expected = keyed_event_hash(key, event.prev_hash, event_content(event))
    return hmac.compare_digest(expected, event.hash)


def _append(
    session: Session,
    key: bytes | None,
    prev: str,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    at: datetime,
    before: Mapping[str, Any] | None,
    after: dict[str, Any] | None,
) -> AuditEvent:
    event = AuditEvent(
        at=at.astimezone(UTC),
        actor_id=actor.user_id,
        actor_name=actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=dict(before) if before is not None else None,
        after=after,
        prev_hash=prev,
        hash="",
    )
    content = event_content(event)
    event.hash = (
        keyed_event_hash(key, prev, content) if key is not None else event_hash(prev, content)
    )
    session.add(event)
    session.flush()
    return event


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
    anchor = anchor_of(session)
    key = anchor.key if anchor is not None else None
    last = session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    prev = last.hash if last is not None else GENESIS_HASH
    if key is not None and not _is_keyed(last, key):
        # The legacy prefix ends here (or the log is empty): say so in a keyed event.
        marker = _append(
            session,
            key,
            prev,
            SYSTEM,
            KEYED_ACTION,
            "audit_log",
            last.id if last is not None else 0,
            at,
            None,
            {"legacy_head": prev, "legacy_events": _count(session)},
        )
        prev = marker.hash
    event = _append(
        session, key, prev, actor, action, entity, entity_id, at, before, _with_via(after, actor)
    )
    if anchor is not None and anchor.head_file is not None:
        _remember_head(session, anchor, event)
    return event


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _head_record(anchor: ChainAnchor, event_id: int, hash_: str, count: int) -> dict[str, Any]:
    mac = head_mac(anchor.key, event_id, hash_, count) if anchor.key is not None else ""
    return {"id": event_id, "hash": hash_, "count": count, "mac": mac}


def anchor_current_head(db: Database) -> None:
    """Rewrite the head file from the log as it is now: only after a restore, which puts an
    older (or another office's) log in place on purpose."""
    anchor = db.audit_anchor
    if anchor is None or anchor.head_file is None:
        return
    with db.read() as session:
        last = session.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).first()
        count = _count(session)
    if last is None:
        anchor.head_file.unlink(missing_ok=True)
        return
    write_head(anchor.head_file, _head_record(anchor, last[0], last[1], count), force=True)


def _remember_head(session: Session, anchor: ChainAnchor, event: AuditEvent) -> None:
    """Write the head file once this transaction has committed (never for a rolled back one)."""
    first = _PENDING_HEAD not in session.info
    session.info[_PENDING_HEAD] = _head_record(anchor, event.id, event.hash, _count(session))
    if first:
        path = anchor.head_file
        assert path is not None

        def _after_commit(committed: Session) -> None:
            head = committed.info.pop(_PENDING_HEAD, None)
            if head is None:
                return
            try:
                write_head(path, head)
            except OSError as exc:  # e.g. a full disk: the event is committed; the head file
                # stays one step behind, which verify accepts (it only catches a log shorter
                # than its head), and the next event writes it again.
                log.warning("cannot write the audit head file %s: %s", path, exc)

        def _after_rollback(rolled_back: Session, _previous: object) -> None:
            rolled_back.info.pop(_PENDING_HEAD, None)

        sa_event.listen(session, "after_commit", _after_commit)
        sa_event.listen(session, "after_soft_rollback", _after_rollback)


def iter_chain(session: Session) -> Iterator[tuple[int, str, str, dict[str, Any]]]:
    """Rows for :func:`jdih_desktop.domain.audit_chain.verify_chain`, in order."""
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        yield event.id, event.prev_hash, event.hash, event_content(event)


def open_anchor(db: Database, data_dir: Path) -> ChainAnchor:
    """Load the office's audit key (creating it for a chain that was never keyed) and attach
    the anchor to ``db``; a keyed chain whose key is gone gets ``key=None``, never a new key,
    so ``jdih verify`` reports the loss instead of a fresh chain hiding it."""
    key_file = key_file_for(data_dir)
    key = read_key(key_file)
    if key is None and not key_file.exists():
        try:
            with db.read() as session:
                keyed = session.scalar(
                    select(AuditEvent.id).where(AuditEvent.action == KEYED_ACTION).limit(1)
                )
        except (SQLAlchemyError, JdihError):  # not migrated yet (e.g. ``jdih db status``)
            keyed = None
        if keyed is None:
            try:
                key = create_key(key_file)
            except OSError as exc:  # a read-only parent folder: stay unkeyed, say why
                log.warning("cannot create the audit key file %s: %s", key_file, exc)
        else:
            log.warning("the audit chain is keyed but its key file %s is missing", key_file)
    anchor = ChainAnchor(key, data_dir / HEAD_FILE, key_file)
    db.audit_anchor = anchor
    return anchor
