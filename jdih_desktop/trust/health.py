"""What the last backup and the last ``jdih verify`` found, kept where the window can show it.

The daily backup runs in the background at the app's start and ``jdih verify`` runs from the
command line (or cron): neither has a window to speak in. Each writes its outcome here
(``<data>/trust-status.json``), and Beranda shows a problem with what to do about it, so a
backup that failed for a week, or a damaged stored file, does not stay in a log nobody reads.

Only outcomes are kept, newest per kind; a later success clears that kind's problem. Messages
are stored rendered in both languages, so the window shows them in its own.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.storage.atomic import write_bytes_atomic

log = logging.getLogger(__name__)

STATUS_FILE = "trust-status.json"
BACKUP = "backup"
VERIFY = "verify"


@dataclass(frozen=True)
class Problem:
    """One thing found wrong: what happened, when, and what the person should do."""

    kind: str  # BACKUP or VERIFY
    at: datetime
    what: Msg
    todo: Msg


@dataclass(frozen=True)
class LastBackup:
    path: Path
    at: datetime
    complete: bool


def _dump(message: Msg) -> dict[str, str]:
    return {"id": message.render("id"), "en": message.render("en")}


def _load(data: Any) -> Msg:
    return Msg(str(data["id"]), str(data["en"]))


class HealthRecord:
    """The status file of one data folder: read and written whole (it is a few hundred bytes)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STATUS_FILE

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("unreadable %s; starting afresh", self.path, exc_info=True)
            return {}
        return data if isinstance(data, dict) else {}

    def problems(self) -> list[Problem]:
        found = []
        for kind, entry in sorted(self._read().items()):
            try:
                found.append(
                    Problem(
                        kind,
                        datetime.fromisoformat(entry["at"]),
                        _load(entry["what"]),
                        _load(entry["todo"]),
                    )
                )
            except (KeyError, TypeError, ValueError):
                log.warning("ignoring a malformed %s entry in %s", kind, self.path)
        return found

    def set(self, kind: str, at: datetime, what: Msg, todo: Msg) -> None:
        data = self._read()
        data[kind] = {"at": at.isoformat(), "what": _dump(what), "todo": _dump(todo)}
        self._write(data)

    def clear(self, kind: str) -> None:
        data = self._read()
        if data.pop(kind, None) is not None:
            self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        try:
            write_bytes_atomic(self.path, json.dumps(data, indent=1).encode("utf-8"))
        except OSError:  # a full disk must not turn a report into a crash
            log.error("cannot write %s", self.path, exc_info=True)


# --- the problems the trust service records --------------------------------------------------

BACKUP_FOLDER_TODO = msg(
    "Periksa folder cadangan di Pengaturan → Cadangan (disk tersambung, dapat ditulis, cukup "
    "ruang), lalu tekan “Cadangkan sekarang”.",
    "Check the backup folder in Settings → Backups (disk connected, writable, enough "
    "space), then press “Back up now”.",
)


def backup_failed(error: str) -> tuple[Msg, Msg]:
    return (
        msg("Cadangan gagal dibuat: {error}", "The backup failed: {error}", error=error),
        BACKUP_FOLDER_TODO,
    )


def backup_incomplete(lacking: int) -> tuple[Msg, Msg]:
    return (
        msg(
            "Cadangan terakhir tidak lengkap: {n} berkas arsip hilang atau rusak di penyimpanan.",
            "The last backup is incomplete: {n} archive files are missing or damaged in the "
            "store.",
            n=lacking,
        ),
        VERIFY_TODO,
    )


VERIFY_TODO = msg(
    "Jangan hapus cadangan lama. Hubungi administrator: 'jdih verify' menunjukkan dokumen yang "
    "terdampak, 'jdih restore' memulihkan dari cadangan lengkap terakhir.",
    "Do not delete old backups. Call the administrator: 'jdih verify' shows the records "
    "affected, 'jdih restore' restores the last complete backup.",
)


def verify_failed(errors: int, first: str) -> tuple[Msg, Msg]:
    return (
        msg(
            "Pemeriksaan keutuhan menemukan {n} masalah; yang pertama: {first}",
            "The integrity check found {n} problems; the first: {first}",
            n=errors,
            first=first,
        ),
        VERIFY_TODO,
    )
