"""``jdih devices``, ``jdih scan`` and ``jdih recover``: the scanner from the command line.

A scan goes through the data folder's spool like the GUI's, so pages of a scan cut short (Ctrl+C,
a crash, a jam) stay recoverable with ``jdih recover``. Exit status: 0 done, 1 a fault (the
pages read so far are still saved), 130 cancelled.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from dataclasses import replace
from pathlib import Path

from jdih_desktop.cli.common import acting_actor, add_by_option, data_dir_parent, print_table
from jdih_desktop.cli.scan_ocr import recover_with_ocr, scan_with_ocr
from jdih_desktop.context import AppContext
from jdih_desktop.domain.messages import current_language, msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.errors import ValidationError
from jdih_desktop.scanning.service import ScanService, profiles_from_config, scan_message
from scanner import (
    ColorMode,
    DeviceMessage,
    PageSpooled,
    ScanEvent,
    ScanSettings,
    SettingsError,
    Source,
    parse_page_size,
)
from scanner.protocol import ORPHAN_GRACE


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    devices = sub.add_parser("devices", parents=[data_dir_parent()], help="daftar pemindai")
    devices.add_argument("--folder", action="append", type=Path, default=[], help="folder pantau")
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=_devices)

    scan = sub.add_parser("scan", parents=[data_dir_parent()], help="pindai ke PDF atau folder")
    scan.add_argument("--device", default=None, help="mis. sane:test:0, twain:…, folder:/path")
    scan.add_argument("--profile", default=None, help="nama profil pemindaian")
    scan.add_argument("--source", choices=[s.value for s in Source], default=None)
    scan.add_argument("--mode", choices=[m.value for m in ColorMode], default=None)
    scan.add_argument("--dpi", type=int, default=None)
    scan.add_argument("--pages", type=int, default=None, help="berhenti setelah N halaman")
    scan.add_argument("--page-size", default=None, help="a4, f4 atau custom:LxT (mm)")
    scan.add_argument(
        "--option",
        action="append",
        type=_option,
        default=[],
        metavar="NAMA=NILAI",
        help="opsi perangkat, mis. swdespeck=yes (diagnosis)",
    )
    scan.add_argument("--no-pdfa", action="store_true", help="PDF biasa, bukan PDF/A-2b")
    scan.add_argument(
        "--ocr", action="store_true", help="lapisan teks (OCR) per halaman selama pemindaian"
    )
    scan.add_argument(
        "--check", action="store_true", help="dengan --ocr: tegakkan, luruskan, potong halaman"
    )
    scan.add_argument("-o", "--output", required=True, type=Path, help="BERKAS.pdf atau folder")
    scan.set_defaults(handler=_scan)

    recover = sub.add_parser(
        "recover", parents=[data_dir_parent()], help="halaman pindaian yang tertinggal di spool"
    )
    recover.add_argument("session", nargs="?", help="id sesi yang disimpan")
    recover.add_argument("-o", "--output", type=Path, help="BERKAS.pdf atau folder")
    recover.add_argument("--ocr", action="store_true", help="lapisan teks; lanjutkan OCR tersisa")
    recover.add_argument("--json", action="store_true")
    add_by_option(recover)
    recover.set_defaults(handler=_recover)


def _option(text: str) -> tuple[str, str | int | float | bool]:
    """A device option as typed: booleans and numbers become values, anything else text."""
    name, sep, raw = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"NAMA=NILAI, bukan {text!r}")
    low = raw.lower()
    if low in ("yes", "true", "on"):
        return name, True
    if low in ("no", "false", "off"):
        return name, False
    for kind in (int, float):
        try:
            return name, kind(raw)
        except ValueError:
            pass
    return name, raw


def _devices(args: argparse.Namespace, context: AppContext) -> int:
    listing = context.scanning.devices(args.folder)
    if args.json:
        payload = {
            "devices": [d.to_dict() for d in listing.devices],
            "backends": [b.to_dict() for b in listing.backends],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=1))
        return 0
    print_table(
        [(d.name, d.label, d.kind, d.health) for d in listing.devices],
        [
            str(msg("Perangkat", "Device")),
            str(msg("Nama", "Name")),
            str(msg("Jenis", "Kind")),
            str(msg("Kondisi", "Health")),
        ],
    )
    for backend in listing.backends:
        state = msg("siap", "ready") if backend.available else msg("tidak tersedia", "unavailable")
        print(f"# {backend.name}: {state} — {backend.health}", file=sys.stderr)
    return 0


def _settings(args: argparse.Namespace, context: AppContext) -> tuple[str, ScanSettings]:
    """The profile's settings (named or the office default) with the options given on top."""
    profiles = profiles_from_config(context.config.scanning.profiles)
    wanted = args.profile or context.config.scanning.default_profile
    profile = next((p for p in profiles if p.name == wanted), None)
    if args.profile and profile is None:
        raise ValidationError(
            msg(
                "Profil {name!r} tidak ada. Pilihan: {names}",
                "No profile {name!r}. Choices: {names}",
                name=args.profile,
                names=", ".join(p.name for p in profiles),
            )
        )
    base = profile.settings if profile is not None else ScanSettings()
    device = args.device or (profile.device if profile is not None else None)
    device = device or context.config.scanning.default_device
    if not device:
        raise ValidationError(
            msg(
                "Sebutkan pemindai dengan --device (lihat `jdih devices`).",
                "Name the scanner with --device (see `jdih devices`).",
            )
        )
    changes: dict[str, object] = {}
    try:
        if args.source:
            changes["source"] = Source(args.source)
        if args.mode:
            changes["mode"] = ColorMode(args.mode)
        if args.dpi:
            changes["dpi"] = args.dpi
        if args.page_size:
            changes["page_size"] = parse_page_size(args.page_size)
        if args.pages is not None:
            changes["pages"] = args.pages
        if args.option:
            changes["device_options"] = {**base.device_options, **dict(args.option)}
        settings = replace(base, **changes)  # type: ignore[arg-type]
    except SettingsError as exc:
        raise ValidationError(
            msg("Pengaturan pindai tidak sah: {r}", "Invalid scan settings: {r}", r=str(exc))
        ) from exc
    return device, settings


