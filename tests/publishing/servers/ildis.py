"""An ILDIS 4-compatible admin + public site for tests (DOMAIN.md §5), on 127.0.0.1.

Every behaviour is taken from ILDIS's public source (bphndigitalservice/ildis @ 79cd68b);
the file is named beside the code that copies it. In short:

* ``backend/config/main.php``: session cookie ``ildis-backend``, ``authTimeout`` 300 s,
  ``enableAutoLogin`` false; ``mdm/admin`` ``AccessControl`` sends a guest to
  ``site/login`` (302) and answers 403 to a logged-in account without the route.
* ``common/models/LoginForm.php``: a wrong password says "Kesalahan username atau password.
  Sisa percobaan login: N"; the third in 300 s suspends the account for 5 minutes ("Akun
  ditangguhkan selama 5 menit karena salah login 3x berturut-turut."); while suspended even
  the right password gets "Akun ditangguhkan. Coba lagi dalam N menit.". ``login_delay``
  stands for bcrypt cost 13 (``common/models/User.php::validatePassword``), ~0.7 s.
* ``backend/controllers/PeraturanController.php::actionCreate``: the abstract is saved before
  validation and the attachment after it, so both land in ``common/dokumen/`` even when the
  record is refused; a refusal redirects to ``view`` without id; text is ``htmlentities``-
  escaped before saving; ``jenis_peraturan`` id becomes the type's name and ``singkatan``.
* ``actionView`` renders ``_detail.php`` (labels in ``ildis_pages``); ``actionTambahPengarang``
  / ``actionTambahSubyek`` add TEU and subjects (``DataPengarang``/``DataSubyek`` rules), an
  invalid post answers an empty 200; ``actionLoadteu`` is the TEU search (JSON).
* ``backend/models/PeraturanSearch.php``: ``id``, ``is_publish`` and ``nomor_peraturan``
  compare exactly (on the stored, escaped text), ``tahun_terbit`` and ``judul`` with LIKE.
* ``backend/controllers/VerifikasiController.php::actionPublishView``: sets ``is_publish``
  and redirects to ``verifikasi/view?id=N``; an already public record answers an empty 200.
  Only verifier roles may use ``verifikasi/*`` (the role ``peraturan`` gets 403).
* ``frontend/controllers/DokumenController.php::actionView`` answers 200 for every record,
  published or not; only the public list and the feed filter ``is_publish``.
* ``console/controllers/FeedController.php``: ``feed/document.json`` (see ``ildis_feed``).
* The shipped dump's orphan ``data_status`` rows make one admin view crash: ``view_error``
  makes ``peraturan/view`` answer 500 for the ids in it.

Standalone: ``python -m tests.publishing.servers.ildis --port 8123`` (users ``operator`` /
``operator-pass`` and ``verifikator`` / ``verifikator-pass``); ``/__control__/...`` endpoints
advance the clock, add faults and dump the state for tests in another process.
"""

from __future__ import annotations

import argparse
import base64
import html
import math
import secrets
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import unquote

from tests.publishing.servers import ildis_pages as pages
from tests.publishing.servers.base import (
    Clock,
    Request,
    Response,
    TestServer,
    serve_until_interrupted,
)
from tests.publishing.servers.control import control
from tests.publishing.servers.ildis_feed import feed_of

SESSION_COOKIE = "ildis-backend"
CSRF_COOKIE = "_csrf-backend"
IDLE_SECONDS = 300
LOCK_SECONDS = 300
MAX_FAILURES = 3
UPLOAD_MAX = 2 * 1024 * 1024
POST_MAX = 8 * 1024 * 1024
REQUIRED = ("jenis_peraturan", "bentuk_peraturan", "nomor_peraturan", "tahun_terbit",
            "tanggal_penetapan", "judul")
