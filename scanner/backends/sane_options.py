"""Map our settings onto a SANE device's options, whatever its backend calls them.

SANE backends name sources and modes freely ("Automatic Document Feeder", "ADF Duplex",
"Lineart", "Binary", "Gray", "Grayscale", "Color", "Colour"…), so the mapping classifies the
labels a device offers instead of hard-coding one backend's strings. Lineart is often missing:
some devices (like the ``test`` backend) give it as gray at depth 1, others not at all, in which
case the worker scans gray and thresholds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from scanner.errors import ScanError
from scanner.messages import Message
from scanner.model import Capabilities
from scanner.settings import ColorMode, OptionValue, ScanSettings, Source


def classify_source(label: str) -> Source | None:
    low = label.lower()
    if "duplex" in low:
        return Source.DUPLEX
    if "back" in low:
        return None  # "ADF Back" scans only the reverse side: not something we offer
    if "flatbed" in low or low in ("normal", "platen", "glass"):
        return Source.FLATBED
    if "adf" in low or "feeder" in low or "automatic document" in low:
        return Source.ADF
    return None


def classify_mode(label: str) -> ColorMode | None:
    low = label.lower()
    if "colo" in low or low == "rgb":
        return ColorMode.COLOR
    if "gray" in low or "grey" in low:
        return ColorMode.GRAY
    if "lineart" in low or "binary" in low or low in ("black & white", "black and white", "bw"):
        return ColorMode.BW
    return None  # halftone and friends: dithered, useless for text


@dataclass
class AppliedSettings:
    """What the device actually got, which may differ from what was asked."""

    dpi: float
    threshold_in_worker: bool
    notices: list[Message]


class SaneOptions:
    """Typed access to one open ``sane.SaneDev``'s options (names with - or _)."""

    def __init__(self, dev: Any) -> None:
        self.dev = dev

    @staticmethod
    def py_name(name: str) -> str:
        return name.replace("-", "_")

    def option(self, name: str) -> Any | None:
        opt = self.dev.opt.get(self.py_name(name))
        return opt if opt is not None and opt.is_active() else None

    def get(self, name: str) -> Any | None:
        # Reading an inactive option raises AttributeError in python-sane: check first.
        return getattr(self.dev, self.py_name(name)) if self.option(name) is not None else None

    def choices(self, name: str) -> list[Any]:
        opt = self.option(name)
        return list(opt.constraint) if opt is not None and isinstance(opt.constraint, list) else []

    def range(self, name: str) -> tuple[float, float] | None:
        opt = self.option(name)
        if opt is not None and isinstance(opt.constraint, tuple):
            return float(opt.constraint[0]), float(opt.constraint[1])
        if opt is not None and isinstance(opt.constraint, list) and opt.constraint:
            numbers = [float(v) for v in opt.constraint if isinstance(v, int | float)]
            return (min(numbers), max(numbers)) if numbers else None
        return None

    def set(self, name: str, value: OptionValue) -> None:
        import _sane

        opt = self.option(name)
        if opt is None:
            raise ScanError("invalid", f"option {name!r} does not exist or is inactive")
        if opt.type == _sane.TYPE_FIXED:
            value = float(value)
        elif opt.type in (_sane.TYPE_INT, _sane.TYPE_BOOL):
            value = int(value)
        try:
            setattr(self.dev, self.py_name(name), value)
        except (_sane.error, AttributeError, TypeError) as exc:
            raise ScanError("invalid", f"{name}={value!r}: {exc}") from exc


def _labels(options: SaneOptions, name: str, classify: Any) -> dict[Any, str]:
    found: dict[Any, str] = {}
    for label in options.choices(name):
        kind = classify(str(label))
        if kind is not None and kind not in found:
            found[kind] = str(label)
    return found


