"""Alembic environment: runs on the connection the app hands over (see ``db/migrate.py``)."""

from __future__ import annotations

from alembic import context

import jdih_desktop.db.models  # noqa: F401  (registers every table)
from jdih_desktop.db.base import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
    compare_type=True,
    include_object=lambda obj, name, type_, reflected, compare_to: not (
        type_ == "table" and name is not None and name.startswith(("fts_", "sqlite_"))
    ),
    user_module_prefix="jdih_desktop.db.types.",
)
with context.begin_transaction():
    context.run_migrations()
