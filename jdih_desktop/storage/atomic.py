"""Write a file so that a crash or a full disk never leaves a half-written file behind.

Write to a temporary file in the same folder, fsync it, rename it over the target, fsync the
folder. A reader sees the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux /proc)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: the classic read-and-restore
    os.umask(mask)
    return mask


def user_file_mode() -> int:
    """The mode an ordinary ``open()`` would give a new file: what a user's export gets.

    ``mkstemp`` creates 0600 files; a PDF the clerk saves for a colleague must not be."""
    return 0o666 & ~current_umask()


@contextlib.contextmanager
def atomic_writer(
    target: Path, *, for_user: bool = False, scratch: Path | None = None
) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``target`` only if the block finishes without error.

    ``for_user``: a file the user asked for (an export, a printout) gets the user's umask
    instead of the private 0600 of a temporary file. ``scratch``: where the unfinished file is
    written (a swept temp folder on the target's own disk); beside the target by default.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        dir=scratch or target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if for_user and os.name != "nt":
            os.chmod(tmp, user_file_mode())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_bytes_atomic(target: Path, data: bytes, *, for_user: bool = False) -> None:
    with atomic_writer(target, for_user=for_user) as handle:
        handle.write(data)


def write_chunks_atomic(target: Path, chunks: Iterable[bytes]) -> None:
    with atomic_writer(target) as handle:
        for chunk in chunks:
            handle.write(chunk)
