"""Files handed in with a request (salinan SK, nota dinas): kept in the content-addressed store
and listed on the request, so the paper and its soft file travel together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.documents.gate import IMAGE, PDF, admit
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.storage.filestore import FileStore

ATTACHMENT_KINDS = ("salinan_sk", "nota_dinas", "other")


@dataclass(frozen=True)
class AttachmentView:
    id: int
    request_id: int
    kind: str
    file_name: str
    sha256: str


class AttachmentService:
    def __init__(
        self, db: Database, files: FileStore, now: Callable[[], datetime] = utcnow
    ) -> None:
        self._db = db
        self._files = files
        self._now = now

    def attach(self, actor: Actor, request_id: int, kind: str, source: Path) -> AttachmentView:
        """Copy ``source`` into the store and link it to the request (the original stays)."""
        if kind not in ATTACHMENT_KINDS:
            raise ValidationError(
                msg(
                    "Jenis lampiran {kind!r} tidak dikenal.",
                    "Unknown attachment kind {kind!r}.",
                    kind=kind,
                )
            )
        if not source.is_file():
            raise ValidationError(
                msg("Berkas {path} tidak ada.", "The file {path} does not exist.", path=str(source))
            )
        admitted = admit(source, (PDF, IMAGE))  # by content: a renamed .exe never gets in
        blob = self._files.put_file(source)
        with self._db.write() as session:
            if session.get(models.Request, request_id) is None:
                raise NotFoundError(
                    msg(
                        "Permohonan {id} tidak ditemukan.", "Request {id} not found.", id=request_id
                    )
                )
            if session.get(models.StoredFile, blob.sha256) is None:
                session.add(
                    models.StoredFile(
                        sha256=blob.sha256,
                        size=blob.size,
                        media_type=admitted.media_type,
                        created_at=self._now(),
                    )
                )
                session.flush()
            row = models.RequestAttachment(
                request_id=request_id, sha256=blob.sha256, kind=kind, file_name=source.name
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "request.attach",
                "request",
                request_id,
                at=self._now(),
                after={"kind": kind, "file": source.name, "sha256": blob.sha256},
            )
            return AttachmentView(row.id, request_id, kind, row.file_name, blob.sha256)

    def list(self, request_id: int) -> list[AttachmentView]:
        with self._db.read() as session:
            rows = session.scalars(
                select(models.RequestAttachment)
                .where(models.RequestAttachment.request_id == request_id)
                .order_by(models.RequestAttachment.id)
            )
            return [AttachmentView(r.id, r.request_id, r.kind, r.file_name, r.sha256) for r in rows]

    def path(self, attachment: AttachmentView) -> Path:
        """The verified stored file, for opening or previewing."""
        return self._files.open_verified(attachment.sha256)
