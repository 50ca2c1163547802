"""HTTP API adapter, for JDIH sites that offer an upload endpoint. The contract (v1):

* Every request carries ``Authorization: Bearer <token>`` (the token lives in the keyring).
* ``POST <base>/api/documents`` — multipart: ``metadata`` (JSON, our fields as in an export
  package's ``metadata.json``, schema ``resources/schemas/publication-metadata.schema.json``),
  ``file`` (the main PDF), optional ``abstract`` (the abstract PDF), file names unique as
  for ILDIS. Header ``Idempotency-Key: <document id>:<main SHA-256>``; a server honouring it
  answers a repeat with the first record. Answer **201** (or 200 for a repeat)
  ``{"id": "…", "url": "<public page>", "files": {"main": "<url>", "abstrak": "<url>"}}``;
  400/422 ``{"error": "…"}`` when the record is refused; 401/403 for a bad token.
* ``GET <base>/api/documents?nomor=…&tahun=…[&limit=N]`` — 200, a JSON list of
  ``{"id", "url", "nomor", "tahun", "judul", "files"}`` (lookup after an ambiguous failure).
* ``DELETE <base>/api/documents/<id>`` — 204; 404 when already gone.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.base import item_files, record_exists, same_document
from jdih_desktop.publishing.credentials import CredentialStore, account_name
from jdih_desktop.publishing.errors import (
    AuthPublishError,
    PermanentPublishError,
    PublisherConfigError,
    PublishValidationError,
    ambiguous_error,
    server_error,
    unexpected_status,
)
from jdih_desktop.publishing.http import HttpSettings, make_client, send, site_label
from jdih_desktop.publishing.model import ABSTRACT, MAIN, PublicationItem, PublishResult
from jdih_desktop.publishing.naming import file_names
from jdih_desktop.publishing.verify import verify_published

KIND = "api"
DOCUMENTS = "api/documents"


@dataclass(frozen=True)
class ApiConfig:
    base_url: str

    @classmethod
    def from_dict(cls, options: Mapping[str, Any]) -> ApiConfig:
        base = str(options.get("base_url", "")).rstrip("/")
        if not base.startswith(("http://", "https://")) or urlsplit(base).password is not None:
            raise PublisherConfigError(
                msg(
                    "API JDIH memerlukan alamat http/https tanpa kata sandi di dalamnya.",
                    "The JDIH API needs an http/https address without a password in it.",
                )
            )
        return cls(base)

    @property
    def token_account(self) -> str:
        return account_name(KIND, self.base_url)


class _BearerAuth(httpx.Auth):
    """Adds the token at send time, so it is never part of a logged or raised URL."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "<BearerAuth ***>"


