"""One logged-in conversation with an ILDIS backend: login, CSRF tokens, expiry handling.

ILDIS sessions expire after 5 minutes idle, so the adapter logs in right before it posts
and, when a request is bounced to the login page (302 or 401) mid-way, logs in once more —
only once, and only because the password was accepted a moment ago. A password the site
refuses is never retried: three wrong ones lock the account (see ``CredentialStore``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
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
        self._relogins = 0

    def url(self, path: str) -> str:
        return urljoin(self.backend_url, path)

    def login(self) -> None:
        """Log in; raises AuthPublishError (and remembers the refused password) on failure."""
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
        response = self._request("POST", LOGIN_PATH, data=data)
        if response.is_redirect and not _is_login_url(_location(response)):
            log.info("Logged in to %s as %s", self.site, self._username)
            return
        if response.status_code != 200:
            raise self._status_error(response, "login", "the login")
        answer = parse_page(response.text)
        if answer.says_locked:
            raise AccountLockedError(
                msg(
                    "Akun {user} di {site} terkunci sementara karena terlalu banyak kata sandi "
                    "salah. Tunggu 5 menit, pastikan kata sandi di Pengaturan benar, lalu coba "
                    "lagi.",
                    "The account {user} on {site} is temporarily locked after too many wrong "
                    "passwords. Wait 5 minutes, make sure the password in Settings is right, "
                    "then try again.",
                    user=self._username,
                    site=self.site,
                )
            )
        self._credentials.mark_rejected(self._account, password)
        raise AuthPublishError(
            msg(
                "{site} menolak login {user}: nama pengguna atau kata sandi salah. Kata sandi "
                "ini tidak akan dicoba lagi (akun terkunci setelah 3 kali salah); perbarui di "
                "Pengaturan.",
                "{site} refused the login of {user}: wrong user name or password. This "
                "password will not be tried again (3 wrong ones lock the account); update it "
                "in Settings.",
                site=self.site,
                user=self._username,
            )
        )

    def page(self, path: str, params: Mapping[str, str] | None = None) -> PageInfo:
        """GET a backend page, logging in again once if the session expired."""
        return self._page(self._with_relogin(lambda: self._authed("GET", path, params=params)))

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
        """POST a form with a fresh CSRF token (read from ``csrf_from``, default ``path``).

        A bounce to the login page means the action did not run, so it is safe to log in
        again and post once more, even for a create.
        """

        def attempt() -> httpx.Response:
            token = self.page(csrf_from or path).csrf_token
            if not token:
                raise _not_ildis(self.site)
            fields = {CSRF_PARAM: token, **data}
            return self._authed(
                "POST", path, params=params, data=fields, files=files, creates=creates
            )

        return self._with_relogin(attempt)

    def _with_relogin(self, action: Any) -> httpx.Response:
        try:
            response: httpx.Response = action()
            return response
        except SessionExpiredError:
            if self._relogins >= 1:
                raise AuthPublishError(
                    msg(
                        "Sesi di {site} terus berakhir meski login berhasil; periksa jam "
                        "komputer dan pengaturan situs.",
                        "The session on {site} keeps expiring although login succeeds; check "
                        "the computer clock and the site settings.",
                        site=self.site,
                    )
                ) from None
            self._relogins += 1
            log.info("Session on %s expired; logging in again", self.site)
            self.login()
            response = action()
            return response

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
        return parse_page(response.text)

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
