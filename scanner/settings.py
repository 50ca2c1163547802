"""Scan settings and named profiles, with a plain-dict form the app stores in its TOML config.

The dict form only holds TOML-safe values (no ``None``: an unset field is left out), and
``from_dict`` accepts exactly what ``to_dict`` writes plus hand-edited variations (upper case,
"F4" as "folio"), because the config file is something an administrator may edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

OptionValue = bool | int | float | str

MIN_DPI = 50
MAX_DPI = 1200


class SettingsError(ValueError):
    """A settings dict that cannot describe a scan (bad config file or bad CLI option)."""


class Source(StrEnum):
    FLATBED = "flatbed"
    ADF = "adf"
    DUPLEX = "duplex"


class ColorMode(StrEnum):
    BW = "bw"
    GRAY = "gray"
    COLOR = "color"


@dataclass(frozen=True)
class PageSize:
    """A paper size in millimetres; ``name`` is "a4", "f4" or "custom"."""

    name: str
    width_mm: float
    height_mm: float

    @property
    def label(self) -> str:
        return self.name.upper() if self.name != "custom" else "kustom"


A4 = PageSize("a4", 210.0, 297.0)
F4 = PageSize("f4", 215.0, 330.0)  # Folio, the common size in Indonesian offices
NAMED_SIZES = {"a4": A4, "f4": F4, "folio": F4}


def custom_size(width_mm: float, height_mm: float) -> PageSize:
    if not (10 <= width_mm <= 1000 and 10 <= height_mm <= 2000):
        raise SettingsError(f"custom page size {width_mm}×{height_mm} mm is out of range")
    return PageSize("custom", float(width_mm), float(height_mm))


def parse_page_size(text: str) -> PageSize:
    """Parse "a4", "f4", "folio" or "custom:WxH" (millimetres), as the CLI accepts them."""
    key = text.strip().lower()
    if key in NAMED_SIZES:
        return NAMED_SIZES[key]
    if key.startswith("custom:"):
        try:
            width, height = (float(v) for v in key[7:].replace("×", "x").split("x"))
        except ValueError as exc:
            raise SettingsError(
                f"custom page size must look like custom:215x330, not {text!r}"
            ) from exc
        return custom_size(width, height)
    raise SettingsError(f"unknown page size {text!r}; use a4, f4 or custom:WxH")


def _enum(kind: type[StrEnum], value: Any, field_name: str) -> Any:
    try:
        return kind(str(value).strip().lower())
    except ValueError as exc:
        allowed = ", ".join(m.value for m in kind)
        raise SettingsError(f"{field_name} must be one of {allowed}, not {value!r}") from exc


@dataclass(frozen=True)
class ScanSettings:
    """What to ask of the scanner for one scan session.

    ``pages`` limits the number of pages (``None``: until the feeder is empty; a flatbed always
    gives one). ``threshold`` turns gray into black-and-white when the device has no lineart
    mode. ``device_options`` are backend option names and values applied after the standard
    settings (e.g. a SANE ``swdespeck``), for devices that need a tweak.
    """

    source: Source = Source.ADF
    mode: ColorMode = ColorMode.BW
    dpi: int = 300
    page_size: PageSize = F4
    pages: int | None = None
    threshold: int = 128
    show_driver_ui: bool = False
    device_options: Mapping[str, OptionValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise SettingsError(f"dpi must be between {MIN_DPI} and {MAX_DPI}, not {self.dpi}")
        if self.pages is not None and self.pages < 1:
            raise SettingsError(f"pages must be at least 1, not {self.pages}")
        if not 1 <= self.threshold <= 254:
            raise SettingsError(f"threshold must be between 1 and 254, not {self.threshold}")

    def with_(self, **changes: Any) -> ScanSettings:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source.value,
            "mode": self.mode.value,
            "dpi": self.dpi,
            "page_size": self.page_size.name,
            "threshold": self.threshold,
            "show_driver_ui": self.show_driver_ui,
        }
        if self.page_size.name == "custom":
            data["page_width_mm"] = self.page_size.width_mm
            data["page_height_mm"] = self.page_size.height_mm
        if self.pages is not None:
            data["pages"] = self.pages
        if self.device_options:
            data["device_options"] = dict(self.device_options)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScanSettings:
        unknown = set(data) - {
            "source",
            "mode",
            "dpi",
            "page_size",
            "page_width_mm",
            "page_height_mm",
            "pages",
            "threshold",
            "show_driver_ui",
            "device_options",
        }
        if unknown:
            raise SettingsError(f"unknown scan setting(s): {', '.join(sorted(unknown))}")
        size_name = str(data.get("page_size", "f4")).lower()
        if size_name == "custom":
            try:
                size = custom_size(float(data["page_width_mm"]), float(data["page_height_mm"]))
            except KeyError as exc:
                raise SettingsError(
                    "a custom page size needs page_width_mm and page_height_mm"
                ) from exc
        else:
            size = parse_page_size(size_name)
        options = data.get("device_options") or {}
        if not isinstance(options, Mapping) or not all(
            isinstance(v, bool | int | float | str) for v in options.values()
        ):
            raise SettingsError("device_options must map option names to plain values")
        try:
            return cls(
                source=_enum(Source, data.get("source", "adf"), "source"),
                mode=_enum(ColorMode, data.get("mode", "bw"), "mode"),
                dpi=int(data.get("dpi", 300)),
                page_size=size,
                pages=int(data["pages"]) if data.get("pages") is not None else None,
                threshold=int(data.get("threshold", 128)),
                show_driver_ui=bool(data.get("show_driver_ui", False)),
                device_options={str(k): v for k, v in options.items()},
            )
        except (TypeError, ValueError) as exc:
            if isinstance(exc, SettingsError):
                raise
            raise SettingsError(f"invalid scan settings: {exc}") from exc


@dataclass(frozen=True)
class ScanProfile:
    """A named setting set per document type, e.g. "Salinan SK — F4, hitam-putih 300 dpi".

    ``device`` is optional: a profile may pin a scanner (e.g. the ADF in the legal office) or
    leave the choice to the operator.
    """

    name: str
    settings: ScanSettings
    document_type: str = ""
    device: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "settings": self.settings.to_dict()}
        if self.document_type:
            data["document_type"] = self.document_type
        if self.device:
            data["device"] = self.device
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScanProfile:
        name = str(data.get("name", "")).strip()
        if not name:
            raise SettingsError("a scan profile needs a name")
        return cls(
            name=name,
            settings=ScanSettings.from_dict(data.get("settings") or {}),
            document_type=str(data.get("document_type", "")),
            device=str(data.get("device", "")),
        )


DEFAULT_PROFILES: tuple[ScanProfile, ...] = (
    ScanProfile(
        "Salinan SK — F4, hitam-putih 300 dpi",
        ScanSettings(Source.ADF, ColorMode.BW, 300, F4),
        document_type="salinan_sk",
    ),
    ScanProfile(
        "Salinan SK bolak-balik — F4, hitam-putih 300 dpi",
        ScanSettings(Source.DUPLEX, ColorMode.BW, 300, F4),
        document_type="salinan_sk",
    ),
    ScanProfile(
        "Nota dinas — A4, abu-abu 300 dpi",
        ScanSettings(Source.ADF, ColorMode.GRAY, 300, A4),
        document_type="nota_dinas",
    ),
    ScanProfile(
        "Lampiran berwarna — A4, warna 200 dpi",
        ScanSettings(Source.FLATBED, ColorMode.COLOR, 200, A4),
        document_type="lampiran",
    ),
)