class ApiPublisher:
    kind = KIND

    def __init__(
        self, config: ApiConfig, credentials: CredentialStore, http: HttpSettings | None = None
    ) -> None:
        self.config = config
        self.credentials = credentials
        self.http = http or HttpSettings()
        self.site = site_label(config.base_url)

    def check(self) -> None:
        self._lookup({"limit": "1"})

    def publish(self, item: PublicationItem) -> PublishResult:
        files = item_files(item)
        names = file_names(item)
        upload = [("file", (names[MAIN], files[MAIN], "application/pdf"))]
        if ABSTRACT in files:
            upload.append(("abstract", (names[ABSTRACT], files[ABSTRACT], "application/pdf")))
        with self._client() as client:
            request = client.build_request(
                "POST",
                self._url(DOCUMENTS),
                data={"metadata": item.metadata_json()},
                files=upload,
                headers={"Idempotency-Key": f"{item.document_id}:{item.main_sha256}"},
            )
            response = send(client, request, site=self.site, creates=True)
        if response.status_code == 504:
            raise ambiguous_error(self.site)
        self._raise_for_status(response, "dokumen baru", "the new document")
        if response.status_code not in (200, 201):
            raise unexpected_status(self.site, response.status_code, "dokumen baru", "the document")
        result = self._result(self._json(response), names)
        with record_exists(result):
            return verify_published(item, result, http=self.http)

    def find_existing(self, item: PublicationItem) -> PublishResult | None:
        records = self._lookup({"nomor": item.nomor, "tahun": str(item.tahun)})
        for record in records:
            if isinstance(record, dict) and same_document(
                item,
                str(record.get("nomor", "")),
                str(record.get("tahun", "")),
                str(record.get("judul", "")),
            ):
                return self._result(record, file_names(item))
        return None

    def verify(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        return verify_published(item, result, http=self.http)

    def withdraw(self, remote_id: str) -> None:
        with self._client() as client:
            request = client.build_request("DELETE", self._url(f"{DOCUMENTS}/{quote(remote_id)}"))
            response = send(client, request, site=self.site)
        if response.status_code in (200, 202, 204, 404):
            return
        self._raise_for_status(response, "penarikan", "the withdrawal")
        raise unexpected_status(self.site, response.status_code, "penarikan", "the withdrawal")

    # --- helpers ---------------------------------------------------------------------------

    def _lookup(self, params: dict[str, str]) -> list[Any]:
        with self._client() as client:
            request = client.build_request("GET", self._url(DOCUMENTS), params=params)
            response = send(client, request, site=self.site)
        self._raise_for_status(response, "pencarian", "the lookup")
        data = self._json(response)
        if not isinstance(data, list):
            raise self._bad_answer()
        return data

    def _client(self) -> httpx.Client:
        token = self.credentials.get_secret(self.config.token_account)
        return make_client(
            self.http, auth=_BearerAuth(token), headers={"Accept": "application/json"}
        )

    def _url(self, path: str) -> str:
        return f"{self.config.base_url}/{path}"

    def _raise_for_status(self, response: httpx.Response, action_id: str, action_en: str) -> None:
        status = response.status_code
        if status >= 500:
            raise server_error(self.site, status)
        if status in (401, 403):
            raise AuthPublishError(
                msg(
                    "{site} menolak token API (HTTP {status}); perbarui token di Pengaturan.",
                    "{site} refused the API token (HTTP {status}); update it in Settings.",
                    site=self.site,
                    status=status,
                )
            )
        if status in (400, 409, 422):
            raise PublishValidationError(
                msg(
                    "{site} menolak {action}: {detail}",
                    "{site} refused {action_en}: {detail}",
                    site=self.site,
                    action=action_id,
                    action_en=action_en,
                    detail=_error_text(response),
                )
            )
        if status >= 400:
            raise unexpected_status(self.site, status, action_id, action_en)

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise self._bad_answer() from exc

    def _bad_answer(self) -> PermanentPublishError:
        return PermanentPublishError(
            msg(
                "Jawaban {site} bukan JSON yang diharapkan; periksa alamat API di Pengaturan.",
                "{site} did not answer with the expected JSON; check the API address in "
                "Settings.",
                site=self.site,
            )
        )

    def _result(self, record: Any, names: dict[str, str]) -> PublishResult:
        if not isinstance(record, dict) or not record.get("id"):
            raise self._bad_answer()
        files = record.get("files") if isinstance(record.get("files"), dict) else {}
        return PublishResult(
            publisher=KIND,
            remote_id=str(record["id"]),
            public_url=str(record["url"]) if record.get("url") else None,
            file_urls={str(k): str(v) for k, v in (files or {}).items() if v},
            file_names=names,
            # The API creates records public; its answer with a public URL is the observation.
            published=bool(record.get("url")),
        )


def _error_text(response: httpx.Response) -> str:
    try:
        detail = response.json().get("error", "")
    except (ValueError, AttributeError):
        detail = ""
    text = " ".join(str(detail or f"HTTP {response.status_code}").split())
    return text if len(text) <= 300 else text[:297] + "..."

