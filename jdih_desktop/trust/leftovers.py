"""What a killed process leaves in the data folder, cleaned at the next start.

A process killed after moving a file into the store but before committing the row that records
it leaves a complete file the database does not know (``jdih verify`` used to warn about it
forever). Its store journal (``storage/temp_area.py``) names every such file; the ones the
database never recorded are removed here, with a log line each.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from sqlalchemy import select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.storage.filestore import FileStore

log = logging.getLogger(__name__)
BATCH = 500  # stays under SQLite's bound-parameter limit


def forget_unrecorded(db: Database, files: FileStore) -> Callable[[list[str], float], None]:
    """The temp area's ``forget_stored``: delete journalled files no row records.

    A file touched after the journal was last written was stored again since (by a live
    process that may not have committed yet) and is left alone.
    """

    def forget(shas: list[str], journal_mtime: float) -> None:
        wanted = sorted(set(shas))
        known: set[str] = set()
        with db.read() as session:
            for start in range(0, len(wanted), BATCH):
                batch = wanted[start : start + BATCH]
                known |= set(
                    session.scalars(
                        select(models.StoredFile.sha256).where(models.StoredFile.sha256.in_(batch))
                    )
                )
        for sha in wanted:
            if sha in known:
                continue
            try:
                path = files.path_for(sha)
            except ValueError:
                continue  # not a hash: a damaged journal line
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime <= journal_mtime:
                    path.unlink()
                    log.warning(
                        "removed stored file %s: the process that stored it ended before "
                        "recording it",
                        sha[:12],
                    )

    return forget
