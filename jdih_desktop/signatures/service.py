"""One owner for electronic signatures: verify a file or an archived decree, manage the
office's trust roots. The CLI (``jdih signature``) and the GUI both call this service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from jdih_desktop.accounts.permissions import require
from jdih_desktop.db import audit
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.permissions import Action
from jdih_desktop.signatures.trust_roots import TrustRoot, TrustRootStore
from jdih_desktop.signatures.verify import SignatureCheck, is_signed, verify_pdf


class SignatureService:
    def __init__(
        self,
        db: Database,
        archive: ArchiveService,
        data_dir: Path,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self._archive = archive
        self.roots = TrustRootStore(data_dir)
        self._now = now

    def verify_file(self, path: Path) -> SignatureCheck:
        return verify_pdf(path, self.roots.certificates())

    def verify_document(self, document_id: int) -> SignatureCheck:
        """The decree's main copy (for a signed decree: the untouched original bytes)."""
        view = self._archive.get(document_id)
        check = self.verify_file(self._archive.file_path(document_id, "main"))
        main = view.file("main")
        name = main.file_name if main else check.file_name
        return SignatureCheck(name, check.sha256, check.signatures)

    @staticmethod
    def is_signed(path: Path) -> bool:
        return is_signed(path)

    def list_roots(self) -> list[TrustRoot]:
        return self.roots.list()

    def add_root(self, actor: Actor, path: Path) -> TrustRoot:
        """Trust a CA certificate (Administrator only); audited with its fingerprint."""
        require(actor, Action.SETTINGS_EDIT)
        root = self.roots.add(path)
        self._audit(actor, "signature.root_add", root)
        return root

    def remove_root(self, actor: Actor, fingerprint: str) -> TrustRoot:
        require(actor, Action.SETTINGS_EDIT)
        root = self.roots.remove(fingerprint)
        self._audit(actor, "signature.root_remove", root)
        return root

    def _audit(self, actor: Actor, action: str, root: TrustRoot) -> None:
        with self._db.write() as session:
            audit.record(
                session,
                actor,
                action,
                "trust_root",
                root.fingerprint[:40],
                at=self._now(),
                after={"subject": root.subject, "sha256": root.fingerprint},
            )
