"""Scanning for the app: devices, a scan into the data folder's spool, and what to do with pages.

The ``scanner`` package does the driver work in a worker process and never imports the app; this
service is the one place the app talks to it. It keeps the spool inside the data folder, so
the pages of a scan cut short by a crash are offered back at the next start, and it turns
scanner errors into the app's translated errors.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jdih_desktop.documents.pdf.assembly import AssemblyResult, assemble_pdf
from jdih_desktop.documents.pdf.pagelist import PageEntry
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.errors import NotFoundError
from jdih_desktop.storage.atomic import write_bytes_atomic
from scanner import (
    DEFAULT_PROFILES,
    DeviceListing,
    ScanClient,
    ScanError,
    ScanEvent,
    ScanProfile,
    ScanResult,
    ScanSettings,
    SettingsError,
    SpooledPage,
    SpoolSession,
    Timeouts,
)


class ScanningError(JdihError):
    """A scanner fault (jam, cover open, disconnected, ...) as a clerk reads it."""

    def __init__(self, message: Msg, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def scan_message(error: ScanError) -> Msg:
    """The scanner's own bilingual sentence as the app's message type."""
    return msg(error.text("id"), error.text("en"))


def as_app_error(error: ScanError) -> ScanningError:
    return ScanningError(scan_message(error), error.code)


@dataclass(frozen=True)
class SavedScan:
    """Where a scan's pages went: a PDF (``pdf`` set) or a folder of page images."""

    paths: tuple[Path, ...]
    pdf: AssemblyResult | None = None


def profiles_from_config(entries: Sequence[dict[str, object]]) -> list[ScanProfile]:
    """The office's profiles from ``[scanning] profiles``, or the packaged defaults."""
    if not entries:
        return list(DEFAULT_PROFILES)
    try:
        return [ScanProfile.from_dict(entry) for entry in entries]
    except SettingsError as exc:
        raise ScanningError(
            msg(
                "Profil pemindaian di config.toml tidak sah: {reason}",
                "A scan profile in config.toml is invalid: {reason}",
                reason=str(exc),
            )
        ) from exc


class ScanService:
    def __init__(
        self,
        spool_dir: Path,
        *,
        client: ScanClient | None = None,
        timeouts: Timeouts | None = None,
        worker_env: dict[str, str] | None = None,
    ) -> None:
        self.spool_dir = spool_dir
        # The worker inherits this process's environment (SANE_CONFIG_DIR and friends);
        # ``worker_env`` adds to it.
        self._client = client or ScanClient(timeouts=timeouts or Timeouts(), env=worker_env)

    def devices(self, folders: Sequence[Path] = ()) -> DeviceListing:
        try:
            return self._client.list_devices(folders)
        except ScanError as exc:
            raise as_app_error(exc) from exc

    def scan(
        self,
        device: str,
        settings: ScanSettings,
        *,
        on_event: Callable[[ScanEvent], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ScanResult:
        """Scan into the spool; never raises for a device fault (see ``result.error``)."""
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        try:
            return self._client.scan(
                device, settings, self.spool_dir, on_event=on_event, cancel=cancel
            )
        except ScanError as exc:
            raise as_app_error(exc) from exc

    def recoverable(self, wait: float = 0.0) -> list[SpoolSession]:
        """Scans left in the spool by a crash or an unfinished wizard, newest first.

        ``wait``: seconds to let a worker orphaned by a crash finish and unlock its session
        (the CLI's ``recover`` passes ``ORPHAN_GRACE``; the GUI thread must not block).
        """
        if not self.spool_dir.exists():
            return []
        sessions = ScanClient.recover(self.spool_dir, wait)
        return [s for s in sessions if s.pages]

    def session(self, session_id: str) -> SpoolSession:
        for found in self.recoverable():
            if found.session_id == session_id:
                return found
        raise NotFoundError(
            msg(
                "Sesi pindai {id} tidak ada di spool.",
                "Scan session {id} is not in the spool.",
                id=session_id,
            )
        )

    @staticmethod
    def save(pages: Sequence[SpooledPage], out: Path, *, pdfa: bool = True) -> SavedScan:
        """Write ``pages`` to ``out``: one PDF when it ends in ``.pdf``, else page images.

        Images are copied, not moved: the spool session is discarded by the caller only after
        the result is safely written.
        """
        if not pages:
            raise ScanningError(
                msg("Tidak ada halaman hasil pindai.", "The scan produced no pages.")
            )
        if out.suffix.lower() == ".pdf":
            result = assemble_pdf(
                [PageEntry(p.path, dpi=p.dpi) for p in pages],
                out,
                pdfa=pdfa,
            )
            return SavedScan((out,), result)
        out.mkdir(parents=True, exist_ok=True)
        start = sum(1 for p in out.iterdir() if p.name.startswith("page-")) + 1
        written = []
        for number, page in enumerate(pages, start):
            target = out / f"page-{number:04d}{page.path.suffix}"
            # fsynced before the caller discards the spool copy; the user's umask applies
            write_bytes_atomic(target, page.path.read_bytes(), for_user=True)
            written.append(target)
        return SavedScan(tuple(written))
