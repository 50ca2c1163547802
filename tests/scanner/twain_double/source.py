"""The double's ``Source``: capabilities, layout, TWAIN states and simulated transfers."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageDraw

from . import exceptions
from .config import CALLS, current
from .constants import (
    CAP_AUTOFEED,
    CAP_DUPLEX,
    CAP_DUPLEXENABLED,
    CAP_FEEDERENABLED,
    CAP_FEEDERLOADED,
    CAP_UICONTROLLABLE,
    CAP_XFERCOUNT,
    GOOD_TYPES,
    ICAP_BITDEPTH,
    ICAP_PHYSICALHEIGHT,
    ICAP_PHYSICALWIDTH,
    ICAP_PIXELTYPE,
    ICAP_SUPPORTEDSIZES,
    ICAP_UNITS,
    ICAP_XFERMECH,
    ICAP_XRESOLUTION,
    ICAP_YRESOLUTION,
    SIZES_IN,
    TWDX_1PASSDUPLEX,
    TWDX_NONE,
    TWPT_BW,
    TWPT_GRAY,
    TWPT_RGB,
    TWSS_NONE,
    TWSX_FILE,
    TWSX_NATIVE,
    TWTY_BOOL,
    TWTY_FIX32,
    TWTY_INT16,
    TWTY_UINT16,
    TWUN_CENTIMETERS,
    TWUN_INCHES,
)

if TYPE_CHECKING:
    from . import SourceManager


class TW_FIX32:
    def __init__(self, value: float) -> None:
        raw = round(value * 65536)
        self.Whole, self.Frac = raw >> 16, raw & 0xFFFF

    def __str__(self) -> str:
        return str(self.Whole + self.Frac / 65536)


def _fix32_word(value: float) -> int:
    """How pytwain's TW_RANGE (uint32 fields) shows a FIX32: Whole low, Frac high."""
    fix = TW_FIX32(value)
    return (fix.Whole & 0xFFFF) | (fix.Frac << 16)


class _Cap:
    def __init__(
        self,
        type_id: int,
        value: Any,
        choices: list[Any] | None = None,
        bounds: tuple[float, float] | None = None,
        readonly: bool = False,
    ) -> None:
        self.type_id, self.value, self.default = type_id, value, value
        self.choices, self.bounds, self.readonly = choices, bounds, readonly


class _Image:
    """pytwain's native image handle: ``save`` writes a BMP file, ``close`` frees it."""

    def __init__(self, image: Image.Image) -> None:
        self._image: Image.Image | None = image

    def save(self, filepath: str) -> None:
        assert self._image is not None, "image already closed"
        self._image.save(filepath, format="BMP")

    def close(self) -> None:
        self._image = None


