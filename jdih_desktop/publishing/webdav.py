"""Static JDIH site over WebDAV: upload the PDFs, a detail page, and merge the JDIHN feed.

For an office whose JDIH site is plain files on a web host: the WebDAV root (``dav_url``)
is served publicly as ``site_base_url``. Files go to ``common/dokumen/`` (ILDIS's layout,
so URLs look alike), a small detail page to ``dokumen/<id>.html``, and ``feed/document.json``
is read, merged by ``idData`` and written back with ``If-Match`` on its ETag, so two PCs
publishing at once never drop each other's records (a 412 means: read again and re-merge).
Every PUT here is idempotent (same name, same bytes), so failures are simply retryable.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.base import item_files, normalize
from jdih_desktop.publishing.credentials import CredentialStore, account_name
from jdih_desktop.publishing.errors import (
    AuthPublishError,
    PermanentPublishError,
    PublisherConfigError,
    RetryablePublishError,
    server_error,
    unexpected_status,
)
from jdih_desktop.publishing.feed import dumps_feed, feed_record, merge_feed, validate_feed
from jdih_desktop.publishing.http import HttpSettings, make_client, send, site_label
from jdih_desktop.publishing.model import ABSTRACT, MAIN, PublicationItem, PublishResult
from jdih_desktop.publishing.naming import FILES_PATH, file_names, file_url, slug
from jdih_desktop.publishing.verify import verify_published

KIND = "webdav"
FEED_PATH = "feed/document.json"
PAGES_PATH = "dokumen"
_COLLECTIONS = ("common/", f"{FILES_PATH}/", "feed/", f"{PAGES_PATH}/")
_FEED_ATTEMPTS = 5
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebDavConfig:
    dav_url: str
    site_base_url: str
    username: str
    auth: str = "basic"

    @classmethod
    def from_dict(cls, options: Mapping[str, Any]) -> WebDavConfig:
        dav = str(options.get("dav_url", "")).rstrip("/")
        site = str(options.get("site_base_url", "")).rstrip("/")
        auth = str(options.get("auth", "basic"))
        urls_ok = all(
            u.startswith(("http://", "https://")) and urlsplit(u).password is None
            for u in (dav, site)
        )
        if not urls_ok or not options.get("username") or auth not in ("basic", "digest"):
            raise PublisherConfigError(
                msg(
                    "WebDAV memerlukan alamat WebDAV dan alamat publik situs (http/https, tanpa "
                    "kata sandi), nama pengguna, dan auth 'basic' atau 'digest'.",
                    "WebDAV needs the WebDAV address and the site's public address (http/https, "
                    "no password in them), a user name, and auth 'basic' or 'digest'.",
                )
            )
        return cls(dav, site, str(options["username"]), auth)

    @property
    def account(self) -> str:
        return account_name(KIND, self.dav_url, self.username)


def page_name(document_id: str) -> str:
    return f"{slug(document_id, 64)}.html"


class WebDavPublisher:
    kind = KIND

    def __init__(
        self, config: WebDavConfig, credentials: CredentialStore, http: HttpSettings | None = None
    ) -> None:
        self.config = config
        self.credentials = credentials
        self.http = http or HttpSettings()
        self.site = site_label(config.dav_url)

    def check(self) -> None:
        with self._client() as client:
            response = self._send(client, "PROPFIND", "", headers={"Depth": "0"})
            self._expect(response, (207, 200), "pemeriksaan", "the check")

    def publish(self, item: PublicationItem) -> PublishResult:
        files = item_files(item)
        names = file_names(item)
        detail_url = self._page_url(item.document_id)
        record = feed_record(item, self.config.site_base_url, detail_url=detail_url)
        validate_feed([record])
        with self._client() as client:
            self._ensure_collections(client)
            for role, data in files.items():
                self._put(client, f"{FILES_PATH}/{quote(names[role])}", data, "application/pdf")
            page = _detail_page(item, names, self.config.site_base_url)
            self._put(client, f"{PAGES_PATH}/{page_name(item.document_id)}", page, "text/html")
            self._update_feed(client, add=[record])
        log.info("Document %s published on %s", item.document_id, self.site)
        return verify_published(item, self._result(item.document_id, names), http=self.http)

    def find_existing(self, item: PublicationItem) -> PublishResult | None:
        with self._client() as client:
            feed, _ = self._read_feed(client)
        for record in feed:
            if isinstance(record, dict) and _matches(item, record):
                names = {MAIN: str(record.get("fileDownload", ""))}
                if record.get("abstrak") not in (None, "", "-"):
                    names[ABSTRACT] = str(record["abstrak"])
                return self._result(str(record["idData"]), names)
        return None

    def verify(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        return verify_published(item, result, http=self.http)

    def withdraw(self, remote_id: str) -> None:
        with self._client() as client:
            feed, _ = self._read_feed(client)
            doomed = [f"{PAGES_PATH}/{page_name(remote_id)}"]
            for record in feed:
                if isinstance(record, dict) and str(record.get("idData")) == remote_id:
                    for key in ("fileDownload", "abstrak"):
                        if record.get(key) not in (None, "", "-"):
                            doomed.append(f"{FILES_PATH}/{quote(str(record[key]))}")
            self._update_feed(client, remove=[remote_id])
            for path in doomed:
                response = self._send(client, "DELETE", path)
                self._expect(response, (200, 204, 404), "penghapusan", "the deletion")

    # --- feed ------------------------------------------------------------------------------

    def _read_feed(self, client: httpx.Client) -> tuple[list[Any], str | None]:
        response = self._send(client, "GET", FEED_PATH)
        if response.status_code == 404:
            return [], None
        self._expect(response, (200,), "pembacaan feed", "reading the feed")
        try:
            feed = json.loads(response.content)
        except ValueError:
            feed = None
        if not isinstance(feed, list):
            raise PermanentPublishError(
                msg(
                    "{path} di {site} bukan larik JSON; tidak ditimpa. Perbaiki berkas itu dulu.",
                    "{path} on {site} is not a JSON array; it is not overwritten. Fix that file "
                    "first.",
                    path=FEED_PATH,
                    site=self.site,
                )
            )
        return feed, response.headers.get("etag")

    def _update_feed(
        self,
        client: httpx.Client,
        *,
        add: list[dict[str, str | None]] | None = None,
        remove: list[str] | None = None,
    ) -> None:
        for _ in range(_FEED_ATTEMPTS):
            feed, etag = self._read_feed(client)
            merged = merge_feed(feed, add or [], remove_ids=remove or [])
            condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
            response = self._send(
                client,
                "PUT",
                FEED_PATH,
                content=dumps_feed(merged),
                headers={"Content-Type": "application/json; charset=utf-8", **condition},
            )
            if response.status_code == 412:
                log.info("Feed on %s changed meanwhile; merging again", self.site)
                continue
            self._expect(response, (200, 201, 204), "penulisan feed", "writing the feed")
            return
        raise RetryablePublishError(
            msg(
                "Feed di {site} terus berubah oleh penulis lain; coba lagi sebentar lagi.",
                "The feed on {site} keeps being changed by another writer; try again shortly.",
                site=self.site,
            )
        )

    # --- WebDAV plumbing -------------------------------------------------------------------

    def _ensure_collections(self, client: httpx.Client) -> None:
        for path in _COLLECTIONS:
            response = self._send(client, "MKCOL", path)
            # 405: it already exists; 301/302: some servers redirect an existing collection.
            self._expect(response, (201, 405, 301, 302), "pembuatan folder", "creating a folder")

    def _put(self, client: httpx.Client, path: str, data: bytes, content_type: str) -> None:
        response = self._send(
            client, "PUT", path, content=data, headers={"Content-Type": content_type}
        )
        self._expect(response, (200, 201, 204), "unggahan", "the upload")

    def _send(self, client: httpx.Client, method: str, path: str, **kwargs: Any) -> httpx.Response:
        request = client.build_request(method, f"{self.config.dav_url}/{path}", **kwargs)
        return send(client, request, site=self.site)

    def _expect(
        self, response: httpx.Response, ok: tuple[int, ...], action_id: str, action_en: str
    ) -> None:
        status = response.status_code
        if status in ok:
            return
        if status in (401, 403):
            raise AuthPublishError(
                msg(
                    "{site} menolak akun WebDAV {user} (HTTP {status}); periksa kata sandi dan "
                    "hak tulis di Pengaturan.",
                    "{site} refused the WebDAV account {user} (HTTP {status}); check the "
                    "password and write permission in Settings.",
                    site=self.site,
                    user=self.config.username,
                    status=status,
                )
            )
        if status >= 500:
            raise server_error(self.site, status)
        raise unexpected_status(self.site, status, action_id, action_en)

    def _client(self) -> httpx.Client:
        password = self.credentials.get_secret(self.config.account)
        auth: httpx.Auth = (
            httpx.DigestAuth(self.config.username, password)
            if self.config.auth == "digest"
            else httpx.BasicAuth(self.config.username, password)
        )
        return make_client(self.http, auth=auth)

    def _page_url(self, document_id: str) -> str:
        return f"{self.config.site_base_url}/{PAGES_PATH}/{page_name(document_id)}"

    def _result(self, remote_id: str, names: dict[str, str]) -> PublishResult:
        return PublishResult(
            publisher=KIND,
            remote_id=remote_id,
            public_url=self._page_url(remote_id),
            file_urls={r: file_url(self.config.site_base_url, n) for r, n in names.items() if n},
            file_names=dict(names),
            # Files PUT into the public web root are public; the download proves it before
            # the outbox records "published".
            published=True,
        )


def _matches(item: PublicationItem, record: Mapping[str, Any]) -> bool:
    if str(record.get("idData")) == item.document_id:
        return True
    years = {
        str(record.get("tahun_pengundangan", "")),
        str(record.get("tanggal_penetapan", ""))[:4],
    }
    return (
        str(item.tahun) in years
        and normalize(str(record.get("noPeraturan", ""))) == normalize(item.nomor)
        and normalize(str(record.get("judul", ""))) == normalize(item.judul)
    )


def _detail_page(item: PublicationItem, names: dict[str, str], site_base_url: str) -> bytes:
    """A minimal public page, so the feed's ``urlDetailPeraturan`` is never a dead link."""
    rows = [
        ("Jenis Dokumen", item.jenis),
        ("Nomor Peraturan", item.nomor),
        ("Tahun Terbit", str(item.tahun)),
        ("Tempat Penetapan", item.tempat_penetapan),
        ("Tanggal Penetapan", item.tanggal_penetapan.isoformat()),
        ("Status", item.status),
        ("Subjek", " - ".join(item.subjek)),
        ("Bahasa", item.bahasa),
    ]
    cells = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    links = "".join(
        f'<li><a href="{html.escape(file_url(site_base_url, name))}">{html.escape(name)}</a></li>'
        for name in names.values()
    )
    text = (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>{html.escape(item.judul)}</title></head><body>"
        f"<h1>{html.escape(item.judul)}</h1><table>{cells}</table><ul>{links}</ul>"
        "</body></html>"
    )
    return text.encode("utf-8")
