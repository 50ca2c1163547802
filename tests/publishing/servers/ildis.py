"""An ILDIS-compatible admin + public site for tests (DOMAIN.md §5), on 127.0.0.1.

Behaves like ILDIS 4 where it matters to a client: CSRF token in a hidden input and a meta
tag (param ``_csrf-backend``) bound to a ``_csrf-backend`` cookie, an ``ildis-backend``
session cookie, login POST → 302 ``/backend/`` or 200 with the form, three wrong passwords
lock the account for 5 minutes, sessions expire after 5 minutes idle (``state.clock``
advances time), POST without CSRF → 400, create → 302 ``view?id=N`` or 302 ``view`` without
id on a validation failure (files written anyway), text stored HTML-escaped, files saved
under the client's name in ``common/dokumen/`` (same name overwrites), uploads over 2 MB
dropped silently, verifier-only publish, ``feed/document.json`` of published records.

Standalone: ``python -m tests.publishing.servers.ildis --port 8123`` (users ``operator`` /
``operator-pass`` and ``verifikator`` / ``verifikator-pass``); ``/__control__/...`` endpoints
advance the clock, add faults and dump the state for tests in another process.
"""

from __future__ import annotations

import argparse
import base64
import html
import re
import secrets
import threading
from dataclasses import dataclass, field
from urllib.parse import unquote

from tests.publishing.servers import ildis_pages as pages
from tests.publishing.servers.base import Clock, Request, Response, TestServer
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
_DATE = re.compile(r"^(\d{4})[/-](\d{2})[/-](\d{2})$")


@dataclass
class User:
    password: str
    role: str  # "operator" or "verifikator"


@dataclass
class Session:
    user: str | None
    last_seen: float


@dataclass
class IldisState:
    clock: Clock = field(default_factory=Clock)
    users: dict[str, User] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)
    locked_until: dict[str, float] = field(default_factory=dict)
    login_attempts: list[tuple[str, bool]] = field(default_factory=list)
    records: dict[int, dict[str, object]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    next_id: int = 1
    upload_max: int = UPLOAD_MAX
    soft_404: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)


