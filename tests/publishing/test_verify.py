"""Proof of publication: download, size cap, redirects, and a clear reason for each failure."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from jdih_desktop.publishing import (
    HttpSettings,
    RetryablePublishError,
    VerificationError,
    VerifyResult,
    verify_url,
)
from jdih_desktop.publishing.http import make_client, send
from tests.publishing.servers.base import Response, TestServer
from tests.publishing.servers.ildis import IldisServer
from tests.publishing.servers.static import RoutesApp

PDF = b"%PDF-1.7\n" + b"isi salinan keputusan " * 400 + b"\n%%EOF\n"
SHA = hashlib.sha256(PDF).hexdigest()
FIXED = datetime(2024, 2, 14, 1, 0, tzinfo=UTC)


@pytest.fixture()
def site() -> Iterator[tuple[TestServer, RoutesApp]]:
    app = RoutesApp(
        {
            "/common/dokumen/sk.pdf": Response(200, PDF, "application/pdf"),
            "/chunked.pdf": Response(200, PDF, "application/pdf", chunked=True),
            "/old-link": Response.redirect("/common/dokumen/sk.pdf"),
            "/soft-404.pdf": Response.html("<html><body>Dokumen tidak ditemukan</body></html>"),
            "/big-page.pdf": Response.html("<p>" + "x" * 500_000 + "</p>"),
            "/forbidden.pdf": Response.html("<h1>Forbidden</h1>", 403),
            "/gone.pdf": Response.html("<h1>Gone</h1>", 410),
            "/loop": Response.redirect("/loop"),
        }
    )
    with TestServer(app) as server:
        yield server, app


def check(
    server: TestServer, path: str, http: HttpSettings, max_bytes: int = 10**6
) -> VerifyResult:
    return verify_url(f"{server.url}{path}", SHA, http=http, max_bytes=max_bytes)


def test_match_records_url_time_hash_and_follows_redirects(
    site: tuple[TestServer, RoutesApp], http_settings: HttpSettings
) -> None:
    server, _ = site
    proof = verify_url(f"{server.url}/old-link", SHA.upper(), http=http_settings, now=lambda: FIXED)
    assert proof.sha256 == SHA
    assert proof.size == len(PDF)
    assert proof.url == f"{server.url}/old-link"
    assert proof.final_url == f"{server.url}/common/dokumen/sk.pdf"
    assert proof.checked_at == FIXED
    assert proof.content_type == "application/pdf"
    assert check(server, "/chunked.pdf", http_settings).sha256 == SHA


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.pdf", "not_found"),
        ("/gone.pdf", "not_found"),
        ("/soft-404.pdf", "not_pdf"),
        ("/big-page.pdf", "not_pdf"),
        ("/forbidden.pdf", "http_status"),
        ("/loop", "http_status"),
    ],
)
def test_failures_have_a_reason(
    site: tuple[TestServer, RoutesApp], http_settings: HttpSettings, path: str, reason: str
) -> None:
    server, _ = site
    with pytest.raises(VerificationError) as caught:
        check(server, path, http_settings)
    assert caught.value.reason == reason
    assert caught.value.url == f"{server.url}{path}"
    assert not caught.value.retryable


def test_a_different_file_is_a_hash_mismatch_with_evidence(
    site: tuple[TestServer, RoutesApp], http_settings: HttpSettings
) -> None:
    server, app = site
    other = PDF.replace(b"salinan", b"SALINAN")
    app.routes["/common/dokumen/sk.pdf"] = Response(200, other, "application/pdf")
    with pytest.raises(VerificationError) as caught:
        check(server, "/common/dokumen/sk.pdf", http_settings)
    assert caught.value.reason == "hash_mismatch"
    assert caught.value.evidence is not None
    assert caught.value.evidence.sha256 == hashlib.sha256(other).hexdigest()
    assert "berbeda dengan arsip" in str(caught.value)


def test_size_cap_applies_with_and_without_content_length(
    site: tuple[TestServer, RoutesApp], http_settings: HttpSettings
) -> None:
    server, _ = site
    for path in ("/common/dokumen/sk.pdf", "/chunked.pdf"):
        with pytest.raises(VerificationError) as caught:
            check(server, path, http_settings, max_bytes=1024)
        assert caught.value.reason == "too_large"


def test_server_error_and_slow_site_are_retryable(
    site: tuple[TestServer, RoutesApp],
) -> None:
    server, _ = site
    server.add_fault("GET", "/common/dokumen/sk.pdf", "status", status=502)
    quick = HttpSettings(read_timeout=0.3, trust_env=False)
    with pytest.raises(RetryablePublishError):
        check(server, "/common/dokumen/sk.pdf", quick)
    slow = server.add_fault("GET", "/common/dokumen/sk.pdf", "delay")
    with pytest.raises(RetryablePublishError) as caught:
        check(server, "/common/dokumen/sk.pdf", quick)
    slow.release.set()
    assert "tidak menjawab" in str(caught.value)


def test_not_a_web_address(http_settings: HttpSettings) -> None:
    with pytest.raises(VerificationError) as caught:
        verify_url("jdih.kpu.go.id/sk.pdf", SHA, http=http_settings)
    assert caught.value.reason == "bad_url"


def test_a_body_garbled_on_the_way_is_retried_not_a_person_s_job(
    ildis_server: IldisServer, http_settings: HttpSettings
) -> None:
    """A "gzip" answer cut or mangled in transit raises httpx.DecodingError, which is not a
    TransportError: it must still be a retryable transport fault (issue 17, point 8)."""
    ildis_server.add_fault(
        "GET", "/common/dokumen/", "status", status=200, headers=[("Content-Encoding", "gzip")],
        times=2,
    )
    url = f"{ildis_server.url}/common/dokumen/x.pdf"
    with pytest.raises(RetryablePublishError):
        verify_url(url, "0" * 64, http=http_settings)
    with make_client(http_settings) as client, pytest.raises(RetryablePublishError):
        send(client, client.build_request("GET", url), site="x")
