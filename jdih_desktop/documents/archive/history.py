"""A decree's history for the Arsip screen: its audit events and its publications' events.

Read-only and small on purpose: the audit log is the record, this only selects the rows that
concern one decree (``document`` events, and ``publication`` events of its publications) in
time order, as plain dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str  # e.g. "document.create", "abstract.save", "publication.published"
    details: dict[str, Any]


class DocumentHistory:
    def __init__(self, db: Database) -> None:
        self._db = db

    def events(self, document_id: int) -> list[HistoryEntry]:
        with self._db.read() as session:
            publications = [
                str(pid)
                for pid in session.scalars(
                    select(models.Publication.id).where(
                        models.Publication.document_id == document_id
                    )
                )
            ]
            rows = session.scalars(
                select(models.AuditEvent)
                .where(
                    or_(
                        and_(
                            models.AuditEvent.entity == "document",
                            models.AuditEvent.entity_id == str(document_id),
                        ),
                        and_(
                            models.AuditEvent.entity == "publication",
                            models.AuditEvent.entity_id.in_(publications),
                        ),
                    )
                )
                .order_by(models.AuditEvent.id)
            )
            return [
                HistoryEntry(
                    at=row.at,
                    actor=row.actor_name,
                    action=row.action,
                    # The published-metadata digest is for ``jdih verify``, not for a clerk.
                    details={k: v for k, v in (row.after or {}).items() if k != "published"},
                )
                for row in rows
            ]
