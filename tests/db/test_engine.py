"""Engine behaviour both engines must share: UTC instants, write units of work, concurrency."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from jdih_desktop.db.engine import Database
from jdih_desktop.db.models import Counter, SopRun


def test_instants_round_trip_as_aware_utc(db: Database) -> None:
    wita = timezone(timedelta(hours=8))
    local = datetime(2026, 3, 2, 9, 15, 30, 123456, tzinfo=wita)
    with db.write() as session:
        session.add(
            SopRun(
                sop_code="x", state="active", opened_at=local, opened_by="t", last_event_at=local
            )
        )
    with db.read() as session:
        run = session.scalars(select(SopRun)).one()
    assert run.opened_at == local
    assert run.opened_at.tzinfo is not None
    assert run.opened_at.utcoffset() == timedelta(0)
    assert run.opened_at.hour == 1


def test_naive_datetime_is_rejected(db: Database) -> None:
    with pytest.raises(Exception, match="naive"), db.write() as session:
        session.add(
            SopRun(
                sop_code="x",
                state="active",
                opened_at=datetime(2026, 1, 1),
                opened_by="t",
                last_event_at=datetime(2026, 1, 1),
            )
        )
        session.flush()


def test_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Counter(name="agenda", year=2026, value=1))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.scalars(select(Counter)).all() == []


def test_concurrent_writers_queue_instead_of_failing(db: Database) -> None:
    """Two threads increment one counter: every increment lands, none is lost or refused."""
    with db.write() as session:
        session.add(Counter(name="agenda", year=2026, value=0))
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def bump(times: int) -> None:
        start.wait()
        try:
            for _ in range(times):
                with db.write() as session:
                    counter = session.scalars(
                        select(Counter).where(Counter.name == "agenda").with_for_update()
                    ).one()
                    counter.value += 1
        except BaseException as exc:  # recorded and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=bump, args=(40,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.read() as session:
        assert session.scalars(select(Counter.value)).one() == 80


def test_utc_now_helper_is_aware() -> None:
    from jdih_desktop.db.types import utcnow

    assert utcnow().tzinfo is UTC
