"""The content-addressed file store: every file lives once, under its SHA-256.

Files are streamed (never held whole in memory), written atomically, and verified against their
name when read back, so a flipped bit on disk is reported instead of published.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import JdihError
from jdih_desktop.storage.atomic import atomic_writer

CHUNK = 1024 * 1024


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


def _disk_error(exc: OSError, path: Path) -> StorageError:
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


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

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
        staging = self.root / "incoming"
        digest = hashlib.sha256()
        size = 0
        try:
            staging.mkdir(parents=True, exist_ok=True)
            scratch = staging / f"{hashlib.sha256(label.encode()).hexdigest()[:16]}.part"
            with atomic_writer(scratch) as out:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.is_file() and target.stat().st_size == size:
                scratch.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                scratch.replace(target)
        except OSError as exc:
            raise _disk_error(exc, Path(label)) from exc
        return StoredBlob(sha, size)

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
            with source.open("rb") as src, atomic_writer(destination) as dst:
                shutil.copyfileobj(src, dst, CHUNK)
        except OSError as exc:
            raise _disk_error(exc, destination) from exc
