"""ILDIS adapter: publishes through the admin web forms, as an operator would (DOMAIN.md §5).

ILDIS 4 has no API. Facts from its source (bphndigitalservice/ildis @ 79cd68b) this adapter
relies on, each checked on a real ILDIS 4 on loopback:

* create (``PeraturanController::actionCreate``): model-namespaced multipart fields; the new
  id is in the ``302 → view?id=N`` answer, a 302 *without* id is a validation refusal — but
  the PDFs were saved anyway, so the refusal is final (one POST, a clear message);
* the record page's rows are labelled by ``backend/views/peraturan/_detail.php``
  ("Nomor Peraturan", "Tahun", "Judul Peraturan", "Dokumen Lampiran", "Dokumen Abstrak");
* TEU and subjects have their own forms (``tambah-pengarang`` / ``tambah-subyek``);
* the public page ``/dokumen/view?id=N`` answers 200 whether or not the record is public,
  and files under ``/common/dokumen/`` download before publication. Only ``is_publish``
  says public: the backend list shows it ("Status Verifikas": Verified/UnVerified) and
  filters on ``PeraturanSearch[is_publish]``. So ``published`` is set from that column only,
  and only after every file downloaded with the archive's SHA-256;
* only verifier roles may ``verifikasi/publish-view`` (the ``peraturan`` role gets 403);
* a view may crash with HTTP 500 (orphan ``data_status`` rows of the shipped dump): lookups
  read the list, not the view.

One session per account serves a whole attempt (``close()`` ends it): a login costs the
site a bcrypt hash (~0.7 s).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qs, urlsplit

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.base import (
    item_files,
    no_url_error,
    normalize,
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
    RetryablePublishError,
    VerificationError,
    server_error,
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
# backend/views/peraturan/_detail.php labels (older pages' labels kept as fallbacks)
NOMOR_LABELS = ("Nomor Peraturan", "Nomor")
TAHUN_LABELS = ("Tahun", "Tahun Terbit")
JUDUL_LABELS = ("Judul Peraturan", "Judul")
MAIN_LABELS = ("Dokumen Lampiran", "Dokumen", "File")
ABSTRACT_LABELS = ("Dokumen Abstrak", "Abstrak")
# backend/views/peraturan/index.php columns
STATUS_HEADERS = ("Status Verifikas", "Status Verifikasi")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IldisConfig:
    """``base_url`` is the public site root; the backend is ``<base_url>/backend`` by default.

    ``verifier_username`` (optional) is a second account with a verifier role: ILDIS lets
    only verifiers publish, so without it new records wait for a verifier on the site.
    ``max_upload_bytes`` is the site's PHP ``upload_max_filesize`` (2 MB unless raised).
    ``teu_tipe`` / ``teu_jenis`` name the options of the TEU form ("Badan Organisasi",
    "Pengarang Utama"); ``subyek_tipe`` the subject type ("Topik"). Empty: not sent.
    """

    base_url: str
    username: str
    verifier_username: str = ""
    backend_url: str = ""
    max_upload_bytes: int = PHP_UPLOAD_LIMIT
    default_jenis_id: int = 0
    teu_tipe: str = "Badan Organisasi"
    teu_jenis: str = "Pengarang Utama"
    subyek_tipe: str = "Topik"

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
            teu_tipe=str(options.get("teu_tipe", cls.teu_tipe)),
            teu_jenis=str(options.get("teu_jenis", cls.teu_jenis)),
            subyek_tipe=str(options.get("subyek_tipe", cls.subyek_tipe)),
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
        self._sessions: dict[str, IldisSession] = {}
        self._closed_logins = 0
        #: Called with the new record the moment the site gave its id (the outbox stores
        #: it at once, so a crash later in the attempt leaves the id behind).
        self.on_record: Callable[[PublishResult], None] | None = None

    # --- Publisher ---------------------------------------------------------------------------

    def check(self) -> None:
        try:
            self._session(verifier=False).ensure_login()
            if self.config.verifier_username:
                self._session(verifier=True).ensure_login()
        finally:
            self.close()

    def close(self) -> None:
        """End the sessions (their HTTP clients); the next call logs in afresh."""
        for session in self._sessions.values():
            self._closed_logins += session.logins
            session.client.close()
        self._sessions.clear()

    @property
    def logins(self) -> int:
        """Logins made since this publisher was built (all accounts)."""
        return sum(s.logins for s in self._sessions.values()) + self._closed_logins

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
        session = self._session(verifier=False)
        remote_id = self._create(session, item, jenis_id, files, names)
        log.info("ILDIS record %s created for document %s", remote_id, item.document_id)
        result = self._result(remote_id, names, published=False)
        if self.on_record is not None:
            self.on_record(result)
        with record_exists(result):
            view = self._view(session, remote_id)
            if view is not None:
                self._read_back(item, result, view)
            self._add_index_terms(session, item, remote_id, view, fresh=True)
            return self._finish(item, result)

    def find_existing(self, item: PublicationItem) -> PublishResult | None:
        """The record the site holds for ``item``, found in the backend list by the number,
        year and title it renders (``PeraturanSearch`` compares the escaped stored number)."""
        session = self._session(verifier=False)
        for nomor in dict.fromkeys((item.site_nomor, item.nomor)):  # bare first, then whole
            found = self._find_by_number(session, item, nomor)
            if found is not None:
                return found
        return None

    def _find_by_number(
        self, session: IldisSession, item: PublicationItem, number: str
    ) -> PublishResult | None:
        index = session.page(
            "peraturan/index",
            {
                "PeraturanSearch[nomor_peraturan]": html.escape(number, quote=True),
                "PeraturanSearch[tahun_terbit]": str(item.tahun),
            },
        )
        for key in index.keys:
            nomor = index.cell(key, *NOMOR_LABELS)
            tahun = index.cell(key, *TAHUN_LABELS)
            judul = index.cell(key, *JUDUL_LABELS)
            view = None
            if nomor is None or tahun is None or judul is None:
                view = self._view(session, key)
                if view is None:
                    continue
                nomor, tahun, judul = (
                    view.row(*NOMOR_LABELS), view.row(*TAHUN_LABELS), view.row(*JUDUL_LABELS)
                )
            if same_document(item, nomor, tahun, judul):
                view = view or self._view(session, key)
                names = _stored_names(view) if view is not None else {}
                result = self._result(key, names or file_names(item), published=False)
                published = _says_verified(index, key)
                return replace(result, published=published)
        return None

    def publish_existing(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        """Finish a record that exists (e.g. found after an interrupted attempt): prove its
        files, add missing index terms, have the verifier publish it, read ``is_publish``."""
        with record_exists(result):
            session = self._session(verifier=False)
            self._add_index_terms(
                session, item, result.remote_id, self._view(session, result.remote_id)
            )
            return self._finish(item, result)

    def verify(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        if not result.file_urls:
            raise no_url_error(item)
        with record_exists(result):
            proven = self._verify_files(item, result)
            published = self._is_published(result.remote_id)
            if published:
                self._require_listed(item, result.remote_id)
            return replace(proven, published=published)

    def withdraw(self, remote_id: str) -> None:
        session = self._session(verifier=False)
        response = session.post(
            "peraturan/delete", {}, params={"id": remote_id}, csrf_from="peraturan/index"
        )
        if response.status_code == 404 or response.is_redirect:
            log.info("ILDIS record %s withdrawn", remote_id)
            return
        raise unexpected_status(self.site, response.status_code, "penarikan", "withdrawal")

    # --- steps -----------------------------------------------------------------------------

    def _finish(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        """Files proven first; then the verifier publishes; then ``is_publish`` is read and
        the public list must show the record."""
        proven = self._verify_files(item, result)
        published = self._is_published(result.remote_id)
        if not published and self.config.verifier_username:
            self._publish_record(result.remote_id)
            published = self._is_published(result.remote_id)
            if not published:
                raise RetryablePublishError(
                    msg(
                        "Verifikator mempublikasikan rekaman {id} di {site}, tetapi daftar "
                        "situs belum menandainya Verified; dicoba lagi nanti.",
                        "The verifier published record {id} on {site}, but the site's list "
                        "does not show it Verified yet; it will be tried again.",
                        id=result.remote_id,
                        site=self.site,
                    )
                )
        if published:
            self._require_listed(item, result.remote_id)
        return replace(proven, published=published)

    def _require_listed(self, item: PublicationItem, remote_id: str) -> None:
        """ILDIS lists publicly only records with ``is_publish`` 1 *and* a TEU (the list's
        SQL view joins ``pengarang``); a Verified record missing there is not public."""
        target = f"dokumen/view?id={remote_id}"
        with make_client(self.http) as client:
            for number in dict.fromkeys((item.site_nomor, item.nomor)):
                request = client.build_request(
                    "GET",
                    f"{self.config.base_url}/dokumen/peraturan",
                    params={
                        "DokumenSearch[nomor_peraturan]": html.escape(number, quote=True),
                        "DokumenSearch[tahun_terbit]": str(item.tahun),
                    },
                )
                response = send(client, request, site=self.site)
                if response.status_code >= 500:
                    raise server_error(self.site, response.status_code)
                if response.status_code == 200 and any(
                    href.endswith(target) for href in _hrefs(response.text)
                ):
                    return
        raise PermanentPublishError(
            msg(
                "Rekaman {id} di {site} sudah Verified tetapi tidak tampil di daftar publik "
                "(ILDIS hanya menampilkan dokumen yang punya T.E.U.). Tambahkan T.E.U. {teu} "
                "pada rekaman itu di situs, lalu jalankan jdih outbox retry.",
                "Record {id} on {site} is Verified but not in the public list (ILDIS lists "
                "only documents with a TEU). Add the TEU {teu} to that record on the site, "
                "then run jdih outbox retry.",
                id=remote_id,
                site=self.site,
                teu=item.teu_badan or "-",
            )
        )

    def _verify_files(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        """Every file downloads with the archive's SHA-256; a missing one never heals."""
        try:
            return verify_published(item, result, http=self.http)
        except VerificationError as exc:
            if exc.reason != "not_found":
                raise
            raise PermanentPublishError(
                msg(
                    "Berkas {url} dari rekaman {id} tidak ada di {site} (HTTP 404): situs "
                    "membuangnya saat diunggah (mis. melebihi upload_max_filesize PHP). "
                    "Rekaman tidak dipublikasikan. Unggah ulang berkas lewat 'Ubah Dokumen' "
                    "di situs atau hapus rekaman {id}, lalu jalankan jdih outbox retry.",
                    "The file {url} of record {id} is not on {site} (HTTP 404): the site "
                    "dropped it on upload (e.g. over PHP's upload_max_filesize). The record "
                    "was not published. Upload the file again with 'Ubah Dokumen' on the "
                    "site or delete record {id}, then run jdih outbox retry.",
                    url=exc.url,
                    id=result.remote_id,
                    site=self.site,
                ),
                remote=result,
            ) from exc

    def _is_published(self, remote_id: str) -> bool:
        """Positive only when the backend list, filtered on ``is_publish=1``, shows the
        record and its status column says Verified."""
        index = self._session(verifier=False).page(
            "peraturan/index",
            {"PeraturanSearch[id]": remote_id, "PeraturanSearch[is_publish]": "1"},
        )
        return remote_id in index.keys and _says_verified(index, remote_id)

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
                    "dibuat, tidak dikirim ulang). Periksa isian wajib: jenis, bentuk, nomor, "
                    "tahun, tanggal penetapan, judul; lalu jalankan jdih outbox retry.",
                    "{site} rejected document {nomor} (redirected without an id; no record was "
                    "created, nothing is sent again). Check the required fields: type, form, "
                    "number, year, date of enactment, title; then run jdih outbox retry.",
                    site=self.site,
                    nomor=item.nomor,
                )
            )
        return ids[0]

    def _view(self, session: IldisSession, remote_id: str) -> PageInfo | None:
        """The record's admin page, or None when the site crashes on it (HTTP 5xx)."""
        try:
            return session.page("peraturan/view", {"id": remote_id})
        except RetryablePublishError as exc:
            log.warning("ILDIS view of record %s failed (%s); using the list", remote_id, exc)
            return None

    def _read_back(self, item: PublicationItem, result: PublishResult, view: PageInfo) -> None:
        if not same_document(
            item, view.row(*NOMOR_LABELS), view.row(*TAHUN_LABELS), view.row(*JUDUL_LABELS)
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

    def _add_index_terms(
        self,
        session: IldisSession,
        item: PublicationItem,
        remote_id: str,
        view: PageInfo | None,
        *,
        fresh: bool = False,
    ) -> None:
        """TEU and subjects through their own forms, each once: terms the record page
        already shows are not sent again. Without a readable page (HTTP 500) they are sent
        only to a record this attempt just created (it has none yet)."""
        if view is None and not fresh:
            log.warning("ILDIS record %s: page unreadable, TEU/subjects not added", remote_id)
            return
        # The TEU and subject grids of the record page (view.php: teu/_teu, subyek/_subyek).
        rows = view.grid_rows if view is not None else []
        shown = {normalize(cell) for row in rows for cell in row}
        if item.teu_badan and self.config.teu_tipe and normalize(item.teu_badan) not in shown:
            self._add_teu(session, item.teu_badan, remote_id)
        if self.config.subyek_tipe:
            for subject in item.subjek:
                if subject.strip() and normalize(subject) not in shown:
                    self._post_term(
                        session,
                        "peraturan/tambah-subyek",
                        remote_id,
                        {
                            "DataSubyek[subyek]": subject.strip(),
                            "DataSubyek[tipe_subyek]": self.config.subyek_tipe,
                            "DataSubyek[jenis_subyek]": "Primary",
                        },
                    )

    def _add_teu(self, session: IldisSession, teu: str, remote_id: str) -> None:
        """Link the office's TEU: an existing ``pengarang`` (by exact name, with or without
        BPHN's "Indonesia. " prefix) through ``tambah-pengarang``, else a new one through
        ``tambah-pengarang2``, as the form's "Tambah TEU Baru" button does. ILDIS's public
        list shows only records with a TEU (its SQL view joins ``pengarang``)."""
        form = session.page("peraturan/tambah-pengarang", {"id": remote_id})
        tipe = _option(form, "DataPengarang[tipe_pengarang]", self.config.teu_tipe)
        jenis = _option(form, "DataPengarang[jenis_pengarang]", self.config.teu_jenis)
        if not (tipe.isdigit() and jenis.isdigit()):
            log.warning(
                "ILDIS TEU form has no option %r/%r; TEU not added to record %s",
                self.config.teu_tipe, self.config.teu_jenis, remote_id,
            )
            return
        pengarang = self._pengarang_id(session, teu)
        if pengarang is not None:
            path = "peraturan/tambah-pengarang"
            data = {"DataPengarang[nama_pengarang]": pengarang}
        else:
            path = "peraturan/tambah-pengarang2"
            data = {"Pengarang[name]": teu}
        data |= {"DataPengarang[tipe_pengarang]": tipe, "DataPengarang[jenis_pengarang]": jenis}
        self._post_term(session, path, remote_id, data)

    def _pengarang_id(self, session: IldisSession, teu: str) -> str | None:
        names = [teu]
        if normalize(teu).startswith("indonesia. "):
            names.append(teu.split(".", 1)[1].strip())
        for name in names:
            answer = session.get("peraturan/loadteu", {"q": name})
            try:
                results = answer.json().get("results", [])
            except (ValueError, AttributeError):
                results = []
            for found in results if isinstance(results, list) else []:
                if isinstance(found, dict) and normalize(str(found.get("text", ""))) == normalize(
                    name
                ):
                    return str(found.get("id"))
        return None

    def _post_term(
        self, session: IldisSession, path: str, remote_id: str, data: dict[str, str]
    ) -> None:
        response = session.post(path, data, params={"id": remote_id}, csrf_from=path)
        if not response.is_redirect:
            # ILDIS answers an empty 200 when the term is refused; the record stands.
            log.warning("ILDIS refused %s for record %s (HTTP %s)", path, remote_id,
                        response.status_code)

    def _publish_record(self, remote_id: str) -> None:
        session = self._session(verifier=True)
        response = session.post(
            "verifikasi/publish-view", {}, params={"id": remote_id}, csrf_from="verifikasi/index"
        )
        if response.status_code == 200 or response.is_redirect:
            return  # 200: already public (the action returns null); read is_publish next
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

    def _session(self, *, verifier: bool) -> IldisSession:
        """The account's session, made on first use and kept until :meth:`close`."""
        username = self.config.verifier_username if verifier else self.config.username
        existing = self._sessions.get(username)
        if existing is not None:
            return existing
        account = self.config.verifier_account if verifier else self.config.operator_account
        session = IldisSession(
            make_client(self.http),
            self.config.backend_url,
            site=self.site,
            credentials=self.credentials,
            account=account,
            username=username,
        )
        self._sessions[username] = session
        return session

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


def _hrefs(text: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href\s*=\s*["\']([^"\']*)["\']', text)]


def _says_verified(index: PageInfo, key: str) -> bool:
    """The list's status cell of ``key`` says exactly Verified (never "UnVerified")."""
    status = index.cell(key, *STATUS_HEADERS)
    cells = [status] if status is not None else index.cells.get(key, [])
    return any(cell.strip().casefold() == "verified" for cell in cells)


def _option(form: PageInfo, name: str, wanted: str) -> str:
    """The value of the ``<select>`` option named ``wanted`` (its text), else ``wanted``."""
    options = form.options.get(name, {})
    for text, value in options.items():
        if normalize(text) == normalize(wanted):
            return value
    return wanted


def _stored_names(view: PageInfo) -> dict[str, str]:
    """The file names a record holds, by row label; in link order if the labels differ."""
    links = set(view.file_links)
    names = {MAIN: view.row(*MAIN_LABELS), ABSTRACT: view.row(*ABSTRACT_LABELS)}
    found = {role: name for role, name in names.items() if name in links}
    if MAIN not in found and view.file_links:
        found = dict(zip((MAIN, ABSTRACT), view.file_links, strict=False))
    return found


def _form_fields(item: PublicationItem, jenis_id: int) -> dict[str, str]:
    """The create form's text fields, named as ILDIS's Yii models expect them."""
    pengundangan = item.tanggal_pengundangan
    return {
        "Peraturan[jenis_peraturan]": str(jenis_id),
        "Peraturan[bentuk_peraturan]": item.bentuk,
        "Peraturan[judul]": item.judul,
        "Peraturan[nomor_peraturan]": item.site_nomor,
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
