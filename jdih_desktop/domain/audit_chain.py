"""The audit log's hash chain: each event's hash covers its content and the previous hash.

Editing, deleting or reordering any row breaks every hash after it, which ``jdih verify``
reports with the first row that no longer matches.

A plain SHA-256 chain only shows *careless* edits: whoever can write SQL can also recompute
every hash after the row they changed. So the chain is keyed: from the ``audit.chain_keyed``
event on, each hash is an HMAC-SHA256 under a key kept outside the database (a key file beside
the data folder, see :mod:`jdih_desktop.db.audit_anchor`). Rows written before an office got
its key stay as they were, checked with plain SHA-256: the chain's legacy prefix. No schema
change is needed: the marker event says where keying starts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64
KEYED_ACTION = "audit.chain_keyed"  # the first keyed event; rows before it are legacy SHA-256


def _canonical(content: Mapping[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and the event's canonical JSON (legacy, unkeyed rows)."""
    return hashlib.sha256(f"{prev_hash}\n{_canonical(content)}".encode()).hexdigest()


def keyed_event_hash(key: bytes, prev_hash: str, content: Mapping[str, Any]) -> str:
    """HMAC-SHA256 under the office's audit key: cannot be recomputed without the key."""
    message = f"{prev_hash}\n{_canonical(content)}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def head_mac(key: bytes, event_id: int, event_hash_: str, count: int) -> str:
    """The MAC of a chain head record (the head file): it cannot be rewritten to fit a shorter
    log without the key."""
    message = f"{event_id}\n{event_hash_}\n{count}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def published_digest(fields: Mapping[str, Any]) -> str:
    """SHA-256 of a decree's published metadata, carried by its audit events."""
    canonical = _canonical({k: _plain(v) for k, v in fields.items()})
    return hashlib.sha256(canonical.encode()).hexdigest()


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    problem: str  # "prev_hash …", CONTENT_CHANGED, KEY_MISSING or KEY_MISMATCH


KEY_MISSING = "key missing"
KEY_MISMATCH = "key mismatch"
CONTENT_CHANGED = "content does not match its hash"


def verify_chain(
    events: Iterable[tuple[int, str, str, Mapping[str, Any]]], key: bytes | None = None
) -> list[ChainProblem]:
    """Check ``(id, prev_hash, hash, content)`` rows in id order; returns what is wrong.

    Rows before the first ``audit.chain_keyed`` event are checked as plain SHA-256; that event
    and every later row must carry an HMAC under ``key``. Without the key a keyed chain cannot
    be checked, which is reported once (at the marker) rather than as a flood of edited rows.
    """
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    marker: int | None = None
    keyed_rows = keyed_failures = 0
    for event_id, prev_hash, stored_hash, content in events:
        if prev_hash != expected_prev:
            problems.append(ChainProblem(event_id, "prev_hash does not match the previous event"))
        if marker is None and content.get("action") == KEYED_ACTION:
            marker = event_id
        if marker is not None and key is None:
            if not any(p.problem == KEY_MISSING for p in problems):
                problems.append(ChainProblem(event_id, KEY_MISSING))
        elif marker is not None:
            assert key is not None
            keyed_rows += 1
            if not hmac.compare_digest(keyed_event_hash(key, prev_hash, content), stored_hash):
                keyed_failures += 1
                problems.append(ChainProblem(event_id, CONTENT_CHANGED))
        elif event_hash(prev_hash, content) != stored_hash:
            problems.append(ChainProblem(event_id, CONTENT_CHANGED))
        expected_prev = stored_hash
    if marker is not None and keyed_rows > 1 and keyed_failures == keyed_rows:
        # Not one keyed row fits: another office's key (a restore on a PC that made its own),
        # or the whole keyed chain rewritten. One finding, not one per row.
        problems = [p for p in problems if p.problem != CONTENT_CHANGED]
        problems.insert(0, ChainProblem(marker, KEY_MISMATCH))
    return problems
