"""``jdih scan … -o x.pdf --ocr`` and ``jdih recover SESSION -o x.pdf --ocr``: the streaming path.

Each page is OCR'd while the feeder runs (see ``documents/streaming.py``), so the searchable
PDF is written seconds after the last page. Ctrl+C stops the scan and every OCR process at
once; the pages stay in the spool and ``jdih recover SESSION -o x.pdf --ocr`` finishes the
job, OCR'ing only the pages not done before.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable

from jdih_desktop.context import AppContext
from jdih_desktop.documents.pdf.pageproc import ProcessOptions
from jdih_desktop.documents.stream_events import (
    PageFailed,
    ReadingUpdated,
    StreamEvent,
    StreamOptions,
)
from jdih_desktop.documents.streaming import StreamingPipeline
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import ValidationError
from jdih_desktop.scanning.service import scan_message
from jdih_desktop.scanning.streaming import feed_pages, scan_streaming, stream_dir
from scanner import ScanEvent, ScanSettings, SpoolSession


def _show_stream(event: StreamEvent) -> None:
    if isinstance(event, PageFailed):
        print(event.message, file=sys.stderr)
    elif isinstance(event, ReadingUpdated):
        found = event.extraction.fields()
        nomor = found["nomor"].value if "nomor" in found else "?"
        print(
            msg(
                "dibaca {n}/{total} halaman: {fields} isian (nomor {nomor})",
                "read {n}/{total} pages: {fields} fields (number {nomor})",
                n=event.pages_read,
                total=event.page_count,
                fields=len(found),
                nomor=nomor,
            ),
            file=sys.stderr,
        )


def _pipeline(context: AppContext, check: bool) -> StreamingPipeline:
    options = StreamOptions(check=ProcessOptions() if check else None)
    return StreamingPipeline(stream_dir(context.scanning), options, on_event=_show_stream)


def _need_pdf(args: argparse.Namespace) -> None:
    if args.output is None or args.output.suffix.lower() != ".pdf":
        raise ValidationError(msg("--ocr memerlukan -o BERKAS.pdf.", "--ocr needs -o FILE.pdf."))


def _finish(
    args: argparse.Namespace,
    pipeline: StreamingPipeline,
    session: SpoolSession | None,
    cancel: threading.Event,
) -> bool:
    """Wait for the last pages' OCR, write the PDF; False when cancelled (pages kept)."""
    if not pipeline.wait_idle(cancel=cancel):
        pipeline.cancel()
        return False
    streamed = pipeline.assemble(args.output, pdfa=not getattr(args, "no_pdfa", False))
    if session is not None:
        session.discard()
    pipeline.discard_results()
    result = streamed.assembly
    print(
        msg(
            "{n} halaman tersimpan di {out} ({t} dengan teks)",
            "{n} page(s) saved to {out} ({t} with text)",
            n=result.page_count,
            out=str(args.output),
            t=streamed.text_pages,
        )
    )
    print(
        msg(
            "PDF {kb:.0f} KB ({per:.1f} KB/halaman), SHA-256 {sha}",
            "PDF {kb:.0f} KB ({per:.1f} KB/page), SHA-256 {sha}",
            kb=result.size_bytes / 1024,
            per=result.size_bytes / 1024 / result.page_count,
            sha=result.sha256,
        )
    )
    return True


def _kept(session: SpoolSession | None) -> None:
    print(msg("Dibatalkan.", "Cancelled."), file=sys.stderr)
    if session is not None:
        print(
            msg(
                "Halaman tetap di spool: jdih recover {id} -o BERKAS.pdf --ocr",
                "The pages stay in the spool: jdih recover {id} -o FILE.pdf --ocr",
                id=session.session_id,
            ),
            file=sys.stderr,
        )


def scan_with_ocr(
    args: argparse.Namespace,
    context: AppContext,
    device: str,
    settings: ScanSettings,
    show: Callable[[ScanEvent], None],
) -> int:
    _need_pdf(args)
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        with _pipeline(context, args.check) as pipeline:
            result = scan_streaming(
                context.scanning, device, settings, pipeline, on_event=show, cancel=cancel
            )
            if cancel.is_set() or not result.pages:
                pipeline.cancel()
            elif not _finish(args, pipeline, result.session, cancel):
                _kept(result.session)
                return 130
    finally:
        signal.signal(signal.SIGINT, previous)
    if result.error is not None:
        print(scan_message(result.error), file=sys.stderr)
        return 1
    if result.state == "cancelled" or cancel.is_set():
        _kept(result.session)
        return 130
    if not result.pages:
        print(msg("Tidak ada halaman terbaca.", "No pages were read."), file=sys.stderr)
        return 1
    return 0


def recover_with_ocr(args: argparse.Namespace, context: AppContext, session: SpoolSession) -> int:
    _need_pdf(args)
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        with _pipeline(context, False) as pipeline:
            feed_pages(pipeline, session.pages)
            if not _finish(args, pipeline, session, cancel):
                _kept(session)
                return 130
            if pipeline.ocr_reused:
                print(
                    msg(
                        "OCR dilanjutkan: {r} halaman dari sebelumnya, {n} baru.",
                        "OCR resumed: {r} page(s) from before, {n} new.",
                        r=pipeline.ocr_reused,
                        n=pipeline.ocr_runs,
                    ),
                    file=sys.stderr,
                )
    finally:
        signal.signal(signal.SIGINT, previous)
    return 0
