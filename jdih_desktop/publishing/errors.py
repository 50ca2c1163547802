"""Why a publication failed, in categories the outbox can act on without reading messages.

* :class:`RetryablePublishError` — nothing was created (network down, 5xx, timeout before
  the request was fully sent, drive not inserted): try again later, unchanged.
* :class:`AmbiguousPublishError` — the request body reached the site but no answer came
  back: the record may exist. Call ``Publisher.find_existing`` before creating again, or
  the site ends up with the decree twice.
* :class:`AuthPublishError` — wrong password, missing role or token. Never retried
  automatically: ILDIS suspends an account after three wrong passwords. A suspended
  account (:class:`AccountLockedError`) is the exception: the password is not judged, the
  attempt is retried once the suspension is over.
* :class:`PublishValidationError` — the site refused the record (ILDIS: a 302 without id).
* :class:`PermanentPublishError` — retrying cannot help (bad settings, archive file missing).
* :class:`VerificationError` — the public URL does not serve our file (404, an HTML page,
  a different hash). Carries what was observed, as evidence for the log.

No message ever contains a password or token: they are never passed to these classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import Msg, msg

if TYPE_CHECKING:
    from jdih_desktop.publishing.model import PublishResult, VerifyResult


class PublishError(JdihError):
    """Any failure of the publishing layer; ``retryable`` and ``needs_lookup`` guide the outbox."""

    retryable: ClassVar[bool] = False
    needs_lookup: ClassVar[bool] = False

    def __init__(self, message: Msg, *, remote: PublishResult | None = None) -> None:
        super().__init__(message)
        #: What was already created on the site before the failure, when known.
        self.remote = remote


class RetryablePublishError(PublishError):
    """A transient failure before anything was created; the same request may be sent again."""

    retryable = True


class AmbiguousPublishError(PublishError):
    """The site received the whole request but did not answer: look the record up first."""

    retryable = True
    needs_lookup = True


class AuthPublishError(PublishError):
    """The site rejected our identity; a person must fix the password, token or role."""


class AccountLockedError(AuthPublishError):
    """The site suspended the account for a while (ILDIS: 5 minutes after 3 wrong logins).

    Not a verdict on the password we hold (the site refuses even the right one while
    suspended), so it is kept and the attempt retried after ``retry_after`` seconds.
    """

    retryable = True

    def __init__(self, message: Msg, *, retry_after: float = 300.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PublishValidationError(PublishError):
    """The site refused the record's contents (a required field, a format)."""


class PermanentPublishError(PublishError):
    """A failure that repeating cannot fix without a change by a person."""


class PublisherConfigError(PermanentPublishError):
    """The publisher settings are incomplete or contradictory."""


class VerificationError(PublishError):
    """The public URL does not prove publication; ``reason`` says how it failed.

    Reasons: ``not_found`` (404/410), ``http_status`` (another 4xx, a redirect loop),
    ``not_pdf`` (an HTML page or anything without ``%PDF-`` in its first KB), ``too_large``
    (over the size cap), ``hash_mismatch`` (a different file; ``evidence`` holds what was
    served), ``no_url`` (nothing to check yet), ``bad_url`` (not an http/https address).
    """

    def __init__(
        self,
        message: Msg,
        *,
        reason: str,
        url: str,
        evidence: VerifyResult | None = None,
        remote: PublishResult | None = None,
    ) -> None:
        super().__init__(message, remote=remote)
        self.reason = reason
        self.url = url
        self.evidence = evidence


# --- message builders shared by the adapters ----------------------------------------------


def network_error(site: str, detail: str) -> RetryablePublishError:
    return RetryablePublishError(
        msg(
            "Tidak dapat terhubung ke {site}: {detail}. Periksa koneksi internet atau proxy; "
            "pengiriman akan dicoba lagi.",
            "Cannot reach {site}: {detail}. Check the internet connection or proxy; the "
            "upload will be retried.",
            site=site,
            detail=detail,
        )
    )


def timeout_error(site: str) -> RetryablePublishError:
    return RetryablePublishError(
        msg(
            "{site} tidak menjawab dalam batas waktu; pengiriman akan dicoba lagi.",
            "{site} did not answer in time; the upload will be retried.",
            site=site,
        )
    )


def ambiguous_error(site: str) -> AmbiguousPublishError:
    return AmbiguousPublishError(
        msg(
            "Dokumen sudah terkirim ke {site}, tetapi situs tidak menjawab. Dokumen mungkin "
            "sudah tersimpan di sana: periksa dulu sebelum mengirim ulang agar tidak ganda.",
            "The document reached {site} but the site did not answer. It may already be "
            "stored there: check before sending again, so it is not published twice.",
            site=site,
        )
    )


def server_error(site: str, status: int) -> RetryablePublishError:
    return RetryablePublishError(
        msg(
            "{site} mengalami gangguan (HTTP {status}); pengiriman akan dicoba lagi.",
            "{site} has a server error (HTTP {status}); the upload will be retried.",
            site=site,
            status=status,
        )
    )


def unexpected_status(
    site: str, status: int, action_id: str, action_en: str
) -> PermanentPublishError:
    return PermanentPublishError(
        msg(
            "{site} menolak {action} (HTTP {status}). Hubungi pengelola situs.",
            "{site} refused {action_en} (HTTP {status}). Contact the site administrator.",
            site=site,
            status=status,
            action=action_id,
            action_en=action_en,
        )
    )
