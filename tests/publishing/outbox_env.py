"""A whole office for outbox tests: data folder, archive, a request at step 4, an ILDIS site.

Real parts throughout: ``open_context`` on a temp data folder (SQLite), the archive service,
the SOP services, the ILDIS-compatible server on 127.0.0.1 and an in-memory keyring. Only
time is injected: the outbox runs on :class:`FakeClock`, so backoff never sleeps.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from jdih_desktop.config import DEMO_OFFICE, AppConfig, save_config
from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.paths import resolve_paths
from jdih_desktop.publishing.backoff import RetryPolicy
from jdih_desktop.publishing.credentials import CredentialStore, account_name
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.outbox import Outbox
from jdih_desktop.publishing.wiring import open_outbox
from tests.publishing.servers.fixtures import make_pdf
from tests.publishing.servers.ildis import IldisServer


class FakeClock:
    """UTC instants that move only when the test says so (thread-safe)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime.now(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta

    def set(self, instant: datetime) -> None:
        with self._lock:
            self._now = max(self._now, instant)


def ildis_options(server: IldisServer, **over: Any) -> dict[str, Any]:
    return {
        "base_url": server.url,
        "username": "operator",
        "verifier_username": "verifikator",
        "default_jenis_id": 19,
        **over,
    }


def store_ildis_passwords(credentials: CredentialStore, server: IldisServer) -> None:
    credentials.set_secret(account_name("ildis", server.url, "operator"), "operator-pass")
    credentials.set_secret(account_name("ildis", server.url, "verifikator"), "verifikator-pass")


def write_config(
    data_dir: Path, kind: str, options: dict[str, Any], *, office: bool = True, **targets: Any
) -> None:
    """The office's configuration; ``office``: it names the demo office (its T.E.U. fills a
    decree that has none), else it names none, as a fresh folder."""
    config = AppConfig()
    if office:
        config.office = replace(DEMO_OFFICE)
    config.publishing.kind = kind
    config.publishing.options = options
    config.publishing.targets = dict(targets)
    save_config(config, resolve_paths(data_dir).config_file)


@dataclass
class Office:
    context: AppContext
    outbox: Outbox
    clock: FakeClock
    operator: Actor
    kasubag: Actor
    files_dir: Path
    serial: int = 0

    def decree(
        self, *, main_size: int = 8192, at_step_4: bool = True, nomor: str | None = None
    ) -> tuple[int, int | None]:
        """Archive a decree (real PDF-like files); with a request waiting at step 4."""
        self.serial += 1
        n = self.serial
        request_id = None
        if at_step_4:
            requests = self.context.requests
            request = requests.register(
                self.operator, pengusul_name="Rahmat", hal=f"Salinan SK {n}"
            )
            request_id = request.id
            requests.complete_step(self.operator, request_id, 1)
            self.context.dispositions.record(
                self.kasubag,
                request_id,
                to_username=self.operator.username,
                instructions=["Proses"],
            )
            requests.complete_step(self.operator, request_id, 3)
        main = self.files_dir / f"sk-{n}.pdf"
        abstract = self.files_dir / f"abstrak-{n}.pdf"
        make_pdf(main, main_size, f"main-{n}")
        make_pdf(abstract, 2048, f"abstract-{n}")
        view = self.context.archive.create(
            self.operator,
            DecreeMetadata(
                judul=f"Penetapan Daftar Pemilih Tetap & Rekapitulasi Tahap {n}",
                nomor=nomor or f"{n}/PL.01.1-Kpt/7312/2023",
                tahun=2023,
                tempat_penetapan="Watansoppeng",
                tanggal_penetapan=date(2023, 5, 14),
                penandatangan="Ketua KPU Kabupaten Soppeng",
                subjek=("PEMILIH", "DAFTAR PEMILIH TETAP"),
            ),
            main_pdf=main,
            abstract_pdf=abstract,
            request_id=request_id,
        )
        return view.id, request_id

    def step_4(self, request_id: int) -> Any:
        return next(s for s in self.context.requests.get(request_id).steps if s.no == 4)

    def run_all(self, max_rounds: int = 10_000) -> int:
        """Process until nothing is left to retry, jumping the clock to each next try."""
        rounds = 0
        while rounds < max_rounds:
            rounds += 1
            self.outbox.run_until_idle()
            due = self.outbox.next_due_at()
            if due is None:
                return rounds
            self.clock.set(due)
        raise AssertionError("the outbox did not settle")


def use_test_outbox(
    context: AppContext,
    credentials: CredentialStore,
    http: HttpSettings,
    *,
    seed: int,
    now: Callable[[], datetime] | None = None,
    policy: RetryPolicy | None = None,
) -> None:
    """Give ``context`` the office's outbox, with the tests' credential store, loopback HTTP
    settings and a seeded backoff (one place for every test that publishes)."""
    context.outbox = open_outbox(
        context.db,
        context.config.publishing,
        context.paths.data_dir,
        context.archive,
        context.requests,
        context.office,
        now or context.now,
        credentials=credentials,
        http=http,
        rng=random.Random(seed),
        policy=policy,
    )


def open_office(
    data_dir: Path,
    credentials: CredentialStore,
    http: HttpSettings,
    *,
    kind: str = "ildis",
    options: dict[str, Any] | None = None,
    seed: int = 7,
    policy: RetryPolicy | None = None,
    office: bool = True,
    **targets: Any,
) -> Office:
    write_config(data_dir, kind, options or {}, office=office, **targets)
    context = open_context(data_dir)
    clock = FakeClock()
    use_test_outbox(context, credentials, http, seed=seed, now=clock.now, policy=policy)
    accounts = context.accounts
    operator = accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"]).as_actor()
    kasubag = accounts.add_user(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"]).as_actor()
    files_dir = data_dir.parent / "incoming"
    files_dir.mkdir(exist_ok=True)
    return Office(context, context.outbox, clock, operator, kasubag, files_dir)
