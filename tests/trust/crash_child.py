"""The process the crash test kills: registers requests and stores attachments in a loop.

Usage: ``python crash_child.py DATA_DIR SEED MODE`` where MODE is ``step`` or ``free``.

Every durable write is announced on stdout as one line ``<iteration> <phase>``. In ``step``
mode the child then waits for a line on stdin before going on, so the parent can kill it at an
exact point: half-way through writing a file (``file``), with the file stored but not yet
recorded (``stored``), inside the database transaction before its commit (``txn``). ``done``
lines follow each commit. In ``free`` mode it never waits, so a kill lands wherever the child
happens to be (inside an fsync, a WAL append, a rename...).
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.domain.actor import Actor
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.requests import RequestService
from jdih_desktop.workflow.runs import RunService
from jdih_desktop.workflow.sop_loader import default_sop_dir, load_sops

CHUNK = 64 * 1024


def main(data_dir: str, seed: int, mode: str) -> None:
    rng = random.Random(seed)
    # The services the app writes through, without the GUI-sized context (a quicker start; the
    # parent opened and migrated the data folder with the real context).
    instant = datetime.fromisoformat(os.environ["JDIH_NOW"])  # the parent's frozen clock

    def now() -> datetime:
        return instant

    db = Database(sqlite_url(Path(data_dir) / "jdih.sqlite3"))
    audit.open_anchor(db, Path(data_dir))  # the office's audit key, as the app's context does
    files = FileStore(Path(data_dir) / "files")
    calendars = CalendarService(db, now)
    requests = RequestService(db, RunService(db, load_sops(default_sop_dir()), now), calendars, now)
    operator = Actor(None, "crash-test", frozenset({"operator"}))

    def announce(iteration: int, phase: str) -> None:
        sys.stdout.write(f"{iteration} {phase}\n")
        sys.stdout.flush()
        if mode == "step" and phase != "done" and not sys.stdin.readline():
            sys.exit(0)  # the parent closed the pipe

    iteration = 0
    while True:
        view = requests.register(
            operator, pengusul_name=f"Pengusul {seed}-{iteration}", hal=f"Salinan SK {iteration}"
        )
        data = rng.randbytes(rng.randint(2, 6) * CHUNK + rng.randint(0, CHUNK))

        def chunks(it: int = iteration, payload: bytes = data) -> Iterator[bytes]:
            for offset in range(0, len(payload), CHUNK):
                yield payload[offset : offset + CHUNK]
                if offset == CHUNK:  # half-way: the temporary file holds part of the bytes
                    announce(it, "file")

        blob = files._put_stream(chunks(), f"crash-{seed}-{iteration}")
        announce(iteration, "stored")
        with db.write() as session:
            session.add(models.StoredFile(sha256=blob.sha256, size=blob.size))
            session.flush()
            session.add(
                models.RequestAttachment(
                    request_id=view.id, sha256=blob.sha256, kind="other", file_name="scan.pdf"
                )
            )
            audit.record(
                session,
                operator,
                "request.attach",
                "request",
                view.id,
                at=now(),
                after={"sha256": blob.sha256},
            )
            announce(iteration, "txn")
        announce(iteration, "done")
        iteration += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
