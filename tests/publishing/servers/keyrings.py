"""Keyring backends for tests: headless Linux has only keyring's ``fail`` backend.

``MemoryKeyring`` for in-process tests (``keyring.set_keyring(MemoryKeyring())``);
``FileKeyring`` for a CLI or GUI run in a subprocess, selected with
``PYTHON_KEYRING_BACKEND=tests.publishing.servers.keyrings.FileKeyring`` and
``JDIH_TEST_KEYRING_FILE=/path/to/keyring.json``. Plain text: for tests only.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "JDIH_TEST_KEYRING_FILE"


class MemoryKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen by keyring's auto-detection: tests install it explicitly.
        raise RuntimeError("test keyring: install it with keyring.set_keyring()")

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self.values.pop((service, username), None) is None:
                raise PasswordDeleteError(username)


class FileKeyring(MemoryKeyring):
    """A MemoryKeyring persisted to the JSON file named by ``JDIH_TEST_KEYRING_FILE``."""

    @properties.classproperty
    def priority(cls) -> float:
        if not os.environ.get(FILE_ENV):
            raise RuntimeError(f"set {FILE_ENV} to use the file test keyring")
        return 1.0

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path or Path(os.environ[FILE_ENV])
        if self.path.exists():
            for entry in json.loads(self.path.read_text(encoding="utf-8")):
                self.values[(entry[0], entry[1])] = entry[2]

    def _save(self) -> None:
        entries = [[s, u, p] for (s, u), p in self.values.items()]
        self.path.write_text(json.dumps(entries), encoding="utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()
