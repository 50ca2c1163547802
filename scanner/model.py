"""Plain records shared by the backends, the worker and the client.

Everything that crosses the worker protocol has ``to_dict``/``from_dict`` so the JSON form is
defined in one place (and documented in ``PROTOCOL.md``).
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from scanner.settings import ColorMode, OptionValue, Source

if TYPE_CHECKING:
    from PIL import Image

WORKER_BITS = struct.calcsize("P") * 8


def split_device_name(name: str) -> tuple[str, str]:
    """Split "sane:test:0" into ("sane", "test:0"); only the first colon separates."""
    backend, sep, rest = name.partition(":")
    if not sep or not backend or not rest:
        raise ValueError(f"device name {name!r} must look like backend:id, e.g. sane:test:0")
    return backend, rest


@dataclass(frozen=True)
class DeviceInfo:
    """One scanner as listed to the operator; ``health`` is a one-line diagnosis."""

    name: str
    backend: str
    label: str
    kind: str = ""
    health: str = ""
    bits: int = WORKER_BITS

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "backend": self.backend,
            "label": self.label,
            "kind": self.kind,
            "health": self.health,
            "bits": self.bits,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeviceInfo:
        return cls(
            name=str(data["name"]),
            backend=str(data["backend"]),
            label=str(data.get("label", "")),
            kind=str(data.get("kind", "")),
            health=str(data.get("health", "")),
            bits=int(data.get("bits", WORKER_BITS)),
        )


@dataclass(frozen=True)
class BackendStatus:
    """Whether a backend works in this worker, and why not (e.g. "TWAIN needs Windows")."""

    name: str
    available: bool
    health: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "available": self.available, "health": self.health}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BackendStatus:
        return cls(str(data["name"]), bool(data["available"]), str(data.get("health", "")))


@dataclass(frozen=True)
class Capabilities:
    """What a device can do, so the UI offers only settings that will work.

    ``dpi_values`` empty means any value between ``dpi_min`` and ``dpi_max``. ``native_bw`` is
    false when black-and-white is made by thresholding gray in the worker.
    """

    sources: tuple[Source, ...]
    modes: tuple[ColorMode, ...]
    native_bw: bool
    dpi_min: int
    dpi_max: int
    dpi_values: tuple[int, ...] = ()
    max_width_mm: float | None = None
    max_height_mm: float | None = None
    driver_ui: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": [s.value for s in self.sources],
            "modes": [m.value for m in self.modes],
            "native_bw": self.native_bw,
            "dpi_min": self.dpi_min,
            "dpi_max": self.dpi_max,
            "dpi_values": list(self.dpi_values),
            "max_width_mm": self.max_width_mm,
            "max_height_mm": self.max_height_mm,
            "driver_ui": self.driver_ui,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Capabilities:
        return cls(
            sources=tuple(Source(s) for s in data["sources"]),
            modes=tuple(ColorMode(m) for m in data["modes"]),
            native_bw=bool(data["native_bw"]),
            dpi_min=int(data["dpi_min"]),
            dpi_max=int(data["dpi_max"]),
            dpi_values=tuple(int(v) for v in data.get("dpi_values", ())),
            max_width_mm=data.get("max_width_mm"),
            max_height_mm=data.get("max_height_mm"),
            driver_ui=bool(data.get("driver_ui", False)),
        )


@dataclass(frozen=True)
class OptionStep:
    """Set a device option just before page ``before_page`` is scanned (1 = before the first).

    A diagnostic: tests use it to make a real device jam or slow down part-way through a batch,
    and the benchmark to reload the test device's feeder. Steps run in list order.
    """

    before_page: int
    name: str
    value: OptionValue

    def to_dict(self) -> dict[str, Any]:
        return {"before_page": self.before_page, "name": self.name, "value": self.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OptionStep:
        return cls(int(data["before_page"]), str(data["name"]), data["value"])


@dataclass
class RawPage:
    """One page as a backend delivers it, before it is encoded into the spool.

    ``encoded`` carries an already-compressed JPEG (from an imported file) to be stored as is,
    so importing never re-compresses a lossy image; ``image`` is then opened lazily from it
    and only its size and mode are read.
    """

    image: Image.Image
    dpi: tuple[float, float]
    encoded: bytes | None = None
    origin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
