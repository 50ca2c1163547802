"""Which backend serves which device name prefix, inside one worker process."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scanner.backend import Backend
from scanner.backends.folder_backend import FolderBackend
from scanner.backends.sane_backend import SaneBackend
from scanner.backends.twain_backend import TwainBackend
from scanner.errors import ScanError
from scanner.model import split_device_name

ALL = ("sane", "twain", "folder")


@dataclass
class Backends:
    """The backends one worker offers; ``enabled`` narrows them (a 32-bit TWAIN-only worker)."""

    enabled: tuple[str, ...] = ALL
    twain_module: str = ""
    twain_prefix: str = "twain"
    twain_dsm: str = ""
    _sane: SaneBackend = field(default_factory=SaneBackend)

    def listing(self, folders: tuple[Path, ...] = ()) -> list[Backend]:
        found: list[Backend] = []
        if "sane" in self.enabled:
            found.append(self._sane)
        if "twain" in self.enabled:
            found.append(TwainBackend(self.twain_module, self.twain_prefix, self.twain_dsm))
        if "folder" in self.enabled:
            found.append(FolderBackend(folders))
        return found

    def resolve(self, device: str) -> tuple[Backend, str]:
        """The backend for a full device name and the device's id within it."""
        try:
            prefix, device_id = split_device_name(device)
        except ValueError as exc:
            raise ScanError("no_device", str(exc), device=device) from exc
        if prefix == "sane" and "sane" in self.enabled:
            return self._sane, device_id
        if prefix == self.twain_prefix and "twain" in self.enabled:
            return TwainBackend(self.twain_module, self.twain_prefix, self.twain_dsm), device_id
        if prefix == "folder" and "folder" in self.enabled:
            return FolderBackend(), device_id
        raise ScanError("no_device", f"no backend for prefix {prefix!r}", device=device)
