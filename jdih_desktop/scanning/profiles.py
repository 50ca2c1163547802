"""Scan settings, profiles and device listings as the app's screens use them.

These are the standalone ``scanner`` package's own types, re-exported here so the UI reaches
the scanner through ``scanning`` only (the layering test forbids ``ui`` → ``scanner``).
"""

from __future__ import annotations

from scanner import DeviceListing
from scanner.settings import (
    A4,
    F4,
    MAX_DPI,
    MIN_DPI,
    ColorMode,
    ScanProfile,
    ScanSettings,
    SettingsError,
    Source,
)

__all__ = [
    "A4",
    "F4",
    "MAX_DPI",
    "MIN_DPI",
    "ColorMode",
    "DeviceListing",
    "ScanProfile",
    "ScanSettings",
    "SettingsError",
    "Source",
]
