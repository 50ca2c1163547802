"""One logged-in conversation with an ILDIS backend: login, CSRF tokens, expiry handling.

A bcrypt-cost-13 login costs the site ~0.7 s, so one session serves a whole publication:
the adapter logs in on first use, reuses the session and its CSRF token while ILDIS's
300 s ``authTimeout`` keeps it alive, and logs in again only when the site actually bounces
a request to its login page (302 or 401) — once per request, never in a loop. A 400 to a
POST is Yii's CSRF refusal (the action did not run): the token is refreshed and the POST
sent once more. A password the site refuses is never retried: three wrong ones suspend
the account (see ``CredentialStore``); a suspension is not a wrong password and is retried
later with the same one (``common/models/LoginForm.php``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.errors import (
    AccountLockedError,
    AuthPublishError,
    PermanentPublishError,
    ambiguous_error,
    server_error,
    unexpected_status,
)
from jdih_desktop.publishing.http import send
from jdih_desktop.publishing.ildis_html import CSRF_PARAM, PageInfo, parse_page

log = logging.getLogger(__name__)
LOGIN_PATH = "site/login"

FileField = tuple[str, tuple[str, bytes, str]]


class SessionExpiredError(Exception):
    """Internal: the backend sent us to its login page; the caller logs in again once."""


class IldisSession:
    """Requests against ``backend_url`` with one account's session cookie in ``client``."""

    def __init__(
        self,
        client: httpx.Client,
        backend_url: str,
        *,
        site: str,
        credentials: CredentialStore,
        account: str,
        username: str,
    ) -> None:
        self.client = client
        self.backend_url = backend_url.rstrip("/") + "/"
        self.site = site
        self._credentials = credentials
        self._account = account
        self._username = username
        self._token = ""
        self.logged_in = False
        #: Logins made by this session (the benchmark's and tests' figure).
        self.logins = 0

    def url(self, path: str) -> str:
        return urljoin(self.backend_url, path)

    def ensure_login(self) -> None:
        if not self.logged_in:
            self.login()

    def login(self) -> None:
        """Log in; a refused password is remembered, a suspension is reported as such."""
        password = self._credentials.login_secret(self._account)
        page = self._page(self._request("GET", LOGIN_PATH))
        if not page.csrf_token:
            raise _not_ildis(self.site)
        data = {
            CSRF_PARAM: page.csrf_token,
            "LoginForm[username]": self._username,
            "LoginForm[password]": password,
            "LoginForm[rememberMe]": "0",
            # ILDIS only checks that the field is not empty (no real captcha on the form).
            "LoginForm[reCaptcha]": "1",
        }
        self.logins += 1
        response = self._request("POST", LOGIN_PATH, data=data)
        if response.is_redirect and not _is_login_url(_location(response)):
            log.info("Logged in to %s as %s", self.site, self._username)
            self.logged_in = True
            self._token = ""  # Yii may renew the CSRF token with the session
            return
        if response.status_code != 200:
            raise self._status_error(response, "login", "the login")
        answer = parse_page(response.text)
        if answer.says_suspended:
            minutes = max(1, round(answer.suspended_seconds() / 60))
            raise AccountLockedError(
                msg(
                    "Akun {user} di {site} sedang ditangguhkan situs ({detail}). Kata sandi "
                    "tersimpan tidak diubah; unggahan dicoba lagi otomatis setelah {minutes} "
                    "menit.",
                    "The account {user} on {site} is suspended by the site ({detail}). The "
                    "stored password is kept; the upload is retried automatically after "
                    "{minutes} minutes.",
                    user=self._username,
                    site=self.site,
                    detail=" ".join(answer.errors)[:200],
                    minutes=minutes,
                ),
                retry_after=answer.suspended_seconds() + 5,
            )
        if not answer.says_wrong_password:
            raise PermanentPublishError(
                msg(
                    "{site} tidak menerima login {user}: {detail}. Kata sandi tersimpan tidak "
                    "diubah; periksa formulir login situs.",
                    "{site} did not accept the login of {user}: {detail}. The stored password "
                    "is kept; check the site's login form.",
                    site=self.site,
                    user=self._username,
                    detail=" ".join(answer.errors)[:200] or "no message",
                )
            )
        self._credentials.mark_rejected(self._account, password)
        raise AuthPublishError(
            msg(
                "{site} menolak login {user}: nama pengguna atau kata sandi salah. Kata sandi "
                "ini tidak akan dicoba lagi (akun ditangguhkan setelah 3 kali salah); perbarui "
                "di Pengaturan atau dengan jdih site password.",
                "{site} refused the login of {user}: wrong user name or password. This "
                "password will not be tried again (3 wrong ones suspend the account); update "
                "it in Settings or with jdih site password.",
                site=self.site,
                user=self._username,
            )
        )

    def page(self, path: str, params: Mapping[str, str] | None = None) -> PageInfo:
        """GET a backend page, logging in again once if the session expired."""
        response = self.get(path, params)
        return self._page(response)

    def get(self, path: str, params: Mapping[str, str] | None = None) -> httpx.Response:
        """GET anything (a page, JSON) in the session; not checked for status."""
        self.ensure_login()
        return self._with_relogin(lambda: self._authed("GET", path, params=params))

    def post(
        self,
        path: str,
        data: Mapping[str, str],
        *,
        params: Mapping[str, str] | None = None,
        files: Sequence[FileField] | None = None,
        creates: bool = False,
        csrf_from: str = "",
    ) -> httpx.Response:
        """POST a form with the session's CSRF token (read from ``csrf_from`` when none yet).

        A bounce to the login page or a CSRF refusal (400) means the action did not run, so
        it is safe to log in again / take a fresh token and post once more, even a create.
        """
        self.ensure_login()

        def attempt() -> httpx.Response:
            if not self._token:
                self._token = self.page(csrf_from or path, params).csrf_token
                if not self._token:
                    raise _not_ildis(self.site)
            fields = {CSRF_PARAM: self._token, **data}
            return self._authed(
                "POST", path, params=params, data=fields, files=files, creates=creates
            )

        response = self._with_relogin(attempt)
        if response.status_code == 400:
            log.info("CSRF token refused by %s; taking a fresh one", self.site)
            self._token = ""
            response = self._with_relogin(attempt)
        return response

    def _with_relogin(self, action: Callable[[], httpx.Response]) -> httpx.Response:
        try:
            return action()
        except SessionExpiredError:
            log.info("Session on %s expired; logging in again", self.site)
            self.logged_in = False
            self.login()
            try:
                return action()
            except SessionExpiredError:
                raise AuthPublishError(
                    msg(
                        "Sesi di {site} terus berakhir meski login berhasil; periksa jam "
                        "komputer dan pengaturan situs.",
                        "The session on {site} keeps expiring although login succeeds; check "
                        "the computer clock and the site settings.",
                        site=self.site,
                    )
                ) from None

    def _authed(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self._request(method, path, **kwargs)
        if response.status_code == 401 or (
            response.is_redirect and _is_login_url(_location(response))
        ):
            raise SessionExpiredError
        return response

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        files: Sequence[FileField] | None = None,
        creates: bool = False,
    ) -> httpx.Response:
        request = self.client.build_request(
            method, self.url(path), params=params, data=data, files=files
        )
        response = send(self.client, request, site=self.site, creates=creates)
        if response.status_code >= 500:
            if creates and response.status_code == 504:
                # A gateway gave up waiting: the backend may still have created the record.
                raise ambiguous_error(self.site)
            raise server_error(self.site, response.status_code)
        return response

    def _page(self, response: httpx.Response) -> PageInfo:
        if response.status_code != 200:
            raise self._status_error(response, "halaman admin", "an admin page")
        page = parse_page(response.text)
        if page.csrf_token and self.logged_in:
            self._token = page.csrf_token
        return page

    def _status_error(
        self, response: httpx.Response, action_id: str, action_en: str
    ) -> PermanentPublishError | AuthPublishError:
        if response.status_code == 403:
            return AuthPublishError(
                msg(
                    "Akun {user} di {site} tidak berhak melakukan ini (HTTP 403); periksa "
                    "peran akun di situs.",
                    "The account {user} on {site} may not do this (HTTP 403); check the "
                    "account's role on the site.",
                    user=self._username,
                    site=self.site,
                )
            )
        return unexpected_status(self.site, response.status_code, action_id, action_en)


def _location(response: httpx.Response) -> str:
    return response.headers.get("location", "")


def _is_login_url(location: str) -> bool:
    return urlsplit(location).path.rstrip("/").endswith(LOGIN_PATH)


def _not_ildis(site: str) -> PermanentPublishError:
    return PermanentPublishError(
        msg(
            "{site} tidak tampak seperti situs ILDIS (formulir login tanpa token CSRF); periksa "
            "alamat situs di Pengaturan.",
            "{site} does not look like an ILDIS site (a login form without a CSRF token); "
            "check the site address in Settings.",
            site=site,
        )
    )
