"""One attempt at one claimed outbox row: look up, create if absent, prove, record.

The order is what makes publishing exactly-once: the site is asked for the decree *before*
anything is created (an earlier attempt's upload may have arrived though its answer was
lost), the site's id is stored the moment a record exists, and the row is ``published`` — and
SOP step 4 completed — only when the adapter *observed* the record public (``published`` is
never a default) and every file's SHA-256 matched. A record that exists but is not public
yet (an ILDIS verifier publishes later) is ``awaiting`` and re-checked every
:data:`AWAITING_RECHECK` without spending an attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.publishing.backoff import RandomSource, RetryPolicy
from jdih_desktop.publishing.base import Publisher
from jdih_desktop.publishing.errors import (
    AccountLockedError,
    PermanentPublishError,
    PublishError,
    VerificationError,
)
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.items import ArchiveReader, publication_item
from jdih_desktop.publishing.lease import keep_lease
from jdih_desktop.publishing.model import MAIN, PublicationItem, PublishResult, VerifyResult
from jdih_desktop.publishing.outbox_store import (
    AWAITING,
    FAILED,
    PUBLISHED,
    LeaseLostError,
    OutboxStore,
    PublicationView,
)
from jdih_desktop.publishing.proof import check_page
from jdih_desktop.publishing.steps import StepOutcome, UploadSteps, actor_of
from jdih_desktop.publishing.targets import Targets

log = logging.getLogger(__name__)
#: How often an ``awaiting`` row with a site record is looked at again.
AWAITING_RECHECK = timedelta(hours=1)


@dataclass(frozen=True)
class Outcome:
    """One attempt's result: the row as stored, and what happened to SOP step 4."""

    publication: PublicationView
    steps: StepOutcome = field(default_factory=StepOutcome)
    error: Msg | None = None


