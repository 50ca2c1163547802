"""The content-addressed store: dedup, verification on read, no half-written files."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdih_desktop.storage.filestore import FileStore, StorageError


def test_put_is_content_addressed_and_deduplicated(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    source = tmp_path / "sk.pdf"
    source.write_bytes(b"%PDF-1.7 pretend" * 1000)
    first = store.put_file(source)
    second = store.put_bytes(source.read_bytes())
    assert first == second
    assert first.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert store.path_for(first.sha256).read_bytes() == source.read_bytes()
    assert source.exists()  # the original is untouched
    assert [p for p in (tmp_path / "files" / "incoming").iterdir()] == []


def test_flipped_byte_is_detected_on_read(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    blob = store.put_bytes(b"salinan sesuai dengan aslinya" * 50)
    path = store.path_for(blob.sha256)
    data = bytearray(path.read_bytes())
    data[10] ^= 0x01
    path.write_bytes(bytes(data))
    assert not store.verify(blob.sha256)
    with pytest.raises(StorageError, match="rusak"):
        store.export(blob.sha256, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_missing_file_is_reported(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    blob = store.put_bytes(b"x")
    store.path_for(blob.sha256).unlink()
    with pytest.raises(StorageError, match="hilang"):
        store.open_verified(blob.sha256)


def test_full_disk_mid_write_leaves_nothing_behind(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")

    def chunks() -> Iterator[bytes]:
        yield b"a" * 1024
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(StorageError) as info:
        store._put_stream(chunks(), "scan.pdf")
    assert "Disk penuh" in str(info.value)
    leftovers = [p for p in (tmp_path / "files").rglob("*") if p.is_file()]
    assert leftovers == []


def test_rejects_non_digest_names(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FileStore(tmp_path).path_for("../../etc/passwd")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_files_the_user_asked_for_get_the_users_umask(tmp_path: Path) -> None:
    from jdih_desktop.printing.output import save_pdf

    store = FileStore(tmp_path / "files")
    blob = store.put_bytes(b"%PDF-1.7 salinan")
    old = os.umask(0o027)
    try:
        store.export(blob.sha256, tmp_path / "out.pdf")
        save_pdf(b"%PDF-1.7 cetak", tmp_path / "cetak.pdf")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.pdf").stat().st_mode) == 0o640  # not mkstemp's 0600
    assert stat.S_IMODE((tmp_path / "cetak.pdf").stat().st_mode) == 0o640
