"""The simulated device's settings and the record of calls made to it."""

from __future__ import annotations

import json
import os
from typing import Any

from .constants import TWPT_BW, TWPT_GRAY, TWPT_RGB

DEFAULTS: dict[str, Any] = {
    "sources": ["Double Scanner"],
    "feeder_pages": 5,
    "duplex": True,
    "pixel_types": [TWPT_BW, TWPT_GRAY, TWPT_RGB],
    "resolutions": [75, 100, 150, 200, 300, 600],
    "resolution_range": None,
    "physical_in": [8.5, 14.0],
    "jam_at_page": None,
    "hang_at_page": None,
    "hang_on_close": False,
    "dsm_missing": False,
    "twain2": False,
    "trace_path": "",
    "ui_seconds": 0.0,
}
_configured: dict[str, Any] | None = None


class _Calls(list[tuple[Any, ...]]):
    """What the code under test did: ("set", cap, type, value), ("layout", frame), …"""

    def append(self, call: tuple[Any, ...]) -> None:
        super().append(call)
        trace = current()["trace_path"]
        if trace:
            with open(trace, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(call) + "\n")


CALLS = _Calls()


def configure(**settings: Any) -> None:
    global _configured
    unknown = set(settings) - set(DEFAULTS)
    if unknown:
        raise KeyError(f"unknown double settings: {sorted(unknown)}")
    _configured = {**DEFAULTS, **settings}
    CALLS.clear()


def reset() -> None:
    global _configured
    _configured = None
    CALLS.clear()


def current() -> dict[str, Any]:
    if _configured is not None:
        return _configured
    return {**DEFAULTS, **json.loads(os.environ.get("TWAIN_DOUBLE_CONFIG", "{}"))}
