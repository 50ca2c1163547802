"""The background runner: processes what is queued, wakes on enqueue, resumes after restart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdih_desktop.publishing import CredentialStore, HttpSettings
from jdih_desktop.publishing.outbox import Outcome
from jdih_desktop.publishing.outbox_store import PUBLISHED, QUEUED
from jdih_desktop.publishing.runner import OutboxRunner
from tests.publishing.outbox_env import Office, ildis_options, open_office, store_ildis_passwords
from tests.publishing.servers.ildis import IldisServer


@pytest.fixture()
def office(
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> Iterator[Office]:
    store_ildis_passwords(credentials, ildis_server)
    office = open_office(data_dir, credentials, http_settings, options=ildis_options(ildis_server))
    yield office
    office.context.close()


class Seen:
    """Collects outcomes from the runner thread; ``wait_for(n)`` blocks until n arrived."""

    def __init__(self) -> None:
        self.outcomes: list[Outcome] = []
        self._changed = threading.Condition()

    def __call__(self, outcome: Outcome) -> None:
        with self._changed:
            self.outcomes.append(outcome)
            self._changed.notify_all()

    def wait_for(self, count: int, timeout: float = 60) -> list[Outcome]:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.outcomes) >= count, timeout)
            return list(self.outcomes)


def test_runner_publishes_what_is_queued_and_wakes_on_enqueue(
    office: Office, ildis_server: IldisServer
) -> None:
    first, _ = office.decree(at_step_4=False)
    office.outbox.enqueue(office.operator, first)
    seen = Seen()
    # A long idle wait: only the wake-up on enqueue can explain a prompt second publication.
    runner = OutboxRunner(office.outbox, idle_seconds=600, on_outcome=seen)
    runner.start()
    try:
        assert seen.wait_for(1)[0].publication.state == PUBLISHED
        second, _ = office.decree(at_step_4=False)
        office.outbox.enqueue(office.operator, second)
        outcomes = seen.wait_for(2)
    finally:
        runner.stop()
    assert not runner.running
    assert [o.publication.document_id for o in outcomes] == [first, second]
    assert [o.publication.state for o in outcomes] == [PUBLISHED, PUBLISHED]
    assert len(ildis_server.state.records) == 2


def test_a_stopped_runner_leaves_queued_rows_for_the_next_start(
    office: Office, ildis_server: IldisServer
) -> None:
    document_id, request_id = office.decree()
    runner = OutboxRunner(office.outbox, idle_seconds=600)
    runner.start()
    runner.stop()
    view = office.outbox.enqueue(office.operator, document_id)
    assert office.outbox.store.get(view.id).state == QUEUED  # nobody is running
    seen = Seen()
    restarted = OutboxRunner(office.outbox, idle_seconds=600, on_outcome=seen)
    restarted.start()
    try:
        (outcome,) = seen.wait_for(1)
    finally:
        restarted.stop()
    assert outcome.publication.state == PUBLISHED
    assert request_id is not None and outcome.steps.completed == (request_id,)
    assert len(ildis_server.state.records) == 1
