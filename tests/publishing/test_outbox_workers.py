"""Several workers (PCs sharing one database) drain one outbox: each row attempted once.

Runs on SQLite and on the real PostgreSQL fixture (``SELECT … FOR UPDATE SKIP LOCKED``).
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from pathlib import Path

import pytest

from jdih_desktop.publishing import CredentialStore, HttpSettings
from jdih_desktop.publishing.outbox import Outbox, Outcome
from jdih_desktop.publishing.outbox_store import PUBLISHED
from tests.publishing.outbox_env import ildis_options, open_office, store_ildis_passwords
from tests.publishing.servers.ildis import IldisServer

DECREES = 12
WORKERS = 3


def test_concurrent_workers_claim_each_row_once(
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    monkeypatch.setenv("JDIH_DATABASE_URL", db_url)
    store_ildis_passwords(credentials, ildis_server)
    office = open_office(data_dir, credentials, http_settings, options=ildis_options(ildis_server))
    try:
        documents = [office.decree()[0] for _ in range(DECREES)]
        for document_id in documents:
            office.outbox.enqueue(office.operator, document_id)
        workers = [
            Outbox(
                office.context.db,
                office.context.archive,
                office.outbox.targets,
                office.outbox.steps,
                now=office.clock.now,
                rng=random.Random(n),
                owner=f"pc-{n}:{1000 + n}",
                # ILDIS lists publicly only records with a TEU: the office's, as wired.
                teu_badan=lambda: office.context.office.profile().teu_badan,
            )
            for n in range(WORKERS)
        ]
        done: list[list[Outcome]] = [[] for _ in workers]
        start = threading.Barrier(WORKERS)

        def drain(n: int) -> None:
            start.wait()
            done[n].extend(workers[n].run_until_idle())

        threads = [threading.Thread(target=drain, args=(n,)) for n in range(WORKERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)

        handled = Counter(o.publication.id for outcomes in done for o in outcomes)
        assert sorted(handled) == sorted(r.id for r in office.outbox.store.rows())
        assert set(handled.values()) == {1}  # no row was taken by two workers
        rows = office.outbox.store.rows()
        assert {r.state for r in rows} == {PUBLISHED} and {r.attempts for r in rows} == {1}
        numbers = Counter(
            str(r["fields"]["nomor_peraturan"])  # type: ignore[index]
            for r in ildis_server.state.records.values()
        )
        assert len(numbers) == DECREES and set(numbers.values()) == {1}
    finally:
        office.context.close()
