"""ILDIS adapter: publishes through the admin web forms, as an operator would (DOMAIN.md §5).

ILDIS has no API. The adapter logs in right before posting, creates the record with the
model-namespaced multipart fields (PDFs only, under unique names), reads the new id from
the ``302 → view?id=N`` answer (a 302 *without* id is a rejection), reads the record back,
optionally has a verifier account publish it, and finally downloads the files from their
public URLs: PHP drops uploads over its limit without an error, leaving dead links.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.base import (
    item_files,
    no_url_error,
    record_exists,
    same_document,
)
from jdih_desktop.publishing.credentials import CredentialStore, account_name
from jdih_desktop.publishing.errors import (
    AuthPublishError,
    PermanentPublishError,
    PublisherConfigError,
    PublishError,
    PublishValidationError,
    unexpected_status,
)
from jdih_desktop.publishing.http import HttpSettings, make_client, send, site_label
from jdih_desktop.publishing.ildis_html import PageInfo
from jdih_desktop.publishing.ildis_session import FileField, IldisSession
from jdih_desktop.publishing.model import ABSTRACT, MAIN, PublicationItem, PublishResult
from jdih_desktop.publishing.naming import file_names, file_url
from jdih_desktop.publishing.verify import verify_published

KIND = "ildis"
PHP_UPLOAD_LIMIT = 2 * 1024 * 1024
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IldisConfig:
    """``base_url`` is the public site root; the backend is ``<base_url>/backend`` by default.

    ``verifier_username`` (optional) is a second account with the verifier role: ILDIS lets
    only verifiers publish, so without it new records wait for a verifier on the site.
    ``max_upload_bytes`` is the site's PHP ``upload_max_filesize`` (2 MB unless raised).
    """

    base_url: str
    username: str
    verifier_username: str = ""
    backend_url: str = ""
    max_upload_bytes: int = PHP_UPLOAD_LIMIT
    default_jenis_id: int = 0

    @classmethod
    def from_dict(cls, options: Mapping[str, Any]) -> IldisConfig:
        base = str(options.get("base_url", "")).rstrip("/")
        username = str(options.get("username", ""))
        if not base.startswith(("http://", "https://")) or not username:
            raise PublisherConfigError(
                msg(
                    "ILDIS memerlukan alamat situs (http/https) dan nama pengguna operator.",
                    "ILDIS needs the site address (http/https) and the operator's user name.",
                )
            )
        if urlsplit(base).password is not None:
            raise PublisherConfigError(
                msg(
                    "Jangan tulis kata sandi di alamat situs; simpan di keyring.",
                    "Do not put a password in the site address; store it in the keyring.",
                )
            )
        return cls(
            base_url=base,
            username=username,
            verifier_username=str(options.get("verifier_username", "")),
            backend_url=str(options.get("backend_url", "")).rstrip("/") or f"{base}/backend",
            max_upload_bytes=int(options.get("max_upload_bytes", PHP_UPLOAD_LIMIT)),
            default_jenis_id=int(options.get("default_jenis_id", 0)),
        )

    @property
    def operator_account(self) -> str:
        return account_name(KIND, self.base_url, self.username)

    @property
    def verifier_account(self) -> str:
        return account_name(KIND, self.base_url, self.verifier_username)


class IldisPublisher:
    kind = KIND

    def __init__(
        self, config: IldisConfig, credentials: CredentialStore, http: HttpSettings | None = None
    ) -> None:
        self.config = config
        self.credentials = credentials
        self.http = http or HttpSettings()
        self.site = site_label(config.base_url)

    def check(self) -> None:
        with self._session(verifier=False) as session:
            session.login()
        if self.config.verifier_username:
            with self._session(verifier=True) as session:
                session.login()

    def publish(self, item: PublicationItem) -> PublishResult:
        files = item_files(item)
        self._check_sizes(item, files)
        jenis_id = item.ildis_jenis_id or self.config.default_jenis_id
        if not jenis_id:
            raise PublisherConfigError(
                msg(
                    "Jenis dokumen {jenis} belum dipetakan ke id jenis ILDIS (mis. 17 atau 19).",
                    "The document type {jenis} has no ILDIS type id yet (e.g. 17 or 19).",
                    jenis=item.jenis,
                )
            )
        names = file_names(item)
        with self._session(verifier=False) as session:
            session.login()
            remote_id = self._create(session, item, jenis_id, files, names)
            log.info("ILDIS record %s created for document %s", remote_id, item.document_id)
            result = self._result(remote_id, names, published=False)
            with record_exists(result):
                self._read_back(session, item, result)
        with record_exists(result):
            if self.config.verifier_username:
                self._publish_record(remote_id)
                result = self._result(remote_id, names, published=True)
            return verify_published(item, result, http=self.http)

    def find_existing(self, item: PublicationItem) -> PublishResult | None:
        with self._session(verifier=False) as session:
            session.login()
            index = session.page(
                "peraturan/index",
                {
                    "PeraturanSearch[nomor_peraturan]": item.nomor,
                    "PeraturanSearch[tahun_terbit]": str(item.tahun),
                },
            )
            for key in index.keys:
                view = session.page("peraturan/view", {"id": key})
                if same_document(
                    item,
                    view.row("Nomor Peraturan", "Nomor"),
                    view.row("Tahun Terbit", "Tahun"),
                    view.row("Judul"),
                ):
                    published = self._is_public(session.client, key)
                    return self._result(key, _stored_names(view), published=published)
        return None

    def publish_existing(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        """Have the verifier publish a record that exists but is not public (e.g. found by
        ``find_existing`` after an interrupted upload); unchanged without a verifier account."""
        if result.published or not self.config.verifier_username:
            return result
        with record_exists(result):
            self._publish_record(result.remote_id)
            published = replace(result, published=True)
            return verify_published(item, published, http=self.http)

    def verify(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        if not result.file_urls:
            raise no_url_error(item)
        return verify_published(item, result, http=self.http)

    def withdraw(self, remote_id: str) -> None:
        with self._session(verifier=False) as session:
            session.login()
            response = session.post(
                "peraturan/delete", {}, params={"id": remote_id}, csrf_from="peraturan/index"
            )
            if response.status_code == 404 or response.is_redirect:
                log.info("ILDIS record %s withdrawn", remote_id)
                return
            raise unexpected_status(self.site, response.status_code, "penarikan", "withdrawal")

    # --- steps -----------------------------------------------------------------------------

    def _create(
        self,
        session: IldisSession,
        item: PublicationItem,
        jenis_id: int,
        files: dict[str, bytes],
        names: dict[str, str],
    ) -> str:
        upload: list[FileField] = [
            ("DataLampiran[dokumen_lampiran]", (names[MAIN], files[MAIN], "application/pdf"))
        ]
        if ABSTRACT in files:
            upload.append(
                ("Peraturan[abstrak]", (names[ABSTRACT], files[ABSTRACT], "application/pdf"))
            )
        response = session.post(
            "peraturan/create", _form_fields(item, jenis_id), files=upload, creates=True
        )
        if response.status_code == 403:
            raise AuthPublishError(
                msg(
                    "Akun {user} tidak berhak membuat dokumen di {site} (HTTP 403).",
                    "The account {user} may not create documents on {site} (HTTP 403).",
                    user=self.config.username,
                    site=self.site,
                )
            )
        if not response.is_redirect:
            raise unexpected_status(self.site, response.status_code, "dokumen baru", "the document")
        ids = parse_qs(urlsplit(response.headers.get("location", "")).query).get("id", [])
        if not ids or not ids[0].isdigit():
            raise PublishValidationError(
                msg(
                    "{site} menolak dokumen {nomor} (dialihkan tanpa id; tidak ada rekaman "
                    "dibuat). Periksa isian wajib: jenis, bentuk, nomor, tahun, tanggal "
                    "penetapan, judul.",
                    "{site} rejected document {nomor} (redirected without an id; no record was "
                    "created). Check the required fields: type, form, number, year, date of "
                    "enactment, title.",
                    site=self.site,
                    nomor=item.nomor,
                )
            )
        return ids[0]

    def _read_back(
        self, session: IldisSession, item: PublicationItem, result: PublishResult
    ) -> None:
        view = session.page("peraturan/view", {"id": result.remote_id})
        if not same_document(
            item, view.row("Nomor Peraturan", "Nomor"), view.row("Tahun Terbit", "Tahun"),
            view.row("Judul"),
        ):
            raise PublishValidationError(
                msg(
                    "Rekaman {id} di {site} tidak sama dengan dokumen {nomor} yang dikirim; "
                    "periksa di halaman admin.",
                    "Record {id} on {site} does not match the document {nomor} sent; check it "
                    "on the admin pages.",
                    id=result.remote_id,
                    site=self.site,
                    nomor=item.nomor,
                )
            )

    def _publish_record(self, remote_id: str) -> None:
        with self._session(verifier=True) as session:
            session.login()
            response = session.post(
                "verifikasi/publish-view",
                {},
                params={"id": remote_id},
                csrf_from="verifikasi/index",
            )
        if not response.is_redirect:
            error: PublishError = unexpected_status(
                self.site, response.status_code, "publikasi", "publishing"
            )
            if response.status_code == 403:
                error = AuthPublishError(
                    msg(
                        "Akun {user} tidak berperan verifikator di {site}; dokumen {id} dibuat "
                        "tetapi belum dipublikasikan.",
                        "The account {user} has no verifier role on {site}; document {id} was "
                        "created but not published.",
                        user=self.config.verifier_username,
                        site=self.site,
                        id=remote_id,
                    )
                )
            raise error

    def _is_public(self, client: httpx.Client, remote_id: str) -> bool:
        request = client.build_request("GET", self._public_url(remote_id))
        return send(client, request, site=self.site).status_code == 200

    def _check_sizes(self, item: PublicationItem, files: dict[str, bytes]) -> None:
        limit = self.config.max_upload_bytes
        for role, data in files.items():
            if len(data) > limit:
                raise PermanentPublishError(
                    msg(
                        "PDF {role} dokumen {nomor} berukuran {size} MB, melebihi batas unggah "
                        "situs {limit} MB (ILDIS akan membuang berkas tanpa pesan). Perkecil "
                        "PDF atau minta pengelola situs menaikkan upload_max_filesize.",
                        "The {role} PDF of document {nomor} is {size} MB, over the site's "
                        "{limit} MB upload limit (ILDIS would drop it silently). Make the PDF "
                        "smaller or ask the site administrator to raise upload_max_filesize.",
                        role=role,
                        nomor=item.nomor,
                        size=round(len(data) / 1048576, 2),
                        limit=round(limit / 1048576, 2),
                    )
                )

    def _session(self, *, verifier: bool) -> _SessionContext:
        username = self.config.verifier_username if verifier else self.config.username
        account = self.config.verifier_account if verifier else self.config.operator_account
        client = make_client(self.http)
        return _SessionContext(
            client,
            IldisSession(
                client,
                self.config.backend_url,
                site=self.site,
                credentials=self.credentials,
                account=account,
                username=username,
            ),
        )

    def _public_url(self, remote_id: str) -> str:
        return f"{self.config.base_url}/dokumen/view?id={remote_id}"

    def _result(self, remote_id: str, names: dict[str, str], *, published: bool) -> PublishResult:
        return PublishResult(
            publisher=KIND,
            remote_id=remote_id,
            public_url=self._public_url(remote_id),
            file_urls={role: file_url(self.config.base_url, name) for role, name in names.items()},
            file_names=dict(names),
            published=published,
        )


def _stored_names(view: PageInfo) -> dict[str, str]:
    """The file names a record holds, by row label; in link order if the labels differ."""
    links = set(view.file_links)
    names = {
        MAIN: view.row("Dokumen", "Dokumen Lampiran", "File"),
        ABSTRACT: view.row("Abstrak"),
    }
    found = {role: name for role, name in names.items() if name in links}
    if MAIN not in found and view.file_links:
        found = dict(zip((MAIN, ABSTRACT), view.file_links, strict=False))
    return found


class _SessionContext:
    """Closes the client when the ``with`` block ends, whatever happened inside."""

    def __init__(self, client: httpx.Client, session: IldisSession) -> None:
        self._client = client
        self._session = session

    def __enter__(self) -> IldisSession:
        return self._session

    def __exit__(self, *exc: object) -> None:
        self._client.close()


def _form_fields(item: PublicationItem, jenis_id: int) -> dict[str, str]:
    """The create form's text fields, named as ILDIS's Yii models expect them."""
    pengundangan = item.tanggal_pengundangan
    return {
        "Peraturan[jenis_peraturan]": str(jenis_id),
        "Peraturan[bentuk_peraturan]": item.bentuk,
        "Peraturan[judul]": item.judul,
        "Peraturan[nomor_peraturan]": item.nomor,
        "Peraturan[tahun_terbit]": str(item.tahun),
        "Peraturan[tempat_terbit]": item.tempat_penetapan,
        "Peraturan[tanggal_penetapan]": item.tanggal_penetapan.strftime("%Y/%m/%d"),
        "Peraturan[penandatanganan]": item.penandatangan,
        "Peraturan[tanggal_pengundangan]": pengundangan.isoformat() if pengundangan else "",
        "Peraturan[pemrakarsa]": item.pemrakarsa,
        "Peraturan[sumber]": item.sumber,
        "Peraturan[bahasa]": item.bahasa,
        "Peraturan[urusan_pemerintahan]": item.urusan_pemerintahan,
        "Peraturan[bidang_hukum]": item.bidang_hukum,
        "DataLampiran[judul_lampiran]": f"Salinan {item.singkatan_jenis} {item.nomor}".strip(),
    }
