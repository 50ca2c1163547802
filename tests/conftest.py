"""Fixtures shared by the whole suite: an isolated data folder, offscreen Qt, SANE test device."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.db.engine import Database
from tests.support.office import with_demo_office

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _indonesian_messages() -> Iterator[None]:
    """Every test starts with Indonesian messages, whatever an earlier test switched to."""
    from jdih_desktop.domain.messages import set_language

    set_language("id")
    yield
    set_language("id")


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder of the app's own, as a fresh install would have."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture()
def demo_office(data_dir: Path) -> Path:
    """``data_dir`` configured as the demo office, for tests that read its letterhead."""
    return with_demo_office(data_dir)


# --- databases: every database test runs on SQLite and on a real PostgreSQL ---------------

from tests.support.postgres import PostgresCluster, find_pg_bin, running_cluster  # noqa: E402


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    if find_pg_bin() is None:
        message = (
            "PostgreSQL is not installed: the PostgreSQL half of the database tests is SKIPPED"
        )
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must install it through scripts/bootstrap.sh)")
        import warnings

        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of each engine in turn."""
    if request.param == "sqlite":
        from jdih_desktop.db.engine import sqlite_url

        yield sqlite_url(tmp_path / "test.sqlite3")
        return
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    url = cluster.create_database()
    yield url
    cluster.drop_database(url)


@pytest.fixture()
def db(db_url: str) -> Iterator[Database]:
    """A migrated, empty database of each engine in turn."""
    from jdih_desktop.db.migrate import upgrade

    database = Database(db_url)
    upgrade(database)
    yield database
    database.dispose()


@pytest.fixture()
def context(data_dir: Path) -> Iterator[AppContext]:
    """The office in a fresh data folder (SQLite), closed after the test."""
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()
