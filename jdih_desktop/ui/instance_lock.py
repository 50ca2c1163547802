"""One GUI per data folder: a second window on the same SQLite folder is refused politely.

The command line may still run beside the GUI (WAL and the write discipline keep that safe);
two GUIs would each believe their timers and drafts are the only ones.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import DataDirError


def acquire_instance_lock(lock_file: Path) -> FileLock:
    lock = FileLock(str(lock_file), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise DataDirError(
            msg(
                "JDIH Desktop sudah terbuka untuk folder data {folder}. Gunakan jendela yang sudah "
                "terbuka itu, atau tutup dulu sebelum membuka lagi.",
                "JDIH Desktop is already open on the data folder {folder}. Use that window, or "
                "close it before opening another.",
                folder=str(lock_file.parent),
            )
        ) from exc
    return lock
