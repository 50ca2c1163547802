"""Proof of publication from a URL: the public page answers, and the file it serves is ours.

An operator who uploaded by hand pastes whatever the browser shows: the PDF's own address or
the document's page on the site. Both are accepted — a page is searched for links to PDFs and
the one whose SHA-256 matches the archive is the proof. The page check also catches a record
that exists but is not public yet (ILDIS shows 404 until a verifier publishes it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from urllib.parse import urljoin, urlsplit

import httpx

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.errors import (
    RetryablePublishError,
    VerificationError,
    network_error,
    server_error,
    timeout_error,
)
from jdih_desktop.publishing.http import HttpSettings, connect_error, make_client, site_label
from jdih_desktop.publishing.model import VerifyResult
from jdih_desktop.publishing.verify import verify_url

MAX_PAGE_BYTES = 2 * 1024 * 1024
MAX_LINKS = 20
_HREF = re.compile(r"""href\s*=\s*["']([^"'#]+)["']""", re.IGNORECASE)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Proof:
    """``url`` is what the operator or the site named; ``file`` is the matching download."""

    url: str
    file: VerifyResult


def check_page(url: str, *, http: HttpSettings) -> str:
    """The public page's HTML (after redirects); a clear error unless it answers 2xx."""
    site = site_label(url)
    try:
        with (
            make_client(http, follow_redirects=True) as client,
            client.stream("GET", url) as response,
        ):
            status = response.status_code
            if status >= 500:
                raise server_error(site, status)
            if status >= 300:
                raise VerificationError(
                    msg(
                        "Halaman publik {url} menjawab HTTP {status}; dokumen belum tampil "
                        "untuk umum (mungkin menunggu verifikator situs).",
                        "The public page {url} answered HTTP {status}; the document is "
                        "not public yet (perhaps waiting for the site's verifier).",
                        url=url,
                        status=status,
                    ),
                    reason="not_found" if status in (404, 410) else "http_status",
                    url=url,
                )
            body = b""
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_PAGE_BYTES:
                    break
            return body.decode(response.encoding or "utf-8", errors="replace")
    except httpx.TimeoutException as exc:
        raise timeout_error(site) from exc
    except httpx.ConnectError as exc:
        raise connect_error(site, exc) from exc
    except (httpx.TransportError, httpx.DecodingError) as exc:
        raise network_error(site, str(exc) or type(exc).__name__) from exc


def pdf_links(page_html: str, page_url: str) -> list[str]:
    """Absolute addresses of the PDFs a page links to, in page order, without repeats."""
    found: list[str] = []
    for raw in _HREF.findall(page_html):
        link = urljoin(page_url, unescape(raw.strip()))
        if urlsplit(link).path.lower().endswith(".pdf") and link not in found:
            found.append(link)
    return found[:MAX_LINKS]


def prove_url(
    url: str,
    expected_sha256: str,
    *,
    http: HttpSettings,
    now: Callable[[], datetime] = _utcnow,
) -> Proof:
    """Prove that ``url`` (a PDF, or a page linking to it) serves the archived file."""
    try:
        return Proof(url, verify_url(url, expected_sha256, http=http, now=now))
    except VerificationError as exc:
        if exc.reason != "not_pdf":
            raise
    page = check_page(url, http=http)
    mismatch: VerificationError | None = None
    for link in pdf_links(page, url):
        try:
            return Proof(url, verify_url(link, expected_sha256, http=http, now=now))
        except VerificationError as exc:
            mismatch = mismatch or (exc if exc.reason == "hash_mismatch" else None)
        except RetryablePublishError:
            continue
    if mismatch is not None:
        raise mismatch
    raise VerificationError(
        msg(
            "Halaman {url} tidak menautkan PDF keputusan ini (tidak ada berkas yang SHA-256-nya "
            "sama dengan arsip). Tempelkan alamat berkas PDF-nya.",
            "The page {url} does not link this decree's PDF (no file has the archive's "
            "SHA-256). Paste the address of the PDF itself.",
            url=url,
        ),
        reason="not_pdf",
        url=url,
    )
