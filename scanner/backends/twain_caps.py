"""Our scan settings expressed as TWAIN capabilities, through pytwain's ``Source`` API.

The order follows the TWAIN spec's dependencies: feeder before duplex/autofeed, pixel type
before bit depth, units before resolution and layout. Every value a driver may round
(``TWRC_CHECKSTATUS`` → pytwain's ``CheckStatus``) is read back and reported as a notice, so
the manifest records what was scanned rather than what was asked.

pytwain returns capability values in several shapes (one value, enumeration, range), and a
*range* of FIX32 values comes back as raw 32-bit words, not floats: decoded here.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from scanner.errors import ScanError
from scanner.messages import Message
from scanner.model import Capabilities
from scanner.settings import MAX_DPI, MIN_DPI, ColorMode, ScanSettings, Source

MM_PER_INCH = 25.4


def fix32_word(raw: int) -> float:
    """A TW_FIX32 packed in a uint32 (as pytwain leaves range values): Whole low, Frac high."""
    whole = raw & 0xFFFF
    if whole >= 0x8000:
        whole -= 0x10000
    return whole + (raw >> 16) / 65536


def as_number(value: Any) -> float:
    if hasattr(value, "Whole") and hasattr(value, "Frac"):  # a TW_FIX32 inside an enumeration
        return float(value.Whole) + float(value.Frac) / 65536
    return float(value)


def cap_values(tw: ModuleType, result: Any) -> tuple[list[float], tuple[float, float] | None]:
    """(listed values, (min, max) of a range) from any pytwain get_capability result."""
    if isinstance(result, dict):  # TW_RANGE
        item_type = result.get("ItemType", tw.TWTY_FIX32)
        conv = fix32_word if item_type == tw.TWTY_FIX32 else float
        return [], (conv(result["MinValue"]), conv(result["MaxValue"]))
    _type_id, value = result
    if isinstance(value, tuple) and len(value) == 3 and isinstance(value[2], list):
        return [as_number(v) for v in value[2]], None  # enumeration
    if isinstance(value, list):
        return [as_number(v) for v in value], None  # array
    return [as_number(value)], None  # one value


def current(tw: ModuleType, src: Any, cap: int) -> Any | None:
    """The current value of a capability, or None if the source does not support it."""
    try:
        _, value = src.get_capability_current(cap)
    except (tw.exceptions.TwainError, ValueError):
        return None
    return value


def _set(tw: ModuleType, src: Any, cap: int, type_id: int, value: Any) -> bool:
    """Set a capability; True if accepted (possibly rounded), False if unsupported."""
    try:
        src.set_capability(cap, type_id, value)
    except tw.exceptions.CheckStatus:
        return True
    except (tw.exceptions.TwainError, ValueError):
        return False
    return True


@dataclass
class Configured:
    dpi: float
    notices: list[Message]


def configure(tw: ModuleType, src: Any, settings: ScanSettings) -> Configured:
    notices: list[Message] = []
    _set_source(tw, src, settings.source)
    _set_pixel_type(tw, src, settings.mode, notices)
    _set(tw, src, tw.ICAP_UNITS, tw.TWTY_UINT16, tw.TWUN_INCHES)
    dpi = _set_resolution(tw, src, settings.dpi, notices)
    _set_layout(tw, src, settings, notices)
    _set(tw, src, tw.CAP_XFERCOUNT, tw.TWTY_INT16, settings.pages or -1)
    for name, value in settings.device_options.items():
        cap = getattr(tw, name, None)
        if not isinstance(cap, int):
            raise ScanError("invalid", f"unknown TWAIN capability {name!r}")
        type_id = (
            tw.TWTY_BOOL
            if isinstance(value, bool)
            else (tw.TWTY_FIX32 if isinstance(value, float) else tw.TWTY_INT32)
        )
        if not _set(tw, src, cap, type_id, value):
            raise ScanError("invalid", f"{name}={value!r} rejected by the driver")
    return Configured(dpi, notices)


def _set_source(tw: ModuleType, src: Any, source: Source) -> None:
    feeder = source is not Source.FLATBED
    if not _set(tw, src, tw.CAP_FEEDERENABLED, tw.TWTY_BOOL, feeder) and feeder:
        raise ScanError("unsupported", "CAP_FEEDERENABLED", feature="adf")
    if source is Source.DUPLEX:
        if current(tw, src, tw.CAP_DUPLEX) in (None, tw.TWDX_NONE) or not _set(
            tw, src, tw.CAP_DUPLEXENABLED, tw.TWTY_BOOL, True
        ):
            raise ScanError("unsupported", "CAP_DUPLEX", feature="duplex")
    elif feeder:
        _set(tw, src, tw.CAP_DUPLEXENABLED, tw.TWTY_BOOL, False)
    if feeder:
        _set(tw, src, tw.CAP_AUTOFEED, tw.TWTY_BOOL, True)
        if current(tw, src, tw.CAP_FEEDERLOADED) is False:
            raise ScanError("no_docs", "CAP_FEEDERLOADED is false")


def _set_pixel_type(tw: ModuleType, src: Any, mode: ColorMode, notices: list[Message]) -> None:
    pixel = {ColorMode.BW: tw.TWPT_BW, ColorMode.GRAY: tw.TWPT_GRAY, ColorMode.COLOR: tw.TWPT_RGB}
    if _set(tw, src, tw.ICAP_PIXELTYPE, tw.TWTY_UINT16, pixel[mode]):
        _set(tw, src, tw.ICAP_BITDEPTH, tw.TWTY_UINT16, 1 if mode is ColorMode.BW else 8)
        return
    if mode is ColorMode.BW and _set(tw, src, tw.ICAP_PIXELTYPE, tw.TWTY_UINT16, tw.TWPT_GRAY):
        notices.append(Message("bw_thresholded"))
        return
    raise ScanError("unsupported", f"pixel type {mode.value}", feature=mode.value)


def _set_resolution(tw: ModuleType, src: Any, dpi: int, notices: list[Message]) -> float:
    for cap in (tw.ICAP_XRESOLUTION, tw.ICAP_YRESOLUTION):
        if not _set(tw, src, cap, tw.TWTY_FIX32, float(dpi)):
            values, bounds = cap_values(tw, src.get_capability(cap))
            nearest = min(values, key=lambda v: abs(v - dpi)) if values else dpi
            if bounds:
                nearest = min(max(dpi, bounds[0]), bounds[1])
            _set(tw, src, cap, tw.TWTY_FIX32, float(nearest))
    got = current(tw, src, tw.ICAP_XRESOLUTION)
    actual = as_number(got) if got is not None else float(dpi)
    if round(actual) != dpi:
        notices.append(Message("dpi_adjusted", {"dpi": round(actual), "requested": dpi}))
    return actual


def _set_layout(tw: ModuleType, src: Any, settings: ScanSettings, notices: list[Message]) -> None:
    size = settings.page_size
    if size.name == "a4" and _set(tw, src, tw.ICAP_SUPPORTEDSIZES, tw.TWTY_UINT16, tw.TWSS_A4):
        return
    # F4/Folio has no TWSS_ constant: ask for the frame itself (inches, as set in ICAP_UNITS).
    _set(tw, src, tw.ICAP_SUPPORTEDSIZES, tw.TWTY_UINT16, tw.TWSS_NONE)
    frame = (0.0, 0.0, size.width_mm / MM_PER_INCH, size.height_mm / MM_PER_INCH)
    try:
        src.set_image_layout(frame)
    except tw.exceptions.CheckStatus:
        pass
    except (tw.exceptions.TwainError, ValueError):
        return  # the driver keeps its own size; the page records what it delivered
    try:
        (left, top, right, bottom), *_ = src.get_image_layout()
    except (tw.exceptions.TwainError, ValueError):
        return
    width, height = (right - left) * MM_PER_INCH, (bottom - top) * MM_PER_INCH
    if width + 0.5 < size.width_mm or height + 0.5 < size.height_mm:
        notices.append(
            Message(
                "area_clipped",
                {
                    "size": size.label,
                    "req_width": round(size.width_mm),
                    "req_height": round(size.height_mm),
                    "width": round(width),
                    "height": round(height),
                },
            )
        )


def capabilities(tw: ModuleType, src: Any) -> Capabilities:
    sources = [Source.FLATBED]
    if current(tw, src, tw.CAP_FEEDERENABLED) is not None:
        sources.append(Source.ADF)
        if current(tw, src, tw.CAP_DUPLEX) not in (None, tw.TWDX_NONE):
            sources.append(Source.DUPLEX)
    try:
        pixel_types, _ = cap_values(tw, src.get_capability(tw.ICAP_PIXELTYPE))
    except (tw.exceptions.TwainError, ValueError):
        pixel_types = [tw.TWPT_BW, tw.TWPT_GRAY, tw.TWPT_RGB]
    by_type = {tw.TWPT_BW: ColorMode.BW, tw.TWPT_GRAY: ColorMode.GRAY, tw.TWPT_RGB: ColorMode.COLOR}
    modes = {by_type[int(v)] for v in pixel_types if int(v) in by_type} | {ColorMode.BW}
    try:
        values, bounds = cap_values(tw, src.get_capability(tw.ICAP_XRESOLUTION))
    except (tw.exceptions.TwainError, ValueError):
        values, bounds = [], None
    low, high = bounds or ((min(values), max(values)) if values else (MIN_DPI, MAX_DPI))
    width = current(tw, src, tw.ICAP_PHYSICALWIDTH)
    height = current(tw, src, tw.ICAP_PHYSICALHEIGHT)
    return Capabilities(
        sources=tuple(sources),
        modes=tuple(m for m in ColorMode if m in modes),
        native_bw=tw.TWPT_BW in [int(v) for v in pixel_types],
        dpi_min=int(low),
        dpi_max=int(high),
        dpi_values=tuple(int(v) for v in values) if not bounds else (),
        max_width_mm=round(as_number(width) * MM_PER_INCH, 1) if width is not None else None,
        max_height_mm=round(as_number(height) * MM_PER_INCH, 1) if height is not None else None,
        driver_ui=True,
    )
