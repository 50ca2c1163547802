"""Passwords and tokens live in the OS keyring, under the service name ``jdih-desktop``.

Nothing here logs, formats or raises with a secret: an error names the *account*
(``ildis:https://jdih.example.go.id:operator``), never its password. Accounts are built by
:func:`account_name` so the Settings dialog and the adapters agree on them.

ILDIS locks an account after three wrong passwords, so a rejected password is remembered
(as a salted fingerprint, in the keyring too): the same password is not tried again, from
this or another process, until someone stores a new one.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.errors import AuthPublishError, PermanentPublishError
from jdih_desktop.publishing.keyring_file import (
    CHOICE_VARIABLE,
    ENCRYPTED_FILE,
    PASSPHRASE_VARIABLE,
    chosen_backend,
)

SERVICE = "jdih-desktop"
_T = TypeVar("_T")
_REJECTED_SUFFIX = "#rejected"

log = logging.getLogger(__name__)


def account_name(kind: str, site_url: str, username: str = "") -> str:
    """The keyring account of one login on one site, e.g. ``ildis:https://host/:operator``."""
    return f"{kind}:{site_url.rstrip('/')}:{username}" if username else f"{kind}:{site_url}"


class CredentialStore:
    """A thin wrapper over one keyring backend (the system's unless one is given)."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

    def _keyring(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        return chosen_backend() or keyring.get_keyring()

    def set_secret(self, account: str, secret: str) -> None:
        """Store (or replace) a secret; a new secret clears an earlier rejection."""
        if not secret:
            raise PermanentPublishError(
                msg(
                    "Kata sandi untuk {account} tidak boleh kosong.",
                    "The password for {account} must not be empty.",
                    account=account,
                )
            )
        self._call(lambda k: k.set_password(self._service, account, secret), account)
        self._delete_quietly(account + _REJECTED_SUFFIX)
        log.info("Secret stored in the keyring for %s", account)

    def get_secret(self, account: str) -> str:
        """The stored secret; a clear error when none is stored (Settings must ask for it)."""
        secret = self._call(lambda k: k.get_password(self._service, account), account)
        if not secret:
            raise AuthPublishError(
                msg(
                    "Belum ada kata sandi/token tersimpan untuk {account}. Isi di Pengaturan → "
                    "Penerbitan.",
                    "No password or token is stored for {account}. Enter it in Settings → "
                    "Publishing.",
                    account=account,
                )
            )
        return secret

    def has_secret(self, account: str) -> bool:
        return bool(self._call(lambda k: k.get_password(self._service, account), account))

    def delete_secret(self, account: str) -> None:
        self._delete_quietly(account)
        self._delete_quietly(account + _REJECTED_SUFFIX)

    def login_secret(self, account: str) -> str:
        """The secret to log in with, refused if the site already rejected this very secret."""
        secret = self.get_secret(account)
        rejected = self._call(
            lambda k: k.get_password(self._service, account + _REJECTED_SUFFIX), account
        )
        if rejected and self._matches(rejected, secret):
            raise AuthPublishError(
                msg(
                    "Kata sandi untuk {account} pernah ditolak situs; aplikasi tidak mencobanya "
                    "lagi agar akun tidak terkunci. Simpan kata sandi yang benar di Pengaturan.",
                    "The site rejected the password for {account} before; it is not tried "
                    "again so the account is not locked. Store the right password in Settings.",
                    account=account,
                )
            )
        return secret

    def mark_rejected(self, account: str, secret: str) -> None:
        """Remember that the site refused ``secret`` (as a salted hash, not the secret)."""
        salt = secrets.token_hex(16)
        fingerprint = f"{salt}${_digest(salt, secret)}"
        self._call(
            lambda k: k.set_password(self._service, account + _REJECTED_SUFFIX, fingerprint),
            account,
        )
        log.warning("The site rejected the stored password for %s", account)

    @staticmethod
    def _matches(fingerprint: str, secret: str) -> bool:
        salt, _, digest = fingerprint.partition("$")
        return hmac.compare_digest(digest, _digest(salt, secret))

    def _delete_quietly(self, account: str) -> None:
        try:
            self._keyring().delete_password(self._service, account)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise _keyring_error(account, exc) from None

    def _call(self, action: Callable[[KeyringBackend], _T], account: str) -> _T:
        try:
            return action(self._keyring())
        except keyring.errors.KeyringError as exc:
            # ``from None``: a backend's own exception text is not ours to vouch for.
            raise _keyring_error(account, exc) from None


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256(f"{salt}:{secret}".encode()).hexdigest()


def _keyring_error(account: str, exc: Exception) -> PermanentPublishError:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return PermanentPublishError(
            msg(
                "Tidak ada keyring sistem untuk {account}. Jalankan layanan keyring desktop, "
                "atau pilih berkas terenkripsi: {choice_var}={choice} dan {pass_var}=… di "
                "lingkungan program (lihat README, jdih site password).",
                "There is no OS keyring for {account}. Start a desktop keyring service, or "
                "choose an encrypted file: {choice_var}={choice} and {pass_var}=… in the "
                "program's environment (see the README, jdih site password).",
                account=account,
                choice_var=CHOICE_VARIABLE,
                choice=ENCRYPTED_FILE,
                pass_var=PASSPHRASE_VARIABLE,
            )
        )
    return PermanentPublishError(
        msg(
            "Keyring sistem tidak dapat dipakai untuk {account} ({kind}). Pasang atau buka "
            "kunci penyimpanan kata sandi sistem operasi.",
            "The OS keyring cannot be used for {account} ({kind}). Install or unlock the "
            "operating system's password store.",
            account=account,
            kind=type(exc).__name__,
        )
    )
