"""Pytest fixtures for publishing: test servers, a memory keyring, items with real PDFs.

Used by ``tests/publishing/conftest.py``; other suites (CLI, GUI) can load them with
``pytest_plugins = ["tests.publishing.servers.fixtures"]`` in the root conftest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest

from jdih_desktop.publishing.credentials import CredentialStore, account_name
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.model import PublicationItem
from tests.publishing.servers.api import ApiServer
from tests.publishing.servers.api import run_server as run_api
from tests.publishing.servers.ildis import IldisServer
from tests.publishing.servers.ildis import run_server as run_ildis
from tests.publishing.servers.keyrings import MemoryKeyring
from tests.publishing.servers.webdav import DEFAULT_PASSWORD, DEFAULT_USER, WebDavServer
from tests.publishing.servers.webdav import run_server as run_webdav

ItemFactory = Callable[..., PublicationItem]


def make_pdf(path: Path, size: int = 4096, seed: str = "") -> str:
    """A file that starts like a PDF, ``size`` bytes, distinct per ``seed``; its SHA-256."""
    head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    tail = b"\n%%EOF\n"
    filler = hashlib.sha256(seed.encode()).hexdigest().encode() * (size // 64 + 1)
    data = head + filler[: max(size - len(head) - len(tail), 0)] + tail
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


@pytest.fixture()
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring installed as *the* keyring for the test, then removed."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture()
def credentials(memory_keyring: MemoryKeyring) -> CredentialStore:
    return CredentialStore(memory_keyring)


@pytest.fixture()
def http_settings() -> HttpSettings:
    """Short timeouts (upper bounds only) and no environment proxy: 127.0.0.1 stays local."""
    return HttpSettings(
        connect_timeout=5, read_timeout=10, write_timeout=10, pool_timeout=5, trust_env=False
    )


@pytest.fixture()
def ildis_server() -> Iterator[IldisServer]:
    server = run_ildis()
    yield server
    server.stop()


@pytest.fixture()
def api_server() -> Iterator[ApiServer]:
    server = run_api()
    yield server
    server.stop()


@pytest.fixture()
def webdav_server(tmp_path: Path) -> Iterator[WebDavServer]:
    root = tmp_path / "site"
    root.mkdir()
    server = run_webdav(root)
    yield server
    server.stop()


@pytest.fixture()
def ildis_profile(ildis_server: IldisServer, credentials: CredentialStore) -> dict[str, Any]:
    """An ILDIS publisher profile for the test server, passwords stored in the keyring."""
    credentials.set_secret(account_name("ildis", ildis_server.url, "operator"), "operator-pass")
    credentials.set_secret(
        account_name("ildis", ildis_server.url, "verifikator"), "verifikator-pass"
    )
    return {
        "kind": "ildis",
        "base_url": ildis_server.url,
        "username": "operator",
        "verifier_username": "verifikator",
        "default_jenis_id": 19,
    }


@pytest.fixture()
def api_profile(api_server: ApiServer, credentials: CredentialStore) -> dict[str, Any]:
    credentials.set_secret(account_name("api", api_server.url), api_server.state.token)
    return {"kind": "api", "base_url": api_server.url}


@pytest.fixture()
def webdav_profile(webdav_server: WebDavServer, credentials: CredentialStore) -> dict[str, Any]:
    credentials.set_secret(
        account_name("webdav", webdav_server.dav_url, DEFAULT_USER), DEFAULT_PASSWORD
    )
    return {
        "kind": "webdav",
        "dav_url": webdav_server.dav_url,
        "site_base_url": webdav_server.public_url,
        "username": DEFAULT_USER,
    }


@pytest.fixture()
def make_item(tmp_path: Path) -> ItemFactory:
    """``make_item(nomor=..., main_size=..., abstract=True, **fields)`` → PublicationItem."""
    counter = iter(range(1, 10_000))

    def factory(
        *, main_size: int = 8192, abstract: bool = True, abstract_size: int = 2048, **fields: Any
    ) -> PublicationItem:
        n = next(counter)
        folder = tmp_path / f"archive-{n}"
        folder.mkdir()
        main = folder / "salinan.pdf"
        values: dict[str, Any] = {
            "document_id": f"D{n:04d}",
            "jenis": "Keputusan Komisi Pemilihan Umum Kabupaten",
            "singkatan_jenis": "KEP KPU KAB",
            "bentuk": "KEPUTUSAN",
            "judul": f"Penetapan Daftar Pemilih Tetap & Rekapitulasi Tahap {n}",
            "nomor": f"{n}/PL.01.1-Kpt/7312/2023",
            "tahun": 2023,
            "tempat_penetapan": "Watansoppeng",
            "tanggal_penetapan": date(2023, 5, 14),
            "last_updated": datetime(2023, 5, 15, 1, 30, tzinfo=UTC),
            "ildis_jenis_id": 19,
            "penandatangan": "Ketua KPU Kabupaten Soppeng",
            "pemrakarsa": "Subbagian Hukum",
            "bidang_hukum": "Hukum Tata Negara",
            "urusan_pemerintahan": "Pemilihan Umum",
            "teu_badan": "Indonesia. Komisi Pemilihan Umum Kabupaten Soppeng",
            "subjek": ("PEMILIH", "DAFTAR PEMILIH TETAP"),
        }
        values.update(fields)
        seed = f"{values['document_id']}-{values['nomor']}"
        values.setdefault("main_pdf", main)
        values.setdefault("main_sha256", make_pdf(main, main_size, seed))
        if abstract:
            path = folder / "abstrak.pdf"
            values.setdefault("abstract_pdf", path)
            values.setdefault("abstract_sha256", make_pdf(path, abstract_size, seed + "-abs"))
        return PublicationItem(**values)

    return factory
