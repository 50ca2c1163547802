"""Developer tool: autogenerate a migration from the models (review it by hand before commit).

Usage: .venv/bin/python scripts/new_migration.py "add something"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.db.migrate import alembic_config, upgrade


def main() -> None:
    message = sys.argv[1] if len(sys.argv) > 1 else "change"
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(sqlite_url(Path(tmp) / "scratch.sqlite3"))
        versions = Path(alembic_config().get_main_option("script_location") or "") / "versions"
        if any(versions.glob("*.py")):
            upgrade(db)
        with db.engine.connect() as connection, connection.begin():
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        db.dispose()


if __name__ == "__main__":
    main()