def _show(event: ScanEvent) -> None:
    if isinstance(event, PageSpooled):
        page = event.page
        print(
            msg(
                "halaman {n}: {w}×{h} px, {dpi:g} dpi, {kb:.0f} KB",
                "page {n}: {w}×{h} px, {dpi:g} dpi, {kb:.0f} KB",
                n=page.index,
                w=page.width,
                h=page.height,
                dpi=page.dpi[0],
                kb=page.bytes / 1024,
            ),
            file=sys.stderr,
        )
    elif isinstance(event, DeviceMessage):
        print(event.message.text(current_language()), file=sys.stderr)


def _scan(args: argparse.Namespace, context: AppContext) -> int:
    device, settings = _settings(args, context)
    if args.ocr:
        return scan_with_ocr(args, context, device, settings, _show)
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        result = context.scanning.scan(device, settings, on_event=_show, cancel=cancel)
    finally:
        signal.signal(signal.SIGINT, previous)
    if result.pages:
        saved = ScanService.save(result.pages, args.output, pdfa=not args.no_pdfa)
        if result.session is not None:
            result.session.discard()
        print(
            msg(
                "{n} halaman tersimpan di {out}",
                "{n} page(s) saved to {out}",
                n=len(result.pages),
                out=str(args.output),
            )
        )
        if saved.pdf is not None:
            print(
                msg(
                    "PDF {kb:.0f} KB ({per:.1f} KB/halaman), SHA-256 {sha}",
                    "PDF {kb:.0f} KB ({per:.1f} KB/page), SHA-256 {sha}",
                    kb=saved.pdf.size_bytes / 1024,
                    per=saved.pdf.size_bytes / 1024 / saved.pdf.page_count,
                    sha=saved.pdf.sha256,
                )
            )
    if result.error is not None:
        print(scan_message(result.error), file=sys.stderr)
        return 1
    if result.state == "cancelled":
        print(msg("Pemindaian dibatalkan.", "Scan cancelled."), file=sys.stderr)
        return 130
    if not result.pages:
        print(msg("Tidak ada halaman terbaca.", "No pages were read."), file=sys.stderr)
        return 1
    return 0


def _recover(args: argparse.Namespace, context: AppContext) -> int:
    if args.session is None:
        sessions = context.scanning.recoverable(wait=ORPHAN_GRACE)
        if args.json:
            rows = [
                {
                    "session_id": s.session_id,
                    "device": s.device,
                    "state": s.state,
                    "pages": len(s.pages),
                    "interrupted": s.interrupted,
                }
                for s in sessions
            ]
            print(json.dumps(rows, indent=1))
            return 0
        print_table(
            [(s.session_id, s.state, len(s.pages), s.device) for s in sessions],
            ["Sesi", "Status", str(msg("Halaman", "Pages")), str(msg("Perangkat", "Device"))],
        )
        return 0
    if args.output is None:
        raise ValidationError(msg("Sebutkan tujuan dengan -o.", "Give the destination with -o."))
    # Saving a session discards its spool: that changes the office's data, so an account acts.
    acting_actor(context, args.by, Action.ARCHIVE_EDIT)
    session = context.scanning.session(args.session)
    if args.ocr:
        return recover_with_ocr(args, context, session)
    ScanService.save(session.pages, args.output)
    session.discard()
    print(
        msg(
            "{n} halaman dipulihkan ke {out}",
            "{n} page(s) recovered to {out}",
            n=len(session.pages),
            out=str(args.output),
        )
    )
    return 0
