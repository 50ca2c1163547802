"""Scan settings and profiles survive the app's TOML config unchanged."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
import tomli_w

from scanner import (
    A4,
    DEFAULT_PROFILES,
    F4,
    ColorMode,
    ScanProfile,
    ScanSettings,
    SettingsError,
    Source,
    custom_size,
    parse_page_size,
)


def _through_toml(data: dict[str, Any]) -> dict[str, Any]:
    return tomllib.loads(tomli_w.dumps(data))


@pytest.mark.parametrize("profile", DEFAULT_PROFILES, ids=lambda p: p.name)
def test_default_profiles_round_trip_through_toml(profile: ScanProfile) -> None:
    assert ScanProfile.from_dict(_through_toml(profile.to_dict())) == profile


def test_the_decree_copy_profile_is_f4_black_and_white_300_dpi() -> None:
    sk = DEFAULT_PROFILES[0]
    assert sk.name == "Salinan SK — F4, hitam-putih 300 dpi"
    assert (sk.settings.page_size, sk.settings.mode, sk.settings.dpi) == (F4, ColorMode.BW, 300)
    assert (F4.width_mm, F4.height_mm) == (215.0, 330.0)
    assert (A4.width_mm, A4.height_mm) == (210.0, 297.0)


def test_custom_size_limits_and_device_options_round_trip() -> None:
    settings = ScanSettings(
        source=Source.DUPLEX,
        mode=ColorMode.GRAY,
        dpi=200,
        page_size=custom_size(148, 210),
        pages=4,
        threshold=150,
        device_options={"swdespeck": True, "brightness": 10, "gamma": 1.5, "lamp": "auto"},
    )
    data = settings.to_dict()
    assert data["page_size"] == "custom"
    assert (data["page_width_mm"], data["page_height_mm"]) == (148.0, 210.0)
    assert ScanSettings.from_dict(_through_toml(data)) == settings


def test_dict_form_leaves_out_unset_values_because_toml_has_no_null() -> None:
    data = ScanSettings().to_dict()
    assert "pages" not in data and "device_options" not in data
    assert None not in data.values()


def test_hand_edited_values_are_accepted() -> None:
    settings = ScanSettings.from_dict({"source": "ADF", "mode": "Gray", "page_size": "Folio"})
    assert (settings.source, settings.mode, settings.page_size) == (Source.ADF, ColorMode.GRAY, F4)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"mode": "sepia"}, "mode must be one of bw, gray, color"),
        ({"source": "tray"}, "source must be one of"),
        ({"dpi": 20}, "dpi must be between 50 and 1200"),
        ({"pages": 0}, "pages must be at least 1"),
        ({"page_size": "b5"}, "unknown page size"),
        ({"page_size": "custom"}, "page_width_mm"),
        ({"colour": "bw"}, "unknown scan setting(s): colour"),
        ({"device_options": {"x": [1, 2]}}, "device_options"),
    ],
)
def test_bad_settings_are_refused_with_a_reason(data: dict[str, Any], fragment: str) -> None:
    with pytest.raises(SettingsError) as info:
        ScanSettings.from_dict(data)
    assert fragment in str(info.value)


def test_profile_needs_a_name() -> None:
    with pytest.raises(SettingsError, match="name"):
        ScanProfile.from_dict({"settings": {}})


@pytest.mark.parametrize(
    ("text", "size"),
    [("a4", A4), ("F4", F4), ("folio", F4), ("custom:100x150", custom_size(100, 150))],
)
def test_page_size_parsing(text: str, size: object) -> None:
    assert parse_page_size(text) == size
