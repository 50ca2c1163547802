"""Wire format between the app (client) and ``python -m scanner.worker``: JSON lines.

One UTF-8 JSON object per line. Commands from the client carry ``"cmd"``; events from the
worker carry ``"type"``. Every message carries ``"v"``, the protocol major version; the worker
announces itself with a ``hello`` event and the client refuses a different major version.
``PROTOCOL.md`` beside this file is the human-readable description.
"""

from __future__ import annotations

import json
from typing import Any

PROTOCOL_VERSION = 1
PROTOCOL_MINOR = 0
# Seconds an orphaned worker (its stdin closed: the app died) has to stop its scan and exit
# before it ends itself at once; recovery at the next start waits this long for its lock.
ORPHAN_GRACE = 5.0

# Commands (client → worker)
CMD_LIST_DEVICES = "list_devices"
CMD_CAPABILITIES = "capabilities"
CMD_SCAN = "scan"
CMD_CANCEL = "cancel"
CMD_SHUTDOWN = "shutdown"
COMMANDS = frozenset({CMD_LIST_DEVICES, CMD_CAPABILITIES, CMD_SCAN, CMD_CANCEL, CMD_SHUTDOWN})

# Events (worker → client)
EV_HELLO = "hello"
EV_HEARTBEAT = "heartbeat"
EV_DEVICES = "devices"
EV_CAPABILITIES = "capabilities"
EV_SESSION = "session"
EV_PAGE_STARTED = "page_started"
EV_PROGRESS = "progress"
EV_PAGE = "page"
EV_MESSAGE = "message"
EV_WAITING = "waiting"
EV_DONE = "done"
EV_FAILED = "failed"  # a non-scan command failed (list_devices, capabilities)
EV_BYE = "bye"


class ProtocolError(ValueError):
    """A line that is not a valid message of this protocol."""


def encode(message: dict[str, Any]) -> bytes:
    payload = {"v": PROTOCOL_VERSION, **message}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def decode(line: bytes | str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise ProtocolError(f"not JSON: {line[:200]!r}") from exc
    if not isinstance(data, dict):
        raise ProtocolError(f"not a JSON object: {line[:200]!r}")
    if data.get("v") != PROTOCOL_VERSION:
        raise ProtocolError(f"protocol version {data.get('v')!r}, expected {PROTOCOL_VERSION}")
    if "cmd" not in data and "type" not in data:
        raise ProtocolError("message has neither 'cmd' nor 'type'")
    return data
