"""The content-addressed file store: every file lives once, under its SHA-256.

Files are streamed (never held whole in memory), written atomically, and verified against their
name when read back, so a flipped bit on disk is reported instead of published.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import JdihError
from jdih_desktop.storage.atomic import atomic_writer, fsync_dir

CHUNK = 1024 * 1024
INCOMING = "incoming"
# A scratch file nobody has written for this long belongs to a killed process.
STALE_SCRATCH_SECONDS = 3600.0
CRASH_ENV = "JDIH_CRASH_AT"


class StorageError(JdihError):
    """A file could not be stored or read back intact."""


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def disk_error(exc: OSError, path: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError(
            msg(
                "Disk penuh saat menyimpan {path}. Tidak ada berkas setengah jadi yang "
                "tertinggal; kosongkan ruang disk lalu ulangi.",
                "The disk is full while storing {path}. No half-written file was left; free "
                "some space and try again.",
                path=str(path),
            )
        )
    return StorageError(
        msg(
            "Berkas {path} tidak dapat disimpan: {detail}.",
            "The file {path} cannot be stored: {detail}.",
            path=str(path),
            detail=exc.strerror or str(exc),
        )
    )


def _crash_point(name: str) -> None:
    """Die here, as ``kill -9`` would, when ``JDIH_CRASH_AT`` names this point (the trust
    tests and ``benchmarks/kill_trials.py`` kill between the store and the commit)."""
    if os.environ.get(CRASH_ENV) == name:
        os._exit(137)


class FileStore:
    def __init__(self, root: Path, journal: Callable[[str], None] | None = None) -> None:
        """``journal(sha256)`` is told of every file this process puts in the store, before it
        lands (see :class:`~jdih_desktop.storage.temp_area.TempArea`), so a file stored by a
        process killed before its commit can be found and removed at the next start."""
        self.root = root
        self._journal = journal

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_file(self, source: Path) -> StoredBlob:
        """Copy ``source`` into the store (streaming); the original is left untouched."""
        with source.open("rb") as handle:
            return self._put_stream(iter(lambda: handle.read(CHUNK), b""), str(source))

    def put_bytes(self, data: bytes) -> StoredBlob:
        return self._put_stream(iter([data]), "<data>")

    def _put_stream(self, chunks: Iterator[bytes], label: str) -> StoredBlob:
        """Stream into a scratch file no other process or call can share, then move it home.

        The scratch name carries the process id and a random token: two processes (the GUI
        beside the CLI, two PCs on a shared data folder) or two threads never write the same
        file. After the move the stored bytes are hashed again, so a store that reports
        success holds exactly the bytes its name promises.
        """
        staging = self.root / INCOMING
        digest = hashlib.sha256()
        size = 0
        scratch: Path | None = None
        try:
            staging.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=staging, prefix=f"{os.getpid()}-", suffix=".part")
            scratch = Path(name)
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.is_file() and target.stat().st_size == size and self.verify(sha):
                scratch.unlink()
                os.utime(target)  # newer than a dead writer's journal: its sweep keeps it
                self._note(sha)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._note(sha)
                os.replace(scratch, target)
                fsync_dir(target.parent)
                _crash_point("stored")
            scratch = None
        except OSError as exc:
            raise disk_error(exc, Path(label)) from exc
        finally:
            if scratch is not None:
                with contextlib.suppress(OSError):
                    scratch.unlink()
        if not self.verify(sha):
            raise StorageError(
                msg(
                    "Berkas {path} tersimpan tidak utuh (isinya tidak cocok dengan SHA-256 "
                    "{sha}); ulangi.",
                    "The file {path} was not stored intact (its bytes do not match SHA-256 "
                    "{sha}); try again.",
                    path=label,
                    sha=sha[:12],
                )
            )
        return StoredBlob(sha, size)

    def _note(self, sha: str) -> None:
        if self._journal is not None:
            self._journal(sha)

    def sweep_incoming(self, older_than: float = STALE_SCRATCH_SECONDS) -> int:
        """Delete scratch files a killed process left behind; returns how many.

        Only files untouched for ``older_than`` seconds go: a live writer on another PC
        sharing the folder keeps writing (and touching) its own file.
        """
        staging = self.root / INCOMING
        if not staging.is_dir():
            return 0
        limit = time.time() - older_than
        removed = 0
        for leftover in staging.glob("*.part"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()
                    removed += 1
        return removed

    def verify(self, sha256: str) -> bool:
        """True when the stored bytes still hash to their name."""
        path = self.path_for(sha256)
        return path.is_file() and sha256_of(path) == sha256

    def open_verified(self, sha256: str) -> Path:
        """The path of an intact stored file; raises when it is missing or damaged."""
        path = self.path_for(sha256)
        if not path.is_file():
            raise StorageError(
                msg(
                    "Berkas {sha} hilang dari penyimpanan {root}.",
                    "The file {sha} is missing from the store {root}.",
                    sha=sha256[:12],
                    root=str(self.root),
                )
            )
        if sha256_of(path) != sha256:
            raise StorageError(
                msg(
                    "Berkas {sha} di penyimpanan rusak (isinya berubah). Pulihkan dari cadangan.",
                    "The stored file {sha} is damaged (its content changed). Restore a backup.",
                    sha=sha256[:12],
                )
            )
        return path

    def export(self, sha256: str, destination: Path) -> None:
        """Copy a verified stored file out, atomically."""
        source = self.open_verified(sha256)
        try:
            with source.open("rb") as src, atomic_writer(destination, for_user=True) as dst:
                shutil.copyfileobj(src, dst, CHUNK)
        except OSError as exc:
            raise disk_error(exc, destination) from exc
