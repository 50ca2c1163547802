"""One way to build HTTP clients and to turn transport failures into publishing errors.

Every adapter goes through :func:`make_client` so that TLS verification (with an optional
office CA bundle), the proxy and the timeouts are the same everywhere, and through
:func:`send` so that "the upload never arrived" and "the upload arrived but the answer was
lost" are told apart. That distinction decides whether a retry may create a duplicate.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpx

from jdih_desktop import __version__
from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.errors import (
    PermanentPublishError,
    PublisherConfigError,
    PublishError,
    ambiguous_error,
    network_error,
    timeout_error,
)


@dataclass(frozen=True)
class HttpSettings:
    """Network settings shared by every adapter (the ``http`` table of a publisher profile).

    ``trust_env`` lets the OS/environment proxy settings apply when no ``proxy`` is given;
    tests switch it off so a stray ``HTTP_PROXY`` can never send traffic elsewhere.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    write_timeout: float = 120.0
    pool_timeout: float = 10.0
    ca_bundle: str = ""
    proxy: str = ""
    trust_env: bool = True

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> HttpSettings:
        data = dict(data or {})
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise PublisherConfigError(
                msg(
                    "Pengaturan jaringan penerbit: kunci tidak dikenal {keys}.",
                    "Publisher network settings: unknown keys {keys}.",
                    keys=", ".join(unknown),
                )
            )
        values: dict[str, Any] = {}
        for name, value in data.items():
            default = getattr(cls, name)
            is_number = isinstance(value, int | float) and not isinstance(value, bool)
            if isinstance(default, float) and is_number:
                if value <= 0:
                    raise _bad_setting(name, "harus lebih dari 0", "must be above 0")
                value = float(value)
            elif type(value) is not type(default):
                raise _bad_setting(
                    name, f"harus bertipe {type(default).__name__}",
                    f"must be a {type(default).__name__}",
                )
            values[name] = value
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.ca_bundle and not Path(self.ca_bundle).is_file():
            raise PublisherConfigError(
                msg(
                    "Berkas sertifikat CA kantor {path} tidak ditemukan.",
                    "The office CA certificate file {path} does not exist.",
                    path=self.ca_bundle,
                )
            )
        if self.proxy:
            parts = urlsplit(self.proxy)
            if parts.scheme not in ("http", "https", "socks5") or not parts.hostname:
                raise _bad_setting("proxy", "bukan URL proxy yang sah", "is not a proxy URL")
            if parts.password:
                raise _bad_setting(
                    "proxy",
                    "jangan simpan kata sandi proxy di pengaturan",
                    "must not contain a password",
                )

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.read_timeout,
            write=self.write_timeout,
            pool=self.pool_timeout,
        )


def _bad_setting(name: str, problem_id: str, problem_en: str) -> PublisherConfigError:
    return PublisherConfigError(
        msg(
            "Pengaturan jaringan penerbit {name}: {problem}.",
            "Publisher network setting {name}: {problem_en}.",
            name=name,
            problem=problem_id,
            problem_en=problem_en,
        )
    )


@lru_cache(maxsize=8)
def ssl_context(ca_bundle: str = "") -> ssl.SSLContext:
    """Verification always on; an office CA (e.g. a TLS-inspecting proxy) is trusted in addition.

    Cached: loading the CA store costs ~30 ms, and a publish opens several clients. A context
    is safe to share between threads once configured.
    """
    context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        try:
            context.load_verify_locations(cafile=ca_bundle)
        except (OSError, ssl.SSLError) as exc:
            raise PublisherConfigError(
                msg(
                    "Berkas sertifikat CA kantor {path} tidak dapat dibaca: {detail}.",
                    "The office CA certificate file {path} cannot be read: {detail}.",
                    path=ca_bundle,
                    detail=str(exc),
                )
            ) from exc
    return context


def make_client(
    settings: HttpSettings,
    *,
    auth: httpx.Auth | None = None,
    follow_redirects: bool = False,
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """A client with our timeouts, TLS and proxy; close it (``with``) after one operation."""
    settings.validate()
    return httpx.Client(
        auth=auth,
        timeout=settings.timeout(),
        verify=ssl_context(settings.ca_bundle),
        proxy=settings.proxy or None,
        trust_env=settings.trust_env,
        follow_redirects=follow_redirects,
        headers={"User-Agent": f"JDIH-Desktop/{__version__}", **(headers or {})},
    )


def site_label(url: str) -> str:
    """How a site is named in messages: its host, never a path or query that may hold tokens."""
    return urlsplit(url).netloc or url


class _TrackedStream(httpx.SyncByteStream):
    """Wraps a request body and records whether every byte was handed to the socket.

    httpx does not say whether a failure happened while sending or while waiting for the
    answer; this flag does, and it is what makes a failure ambiguous rather than retryable.
    """

    def __init__(self, inner: httpx.SyncByteStream) -> None:
        self._inner = inner
        self.completed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner
        self.completed = True

    def close(self) -> None:
        self._inner.close()


def send(
    client: httpx.Client, request: httpx.Request, *, site: str, creates: bool = False
) -> httpx.Response:
    """Send ``request`` and read its answer, mapping transport failures to publishing errors.

    ``creates`` marks a request that may create something on the site (a POST of a record, a
    PUT of the feed): if it fails after the whole body was sent, the error is ambiguous.
    """
    tracker: _TrackedStream | None = None
    if creates and isinstance(request.stream, httpx.SyncByteStream):
        tracker = _TrackedStream(request.stream)
        request.stream = tracker
    try:
        return client.send(request)
    except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        raise timeout_error(site) from exc
    except httpx.TimeoutException as exc:
        if tracker is not None and tracker.completed:
            raise ambiguous_error(site) from exc
        raise timeout_error(site) from exc
    except httpx.ConnectError as exc:
        raise connect_error(site, exc) from exc
    except (httpx.TransportError, httpx.DecodingError) as exc:
        # DecodingError (a compressed answer cut short) is no TransportError in httpx, yet
        # a transport fault all the same: never a reason to call a person.
        if tracker is not None and tracker.completed:
            raise ambiguous_error(site) from exc
        raise network_error(site, _detail(exc)) from exc


def connect_error(site: str, exc: httpx.TransportError) -> PublishError:
    """A failed connection; an untrusted certificate gets its own, non-retryable message."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return PermanentPublishError(
                msg(
                    "Sertifikat TLS {site} tidak tepercaya ({detail}). Jika kantor memakai proxy "
                    "yang memeriksa HTTPS, isi berkas CA kantor di Pengaturan → Penerbitan.",
                    "The TLS certificate of {site} is not trusted ({detail}). If the office "
                    "uses an HTTPS-inspecting proxy, set the office CA file in Settings → "
                    "Publishing.",
                    site=site,
                    detail=cause.verify_message or "verify failed",
                )
            )
        cause = cause.__cause__ or cause.__context__
    return network_error(site, _detail(exc))


def _detail(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
