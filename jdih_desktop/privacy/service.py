"""One owner for the personal-data flow before publication: check, redact, decide, gate.

The outbox asks :meth:`PrivacyService.gate` before it queues a decree: a decree whose jenis is
checked, whose current main file has findings and no recorded decision (publish the redacted
public copy, or publish as is with a reason) is refused. Decisions are audited. The archive
keeps the original; the redacted copy is its own stored file (role ``redacted``) and, when
chosen, the file the site gets (role ``public``), so the proof of publication is made on it.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jdih_desktop.accounts.permissions import require
from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.errors import InvalidPdfError
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.errors import ValidationError
from jdih_desktop.privacy.check import PrivacyReport, check_pdf
from jdih_desktop.privacy.redact import RedactionResult, Region, Secret, redact_pdf
from jdih_desktop.signatures.verify import is_signed
from jdih_desktop.storage.atomic import atomic_writer
from jdih_desktop.storage.filestore import FileStore

log = logging.getLogger(__name__)
REDACTED_ROLE, PUBLIC_ROLE = "redacted", "public"
REDACT, AS_IS = "redact", "as_is"

KIND_NAMES = {
    "nik": msg("NIK", "NIK"),
    "nip": msg("NIP", "NIP"),
    "phone": msg("nomor telepon", "phone number"),
    "email": msg("alamat e-mail", "e-mail address"),
    "address": msg("alamat rumah", "street address"),
    "birth": msg("tempat/tanggal lahir", "place/date of birth"),
    "bank": msg("nomor rekening", "bank account"),
}
SIGNATURE_BROKEN = msg(
    "Keputusan ini bertanda tangan elektronik: salinan publik yang disensor TIDAK lagi "
    "bertanda tangan sah. Pilih yang diterbitkan: salinan disensor (jdih privacy decide ID "
    "--redact) atau asli bertanda tangan (--as-is --reason ...).",
    "This decree is electronically signed: the redacted public copy is NO longer validly "
    "signed. Choose what to publish: the redacted copy (jdih privacy decide ID --redact) or "
    "the signed original (--as-is --reason ...).",
)


@dataclass(frozen=True)
class ReviewView:
    document_id: int
    sha256: str
    counts: dict[str, int]
    decision: str
    reason: str
    redacted_sha256: str | None
    manual_regions: int

    @property
    def has_findings(self) -> bool:
        return bool(self.counts) or self.manual_regions > 0

    @property
    def undecided(self) -> bool:
        return self.has_findings and not self.decision


def _box(values: list[float]) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in values)
    return (x0, y0, x1, y1)


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {KIND_NAMES[k]}" for k, n in counts.items())


def _view(row: models.PrivacyReview) -> ReviewView:
    return ReviewView(
        row.document_id,
        row.sha256,
        dict(row.counts),
        row.decision,
        row.reason,
        row.redacted_sha256,
        len(row.manual_regions),
    )


class PrivacyService:
    def __init__(
        self,
        db: Database,
        archive: ArchiveService,
        files: FileStore,
        *,
        allowed: Callable[[], Sequence[str]] = tuple,
        now: Callable[[], datetime] = utcnow,
        language: str = "ind",
    ) -> None:
        self._db = db
        self._archive = archive
        self._files = files
        self._allowed = allowed  # the office's own phone/e-mail: public, never a finding
        self._now = now
        self._language = language

    # --- checks ---------------------------------------------------------------------------

    def check_file(self, path: Path) -> PrivacyReport:
        return check_pdf(path, allowed=self._allowed_values())

    def check_document(self, document_id: int) -> tuple[PrivacyReport, ReviewView]:
        """Check the decree's main file and record the review (kept when already done)."""
        main = self._main(document_id)
        report = check_pdf(self._files.open_verified(main), allowed=self._allowed_values())
        with self._db.write() as session:
            row = self._review(session, document_id, main)
            if row is None:
                row = models.PrivacyReview(
                    document_id=document_id, sha256=main, checked_at=self._now(), manual_regions=[]
                )
                session.add(row)
            row.counts = report.counts()
            row.findings = [f.as_json() for f in report.findings]
            row.checked_at = self._now()
            session.flush()
            return report, _view(row)

    def review(self, document_id: int) -> ReviewView | None:
        main = self._main(document_id)
        with self._db.read() as session:
            row = self._review(session, document_id, main)
            return _view(row) if row is not None else None

    def add_region(
        self, actor: Actor, document_id: int, page: int, box: tuple[float, float, float, float]
    ) -> ReviewView:
        """A region the operator drew (points, top-left origin) to black out too."""
        require(actor, Action.PUBLISH)
        if page < 1 or box[2] <= box[0] or box[3] <= box[1]:
            raise ValidationError(msg("Area sensor tidak sah.", "The region to redact is invalid."))
        main = self._main(document_id)
        if self.review(document_id) is None:
            self.check_document(document_id)
        with self._db.write() as session:
            row = self._review(session, document_id, main)
            assert row is not None
            row.manual_regions = [*row.manual_regions, {"page": page, "box": list(box)}]
            row.decision, row.redacted_sha256 = "", None  # the old copy misses this region
            return _view(row)

    # --- redaction ------------------------------------------------------------------------

    def redact_document(
        self, actor: Actor, document_id: int, output: Path | None = None
    ) -> tuple[RedactionResult, bool]:
        """Make and store the public redacted copy; ``(result, signature_broken)``.

        Refuses (stores nothing) when the verification still finds a value.
        """
        require(actor, Action.PUBLISH)
        source = self._archive.file_path(document_id, "main")
        report, review = self.check_document(document_id)
        with self._db.read() as session:
            row = self._review(session, document_id, review.sha256)
            manual = list(row.manual_regions) if row is not None else []
        regions = [Region(f.page, f.box, f.kind) for f in report.findings] + [
            Region(int(m["page"]), _box(m["box"]), "manual") for m in manual
        ]
        if not regions:
            raise ValidationError(
                msg(
                    "Tidak ada data pribadi yang ditemukan atau ditandai; tidak ada yang disensor.",
                    "No personal data found or marked; nothing to redact.",
                )
            )
        secrets = [Secret(f.kind, f.text) for f in report.findings]
        with tempfile.TemporaryDirectory(prefix="jdih-public-") as work:
            result = redact_pdf(
                source, Path(work) / "public.pdf", regions, secrets, language=self._language
            )
            if not result.clean:
                raise ValidationError(
                    msg(
                        "Sensor gagal diverifikasi: {n} nilai masih terbaca. Salinan tidak "
                        "disimpan.",
                        "The redaction failed verification: {n} values are still readable. "
                        "The copy was not stored.",
                        n=len(result.leaks_text) + len(result.leaks_ocr),
                    )
                )
            blob = self._files.put_file(result.path)
            if output is not None:
                with result.path.open("rb") as src, atomic_writer(output) as dst:
                    dst.write(src.read())
        signed = is_signed(source)
        name = f"{Path(self._main_name(document_id)).stem}_publik.pdf"
        with self._db.write() as session:
            self._set_file(session, document_id, REDACTED_ROLE, blob.sha256, blob.size, name)
            row = self._review(session, document_id, review.sha256)
            assert row is not None
            row.redacted_sha256 = blob.sha256
            audit.record(
                session,
                actor,
                "privacy.redact",
                "document",
                document_id,
                at=self._now(),
                after={
                    "sha256": blob.sha256,
                    "source_sha256": review.sha256,
                    "regions": len(regions),
                    "pages": list(result.pages_rebuilt),
                    "signature_broken": signed,
                },
            )
        return RedactionResult(
            output or result.path,
            blob.sha256,
            result.pages_rebuilt,
            result.regions,
            result.leaks_text,
            result.leaks_ocr,
        ), signed

    # --- the decision and the gate --------------------------------------------------------

    def decide(self, actor: Actor, document_id: int, decision: str, reason: str = "") -> ReviewView:
        """Record what is published: the redacted copy, or the main file as is (with a reason)."""
        require(actor, Action.PUBLISH)
        reason = reason.strip()
        if decision not in (REDACT, AS_IS):
            raise ValueError(f"unknown decision {decision!r}")
        if decision == AS_IS and len(reason) < 5:
            raise ValidationError(
                msg(
                    "Terbitkan apa adanya memerlukan alasan (mis. data pejabat yang memang "
                    "wajib diumumkan).",
                    "Publishing as is needs a reason (e.g. officials' data that must be public).",
                )
            )
        main = self._main(document_id)
        if self.review(document_id) is None:
            self.check_document(document_id)
        signed = is_signed(self._files.open_verified(main))
        with self._db.write() as session:
            row = self._review(session, document_id, main)
            assert row is not None
            if decision == REDACT and not row.redacted_sha256:
                raise ValidationError(
                    msg(
                        "Belum ada salinan disensor; jalankan dulu jdih privacy redact {id}.",
                        "There is no redacted copy yet; run jdih privacy redact {id} first.",
                        id=document_id,
                    )
                )
            row.decision, row.reason = decision, reason
            row.decided_by, row.decided_at = actor.username, self._now()
            if decision == REDACT:
                assert row.redacted_sha256 is not None
                name = f"{Path(self._main_name(document_id)).stem}_publik.pdf"
                stored = session.get(models.StoredFile, row.redacted_sha256)
                size = stored.size if stored is not None else 0
                self._set_file(session, document_id, PUBLIC_ROLE, row.redacted_sha256, size, name)
            else:
                self._drop_file(session, document_id, PUBLIC_ROLE)
            audit.record(
                session,
                actor,
                "privacy.decision",
                "document",
                document_id,
                at=self._now(),
                after={
                    "decision": decision,
                    "reason": reason,
                    "counts": dict(row.counts),
                    "sha256": main,
                    "published_sha256": row.redacted_sha256 if decision == REDACT else main,
                    "signed": signed,
                    "signature_kept": not (signed and decision == REDACT),
                },
            )
            return _view(row)

    def gate(self, document_id: int) -> None:
        """Raise :class:`ValidationError` when the decree may not be queued yet."""
        refusal = self.refusal(document_id)
        if refusal is not None:
            raise ValidationError(refusal)

    def refusal(self, document_id: int) -> Msg | None:
        self._drop_stale_public(document_id)
        view = self._archive.get(document_id)
        if not self.check_enabled(view.metadata.jenis) or view.file("main") is None:
            return None
        review = self.review(document_id)
        if review is None:
            try:
                _report, review = self.check_document(document_id)
            except InvalidPdfError as exc:
                # Nothing a reader could open is nothing a reader could read personal data
                # from; the publish step proves the file itself. Logged, not hidden.
                log.warning("privacy check skipped for decree %s: %s", document_id, exc)
                return None
        if not review.undecided:
            return None
        return msg(
            "Keputusan {id} memuat data pribadi ({found}) dan belum ada keputusan: sensor "
            "(jdih privacy redact {id}, lalu decide --redact) atau terbitkan apa adanya dengan "
            "alasan (jdih privacy decide {id} --as-is --reason ...). Tidak diantrekan.",
            "Decree {id} holds personal data ({found}) and nothing was decided: redact it "
            "(jdih privacy redact {id}, then decide --redact) or publish it as is with a "
            "reason (jdih privacy decide {id} --as-is --reason ...). Not queued.",
            id=document_id,
            found=counts_text(review.counts) or str(msg("area ditandai", "marked areas")),
        )

    def _drop_stale_public(self, document_id: int) -> None:
        """A public copy made from an older main file must never be published."""
        view = self._archive.get(document_id)
        public, main = view.file(PUBLIC_ROLE), view.file("main")
        if public is None:
            return
        with self._db.write() as session:
            row = self._review(session, document_id, main.sha256) if main else None
            if row is None or row.decision != REDACT or row.redacted_sha256 != public.sha256:
                self._drop_file(session, document_id, PUBLIC_ROLE)
                log.warning("dropped a stale public copy of decree %s", document_id)

    # --- settings per jenis ---------------------------------------------------------------

    def check_enabled(self, jenis: str) -> bool:
        with self._db.read() as session:
            row = session.get(models.PrivacyJenisSetting, jenis)
            return True if row is None else row.check_enabled

    def set_check(self, actor: Actor, jenis: str, enabled: bool) -> None:
        require(actor, Action.SETTINGS_EDIT)
        with self._db.write() as session:
            row = session.get(models.PrivacyJenisSetting, jenis)
            if row is None:
                row = models.PrivacyJenisSetting(jenis=jenis)
                session.add(row)
            row.check_enabled = enabled
            audit.record(
                session,
                actor,
                "privacy.setting",
                "document_type",
                jenis[:40],
                at=self._now(),
                after={"jenis": jenis, "check_enabled": enabled},
            )

    # --- helpers ---------------------------------------------------------------------------

    def _allowed_values(self) -> list[str]:
        values = []
        for value in self._allowed():
            values.append(value.strip().lower())
            values.append(re.sub(r"\D", "", value))
        return [v for v in values if v]

    def _main(self, document_id: int) -> str:
        main = self._archive.get(document_id).file("main")
        if main is None:
            raise ValidationError(
                msg(
                    "Keputusan {id} belum punya PDF utama.",
                    "Decree {id} has no main PDF yet.",
                    id=document_id,
                )
            )
        return main.sha256

    def _main_name(self, document_id: int) -> str:
        main = self._archive.get(document_id).file("main")
        return main.file_name if main is not None else f"keputusan_{document_id}.pdf"

    @staticmethod
    def _review(session: Session, document_id: int, sha256: str) -> models.PrivacyReview | None:
        return session.scalars(
            select(models.PrivacyReview)
            .where(
                models.PrivacyReview.document_id == document_id,
                models.PrivacyReview.sha256 == sha256,
            )
            .order_by(models.PrivacyReview.id.desc())
            .limit(1)
        ).first()

    def _set_file(
        self, session: Session, document_id: int, role: str, sha256: str, size: int, name: str
    ) -> None:
        if session.get(models.StoredFile, sha256) is None:
            session.add(
                models.StoredFile(
                    sha256=sha256, size=size, media_type="application/pdf", created_at=self._now()
                )
            )
        self._drop_file(session, document_id, role)
        session.add(
            models.DocumentFile(
                document_id=document_id,
                sha256=sha256,
                role=role,
                file_name=name,
                created_at=self._now(),
            )
        )

    @staticmethod
    def _drop_file(session: Session, document_id: int, role: str) -> None:
        for row in session.scalars(
            select(models.DocumentFile).where(
                models.DocumentFile.document_id == document_id, models.DocumentFile.role == role
            )
        ):
            session.delete(row)