class Attempt:
    """Runs attempts for an :class:`~jdih_desktop.publishing.outbox.Outbox`."""

    def __init__(
        self,
        store: OutboxStore,
        db: Database,
        archive: ArchiveReader,
        targets: Targets,
        steps: UploadSteps,
        *,
        now: Callable[[], datetime],
        rng: RandomSource,
        policy: RetryPolicy,
        lease: timedelta,
        teu_badan: Callable[[], str],
    ) -> None:
        self.store = store
        self.targets = targets
        self.steps = steps
        self.now = now
        self._db = db
        self._archive = archive
        self._rng = rng
        self._policy = policy
        self._lease = lease
        self._teu_badan = teu_badan

    def run(self, claim: PublicationView) -> Outcome:
        """Attempt ``claim``, renewing its lease while a slow upload is under way."""
        with keep_lease(lambda: self.store.renew(claim, self._lease), self._lease / 3):
            return self._attempt(claim)

    def _attempt(self, claim: PublicationView) -> Outcome:
        log.info(
            "publication %s: attempt %s (decree %s to %s)",
            claim.id,
            claim.attempts,
            claim.document_id,
            claim.target,
        )
        publisher: Publisher | None = None
        try:
            item = publication_item(self._archive, claim.document_id, self._teu_badan())
            publisher = self.targets.publisher(claim.target)
            result = self._site_record(publisher, item, claim)
            if not result.published:
                result = self._publish_existing(publisher, item, result)
            if not result.published:
                view = self.store.finish(
                    claim,
                    state=AWAITING,
                    next_try_at=self.now() + AWAITING_RECHECK if result.file_urls else None,
                    last_error="",
                    note=_awaiting_note(result),
                    **_remote(result),
                )
                return Outcome(view)
            result, proof = self._prove(publisher, item, result)
        except LeaseLostError:
            return Outcome(self.store.get(claim.id))
        except PublishError as exc:
            return self._failure(claim, exc)
        except JdihError as exc:  # the archive: decree gone, file damaged in the store
            return self._failure(claim, PermanentPublishError(exc.message))
        finally:
            _close(publisher)
        try:
            view = self.store.finish(
                claim,
                state=PUBLISHED,
                next_try_at=None,
                last_error="",
                note="",
                verified_at=proof.checked_at,
                verified_sha256=proof.sha256,
                **_remote(result),
            )
        except LeaseLostError:
            return Outcome(self.store.get(claim.id))
        log.info("publication %s: published and proven at %s", view.id, view.url)
        actor = actor_of(self._db, claim.created_by_id)
        self.store.audit(
            actor or SYSTEM,
            view.id,
            "published",
            url=view.url,
            sha256=proof.sha256,
            remote_id=view.remote_id,
        )
        steps = self.steps.complete(actor, claim.document_id)
        if steps.problems:
            note = "; ".join(f"permohonan {rid}: {problem}" for rid, problem in steps.problems)
            view = (
                self.store.change(SYSTEM, view.id, "step_pending", (PUBLISHED,), note=note[:2000])
                or view
            )
        return Outcome(view, steps)

    def _site_record(
        self, publisher: Publisher, item: PublicationItem, claim: PublicationView
    ) -> PublishResult:
        """The site's record of the decree: found there, or created now (and stored at once)."""
        found = publisher.find_existing(item)
        if found is not None:
            log.info(
                "publication %s: decree already on the site as %s; not created again",
                claim.id,
                found.remote_id,
            )
            self.store.record_remote(claim, _remote(found))
            return found
        if claim.remote_id:
            # Created by an earlier attempt but not found now (edited or removed on the site):
            # never create it blindly again; verifying what we know says what is wrong.
            return PublishResult(
                publisher=publisher.kind,
                remote_id=claim.remote_id,
                public_url=claim.url or None,
                file_urls=dict(claim.file_urls),
            )
        if hasattr(publisher, "on_record"):  # ILDIS: the id is stored before TEU, publish…
            publisher.on_record = lambda created: self.store.record_remote(
                claim, _remote(created)
            )
        result = publisher.publish(item)
        self.store.record_remote(claim, _remote(result))
        return result

    def _publish_existing(
        self, publisher: Publisher, item: PublicationItem, result: PublishResult
    ) -> PublishResult:
        """Finish a record that exists but is not public, when the adapter can (ILDIS)."""
        finish: Callable[[PublicationItem, PublishResult], PublishResult] | None = getattr(
            publisher, "publish_existing", None
        )
        return result if finish is None else finish(item, result)

    def _prove(
        self, publisher: Publisher, item: PublicationItem, result: PublishResult
    ) -> tuple[PublishResult, VerifyResult]:
        if not result.verified:
            result = publisher.verify(item, result)
        if not result.published or not result.verified:
            raise VerificationError(
                msg(
                    "Situs tidak lagi menunjukkan dokumen {nomor} sebagai publik; belum dicatat "
                    "terbit.",
                    "The site no longer shows document {nomor} as public; not recorded as "
                    "published.",
                    nomor=item.nomor,
                ),
                reason="not_public",
                url=result.public_url or "",
                remote=result,
            )
        main_url = result.file_urls.get(MAIN)
        proof = next((p for p in result.verified if p.url == main_url), result.verified[0])
        if result.public_url:
            settings = getattr(publisher, "http", None) or self.targets.http or HttpSettings()
            check_page(result.public_url, http=settings)
        return result, proof

    def _failure(self, claim: PublicationView, exc: PublishError) -> Outcome:
        values: dict[str, Any] = {"last_error": str(exc)[:2000]}
        if exc.remote is not None:
            values.update(_remote(exc.remote))
        again = exc.retryable or isinstance(exc, VerificationError)
        if again and not self._policy.gives_up(claim.attempts):
            delay = self._policy.delay(claim.attempts, self._rng)
            if isinstance(exc, AccountLockedError):  # not before the suspension ends
                delay = max(delay, timedelta(seconds=exc.retry_after))
            values["next_try_at"] = self.now() + delay
        else:
            values["next_try_at"] = None
        log.warning(
            "publication %s: attempt %s failed (%s): %s",
            claim.id,
            claim.attempts,
            type(exc).__name__,
            exc.message.render("en"),
        )
        try:
            view = self.store.finish(claim, state=FAILED, **values)
        except LeaseLostError:
            view = self.store.get(claim.id)
        return Outcome(view, error=exc.message)


def _close(publisher: Publisher | None) -> None:
    """End the adapter's site sessions (ILDIS logs in once per attempt, then logs off)."""
    close: Callable[[], None] | None = getattr(publisher, "close", None)
    if close is not None:
        close()


def _remote(result: PublishResult) -> dict[str, Any]:
    main = result.file_urls.get(MAIN, "")
    return {
        "remote_id": result.remote_id[:60],
        "url": (result.public_url or main)[:500],
        "file_urls": dict(result.file_urls),
    }


def _awaiting_note(result: PublishResult) -> str:
    if not result.file_urls:
        return str(
            msg(
                "Paket ekspor {name} siap: unggah ke situs JDIH, lalu tempelkan URL-nya "
                "(jdih verify-url).",
                "Export package {name} is ready: upload it to the JDIH site, then paste its URL "
                "(jdih verify-url).",
                name=result.remote_id,
            )
        )
    return str(
        msg(
            "Rekaman {id} dibuat di situs tetapi belum dipublikasikan; minta verifikator situs "
            "mempublikasikannya, lalu jalankan jdih outbox retry.",
            "Record {id} was created on the site but is not published; ask the site's verifier "
            "to publish it, then run jdih outbox retry.",
            id=result.remote_id,
        )
    )