_FILE_FIELDS = (("DataLampiran[dokumen_lampiran]", "main"), ("Peraturan[abstrak]", "abs"))
VERIFIER_ROLES = frozenset({"verifikator", "superadmin", "koordinator pustakawan", "iswi"})
SUSPENDED_NOW = "Akun ditangguhkan selama 5 menit karena salah login 3x berturut-turut."
SUSPENDED_LEFT = "Akun ditangguhkan. Coba lagi dalam {minutes} menit."
WRONG = "Kesalahan username atau password. Sisa percobaan login: {left}"
#: ``pengarang`` rows of the shipped dump searched by ``actionLoadteu`` (a few of 28,740;
#: there is no "Indonesia. Komisi Pemilihan Umum", facts of the real site).
PENGARANG = {
    114: "Komisi Pemilihan Umum",
    5030: "Lembaga Penerbangan dan Antariksa Nasional",
    31785: "Komisi Pemilihan Umum Kabupaten Sleman",
}


@dataclass
class User:
    password: str
    role: str  # "operator" (ILDIS role "peraturan") or a verifier role


@dataclass
class Session:
    user: str | None
    last_seen: float


@dataclass
class IldisState:
    clock: Clock = field(default_factory=Clock)
    users: dict[str, User] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    failures: dict[str, tuple[int, float]] = field(default_factory=dict)
    locked_until: dict[str, float] = field(default_factory=dict)
    login_attempts: list[tuple[str, bool]] = field(default_factory=list)
    records: dict[int, dict[str, object]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    next_id: int = 1
    upload_max: int = UPLOAD_MAX
    soft_404: bool = False
    login_delay: float = 0.0
    view_error: set[int] = field(default_factory=set)
    pengarang: dict[int, str] = field(default_factory=lambda: dict(PENGARANG))
    lock: threading.RLock = field(default_factory=threading.RLock)


class IldisApp:
    def __init__(self, state: IldisState) -> None:
        self.state = state
        self.base_url = ""  # set by the server once it knows its port

    # --- plumbing --------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        if request.method == "POST" and request.path.rstrip("/") == "/backend/site/login":
            # bcrypt cost 13 (User::validatePassword) runs outside any lock: PHP workers
            # hash in parallel.
            time.sleep(self.state.login_delay)
        with self.state.lock:
            path = request.path
            if path.startswith("/common/dokumen/"):
                return self._file(unquote(path.removeprefix("/common/dokumen/")))
            if path == "/feed/document.json":
                return Response.json_body(self._feed())
            if path == "/dokumen/view":
                return self._public_view(request)
            if path == "/dokumen/peraturan":
                return self._public_list(request)
            if path.startswith("/backend"):
                return self._backend(request)
            return Response.html(pages.not_found(), 404)

    def _backend(self, request: Request) -> Response:
        sid = request.cookies.get(SESSION_COOKIE, "")
        session = self.state.sessions.get(sid)
        csrf_secret = request.cookies.get(CSRF_COOKIE, "")
        cookies: list[tuple[str, str]] = []
        if session is None:
            sid = secrets.token_hex(16)
            session = self.state.sessions[sid] = Session(None, self.state.clock.now())
            cookies.append((SESSION_COOKIE, sid))
        if not csrf_secret:
            csrf_secret = secrets.token_hex(16)
            cookies.append((CSRF_COOKIE, csrf_secret))
        now = self.state.clock.now()
        if session.user and now - session.last_seen > IDLE_SECONDS:
            session.user = None  # yii\web\User::renewAuthStatus with authTimeout
        session.last_seen = now
        ctx = _Ctx(request, sid, session, csrf_secret)
        response = self._route(ctx)
        for name, value in cookies + ctx.new_cookies:
            response.set_cookie(name, value)
        return response

    def _route(self, ctx: _Ctx) -> Response:
        path = ctx.request.path.rstrip("/")
        method = ctx.request.method
        if path == "/backend/site/login":
            return self._login(ctx) if method == "POST" else self._login_page(ctx)
        if ctx.session.user is None:  # AccessControl runs before CSRF validation
            return Response.redirect("/backend/site/login")
        if method == "POST" and (len(ctx.request.body) > POST_MAX or not ctx.csrf_ok()):
            return Response.html(pages.error_page(400, "Unable to verify your data submission."),
                                 400)
        user = self.state.users[ctx.session.user]
        if path.startswith("/backend/verifikasi/") and user.role not in VERIFIER_ROLES:
            return Response.html(pages.error_page(403, "Anda tidak diizinkan."), 403)
        routes = {
            ("GET", "/backend"): lambda: Response.html(pages.dashboard(ctx.token(), ctx.user)),
            ("GET", "/backend/peraturan/create"): lambda: Response.html(
                pages.create_form(ctx.token())
            ),
            ("POST", "/backend/peraturan/create"): lambda: self._create(ctx),
            ("GET", "/backend/peraturan/view"): lambda: self._view(ctx),
            ("GET", "/backend/peraturan/index"): lambda: self._index(ctx),
            ("POST", "/backend/peraturan/delete"): lambda: self._delete(ctx),
            ("GET", "/backend/peraturan/loadteu"): lambda: self._loadteu(ctx),
            ("GET", "/backend/peraturan/tambah-pengarang"): lambda: self._form(
                ctx, "Tambah TEU", ("DataPengarang[nama_pengarang]",),
                {"DataPengarang[tipe_pengarang]": pages.TIPE_PENGARANG,
                 "DataPengarang[jenis_pengarang]": pages.JENIS_PENGARANG}),
            ("POST", "/backend/peraturan/tambah-pengarang"): lambda: self._add_teu(ctx),
            ("POST", "/backend/peraturan/tambah-pengarang2"): lambda: self._add_new_teu(ctx),
            ("GET", "/backend/peraturan/tambah-subyek"): lambda: self._form(
                ctx, "Tambah Subyek", ("DataSubyek[subyek]", "DataSubyek[tipe_subyek]",
                                       "DataSubyek[jenis_subyek]"), {}),
            ("POST", "/backend/peraturan/tambah-subyek"): lambda: self._add_subject(ctx),
            ("GET", "/backend/verifikasi/index"): lambda: Response.html(
                pages.grid(self._unpublished(), ctx.token(), "Verifikasi")
            ),
            ("GET", "/backend/verifikasi/view"): lambda: self._view(ctx),
            # No VerbFilter on publish-view: a GET (the button's link) or a POST both work.
            ("GET", "/backend/verifikasi/publish-view"): lambda: self._publish(ctx),
            ("POST", "/backend/verifikasi/publish-view"): lambda: self._publish(ctx),
        }
        action = routes.get((method, path))
        if action is None:
            return Response.html(pages.not_found(), 404)
        return action()

    # --- login (common/models/LoginForm.php) -------------------------------------------------

    def _login_page(self, ctx: _Ctx, error: str = "", username: str = "") -> Response:
        return Response.html(pages.login_page(ctx.token(), error, username))

    def _login(self, ctx: _Ctx) -> Response:
        if len(ctx.request.body) > POST_MAX or not ctx.csrf_ok():
            return Response.html(pages.error_page(400, "Unable to verify your data submission."),
                                 400)
        form, _ = ctx.request.form()
        username = form.get("LoginForm[username]", "")
        password = form.get("LoginForm[password]", "")
        if not username or not password or not form.get("LoginForm[reCaptcha]"):
            # The reCaptcha field renders with template "{input}" only: its error never shows.
            return self._login_page(ctx, "", username)
        now = self.state.clock.now()
        user = self.state.users.get(username)
        if user is not None and self.state.locked_until.get(username, 0) > now:
            self.state.login_attempts.append((username, False))
            minutes = math.ceil((self.state.locked_until[username] - now) / 60)
            return self._login_page(ctx, SUSPENDED_LEFT.format(minutes=minutes), username)
        if user is None or user.password != password:
            self.state.login_attempts.append((username, False))
            count, since = self.state.failures.get(username, (0, now))
            count = count + 1 if now - since <= LOCK_SECONDS else 1  # cache entry, 300 s
            self.state.failures[username] = (count, now)
            if user is not None and count >= MAX_FAILURES:
                self.state.locked_until[username] = now + LOCK_SECONDS
                del self.state.failures[username]
                return self._login_page(ctx, SUSPENDED_NOW, username)
            return self._login_page(ctx, WRONG.format(left=MAX_FAILURES - count), username)
        self.state.login_attempts.append((username, True))
        # Yii regenerates the session id on login.
        del self.state.sessions[ctx.sid]
        new_sid = secrets.token_hex(16)
        self.state.sessions[new_sid] = Session(username, now)
        ctx.new_cookies.append((SESSION_COOKIE, new_sid))
        return Response.redirect("/backend/")

    # --- documents (backend/controllers/PeraturanController.php) ----------------------------

    def _create(self, ctx: _Ctx) -> Response:
        form, files = ctx.request.form()
        saved: dict[str, str] = {}
        for key, role in _FILE_FIELDS:
            upload = files.get(key)
            if upload is None or not upload.filename:
                continue
            saved[role] = upload.filename
            # PHP drops an over-limit upload (UPLOAD_ERR_INI_SIZE); the name stays: dead link.
            if len(upload.content) <= self.state.upload_max:
                self.state.files[upload.filename] = upload.content
        raw = {name: form.get(f"Peraturan[{name}]", "").strip() for name in pages.FORM_FIELDS}
        if any(not raw[name] for name in REQUIRED):
            return Response.redirect("/backend/peraturan/view")  # save() failed: id is null
        fields = {k: html.escape(v, quote=True) for k, v in raw.items()}  # htmlentities
        jenis = pages.JENIS.get(int(raw["jenis_peraturan"])) if raw[
            "jenis_peraturan"].isdigit() else None
        fields["singkatan_jenis"] = ""
        if jenis is not None:
            fields["jenis_peraturan"], fields["singkatan_jenis"] = jenis
        record_id = self.state.next_id
        self.state.next_id += 1
        self.state.records[record_id] = {
            "id": record_id,
            "fields": fields,
            "main_file": saved.get("main", ""),
            "abstract_file": saved.get("abs", ""),
            "published": False,
            "teu": [],
            "subjek": [],
            "updated": self.state.clock.now(),
        }
        return Response.redirect(f"/backend/peraturan/view?id={record_id}")

    def _record(self, ctx: _Ctx) -> dict[str, object] | None:
        raw = ctx.request.arg("id")
        return self.state.records.get(int(raw)) if raw.isdigit() else None

    def _view(self, ctx: _Ctx) -> Response:
        if not ctx.request.arg("id"):
            return Response.html(pages.error_page(400, "Missing required parameters: id"), 400)
        record = self._record(ctx)
        if record is None:
            return Response.html(pages.not_found(), 404)
        if record["id"] in self.state.view_error:
            return Response.html(pages.error_page(500, "Internal server error."), 500)
        return Response.html(pages.detail_view(record, ctx.token()))

    def _index(self, ctx: _Ctx) -> Response:
        arg = ctx.request.arg
        wanted_id = arg("PeraturanSearch[id]")
        publish = arg("PeraturanSearch[is_publish]")
        nomor = arg("PeraturanSearch[nomor_peraturan]")
        tahun = arg("PeraturanSearch[tahun_terbit]")
        judul = arg("PeraturanSearch[judul]")
        found = []
        for record in self.state.records.values():
            f = record["fields"]
            assert isinstance(f, dict)
            if wanted_id and wanted_id != str(record["id"]):
                continue
            if publish and publish != str(int(bool(record["published"]))):
                continue
            if nomor and nomor != f["nomor_peraturan"]:  # '=' on the escaped stored text
                continue
            if tahun and tahun not in f["tahun_terbit"]:  # LIKE
                continue
            if judul and judul not in f["judul"]:  # LIKE
                continue
            found.append(record)
        return Response.html(pages.grid(found, ctx.token(), "Peraturan"))

    def _delete(self, ctx: _Ctx) -> Response:
        record = self._record(ctx)
        if record is None:
            return Response.html(pages.not_found(), 404)
        del self.state.records[int(str(record["id"]))]
        return Response.redirect("/backend/peraturan/index")

    def _form(
        self, ctx: _Ctx, title: str, names: tuple[str, ...], selects: dict[str, dict[int, str]]
    ) -> Response:
        return Response.html(pages.simple_form(ctx.token(), title, names, selects))

    def _loadteu(self, ctx: _Ctx) -> Response:
        q = ctx.request.arg("q").casefold()
        results = [{"id": key, "text": name} for key, name in self.state.pengarang.items()
                   if q and q in name.casefold()]  # LIKE '%q%', limit 20
        return Response.json_body({"results": results[:20]})

    def _link_teu(self, record: dict[str, object], nama: int, form: dict[str, str]) -> bool:
        """``DataPengarang`` rules: three required integers, tipe/jenis existing rows."""
        tipe, jenis = (form.get(f"DataPengarang[{k}]", "") for k in
                       ("tipe_pengarang", "jenis_pengarang"))
        if not (tipe.isdigit() and jenis.isdigit()) or int(tipe) not in pages.TIPE_PENGARANG or (
            int(jenis) not in pages.JENIS_PENGARANG
        ):
            return False
        record["teu"].append(  # type: ignore[attr-defined]
            (self.state.pengarang[nama], pages.TIPE_PENGARANG[int(tipe)],
             pages.JENIS_PENGARANG[int(jenis)])
        )
        return True

    def _add_teu(self, ctx: _Ctx) -> Response:
        form, _ = ctx.request.form()
        record = self._record(ctx)
        nama = form.get("DataPengarang[nama_pengarang]", "")
        if record is None or not nama.isdigit() or int(nama) not in self.state.pengarang or (
            not self._link_teu(record, int(nama), form)
        ):
            return Response(200, b"", "text/html")  # save() failed: the action returns null
        return Response.redirect(f"/backend/peraturan/view?id={record['id']}")

    def _add_new_teu(self, ctx: _Ctx) -> Response:
        """``actionTambahPengarang2``: a new ``pengarang`` row, then the link (whose failed
        save() is not checked: 302 all the same)."""
        form, _ = ctx.request.form()
        record = self._record(ctx)
        name = form.get("Pengarang[name]", "").strip()
        if record is None or not name:
            return Response(200, b"", "text/html")
        key = max(self.state.pengarang) + 1
        self.state.pengarang[key] = name
        self._link_teu(record, key, form)
        return Response.redirect(f"/backend/peraturan/view?id={record['id']}")

    def _add_subject(self, ctx: _Ctx) -> Response:
        form, _ = ctx.request.form()
        record = self._record(ctx)
        subyek = form.get("DataSubyek[subyek]", "")
        if record is None or not subyek or not form.get("DataSubyek[tipe_subyek]") or (
            form.get("DataSubyek[jenis_subyek]") not in ("Primary", "Additional")
        ):  # DataSubyek rules: three required strings
            return Response(200, b"", "text/html")
        record["subjek"].append(subyek)  # type: ignore[attr-defined]
        return Response.redirect(f"/backend/peraturan/view?id={record['id']}")

    def _publish(self, ctx: _Ctx) -> Response:
        record = self._record(ctx)
        if record is None:
            return Response.html(pages.not_found(), 404)
        if record["published"]:
            return Response(200, b"", "text/html")  # is_publish already 1: returns null
        record["published"] = True
        record["updated"] = self.state.clock.now()
        return Response.redirect(f"/backend/verifikasi/view?id={record['id']}")

    def _unpublished(self) -> list[dict[str, object]]:
        return [r for r in self.state.records.values() if not r["published"]]

    # --- public side -----------------------------------------------------------------------

    def _file(self, name: str) -> Response:
        content = self.state.files.get(name)
        if content is None:
            if self.state.soft_404:  # a CMS catch-all: "not found" page with status 200
                return Response.html(pages.not_found("Dokumen tidak ditemukan."))
            return Response.html(pages.not_found(), 404)
        return Response(200, content, "application/pdf")

    def _public_view(self, request: Request) -> Response:
        raw = request.arg("id")
        record = self.state.records.get(int(raw)) if raw.isdigit() else None
        if record is None:  # "$model->judul" on null before findModel: a PHP error, 500
            return Response.html(pages.error_page(500, "Internal Server Error"), 500)
        return Response.html(pages.public_view(record))  # no is_publish check

    def _public_list(self, request: Request) -> Response:
        """``DokumenController::actionPeraturan`` over the SQL view ``dokumen_data_subyek``:
        ``is_publish`` 1 and (INNER JOIN ``pengarang``) at least one TEU; number exact."""
        nomor = request.arg("DokumenSearch[nomor_peraturan]")
        tahun = request.arg("DokumenSearch[tahun_terbit]")
        shown = []
        for record in self.state.records.values():
            f = record["fields"]
            assert isinstance(f, dict)
            if not record["published"] or not record["teu"]:
                continue
            if (nomor and nomor != f["nomor_peraturan"]) or (
                tahun and tahun not in f["tahun_terbit"]
            ):
                continue
            shown.append(record)
        return Response.html(pages.public_list(shown))

    def _feed(self) -> list[dict[str, object]]:
        return feed_of(self.state.records.values(), self.base_url)


class _Ctx:
    """One backend request with its session and CSRF secret."""

    def __init__(self, request: Request, sid: str, session: Session, csrf_secret: str) -> None:
        self.request = request
        self.sid = sid
        self.session = session
        self.csrf_secret = csrf_secret
        self.new_cookies: list[tuple[str, str]] = []

    @property
    def user(self) -> str:
        return self.session.user or ""

    def token(self) -> str:
        """A masked token, different on every page but bound to the cookie (like Yii)."""
        secret = self.csrf_secret.encode()
        mask = secrets.token_bytes(len(secret))
        masked = bytes(a ^ b for a, b in zip(mask, secret, strict=True))
        return base64.urlsafe_b64encode(mask + masked).decode()

    def csrf_ok(self) -> bool:
        fields, _ = self.request.form()
        token = fields.get("_csrf-backend", "")
        try:
            raw = base64.urlsafe_b64decode(token.encode())
        except ValueError:
            return False
        half = len(raw) // 2
        unmasked = bytes(a ^ b for a, b in zip(raw[:half], raw[half:], strict=True))
        return bool(token) and secrets.compare_digest(unmasked, self.csrf_secret.encode())


class IldisServer(TestServer):
    """The running server; ``state`` is shared with the handler threads (lock it to edit)."""

    def __init__(
        self,
        port: int = 0,
        *,
        users: dict[str, tuple[str, str]] | None = None,
        upload_max: int = UPLOAD_MAX,
        login_delay: float = 0.0,
    ) -> None:
        self.state = IldisState(upload_max=upload_max, login_delay=login_delay)
        for name, (password, role) in (users or default_users()).items():
            self.state.users[name] = User(password, role)
        app = IldisApp(self.state)
        super().__init__(_WithControl(app, self), port)
        app.base_url = self.url


def default_users() -> dict[str, tuple[str, str]]:
    return {
        "operator": ("operator-pass", "operator"),
        "verifikator": ("verifikator-pass", "verifikator"),
    }


def run_server(
    port: int = 0,
    *,
    users: dict[str, tuple[str, str]] | None = None,
    upload_max: int = UPLOAD_MAX,
    login_delay: float = 0.0,
) -> IldisServer:
    """Start a server (port 0: a free one); stop it with ``.stop()`` or use ``with``."""
    return IldisServer(port, users=users, upload_max=upload_max, login_delay=login_delay).start()


class _WithControl:
    """Adds ``/__control__/`` endpoints so a test in another process can steer the server."""

    def __init__(self, app: IldisApp, server: IldisServer) -> None:
        self.app = app
        self.server = server

    def handle(self, request: Request) -> Response:
        if not request.path.startswith("/__control__/"):
            return self.app.handle(request)
        return control(self.server, self.server.state, request)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="ILDIS-compatible test server (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--login-delay", type=float, default=0.0,
                        help="seconds a login costs (ILDIS: bcrypt cost 13, ~0.7)")
    args = parser.parse_args(argv)
    server = run_server(args.port, login_delay=args.login_delay)
    print(f"ILDIS test server on {server.url} (Ctrl+C to stop)", flush=True)
    serve_until_interrupted(server.stop)


if __name__ == "__main__":
    main()