class Source:
    def __init__(self, sm: SourceManager, name: str) -> None:
        self._sm, self._name, self._state = sm, name, "open"
        cfg = current()
        res = cfg["resolution_range"]
        width, height = cfg["physical_in"]
        self._caps: dict[int, _Cap] = {
            CAP_XFERCOUNT: _Cap(TWTY_INT16, -1),
            CAP_FEEDERENABLED: _Cap(TWTY_BOOL, False),
            CAP_FEEDERLOADED: _Cap(TWTY_BOOL, cfg["feeder_pages"] > 0, readonly=True),
            CAP_AUTOFEED: _Cap(TWTY_BOOL, False),
            CAP_DUPLEX: _Cap(
                TWTY_UINT16, TWDX_1PASSDUPLEX if cfg["duplex"] else TWDX_NONE, readonly=True
            ),
            CAP_UICONTROLLABLE: _Cap(TWTY_BOOL, True, readonly=True),
            ICAP_PIXELTYPE: _Cap(TWTY_UINT16, cfg["pixel_types"][0], list(cfg["pixel_types"])),
            ICAP_BITDEPTH: _Cap(TWTY_UINT16, 1, [1, 8, 24]),
            ICAP_UNITS: _Cap(TWTY_UINT16, TWUN_INCHES, [TWUN_INCHES, TWUN_CENTIMETERS]),
            ICAP_XFERMECH: _Cap(TWTY_UINT16, TWSX_NATIVE, [TWSX_NATIVE, TWSX_FILE]),
            ICAP_XRESOLUTION: _Cap(
                TWTY_FIX32,
                100.0,
                None if res else list(cfg["resolutions"]),
                tuple(res) if res else None,
            ),
            ICAP_YRESOLUTION: _Cap(
                TWTY_FIX32,
                100.0,
                None if res else list(cfg["resolutions"]),
                tuple(res) if res else None,
            ),
            ICAP_PHYSICALWIDTH: _Cap(TWTY_FIX32, float(width), readonly=True),
            ICAP_PHYSICALHEIGHT: _Cap(TWTY_FIX32, float(height), readonly=True),
            ICAP_SUPPORTEDSIZES: _Cap(TWTY_UINT16, TWSS_NONE, [TWSS_NONE, *SIZES_IN]),
        }
        if cfg["duplex"]:
            self._caps[CAP_DUPLEXENABLED] = _Cap(TWTY_BOOL, False)
        self._frame = (0.0, 0.0, float(width), float(height))
        self._pending = 0
        self._transferred = 0
        self._sheets_left = int(cfg["feeder_pages"])

    # -- helpers -------------------------------------------------------------------------------
    def _need(self, *states: str) -> None:
        if self._state not in states:
            raise exceptions.SequenceError()

    def _cap(self, cap: int) -> _Cap:
        if cap not in self._caps:
            raise exceptions.CapUnsupported()
        return self._caps[cap]

    @staticmethod
    def _out(type_id: int, value: Any) -> Any:
        return (
            bool(value)
            if type_id == TWTY_BOOL
            else (float(value) if type_id == TWTY_FIX32 else value)
        )

    # -- pytwain API ---------------------------------------------------------------------------
    def __enter__(self) -> Source:
        return self

    def __exit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        self.close()

    def close(self) -> None:
        if self._state == "ready":
            self._end_all_xfers()
        if self._state == "enabled":
            self._disable()
        if self._state == "open":
            CALLS.append(("close_source", self._name))
            if current()["hang_on_close"]:
                threading.Event().wait()  # the famous driver that never returns
            self._state = "closed"

    def get_capability(self, cap: int) -> Any:
        self._need("open", "enabled", "ready")
        c = self._cap(cap)
        if c.bounds is not None:
            words = [
                _fix32_word(v) if c.type_id == TWTY_FIX32 else int(v)
                for v in (*c.bounds, 1.0, c.default, c.value)
            ]
            return dict(
                zip(
                    ("MinValue", "MaxValue", "StepSize", "DefaultValue", "CurrentValue"),
                    words,
                    strict=True,
                )
            )
        if c.choices is not None:
            values = [TW_FIX32(v) if c.type_id == TWTY_FIX32 else v for v in c.choices]
            current = c.choices.index(c.value) if c.value in c.choices else 0
            default = c.choices.index(c.default) if c.default in c.choices else 0
            return c.type_id, (current, default, values)
        return c.type_id, self._out(c.type_id, c.value)

    def get_capability_current(self, cap: int) -> Any:
        self._need("open", "enabled", "ready")
        c = self._cap(cap)
        return c.type_id, self._out(c.type_id, c.value)

    def get_capability_default(self, cap: int) -> Any:
        self._need("open", "enabled", "ready")
        c = self._cap(cap)
        return c.type_id, self._out(c.type_id, c.default)

    def set_capability(
        self, cap: int, type_id: int, value: int | float | str | tuple[float, float, float, float]
    ) -> None:
        if type_id not in GOOD_TYPES:
            raise exceptions.CapabilityFormatNotSupported(
                f"Capability Code = {cap}, Format Code = {type_id}"
            )
        self._need("open")  # capabilities are negotiated in state 4 only
        c = self._cap(cap)
        CALLS.append(("set", cap, type_id, value))
        if c.readonly:
            raise exceptions.CapBadOperation()
        if type_id != c.type_id:
            raise ValueError()  # TWCC_BADVALUE
        if c.bounds is not None:
            clipped = min(max(float(value), c.bounds[0]), c.bounds[1])  # type: ignore[arg-type]
            c.value = clipped
            if clipped != value:
                raise exceptions.CheckStatus
            return
        if c.choices is not None and value not in c.choices:
            if type_id == TWTY_FIX32:
                c.value = min(c.choices, key=lambda v: abs(v - float(value)))  # type: ignore[arg-type]
                raise exceptions.CheckStatus
            raise ValueError()
        c.value = value
        if cap == ICAP_SUPPORTEDSIZES and value in SIZES_IN:
            self._frame = (0.0, 0.0, *SIZES_IN[int(value)])

    def reset_capability(self, cap: int) -> None:
        self._need("open")
        c = self._cap(cap)
        c.value = c.default

    def set_image_layout(
        self,
        frame: tuple[float, float, float, float],
        document_number: int = 1,
        page_number: int = 1,
        frame_number: int = 1,
    ) -> None:
        self._need("open")
        CALLS.append(("layout", frame))
        width, height = self._caps[ICAP_PHYSICALWIDTH].value, self._caps[ICAP_PHYSICALHEIGHT].value
        left, top, right, bottom = frame
        clipped = (max(left, 0.0), max(top, 0.0), min(right, width), min(bottom, height))
        self._frame = clipped
        if clipped != tuple(frame):
            raise exceptions.CheckStatus

    def get_image_layout(self) -> tuple[tuple[float, float, float, float], int, int, int]:
        self._need("open", "enabled", "ready")
        return self._frame, 1, 1, 1

    def get_image_layout_default(self) -> tuple[tuple[float, float, float, float], int, int, int]:
        width, height = self._caps[ICAP_PHYSICALWIDTH].value, self._caps[ICAP_PHYSICALHEIGHT].value
        return (0.0, 0.0, width, height), 1, 1, 1

    def reset_image_layout(self) -> None:
        self._frame = self.get_image_layout_default()[0]

    @property
    def name(self) -> str:
        return self._name

    @property
    def identity(self) -> dict[str, Any]:
        return {
            "ProductName": self._name,
            "Manufacturer": "JDIH test",
            "ProductFamily": "Double",
            "MajorNum": 1,
            "MinorNum": 0,
            "Info": "twain_double",
            "ProtocolMajor": 1,
        }

    @property
    def image_info(self) -> dict[str, Any]:
        self._need("ready")
        pixel = self._caps[ICAP_PIXELTYPE].value
        dpi = float(self._caps[ICAP_XRESOLUTION].value)
        width, height = self._pixels()
        bits = {TWPT_BW: 1, TWPT_GRAY: 8, TWPT_RGB: 24}[pixel]
        return {
            "XResolution": dpi,
            "YResolution": float(self._caps[ICAP_YRESOLUTION].value),
            "ImageWidth": width,
            "ImageLength": height,
            "SamplesPerPixel": 3 if pixel == TWPT_RGB else 1,
            "BitsPerSample": [8, 8, 8] if pixel == TWPT_RGB else [bits],
            "BitsPerPixel": bits,
            "Planar": 0,
            "PixelType": pixel,
            "Compression": 0,
        }

    def _pixels(self) -> tuple[int, int]:
        dpi = float(self._caps[ICAP_XRESOLUTION].value)
        left, top, right, bottom = self._frame
        return max(1, round((right - left) * dpi)), max(1, round((bottom - top) * dpi))

    def _enable(self, show_ui: bool, modal_ui: bool, hparent: Any) -> None:
        self._need("open")
        CALLS.append(("enable", show_ui, modal_ui))
        feeder = self._caps[CAP_FEEDERENABLED].value
        sides = 2 if feeder and self._duplex() else 1
        available = self._sheets_left * sides if feeder else 1
        count = self._caps[CAP_XFERCOUNT].value
        self._pending = available if count == -1 else min(available, count)
        self._state = "enabled"

    def _duplex(self) -> bool:
        cap = self._caps.get(CAP_DUPLEXENABLED)
        return bool(cap is not None and cap.value)

    def _disable(self) -> None:
        self._need("enabled")
        self._state = "open"

    def _end_xfer(self) -> int:
        self._need("ready")
        self._pending -= 1
        if self._pending == 0:
            self._state = "enabled"
        return self._pending

    def _end_all_xfers(self) -> None:
        self._need("ready", "enabled")
        self._pending = 0
        self._state = "enabled"

    def xfer_image_natively(self) -> tuple[Any, int]:
        self._need("ready")
        self._transferred += 1
        number = self._transferred
        cfg = current()
        if cfg["hang_at_page"] == number:
            threading.Event().wait()  # a driver stuck inside the transfer, GIL released
        if cfg["jam_at_page"] == number:
            raise exceptions.PaperJam()  # TWRC_FAILURE/TWCC_PAPERJAM; state stays 6
        if self._caps[CAP_FEEDERENABLED].value and (not self._duplex() or number % 2 == 1):
            self._sheets_left -= 1  # a duplex sheet gives two images
        handle = _Image(self._render(number))
        more = self._end_xfer()
        return handle, more

    def _render(self, number: int) -> Image.Image:
        width, height = self._pixels()
        mode = {TWPT_BW: "1", TWPT_GRAY: "L", TWPT_RGB: "RGB"}[self._caps[ICAP_PIXELTYPE].value]
        image = Image.new(mode, (width, height), "white")
        draw = ImageDraw.Draw(image)
        draw.rectangle((width // 10, height // 10, width - width // 10, height // 8), fill="black")
        for i in range(number):  # page number as bars, so pages differ
            x = width // 10 + i * max(3, width // 40)
            draw.rectangle((x, height // 5, x + max(1, width // 80), height // 3), fill="black")
        return image

    def acquire_natively(
        self,
        after: Callable[[Any, int], None],
        before: Callable[[dict[str, Any]], None] = lambda img_info: None,
        show_ui: bool = True,
        modal: bool = False,
    ) -> None:
        self.set_capability(ICAP_XFERMECH, TWTY_UINT16, TWSX_NATIVE)
        self._enable(show_ui, modal, self._sm._hwnd)
        try:
            if show_ui:
                threading.Event().wait(float(current()["ui_seconds"]))  # the operator in the dialog
            if self._pending:
                self._state = "ready"  # MSG_XFERREADY arrives through the message loop
                more = 1
                while more:
                    try:
                        before(self.image_info)
                        handle, more = self.xfer_image_natively()
                        after(handle, more)
                    except exceptions.CancelAll:
                        self._end_all_xfers()
                        break
        finally:
            self._disable()

    def acquire_file(
        self,
        before: Callable[[dict[str, Any]], str],
        after: Callable[[int], None] = lambda more: None,
        show_ui: bool = True,
        modal: bool = False,
    ) -> None:
        def native_after(handle: Any, more: int) -> None:
            handle.save(path[0])
            after(more)

        path = [""]

        def native_before(info: dict[str, Any]) -> None:
            path[0] = before(info)

        self.acquire_natively(native_after, native_before, show_ui, modal)

    def is_twain2(self) -> bool:
        return bool(current()["twain2"])

    def destroy(self) -> None:
        warnings.warn("destroy is deprecated, use close instead", DeprecationWarning, stacklevel=2)
        self.close()
