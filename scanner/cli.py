"""``python -m scanner``: list devices, scan into a folder, list recoverable sessions.

The app's ``jdih devices`` / ``jdih scan`` do the same through :class:`ScanClient`; this one
exists so the scanner package can be tried and tested on its own. Exit status: 0 done,
1 failed (pages so far are still written), 2 bad usage, 130 cancelled with Ctrl+C.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scanner.client import ScanClient, Timeouts
from scanner.errors import ScanError
from scanner.events import DeviceMessage, PageSpooled, ScanEvent, SessionStarted
from scanner.model import OptionStep
from scanner.settings import (
    ColorMode,
    OptionValue,
    ScanSettings,
    SettingsError,
    Source,
    parse_page_size,
)
from scanner.spool import SpooledPage


def _value(text: str) -> OptionValue:
    low = text.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def _pair(text: str) -> tuple[str, OptionValue]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, not {text!r}")
    return name, _value(value)


def _step(text: str) -> OptionStep:
    page, sep, rest = text.partition(":")
    if not sep or not page.isdigit():
        raise argparse.ArgumentTypeError(f"expected PAGE:NAME=VALUE, not {text!r}")
    name, value = _pair(rest)
    return OptionStep(int(page), name, value)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scanner", description="JDIH scanner tools")
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="message language")
    sub = parser.add_subparsers(dest="command", required=True)

    devices = sub.add_parser("devices", help="list scanners and backend health")
    devices.add_argument("--folder", action="append", type=Path, default=[], help="hot folder")
    devices.add_argument("--json", action="store_true")

    scan = sub.add_parser("scan", help="scan pages into a folder of images")
    scan.add_argument("--device", required=True, help="e.g. sane:test:0, twain:…, folder:/path")
    scan.add_argument("--source", choices=[s.value for s in Source], default="adf")
    scan.add_argument("--mode", choices=[m.value for m in ColorMode], default="bw")
    scan.add_argument("--dpi", type=int, default=300)
    scan.add_argument("--pages", type=int, default=None, help="stop after N pages")
    scan.add_argument("--page-size", default="f4", help="a4, f4 or custom:WxH (mm)")
    scan.add_argument("--option", action="append", type=_pair, default=[], metavar="NAME=VALUE")
    scan.add_argument(
        "--step",
        action="append",
        type=_step,
        default=[],
        metavar="PAGE:NAME=VALUE",
        help="set a device option before page PAGE (diagnostics)",
    )
    scan.add_argument("--page-timeout", type=float, default=Timeouts.page)
    scan.add_argument("-o", "--output", required=True, type=Path, help="folder for the pages")

    rec = sub.add_parser("recover", help="list sessions left in a spool folder")
    rec.add_argument("spool", type=Path)
    rec.add_argument("--json", action="store_true")
    return parser


def _devices(client: ScanClient, args: argparse.Namespace) -> int:
    listing = client.list_devices(args.folder)
    if args.json:
        print(
            json.dumps(
                {
                    "devices": [d.to_dict() for d in listing.devices],
                    "backends": [b.to_dict() for b in listing.backends],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for device in listing.devices:
        print(f"{device.name}\t{device.label}\t{device.kind}\t{device.health}")
    for backend in listing.backends:
        state = "ok" if backend.available else "unavailable"
        print(f"# {backend.name}: {state} — {backend.health}", file=sys.stderr)
    return 0


def _export(pages: list[SpooledPage], output: Path) -> list[Path]:
    """Move spooled pages into ``output`` as page-NNNN.*, after any pages already there."""
    output.mkdir(parents=True, exist_ok=True)
    start = sum(1 for p in output.iterdir() if p.name.startswith("page-")) + 1
    written = []
    for number, page in enumerate(pages, start):
        target = output / f"page-{number:04d}{page.path.suffix}"
        os.replace(page.path, target)
        written.append(target)
    return written


def _scan(client: ScanClient, args: argparse.Namespace) -> int:
    try:
        settings = ScanSettings(
            source=Source(args.source),
            mode=ColorMode(args.mode),
            dpi=args.dpi,
            page_size=parse_page_size(args.page_size),
            pages=args.pages,
            device_options=dict(args.option),
        )
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())

    def show(event: ScanEvent) -> None:
        if isinstance(event, SessionStarted):
            print(f"session {event.session_id}", file=sys.stderr)
        elif isinstance(event, PageSpooled):
            p = event.page
            print(
                f"page {p.index}: {p.width}×{p.height} px, {p.dpi[0]:g} dpi, {p.format}, "
                f"{p.bytes} bytes",
                file=sys.stderr,
            )
        elif isinstance(event, DeviceMessage):
            print(event.message.text(args.lang), file=sys.stderr)

    spool = args.output / ".spool"
    try:
        result = client.scan(
            args.device, settings, spool, on_event=show, cancel=cancel, option_steps=args.step
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    written = _export(result.pages, args.output)
    if result.session is not None:
        result.session.discard()
    if not any(spool.iterdir()):
        spool.rmdir()
    print(f"{len(written)} page(s) written to {args.output} ({result.state})", file=sys.stderr)
    if result.error is not None:
        print(f"{result.error.code}: {result.error.text(args.lang)}", file=sys.stderr)
        return 1
    return 130 if result.state == "cancelled" else 0


def _recover(args: argparse.Namespace) -> int:
    sessions = ScanClient.recover(args.spool)
    rows: list[dict[str, Any]] = [
        {
            "session_id": s.session_id,
            "path": str(s.path),
            "device": s.device,
            "state": s.state,
            "pages": len(s.pages),
            "interrupted": s.interrupted,
        }
        for s in sessions
    ]
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for row in rows:
            print(f"{row['session_id']}\t{row['state']}\t{row['pages']} page(s)\t{row['device']}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "recover":
        return _recover(args)
    timeouts = Timeouts(page=getattr(args, "page_timeout", Timeouts.page))
    client = ScanClient(timeouts=timeouts)
    try:
        return _devices(client, args) if args.command == "devices" else _scan(client, args)
    except ScanError as exc:
        print(f"{exc.code}: {exc.text(args.lang)}", file=sys.stderr)
        return 1