def capabilities(options: SaneOptions) -> Capabilities:
    sources = _labels(options, "source", classify_source) or {Source.FLATBED: ""}
    modes = _labels(options, "mode", classify_mode)
    native_bw = ColorMode.BW in modes or 1 in options.choices("depth")
    dpi_values = tuple(int(v) for v in options.choices("resolution"))
    dpi_range = options.range("resolution") or (75.0, 600.0)
    width = options.range("br-x")
    height = options.range("br-y")
    return Capabilities(
        sources=tuple(s for s in Source if s in sources),
        modes=tuple(m for m in ColorMode if m in modes or m is ColorMode.BW),
        native_bw=native_bw,
        dpi_min=int(dpi_range[0]),
        dpi_max=int(dpi_range[1]),
        dpi_values=dpi_values,
        max_width_mm=width[1] if width else None,
        max_height_mm=height[1] if height else None,
    )


def _nearest(value: int, allowed: Sequence[int], low: float, high: float) -> float:
    if allowed:
        return float(min(allowed, key=lambda v: (abs(v - value), -v)))
    return float(min(max(value, low), high))


def apply(options: SaneOptions, settings: ScanSettings) -> AppliedSettings:
    """Set source, mode, resolution and scan area, in the order that reloads least."""
    notices: list[Message] = []
    sources = _labels(options, "source", classify_source)
    if settings.source in sources:
        options.set("source", sources[settings.source])
    elif sources or settings.source is not Source.FLATBED:
        raise ScanError(
            "unsupported", f"source {settings.source.value}", feature=settings.source.value
        )

    modes = _labels(options, "mode", classify_mode)
    threshold_in_worker = False
    if settings.mode is ColorMode.BW and ColorMode.BW not in modes:
        if ColorMode.GRAY in modes:
            options.set("mode", modes[ColorMode.GRAY])
        if 1 in options.choices("depth"):
            options.set("depth", 1)  # the device's own lineart, e.g. the test backend
        else:
            threshold_in_worker = True
            notices.append(Message("bw_thresholded"))
    elif settings.mode in modes:
        options.set("mode", modes[settings.mode])
    elif modes:
        raise ScanError("unsupported", f"mode {settings.mode.value}", feature=settings.mode.value)
    if settings.mode is not ColorMode.BW and 8 in options.choices("depth"):
        options.set("depth", 8)

    dpi = float(settings.dpi)
    if options.option("resolution") is not None:
        allowed = [int(v) for v in options.choices("resolution")]
        low, high = options.range("resolution") or (dpi, dpi)
        options.set("resolution", _nearest(settings.dpi, allowed, low, high))
        dpi = float(options.get("resolution") or dpi)
        if round(dpi) != settings.dpi:
            notices.append(Message("dpi_adjusted", {"dpi": round(dpi), "requested": settings.dpi}))

    notices.extend(_apply_area(options, settings))
    for name, value in settings.device_options.items():
        options.set(name, value)
    return AppliedSettings(dpi=dpi, threshold_in_worker=threshold_in_worker, notices=notices)


def _apply_area(options: SaneOptions, settings: ScanSettings) -> list[Message]:
    size = settings.page_size
    # Sheet-fed devices size the page with page-width/height; those bound br-x/br-y, so first.
    for name, wanted in (("page-width", size.width_mm), ("page-height", size.height_mm)):
        limits = options.range(name)
        if limits is not None:
            options.set(name, min(max(wanted, limits[0]), limits[1]))
    got: list[float] = []
    for corner in ("tl-x", "tl-y"):
        if options.option(corner) is not None:
            options.set(corner, 0.0)
    for name, wanted in (("br-x", size.width_mm), ("br-y", size.height_mm)):
        limits = options.range(name)
        if limits is None:
            got.append(wanted)
            continue
        value = min(max(wanted, limits[0]), limits[1])
        options.set(name, value)
        got.append(float(options.get(name) or value))
    if got[0] + 0.5 < size.width_mm or got[1] + 0.5 < size.height_mm:
        return [
            Message(
                "area_clipped",
                {
                    "size": size.label,
                    "req_width": round(size.width_mm),
                    "req_height": round(size.height_mm),
                    "width": round(got[0]),
                    "height": round(got[1]),
                },
            )
        ]
    return []
