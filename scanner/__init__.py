"""Scanning for JDIH Desktop: SANE, TWAIN and hot folders, each driver in a worker process.

Standalone: nothing here imports the app. The app uses :class:`ScanClient` (see ``client.py``)
and the settings/profile dataclasses; ``README.md`` and ``PROTOCOL.md`` beside this file
describe the design and the worker protocol.
"""

from scanner.client import DeviceListing, ScanClient, Timeouts
from scanner.errors import ScanError
from scanner.events import (
    DeviceMessage,
    Finished,
    PageSpooled,
    PageStarted,
    Progress,
    ScanEvent,
    ScanResult,
    SessionStarted,
)
from scanner.messages import Message
from scanner.model import BackendStatus, Capabilities, DeviceInfo, OptionStep
from scanner.settings import (
    A4,
    DEFAULT_PROFILES,
    F4,
    ColorMode,
    PageSize,
    ScanProfile,
    ScanSettings,
    SettingsError,
    Source,
    custom_size,
    parse_page_size,
)
from scanner.spool import SpooledPage, SpoolSession

__all__ = [
    "A4",
    "DEFAULT_PROFILES",
    "F4",
    "BackendStatus",
    "Capabilities",
    "ColorMode",
    "DeviceInfo",
    "DeviceListing",
    "DeviceMessage",
    "Finished",
    "Message",
    "OptionStep",
    "PageSize",
    "PageSpooled",
    "PageStarted",
    "Progress",
    "ScanClient",
    "ScanError",
    "ScanEvent",
    "ScanProfile",
    "ScanResult",
    "ScanSettings",
    "SessionStarted",
    "SettingsError",
    "Source",
    "SpoolSession",
    "SpooledPage",
    "Timeouts",
    "custom_size",
    "parse_page_size",
]