class IldisApp:
    def __init__(self, state: IldisState) -> None:
        self.state = state
        self.base_url = ""  # set by the server once it knows its port

    # --- plumbing --------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        with self.state.lock:
            path = request.path
            if path.startswith("/common/dokumen/"):
                return self._file(unquote(path.removeprefix("/common/dokumen/")))
            if path == "/feed/document.json":
                return Response.json_body(self._feed())
            if path == "/dokumen/view":
                return self._public_view(request)
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
            session.user = None  # idle expiry
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
            return Response.html(pages.not_found("Tidak dapat memverifikasi data Anda."), 400)
        user = self.state.users[ctx.session.user]
        routes = {
            ("GET", "/backend"): lambda: Response.html(pages.dashboard(ctx.token(), ctx.user)),
            ("GET", "/backend/peraturan/create"): lambda: Response.html(
                pages.create_form(ctx.token())
            ),
            ("POST", "/backend/peraturan/create"): lambda: self._create(ctx),
            ("GET", "/backend/peraturan/view"): lambda: self._view(ctx),
            ("GET", "/backend/peraturan/index"): lambda: self._index(ctx),
            ("POST", "/backend/peraturan/delete"): lambda: self._delete(ctx),
            ("GET", "/backend/verifikasi/index"): lambda: Response.html(
                pages.grid(self._unpublished(), ctx.token(), "Verifikasi")
            ),
            ("POST", "/backend/verifikasi/publish-view"): lambda: self._publish(ctx, user),
        }
        action = routes.get((method, path))
        if action is None:
            return Response.html(pages.not_found(), 404)
        return action()

    # --- login -----------------------------------------------------------------------------

    def _login_page(self, ctx: _Ctx, error: str = "", username: str = "") -> Response:
        return Response.html(pages.login_page(ctx.token(), error, username))

    def _login(self, ctx: _Ctx) -> Response:
        if len(ctx.request.body) > POST_MAX or not ctx.csrf_ok():
            return Response.html(pages.not_found("Tidak dapat memverifikasi data Anda."), 400)
        form, _ = ctx.request.form()
        username = form.get("LoginForm[username]", "")
        password = form.get("LoginForm[password]", "")
        now = self.state.clock.now()
        if self.state.locked_until.get(username, 0) > now:
            self.state.login_attempts.append((username, False))
            return self._login_page(
                ctx, "Akun terkunci karena 3 kali salah kata sandi. Tunggu 5 menit.", username
            )
        if not form.get("LoginForm[reCaptcha]"):
            return self._login_page(ctx, "reCaptcha tidak boleh kosong.", username)
        user = self.state.users.get(username)
        if user is None or user.password != password:
            self.state.login_attempts.append((username, False))
            failures = self.state.failures.get(username, 0) + 1
            self.state.failures[username] = failures
            if failures >= MAX_FAILURES:
                self.state.locked_until[username] = now + LOCK_SECONDS
                self.state.failures[username] = 0
            return self._login_page(ctx, "Nama pengguna atau kata sandi salah.", username)
        self.state.login_attempts.append((username, True))
        self.state.failures[username] = 0
        # Yii regenerates the session id on login.
        del self.state.sessions[ctx.sid]
        new_sid = secrets.token_hex(16)
        self.state.sessions[new_sid] = Session(username, now)
        ctx.new_cookies.append((SESSION_COOKIE, new_sid))
        return Response.redirect("/backend/")

    # --- documents -------------------------------------------------------------------------

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
        fields = {name: form.get(f"Peraturan[{name}]", "").strip() for name in pages.LABELS}
        if not self._valid(fields):
            return Response.redirect("/backend/peraturan/view")
        record_id = self.state.next_id
        self.state.next_id += 1
        self.state.records[record_id] = {
            "id": record_id,
            "fields": {k: html.escape(v, quote=True) for k, v in fields.items()},
            "main_file": saved.get("main", ""),
            "abstract_file": saved.get("abs", ""),
            "published": False,
            "updated": self.state.clock.now(),
        }
        return Response.redirect(f"/backend/peraturan/view?id={record_id}")

    @staticmethod
    def _valid(fields: dict[str, str]) -> bool:
        if any(not fields[name] for name in REQUIRED):
            return False
        jenis = fields["jenis_peraturan"]
        if not jenis.isdigit() or int(jenis) not in pages.JENIS:
            return False
        if not re.fullmatch(r"\d{4}", fields["tahun_terbit"]):
            return False
        return all(
            not fields[name] or _DATE.match(fields[name])
            for name in ("tanggal_penetapan", "tanggal_pengundangan")
        )

    def _record(self, ctx: _Ctx) -> dict[str, object] | None:
        raw = ctx.request.arg("id")
        return self.state.records.get(int(raw)) if raw.isdigit() else None

    def _view(self, ctx: _Ctx) -> Response:
        if not ctx.request.arg("id"):
            return Response.html(pages.not_found("Missing required parameters: id"), 400)
        record = self._record(ctx)
        if record is None:
            return Response.html(pages.not_found(), 404)
        return Response.html(pages.detail_view(record, ctx.token()))

    def _index(self, ctx: _Ctx) -> Response:
        nomor = ctx.request.arg("PeraturanSearch[nomor_peraturan]")
        tahun = ctx.request.arg("PeraturanSearch[tahun_terbit]")
        found = []
        for record in self.state.records.values():
            fields = record["fields"]
            assert isinstance(fields, dict)
            # SQL LIKE on the stored (escaped) value, as ILDIS's search model does.
            if nomor and nomor not in fields["nomor_peraturan"]:
                continue
            if tahun and tahun != fields["tahun_terbit"]:
                continue
            found.append(record)
        return Response.html(pages.grid(found, ctx.token(), "Peraturan"))

    def _delete(self, ctx: _Ctx) -> Response:
        record = self._record(ctx)
        if record is None:
            return Response.html(pages.not_found(), 404)
        del self.state.records[int(str(record["id"]))]
        return Response.redirect("/backend/peraturan/index")

    def _publish(self, ctx: _Ctx, user: User) -> Response:
        if user.role != "verifikator":
            return Response.html(pages.not_found("Anda tidak diizinkan."), 403)
        record = self._record(ctx)
        if record is None:
            return Response.html(pages.not_found(), 404)
        record["published"] = True
        record["updated"] = self.state.clock.now()
        return Response.redirect("/backend/verifikasi/index")

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
        if record is None or not record["published"]:
            return Response.html(pages.not_found(), 404)
        return Response.html(pages.public_view(record))

    def _feed(self) -> list[dict[str, str | None]]:
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
    ) -> None:
        self.state = IldisState(upload_max=upload_max)
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
) -> IldisServer:
    """Start a server (port 0: a free one); stop it with ``.stop()`` or use ``with``."""
    return IldisServer(port, users=users, upload_max=upload_max).start()


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
    args = parser.parse_args(argv)
    server = run_server(args.port)
    print(f"ILDIS test server on {server.url} (Ctrl+C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
