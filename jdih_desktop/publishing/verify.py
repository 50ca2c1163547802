"""Proof of publication: the public URL really serves the archived PDF, byte for byte.

An upload can "succeed" and still leave a dead link (ILDIS drops files over PHP's 2 MB limit
without a word), a soft-404 HTML page, or another document's file (same-name overwrite). So
the file is downloaded — streamed, with a size cap, following redirects — and its SHA-256
compared with the archive's. Only a match yields a :class:`VerifyResult` to record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.base import no_url_error
from jdih_desktop.publishing.errors import (
    VerificationError,
    network_error,
    server_error,
    timeout_error,
)
from jdih_desktop.publishing.http import HttpSettings, connect_error, make_client, site_label
from jdih_desktop.publishing.model import (
    ABSTRACT,
    MAIN,
    PublicationItem,
    PublishResult,
    VerifyResult,
)

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
_SNIFF = 1024
_CHUNK = 64 * 1024


def _utcnow() -> datetime:
    return datetime.now(UTC)


def verify_url(
    url: str,
    expected_sha256: str,
    *,
    http: HttpSettings,
    max_bytes: int = DEFAULT_MAX_BYTES,
    now: Callable[[], datetime] = _utcnow,
) -> VerifyResult:
    """Download ``url`` and prove it is the file with ``expected_sha256``.

    Raises :class:`VerificationError` (``not_found``, ``http_status``, ``not_pdf``,
    ``too_large``, ``hash_mismatch``, ``bad_url``) or a retryable error for network
    trouble and 5xx answers.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise VerificationError(
            msg(
                "{url} bukan alamat web (harus diawali http:// atau https://).",
                "{url} is not a web address (it must start with http:// or https://).",
                url=url,
            ),
            reason="bad_url",
            url=url,
        )
    site = site_label(url)
    try:
        with make_client(http, follow_redirects=True) as client:
            return _download(client, url, expected_sha256.lower(), max_bytes, now)
    except httpx.TimeoutException as exc:
        raise timeout_error(site) from exc
    except httpx.TooManyRedirects as exc:
        raise _failure(
            url, "http_status", "terlalu banyak pengalihan", "too many redirects"
        ) from exc
    except httpx.ConnectError as exc:
        raise connect_error(site, exc) from exc
    except (httpx.TransportError, httpx.DecodingError) as exc:
        # A body cut or garbled on the way (DecodingError is no TransportError) is a
        # transport fault too: retried, never a reason to call a person.
        raise network_error(site, str(exc) or type(exc).__name__) from exc


def verify_published(
    item: PublicationItem,
    result: PublishResult,
    *,
    http: HttpSettings,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> PublishResult:
    """Verify every file of ``result``; the result again, with its proofs attached.

    A failure carries ``result`` as ``remote``: the record exists on the site even though
    its file is wrong, and the caller must record that (and fix or withdraw it).
    """
    if MAIN not in result.file_urls:
        raise no_url_error(item)
    expected = {MAIN: item.main_sha256}
    if item.abstract_sha256 and ABSTRACT in result.file_urls:
        expected[ABSTRACT] = item.abstract_sha256
    proofs = []
    for role, sha256 in expected.items():
        try:
            proofs.append(
                verify_url(result.file_urls[role], sha256, http=http, max_bytes=max_bytes)
            )
        except VerificationError as exc:
            exc.remote = result
            raise
    return replace(result, verified=tuple(proofs))


def _download(
    client: httpx.Client,
    url: str,
    expected: str,
    max_bytes: int,
    now: Callable[[], datetime],
) -> VerifyResult:
    with client.stream("GET", url) as response:
        status = response.status_code
        if status in (404, 410):
            raise _failure(url, "not_found", "berkas tidak ada (HTTP {status})",
                           "the file is not there (HTTP {status})", status=status)
        if status >= 500:
            raise server_error(site_label(url), status)
        if status >= 300:
            raise _failure(url, "http_status", "situs menjawab HTTP {status}",
                           "the site answered HTTP {status}", status=status)
        content_type = response.headers.get("content-type", "")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _too_large(url, max_bytes)
        digest = hashlib.sha256()
        head = b""
        size = 0
        for chunk in response.iter_bytes(_CHUNK):
            if len(head) < _SNIFF:
                head += chunk[: _SNIFF - len(head)]
                if len(head) >= _SNIFF and b"%PDF-" not in head:
                    raise _not_pdf(url, content_type)
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(url, max_bytes)
            digest.update(chunk)
        if b"%PDF-" not in head:
            raise _not_pdf(url, content_type)
        observed = VerifyResult(
            url=url,
            final_url=str(response.url),
            checked_at=now(),
            sha256=digest.hexdigest(),
            size=size,
            content_type=content_type,
        )
    if observed.sha256 != expected:
        raise VerificationError(
            msg(
                "Berkas di {url} berbeda dengan arsip (SHA-256 {observed} ≠ {expected}). "
                "Situs mungkin menyimpan berkas lain dengan nama yang sama; unggah ulang.",
                "The file at {url} differs from the archive (SHA-256 {observed} ≠ {expected}). "
                "The site may hold another file under the same name; upload it again.",
                url=url,
                observed=observed.sha256[:12],
                expected=expected[:12],
            ),
            reason="hash_mismatch",
            url=url,
            evidence=observed,
        )
    return observed


def _failure(
    url: str, reason: str, problem_id: str, problem_en: str, **params: object
) -> VerificationError:
    return VerificationError(
        msg(
            "Verifikasi {url} gagal: " + problem_id + ".",
            "Verifying {url} failed: " + problem_en + ".",
            url=url,
            **params,
        ),
        reason=reason,
        url=url,
    )


def _not_pdf(url: str, content_type: str) -> VerificationError:
    return VerificationError(
        msg(
            "{url} tidak berisi PDF (jenis isi: {content_type}); kemungkinan halaman galat atau "
            "tautan mati. Periksa unggahan di situs.",
            "{url} does not serve a PDF (content type: {content_type}); probably an error page "
            "or a dead link. Check the upload on the site.",
            url=url,
            content_type=content_type or "-",
        ),
        reason="not_pdf",
        url=url,
    )


def _too_large(url: str, max_bytes: int) -> VerificationError:
    return VerificationError(
        msg(
            "Berkas di {url} lebih besar dari batas {limit} MB; tidak diunduh.",
            "The file at {url} is larger than the {limit} MB limit; not downloaded.",
            url=url,
            limit=round(max_bytes / (1024 * 1024), 1),
        ),
        reason="too_large",
        url=url,
    )
