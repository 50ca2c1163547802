"""Engine and sessions for SQLite (the embedded default) and PostgreSQL (a shared office database).

SQLite runs in WAL mode with foreign keys on and a busy timeout. Writes follow a single-writer
discipline: a write unit of work starts with ``BEGIN IMMEDIATE``, so two writers queue on the
busy timeout instead of one failing half-way when a read lock cannot be upgraded. Reads stay
deferred and never block, thanks to WAL.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jdih_desktop.db import failures
from jdih_desktop.db.audit_anchor import ChainAnchor

BUSY_TIMEOUT_MS = 15_000
_IMMEDIATE = "jdih_sqlite_immediate"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _install_sqlite_discipline(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event decide how each transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """The app's handle on its database: one engine, read and write units of work."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = make_url(url)
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_discipline(self.engine)
            self._write_bind: Engine = self.engine.execution_options(**{_IMMEDIATE: True})
        else:
            self._write_bind = self.engine
        # The audit chain's key and head file (set when an office is opened); the audit log
        # finds it through the session's info.
        self.audit_anchor: ChainAnchor | None = None
        info = {"jdih_database": self}
        self._reader = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._writer = sessionmaker(self._write_bind, expire_on_commit=False, info=info)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """The URL without its password, fit for logs and messages."""
        return self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read unit of work; closing it ends the transaction, loaded objects stay usable."""
        with self._translated(), self._reader() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: committed when the block ends, rolled back on any error.

        A busy database (another writer held it past the busy timeout) and a full disk come
        out as translated errors; the transaction is rolled back, so nothing half-lands.
        """
        with self._translated(), self._writer() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (OperationalError, DBAPIError) as exc:
            translated = failures.translate(exc, self.describe())
            if translated is None:
                raise
            raise translated from exc

    def dispose(self) -> None:
        self.engine.dispose()
