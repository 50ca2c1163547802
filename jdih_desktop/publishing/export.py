"""Export package: for offices that upload to their JDIH site by hand.

A folder (often a removable drive) receives one sub-folder per document with the main PDF,
the abstract PDF (under the unique names a site needs), ``metadata.json`` (our fields),
``jdihn.json`` (the JDIHN feed record) and ``PETUNJUK.txt`` (upload steps). The operator
uploads, pastes the public URL, and the app verifies it.

The package is written into a hidden temporary folder, fsynced and then renamed into
place, so a full or pulled drive never leaves a half-written package that looks complete.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.base import item_files, same_document
from jdih_desktop.publishing.errors import (
    PermanentPublishError,
    PublisherConfigError,
    RetryablePublishError,
)
from jdih_desktop.publishing.feed import feed_record
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.model import PublicationItem, PublishResult
from jdih_desktop.publishing.naming import file_names, slug
from jdih_desktop.publishing.verify import verify_published

KIND = "export"
METADATA = "metadata.json"
JDIHN = "jdihn.json"
README = "PETUNJUK.txt"
_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


@dataclass(frozen=True)
class ExportConfig:
    target_dir: Path
    site_base_url: str

    @classmethod
    def from_dict(cls, options: Mapping[str, Any]) -> ExportConfig:
        target = str(options.get("target_dir", "")).strip()
        base = str(options.get("site_base_url", "")).strip()
        if not target or not base.startswith(("http://", "https://")):
            raise PublisherConfigError(
                msg(
                    "Paket ekspor memerlukan folder tujuan dan alamat situs JDIH (http/https).",
                    "An export package needs a target folder and the JDIH site address "
                    "(http/https).",
                )
            )
        return cls(Path(target), base.rstrip("/"))


def package_name(item: PublicationItem) -> str:
    """Stable per document, so exporting again replaces the earlier package."""
    kind = slug(item.singkatan_jenis or item.jenis, 24)
    return f"{kind}_{slug(item.nomor, 48)}_{item.tahun}_{slug(item.document_id, 24)}"


class ExportPublisher:
    """Writes packages into ``config.target_dir``; ``publish`` never touches the network."""

    kind = KIND

    def __init__(self, config: ExportConfig, http: HttpSettings | None = None) -> None:
        self.config = config
        self.http = http or HttpSettings()

    def check(self) -> None:
        target = self._target()
        probe = target / f".jdih-probe-{secrets.token_hex(4)}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise self._write_error(exc) from exc

    def publish(self, item: PublicationItem) -> PublishResult:
        files = item_files(item)
        names = file_names(item)
        target = self._target()
        name = package_name(item)
        token = secrets.token_hex(4)
        temp = target / f".{name}.tmp-{token}"
        try:
            temp.mkdir()
            for role, data in files.items():
                _write_synced(temp / names[role], data)
            _write_synced(temp / METADATA, item.metadata_json().encode("utf-8"))
            record = feed_record(item, self.config.site_base_url)
            _write_synced(
                temp / JDIHN, json.dumps([record], ensure_ascii=False, indent=2).encode("utf-8")
            )
            _write_synced(temp / README, _instructions(item, names).encode("utf-8"))
            _fsync_dir(temp)
            _replace_dir(temp, target / name, target / f".{name}.old-{token}")
            _fsync_dir(target)
        except OSError as exc:
            shutil.rmtree(temp, ignore_errors=True)
            raise self._write_error(exc) from exc
        return self._result(name, names)

    def find_existing(self, item: PublicationItem) -> PublishResult | None:
        target = self._target()
        for metadata_file in sorted(target.glob(f"*/{METADATA}")):
            if metadata_file.parent.name.startswith("."):
                continue
            try:
                data = json.loads(metadata_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if data.get("document_id") == item.document_id or same_document(
                item, str(data.get("nomor", "")), str(data.get("tahun", "")),
                str(data.get("judul", "")),
            ):
                return self._result(metadata_file.parent.name, file_names(item))
        return None

    def verify(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        """Verifies the URLs the operator pasted into ``result.file_urls``."""
        return verify_published(item, result, http=self.http)

    def withdraw(self, remote_id: str) -> None:
        if not remote_id or "/" in remote_id or "\\" in remote_id or remote_id.startswith("."):
            raise PermanentPublishError(
                msg("Nama paket {name} tidak sah.", "Invalid package name {name}.", name=remote_id)
            )
        path = self._target() / remote_id
        try:
            if path.exists():
                shutil.rmtree(path)
        except OSError as exc:
            raise self._write_error(exc) from exc

    def _result(self, name: str, names: dict[str, str]) -> PublishResult:
        return PublishResult(
            publisher=KIND, remote_id=name, public_url=None, file_names=names, published=False
        )

    def _target(self) -> Path:
        target = self.config.target_dir
        if not target.is_dir():
            raise RetryablePublishError(
                msg(
                    "Folder tujuan {path} tidak ditemukan. Pasang flashdisk/drive atau periksa "
                    "Pengaturan → Penerbitan.",
                    "The target folder {path} is not there. Plug in the drive or check "
                    "Settings → Publishing.",
                    path=str(target),
                )
            )
        return target

    def _write_error(self, exc: OSError) -> RetryablePublishError:
        if exc.errno in _FULL:
            return RetryablePublishError(
                msg(
                    "Drive {path} penuh; paket tidak ditulis (tidak ada sisa setengah jadi). "
                    "Kosongkan ruang lalu coba lagi.",
                    "The drive {path} is full; the package was not written (nothing half-"
                    "written is left). Free some space and try again.",
                    path=str(self.config.target_dir),
                )
            )
        return RetryablePublishError(
            msg(
                "Tidak dapat menulis ke {path}: {detail}.",
                "Cannot write to {path}: {detail}.",
                path=str(self.config.target_dir),
                detail=exc.strerror or str(exc),
            )
        )


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    # Windows cannot open a directory; its rename is durable enough there.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_dir(new: Path, final: Path, old: Path) -> None:
    """Swap ``new`` into ``final``; an earlier package is moved aside first, then deleted."""
    if final.exists():
        final.rename(old)
        try:
            new.rename(final)
        except OSError:
            with contextlib.suppress(OSError):
                old.rename(final)
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        new.rename(final)


def _instructions(item: PublicationItem, names: dict[str, str]) -> str:
    lines = [
        f"Paket unggah JDIH — {item.judul}",
        f"Nomor {item.nomor} Tahun {item.tahun}",
        "",
        "1. Buka halaman admin situs JDIH dan buat dokumen baru dengan data dari metadata.json.",
        *(f"   Unggah berkas: {name}" for name in names.values()),
        "2. Gunakan nama berkas persis seperti di atas (unik, agar tidak menimpa dokumen lain).",
        "3. Setelah terbit, salin URL berkas PDF utama ke JDIH Desktop untuk diverifikasi.",
        "",
    ]
    return "\n".join(lines)
