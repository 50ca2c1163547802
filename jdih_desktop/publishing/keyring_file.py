"""The explicit fallback for a PC without an OS keyring: an encrypted keyring file.

A Linux PC without a desktop session has no Secret Service, and ``keyring`` then has no
backend (``NoKeyringError``). Secrets are never written in plain text by default; the
office may *choose* an encrypted file instead, explicitly, by setting
``JDIH_KEYRING=encrypted-file`` in the environment of the app, the CLI and the uploader.
The file is ``keyrings.cryptfile``'s (Argon2 key derivation, AES-GCM), at
``JDIH_KEYRING_FILE`` or the package's default path; its passphrase comes from
``JDIH_KEYRING_PASSPHRASE`` or, on a terminal, a prompt that does not echo.
"""

from __future__ import annotations

import getpass
import os
import sys
import threading
from functools import lru_cache
from typing import Any

from keyring.backend import KeyringBackend

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.errors import PublisherConfigError

CHOICE_VARIABLE = "JDIH_KEYRING"
ENCRYPTED_FILE = "encrypted-file"
FILE_VARIABLE = "JDIH_KEYRING_FILE"
PASSPHRASE_VARIABLE = "JDIH_KEYRING_PASSPHRASE"


def chosen_backend() -> KeyringBackend | None:
    """The encrypted file backend when the office chose it; None: the OS keyring."""
    choice = os.environ.get(CHOICE_VARIABLE, "").strip()
    if not choice:
        return None
    if choice != ENCRYPTED_FILE:
        raise PublisherConfigError(
            msg(
                "{var}={value} tidak dikenal; satu-satunya pilihan adalah {choice} (atau "
                "kosongkan untuk keyring sistem).",
                "{var}={value} is not known; the only choice is {choice} (or leave it empty "
                "for the OS keyring).",
                var=CHOICE_VARIABLE,
                value=choice,
                choice=ENCRYPTED_FILE,
            )
        )
    return _encrypted_file(os.environ.get(FILE_VARIABLE, ""))


@lru_cache(maxsize=4)
def _encrypted_file(path: str) -> KeyringBackend:
    try:
        from keyrings.cryptfile.cryptfile import CryptFileKeyring
    except ImportError as exc:
        raise PublisherConfigError(
            msg(
                "Keyring berkas terenkripsi dipilih ({var}) tetapi paket keyrings.cryptfile "
                "tidak terpasang.",
                "The encrypted file keyring was chosen ({var}) but the keyrings.cryptfile "
                "package is not installed.",
                var=CHOICE_VARIABLE,
            )
        ) from exc
    backend = CryptFileKeyring()
    if path:
        backend.file_path = path
    try:
        backend.keyring_key = _passphrase()  # checked against the file's reference entry
    except ValueError:  # "MAC check failed": another passphrase encrypted this file
        raise PublisherConfigError(
            msg(
                "Frasa sandi {var} tidak cocok dengan keyring berkas {path}.",
                "The passphrase {var} does not open the keyring file {path}.",
                var=PASSPHRASE_VARIABLE,
                path=backend.file_path,
            )
        ) from None
    return _Remembering(backend)


class _Remembering(KeyringBackend):
    """Keeps what was read from the file until the file changes.

    ``keyrings.cryptfile`` derives a key with Argon2 for every read (seconds on a busy PC;
    a login reads two entries); an ILDIS publication would spend more time unlocking its
    password than publishing. The file's modification time and size invalidate the cache,
    so ``jdih site password`` in another process is seen at once.
    """

    priority = 0  # never chosen by keyring's own discovery

    def __init__(self, inner: Any) -> None:
        super().__init__()
        self._inner = inner
        self._values: dict[tuple[str, str], str | None] = {}
        self._stamp: tuple[float, int] | None = None
        self._lock = threading.Lock()

    def _current(self) -> None:
        try:
            info = os.stat(self._inner.file_path)
            stamp: tuple[float, int] | None = (info.st_mtime, info.st_size)
        except OSError:
            stamp = None
        if stamp != self._stamp:
            self._values.clear()
            self._stamp = stamp

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            self._current()
            key = (service, username)
            if key not in self._values:
                self._values[key] = self._inner.get_password(service, username)
            return self._values[key]

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._inner.set_password(service, username, password)
            self._values.clear()
            self._stamp = None

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self._values.clear()
            self._stamp = None
            self._inner.delete_password(service, username)


def _passphrase() -> str:
    passphrase = os.environ.get(PASSPHRASE_VARIABLE, "")
    if not passphrase and sys.stdin is not None and sys.stdin.isatty():
        passphrase = getpass.getpass("Frasa sandi keyring berkas / keyring file passphrase: ")
    if not passphrase:
        raise PublisherConfigError(
            msg(
                "Keyring berkas terenkripsi memerlukan frasa sandi: isi {var} di lingkungan "
                "program (bukan di config.toml).",
                "The encrypted file keyring needs its passphrase: set {var} in the program's "
                "environment (not in config.toml).",
                var=PASSPHRASE_VARIABLE,
            )
        )
    return passphrase
