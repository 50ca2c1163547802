"""The audit log's hash chain: each event's hash covers its content and the previous hash.

Editing, deleting or reordering any row breaks every hash after it, which ``jdih verify``
reports with the first row that no longer matches.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64


def event_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and the event's canonical JSON."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    problem: str


def verify_chain(events: Iterable[tuple[int, str, str, Mapping[str, Any]]]) -> list[ChainProblem]:
    """Check ``(id, prev_hash, hash, content)`` rows in id order; returns what is wrong."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    for event_id, prev_hash, stored_hash, content in events:
        if prev_hash != expected_prev:
            problems.append(ChainProblem(event_id, "prev_hash does not match the previous event"))
        if event_hash(prev_hash, content) != stored_hash:
            problems.append(ChainProblem(event_id, "content does not match its hash"))
        expected_prev = stored_hash
    return problems
