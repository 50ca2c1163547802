"""A stand-in for the ``twain`` module (pytwain 2.3) with a simulated scanner behind it.

Same public names, signatures, return shapes and exceptions as pytwain's ``SourceManager``
and ``Source``, including its quirks: capability *ranges* come back as raw 32-bit words
(FIX32 packed, not floats), FIX32 enumerations as ``TW_FIX32`` structs, a rounded value
raises ``CheckStatus``, and a transfer error leaves the source in state 6 so the
``MSG_DISABLEDS`` in ``acquire_natively``'s cleanup raises ``SequenceError`` with the real
error as its ``__context__``. Calls in the wrong TWAIN state raise ``SequenceError`` as a DSM
would. Constants have pytwain's values.

The simulated device is set with :func:`configure` (in-process) or the ``TWAIN_DOUBLE_CONFIG``
environment variable (JSON, for a worker process). Keys: ``sources``, ``feeder_pages``,
``duplex``, ``pixel_types``, ``resolutions`` (list) or ``resolution_range`` ([min, max]),
``physical_in`` ([w, h] inches), ``jam_at_page``, ``hang_at_page``, ``hang_on_close``,
``dsm_missing``, ``twain2``, ``trace_path`` (append every recorded call there as a JSON
line, so a test can see what happened inside a worker process), ``ui_seconds`` (with
``show_ui``, the "operator" spends this long in the driver's dialog before pressing Scan).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import exceptions
from .config import CALLS, DEFAULTS, configure, current, reset
from .constants import *  # noqa: F403 - pytwain exports its constants at top level too
from .constants import DG_CONTROL, DG_IMAGE, TWCY_USA, TWLG_USA
from .source import TW_FIX32, Source

IS_TEST_DOUBLE = True
__all__ = [
    "CALLS",
    "DEFAULTS",
    "TW_FIX32",
    "Source",
    "SourceManager",
    "configure",
    "exceptions",
    "reset",
    "version",
]


class SourceManager:
    def __init__(
        self,
        parent_window: Any = None,
        MajorNum: int = 1,
        MinorNum: int = 0,
        Language: int = TWLG_USA,
        Country: int = TWCY_USA,
        Info: str = "",
        ProductName: str = "TWAIN Python Interface",
        ProtocolMajor: int | None = None,
        ProtocolMinor: int | None = None,
        SupportedGroups: int = DG_IMAGE | DG_CONTROL,
        Manufacturer: str = "pytwain",
        ProductFamily: str = "TWAIN Python Interface",
        dsm_name: str | None = None,
    ) -> None:
        if current()["dsm_missing"]:
            raise exceptions.SMLoadFileFailed(f"could not load {dsm_name or 'twaindsm.dll'}")
        self._hwnd = 0
        self._product = ProductName
        self._sources: list[Source] = []
        self._cb: Callable[[int], None] | None = None
        self._state = "open"
        CALLS.append(("open_dsm", ProductName, dsm_name))

    def __enter__(self) -> SourceManager:
        return self

    def __exit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        self.close()

    def close(self) -> None:
        while self._sources:
            self._sources.pop().close()
        self._state = "closed"

    def open_source(self, product_name: str | None = None) -> Source | None:
        if self._state != "open":
            raise exceptions.SequenceError()
        names = current()["sources"]
        if product_name is None:
            product_name = names[0] if names else None  # the "user" picks the first one
            if product_name is None:
                return None
        if product_name not in names:
            raise exceptions.NoDataSourceError()
        source = Source(self, product_name)
        self._sources.append(source)
        CALLS.append(("open_source", product_name))
        return source

    @property
    def identity(self) -> dict[str, Any]:
        return {
            "ProductName": self._product,
            "Manufacturer": "pytwain",
            "MajorNum": 1,
            "MinorNum": 0,
        }

    @property
    def source_list(self) -> list[str]:
        return list(current()["sources"])

    def set_callback(self, cb: Callable[[int], None] | None) -> None:
        self._cb = cb

    def is_twain2(self) -> bool:
        return bool(current()["twain2"])


def version() -> str:
    return "2.3.0"
