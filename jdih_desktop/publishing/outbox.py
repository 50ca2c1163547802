"""The durable outbox: publish each decree to each target exactly once, across failures.

A person queues a decree (:meth:`Outbox.enqueue`); a worker (the background
:class:`~jdih_desktop.publishing.runner.OutboxRunner`, ``jdih outbox run`` or
``jdih publish --wait``) claims due rows one at a time and:

1. **looks the decree up on the site first** — after a timeout that came once the whole
   upload had been sent, a dropped connection, a crash mid-upload, or a record someone made by
   hand, the record may already exist; creating it again would publish the decree twice;
2. creates it only when the site has no such record, and stores the site's id at once;
3. proves publication (the public page answers, the file's SHA-256 is the archive's) and
   only then marks the row ``published`` and completes SOP step 4 of the linked requests.

Failures are kept with the error, the attempt count and the next try (exponential backoff with
jitter); those that repeating cannot fix (a refused password, a rejected record) wait for a
person. A worker that dies leaves its row ``uploading``; :meth:`Outbox.recover` takes it back
and it goes through the same look-up-first path. One attempt is
:class:`~jdih_desktop.publishing.attempt.Attempt`; the table is
:class:`~jdih_desktop.publishing.outbox_store.OutboxStore`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from jdih_desktop.accounts.permissions import require
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.errors import ValidationError
from jdih_desktop.publishing.attempt import Attempt, Outcome
from jdih_desktop.publishing.backoff import RandomSource, RetryPolicy, system_random
from jdih_desktop.publishing.errors import (
    RetryablePublishError,
)
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.items import ArchiveReader, main_sha256
from jdih_desktop.publishing.lease import owner_id
from jdih_desktop.publishing.model import MAIN
from jdih_desktop.publishing.outbox_store import (
    AWAITING,
    CANCELLED,
    FAILED,
    PUBLISHED,
    QUEUED,
    UPLOADING,
    OutboxStore,
    PublicationView,
)
from jdih_desktop.publishing.proof import prove_url
from jdih_desktop.publishing.steps import UploadSteps
from jdih_desktop.publishing.targets import Targets

log = logging.getLogger(__name__)
DEFAULT_LEASE = timedelta(minutes=30)


class Outbox:
    def __init__(
        self,
        db: Database,
        archive: ArchiveReader,
        targets: Targets,
        steps: UploadSteps,
        *,
        now: Callable[[], datetime],
        rng: RandomSource | None = None,
        policy: RetryPolicy | None = None,
        lease: timedelta = DEFAULT_LEASE,
        owner: str | None = None,
        teu_badan: Callable[[], str] = lambda: "",
        gate: Callable[[int], None] | None = None,
    ) -> None:
        self.store = OutboxStore(db, now)
        # Issue #22: raises when the decree may not be queued (personal data undecided).
        self._gate = gate
        self.targets = targets
        self.now = now
        self._db = db
        self._archive = archive
        self.steps = steps
        self._lease = lease
        self._owner = owner or owner_id()
        self._listeners: list[Callable[[], None]] = []
        self._teu_badan = teu_badan
        self._attempt = Attempt(
            self.store,
            db,
            archive,
            targets,
            steps,
            now=now,
            rng=rng or system_random(),
            policy=policy or RetryPolicy(),
            lease=lease,
            teu_badan=teu_badan,
        ).run

    def on_enqueue(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` after each new or retried row (the runner wakes up instead of
        polling); returns the function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # --- what people see -------------------------------------------------------------------

    def publication(self, publication_id: int) -> PublicationView:
        """One row of the outbox (raises NotFoundError when there is none)."""
        return self.store.get(publication_id)

    def publications(self, document_id: int) -> list[PublicationView]:
        """Every publication of one decree, oldest first."""
        return self.store.rows(document_id=document_id)

    # --- what people do --------------------------------------------------------------------

    def enqueue(self, actor: Actor, document_id: int, target: str | None = None) -> PublicationView:
        """Queue a decree for a target; the row already going (or published) if there is one.

        The idempotency key (decree, target, file, generation) makes two PCs that queue the
        same decree at the same moment end up with one row.
        """
        _may_publish(actor)
        name = self.targets.resolve(target)
        self.targets.publisher(name)  # refuse broken settings now, not in the background
        if self._gate is not None:
            self._gate(document_id)
        view = self._archive.get(document_id)
        if not (view.metadata.teu_badan.strip() or self._teu_badan().strip()):
            raise _no_issuing_body(view.metadata.nomor)
        sha = main_sha256(view)
        for _ in range(3):
            existing = self.store.open_for(document_id, name)
            if existing is not None:
                return existing
            generation = len(self.store.for_target(document_id, name))
            digest = hashlib.sha256(f"{name}\n{sha}".encode()).hexdigest()[:32]
            created = self.store.insert(
                actor, document_id, name, f"pub:{document_id}:{generation}:{digest}"
            )
            if created is not None:
                log.info("publication %s queued: decree %s to %s", created.id, document_id, name)
                for listener in self._listeners:
                    listener()
                return created
        raise ValidationError(
            msg("Antrean sedang sibuk; coba lagi.", "The outbox is busy; try again.")
        )

    def retry(self, actor: Actor, publication_id: int) -> PublicationView:
        """Try a failed, awaiting or cancelled row again now (looked up on the site first)."""
        _may_publish(actor)
        current = self.store.get(publication_id)
        if current.state == CANCELLED:
            other = self.store.open_for(current.document_id, current.target)
            if other is not None:
                raise _state_error(publication_id, other.state)
        view = self.store.change(
            actor,
            publication_id,
            "retry",
            (FAILED, AWAITING, CANCELLED),
            state=QUEUED,
            next_try_at=self.now(),
            note="",
        )
        if view is None:
            raise _state_error(publication_id, current.state)
        for listener in self._listeners:
            listener()
        return view

    def awaiting(self) -> list[PublicationView]:
        """Publications waiting on someone outside the app, oldest first: a site verifier
        (ILDIS: the record exists but is UnVerified) or a hand upload of an export package.
        ``note`` says what to do; ``next_try_at`` when the outbox looks again by itself
        (None: only a person's action moves it). For the GUI (Beranda) and ``outbox list``."""
        return sorted(self.store.rows(states=[AWAITING]), key=lambda v: (v.updated_at, v.id))

    def cancel(self, actor: Actor, publication_id: int) -> PublicationView:
        """Stop a row that is not being uploaded; what exists on the site stays there."""
        _may_publish(actor)
        view = self.store.change(
            actor,
            publication_id,
            "cancel",
            (QUEUED, FAILED, AWAITING),
            state=CANCELLED,
            next_try_at=None,
        )
        if view is None:
            raise _state_error(publication_id, self.store.get(publication_id).state)
        return view

    def confirm_url(
        self,
        actor: Actor,
        document_id: int,
        url: str,
        *,
        target: str | None = None,
        override_reason: str | None = None,
        http: HttpSettings | None = None,
    ) -> Outcome:
        """Prove a URL a person pasted (a hand upload) and complete step 4.

        When the site cannot be reached from the office, ``override_reason`` records the URL
        unproven with the reason; a site that answers with another file is never overridden.
        """
        _may_publish(actor)
        name = self.targets.resolve(target)
        if self.targets.kind(name) == "ildis" and not (override_reason or "").strip():
            # ILDIS serves a record's page and files before its verifier publishes it: a
            # URL that answers proves nothing there; only the site's is_publish does.
            raise ValidationError(
                msg(
                    "Untuk ILDIS, bukti terbit adalah status verifikasi situs, bukan URL yang "
                    "dapat dibuka; jalankan jdih outbox retry agar aplikasi membacanya.",
                    "For ILDIS, proof of publication is the site's verification state, not a "
                    "URL that opens; run jdih outbox retry so the app reads it.",
                )
            )
        sha = main_sha256(self._archive.get(document_id))
        row = self.store.open_for(document_id, name) or self._hand_upload_row(
            actor, document_id, name, sha
        )
        if row.state == UPLOADING:
            raise _state_error(row.id, row.state)
        settings = http or self.targets.http or HttpSettings()
        allowed = (QUEUED, FAILED, AWAITING, PUBLISHED)
        try:
            proof = prove_url(url, sha, http=settings, now=self.now)
        except RetryablePublishError as exc:
            reason = (override_reason or "").strip()
            if not reason:
                raise
            view = self.store.change(
                actor,
                row.id,
                "override",
                allowed,
                state=PUBLISHED,
                url=url,
                verified_at=None,
                verified_sha256="",
                next_try_at=None,
                last_error=str(exc),
                note=f"override: {reason}",
            )
        else:
            view = self.store.change(
                actor,
                row.id,
                "verify_url",
                allowed,
                state=PUBLISHED,
                url=url,
                file_urls={MAIN: proof.file.url},
                verified_at=proof.file.checked_at,
                verified_sha256=proof.file.sha256,
                last_error="",
                note="",
                next_try_at=None,
            )
        if view is None:
            raise _state_error(row.id, self.store.get(row.id).state)
        return Outcome(view, self.steps.complete(actor, document_id))

    # --- what the worker does --------------------------------------------------------------

    def recover(self) -> list[int]:
        """Take back rows a dead worker left ``uploading``; they are looked up before reuse."""
        recovered = self.store.recover_stuck(
            str(
                msg(
                    "Pengunggahan terputus (aplikasi berhenti di tengah jalan); dokumen akan "
                    "dicari dulu di situs sebelum dikirim ulang.",
                    "The upload was interrupted (the app stopped mid-way); the document will be "
                    "looked up on the site before it is sent again.",
                )
            )
        )
        if recovered:
            log.warning("outbox: took back interrupted publications %s", recovered)
        return recovered

    def process_next(self) -> Outcome | None:
        """Claim and attempt the earliest due row; None when nothing is due."""
        claim = self.store.claim_due(self._owner, self._lease)
        return None if claim is None else self._attempt(claim)

    def process(self, publication_id: int) -> Outcome | None:
        """Attempt one row now, whatever its schedule (``jdih publish --wait``)."""
        claim = self.store.claim(publication_id, self._owner, self._lease)
        return None if claim is None else self._attempt(claim)

    def run_until_idle(
        self, *, limit: int | None = None, stop: Callable[[], bool] = lambda: False
    ) -> list[Outcome]:
        outcomes: list[Outcome] = []
        while (limit is None or len(outcomes) < limit) and not stop():
            outcome = self.process_next()
            if outcome is None:
                break
            outcomes.append(outcome)
        return outcomes

    def next_due_at(self) -> datetime | None:
        return self.store.next_due_at()

    def _hand_upload_row(
        self, actor: Actor, document_id: int, target: str, sha: str
    ) -> PublicationView:
        generation = len(self.store.for_target(document_id, target))
        digest = hashlib.sha256(f"{target}\n{sha}".encode()).hexdigest()[:32]
        key = f"pub:{document_id}:{generation}:{digest}"
        view = self.store.insert(actor, document_id, target, key, state=AWAITING)
        return view or self.store.open_for(document_id, target) or _busy()


def _may_publish(actor: Actor) -> None:
    require(actor, Action.PUBLISH)


_STATE_ID = {
    QUEUED: "antre", UPLOADING: "mengunggah", PUBLISHED: "terbit", FAILED: "gagal",
    AWAITING: "menunggu", CANCELLED: "batal",
}


def _state_error(publication_id: int, state: str) -> ValidationError:
    return ValidationError(
        msg(
            "Publikasi {id} sedang berstatus {state}; tindakan ini tidak dapat dilakukan.",
            "Publication {id} is {state_en}; this action is not possible.",
            id=publication_id,
            state=_STATE_ID.get(state, state),
            state_en=state,
        )
    )


def _busy() -> PublicationView:
    raise ValidationError(msg("Antrean sedang sibuk; coba lagi.", "The outbox is busy; try again."))


def _no_issuing_body(nomor: str) -> ValidationError:
    """A decree with no T.E.U. badan of its own while the office profile names no office: a
    site record would name no issuing body (ILDIS lists only records with one), so nothing
    is queued until the office is named."""
    return ValidationError(
        msg(
            "Keputusan {nomor} tidak punya T.E.U. badan dan profil kantor belum diisi, jadi "
            "belum dapat diterbitkan. Isi nama kantor di Pengaturan → Profil kantor (atau "
            "jdih office set --by ADMIN --name \"…\"), atau isi T.E.U. badan keputusan ini.",
            "Decree {nomor} has no T.E.U. (issuing body) and the office profile is not filled "
            "in, so it cannot be published yet. Enter the office name in Settings → Office "
            "profile (or jdih office set --by ADMIN --name \"…\"), or give this decree its "
            "T.E.U.",
            nomor=nomor,
        )
    )
