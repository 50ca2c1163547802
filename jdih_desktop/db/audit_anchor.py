"""Where the audit chain is anchored outside the database: its key and its head file.

Why a key *file* beside the data folder rather than the OS keyring: the key must be the same
for every account that runs the app on a PC, and for every PC of an office sharing one
PostgreSQL database; a keyring entry belongs to one OS user on one PC. The file is created
0600 (readable only by the account the app runs as) *beside* the data folder, not in it, so a
copy of the data folder or a backup never carries it, and never in the database, config or
logs. Losing it does not lose data: ``jdih verify`` then reports that the keyed part of the
chain cannot be checked.

The head file (``audit-head.json`` in the data folder) records the newest event's id, hash and
the number of events, with a MAC under the key; it is rewritten atomically and fsynced after
every committed event, so deleting the newest rows is caught without a backup.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

HEAD_FILE = "audit-head.json"
KEY_BYTES = 32


KEY_FILE = ".jdih-audit.key"


def key_file_for(data_dir: Path) -> Path:
    """``<parent>/.jdih-audit.key``: beside the data folder, outside it. Named after no one
    folder, so a backup restored into a sibling folder on the same PC finds the same key; on
    another PC, copy the key file beside the new data folder."""
    return data_dir.resolve().parent / KEY_FILE


def read_key(path: Path) -> bytes | None:
    """The key in ``path``; ``None`` when there is none (or it is unreadable or malformed)."""
    try:
        raw = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(raw)
    except (OSError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def create_key(path: Path) -> bytes:
    """A new random key, written 0600 with O_EXCL (never overwrites one that exists)."""
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key.hex().encode("ascii") + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    log.info("created the audit chain key file %s", path)  # the path, never the key
    return key


@dataclass
class ChainAnchor:
    """The key and head file of one office; ``key is None`` means it is missing."""

    key: bytes | None
    head_file: Path | None
    key_file: Path | None = None


def read_head(path: Path) -> dict[str, Any] | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {
            "id": int(raw["id"]),
            "hash": str(raw["hash"]),
            "count": int(raw["count"]),
            "mac": str(raw.get("mac", "")),
        }
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return {"id": -1, "hash": "", "count": -1, "mac": ""}  # unreadable: verify says so


def write_head(path: Path, head: dict[str, Any], *, force: bool = False) -> None:
    """Atomically replace the head file (temp file, fsync, rename, fsync the folder).

    A head older than the one on disk is not written: two processes committing in quick
    succession may finish in either order, and the file must never move backwards (except
    with ``force``, after a restore put an older log in place).
    """
    current = None if force else read_head(path)
    if current is not None and current["id"] > head["id"]:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(head, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
