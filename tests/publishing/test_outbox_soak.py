"""Soak: hundreds of publications through random faults, each published exactly once.

Time is injected (the outbox's clock jumps to the next retry), so backoff costs nothing;
ambiguous failures are made by the server closing the connection after it created the
record, never by waiting for a client timeout. Two sites: the upload API *without*
server-side idempotency (a repeated POST would be a duplicate), 200 publications; and ILDIS,
whose admin forms cost ~15 requests per publication, with fewer.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jdih_desktop.publishing import CredentialStore, HttpSettings, account_name
from jdih_desktop.publishing.backoff import RetryPolicy
from jdih_desktop.publishing.outbox_store import PUBLISHED
from tests.publishing.chaos import Chaos, api_faults, ildis_faults
from tests.publishing.outbox_env import ildis_options, open_office, store_ildis_passwords
from tests.publishing.servers.api import ApiServer
from tests.publishing.servers.ildis import IldisServer

SEED = 20261130


@pytest.fixture()
def fast_data_dir(tmp_path: Path) -> Iterator[Path]:
    """A data folder in memory when the OS has one (tmpfs): the same SQLite, no disk flushes.

    The soak measures the outbox's logic, not the disk: hundreds of archived decrees and
    attempts fsync thousands of times, which on a busy shared disk takes most of a minute.
    """
    shm = Path("/dev/shm")
    parent = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() else tmp_path
    data = parent / "data"
    data.mkdir()
    yield data
    if parent != tmp_path:
        shutil.rmtree(parent, ignore_errors=True)


def _site(kind: str, request: pytest.FixtureRequest, credentials: CredentialStore) -> Any:
    if kind == "api":
        server: ApiServer = request.getfixturevalue("api_server")
        credentials.set_secret(account_name("api", server.url), server.state.token)
        return server, {"base_url": server.url}, api_faults(server)
    ildis: IldisServer = request.getfixturevalue("ildis_server")
    store_ildis_passwords(credentials, ildis)
    return ildis, ildis_options(ildis), ildis_faults(ildis)


def _records(kind: str, server: Any) -> dict[str, tuple[str, bytes]]:
    """remote id → (number, main file bytes) as the site holds them."""
    if kind == "api":
        return {
            rid: (str(r["nomor"]), server.state.files[r["names"]["main"]])
            for rid, r in server.state.records.items()
        }
    return {
        str(rid): (str(r["fields"]["nomor_peraturan"]), server.state.files[str(r["main_file"])])
        for rid, r in server.state.records.items()
    }


@pytest.mark.parametrize(("kind", "publications"), [("api", 200), ("ildis", 60)])
def test_publications_through_random_faults_are_published_exactly_once(
    kind: str,
    publications: int,
    request: pytest.FixtureRequest,
    fast_data_dir: Path,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    server, options, faults = _site(kind, request, credentials)
    office = open_office(
        fast_data_dir,
        credentials,
        http_settings,
        kind=kind,
        options=options,
        seed=SEED,
        policy=RetryPolicy(max_attempts=50),
    )
    try:
        documents = [office.decree(at_step_4=False)[0] for _ in range(publications)]
        for document_id in documents:
            office.outbox.enqueue(office.operator, document_id)
        chaos = Chaos(server, faults, SEED)
        started = time.perf_counter()

        rounds = office.run_all()

        elapsed = time.perf_counter() - started
        rows = office.outbox.store.rows()
        attempts = sum(r.attempts for r in rows)
        records = _records(kind, server)
        numbers = Counter(number for number, _ in records.values())
        duplicates = sum(count - 1 for count in numbers.values())
        print(
            f"\nsoak {kind}: {publications} publications, {chaos.total} faults injected "
            f"{dict(chaos.injected)}, {attempts} attempts in {rounds} rounds, "
            f"{len(records)} records, duplicates={duplicates}, {elapsed:.1f} s"
        )
        # Every decree published and proven, none lost...
        assert [r.state for r in rows] == [PUBLISHED] * publications, [
            (r.id, r.state, r.last_error) for r in rows if r.state != PUBLISHED
        ]
        # ... each exactly once on the site, serving our bytes ...
        assert duplicates == 0 and len(records) == publications
        assert sorted(r.remote_id for r in rows) == sorted(records)
        for document_id, row in zip(documents, rows, strict=True):
            archived = office.context.archive.get(document_id).file("main")
            assert archived is not None and row.verified_sha256 == archived.sha256
            assert hashlib.sha256(records[row.remote_id][1]).hexdigest() == archived.sha256
        # ... and the faults really happened — above all those that tempt a re-create — and
        # cost extra attempts.
        for dangerous in (
            "create done, answer lost",
            "create 504 (gateway)",
            "create dropped mid-upload",
        ):
            assert chaos.injected[dangerous] >= 3, chaos.injected
        assert len(chaos.injected) >= len(chaos.kinds) - 2
        assert attempts >= publications + chaos.injected["create done, answer lost"]
        assert attempts > publications
    finally:
        office.context.close()
