"""What a database driver's failure means to the person at the desk: busy, or a full disk.

SQLite and PostgreSQL report both only as message text inside ``OperationalError``; these
patterns come from the drivers themselves: SQLite's ``sqlite3ErrStr`` table (src/main.c:
SQLITE_BUSY "database is locked", SQLITE_LOCKED "database table is locked", SQLITE_FULL
"database or disk is full", SQLITE_IOERR "disk I/O error") and PostgreSQL's
``ERRCODE_DISK_FULL`` / ``ERRCODE_T_R_DEADLOCK_DETECTED`` / ``ERRCODE_T_R_SERIALIZATION_FAILURE``
messages ("could not extend file ... No space left on device", "deadlock detected", "could
not serialize access").
"""

from __future__ import annotations

import errno

from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import DatabaseBusyError, DiskFullError, JdihError

BUSY_PATTERNS = (
    "database is locked",
    "database table is locked",
    "database is busy",
    "deadlock detected",
    "could not serialize access",
    "lock timeout",
)
FULL_PATTERNS = (
    "database or disk is full",
    "disk i/o error",
    "no space left on device",
    "could not extend file",
    "disk quota exceeded",
)


def busy_error() -> DatabaseBusyError:
    return DatabaseBusyError(
        msg(
            "Basis data sedang sibuk (dipakai proses lain), coba lagi. Tidak ada yang disimpan.",
            "The database is busy (used by another process), try again. Nothing was saved.",
        )
    )


def full_disk_error(where: str) -> DiskFullError:
    return DiskFullError(
        msg(
            "Disk penuh atau tidak dapat ditulis ({where}). Tidak ada yang tersimpan setengah "
            "jadi dan basis data tidak rusak; kosongkan ruang disk lalu ulangi.",
            "The disk is full or cannot be written ({where}). Nothing was half-saved and the "
            "database is not damaged; free some disk space and try again.",
            where=where,
        )
    )


def is_full_disk(text: str) -> bool:
    lowered = text.lower()
    return any(p in lowered for p in FULL_PATTERNS)


def translate(exc: BaseException, where: str) -> JdihError | None:
    """The translated error for a busy database or a full disk; None for anything else."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return full_disk_error(where)
    original = getattr(exc, "orig", None) or exc
    text = str(original).lower()
    if any(p in text for p in BUSY_PATTERNS):
        return busy_error()
    if is_full_disk(text):
        return full_disk_error(where)
    return None
