"""Benchmark: a paced feeder, the staged path ("before") against the streaming pipeline ("after").

    .venv/bin/python benchmarks/streaming.py [--pages 20 60] [--intervals 2 1]
        [--kinds bilevel gray] [--source worker|file] [--check] [--ref-pages 4]

F4 300 dpi pages with text (a fixture decree, then dense Lampiran pages; drawn with the test
suite's synthetic-scan generator) are dropped one every ``interval`` seconds into a hot folder
read by the real scanner worker (``folder:`` device in watch mode; ``--source file`` skips
the worker and spools the files itself). Each configuration runs in its own process, so peak
memory is its own. Times are from the moment the last page is spooled to:

* (a) the PDF with its text layer written;
* (b) the metadata form's reading done (the reader's final result over every page).

"before" is today's path: after the last page, [page check], assemble, OCRmyPDF over the
whole PDF (one job per core, ``OMP_THREAD_LIMIT=1``), then extract the text and read it.
"after" feeds each page to ``StreamingPipeline`` as it is spooled. CPU is the run's CPU
seconds (this process and every child) over its wall time, i.e. cores busy. ``stall`` is the
longest lateness of a 10 ms heartbeat on the main (feeder/"GUI") thread plus the longest
``add_page`` call. OCR throughput: single-threaded Tesseract page after page, and the
pipeline fed all pages at once, on the same ``--ref-pages`` pages in the same run.
The machine is shared: the load average is printed with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jdih_desktop.documents.pdf.assembly import assemble_pdf  # noqa: E402
from jdih_desktop.documents.pdf.ocr import OcrOptions, ocr_pdf  # noqa: E402
from jdih_desktop.documents.pdf.osd import tesseract_env  # noqa: E402
from jdih_desktop.documents.pdf.pagelist import PageEntry  # noqa: E402
from jdih_desktop.documents.pdf.pageproc import ProcessOptions, process_page  # noqa: E402
from jdih_desktop.documents.pdf.text import extract_text  # noqa: E402
from jdih_desktop.documents.reading.reader import read_decree  # noqa: E402
from jdih_desktop.documents.stream_events import (  # noqa: E402
    ReadingUpdated,
    StreamEvent,
    StreamOptions,
)
from jdih_desktop.documents.streaming import StreamingPipeline  # noqa: E402
from scanner import (  # noqa: E402
    ColorMode,
    PageSpooled,
    ScanClient,
    ScanEvent,
    ScanSettings,
    Source,
)
from tests.documents.synth import (  # noqa: E402
    DECREES,
    bilevel,
    random_words_page,
    save_g4,
    text_page,
)

DPI = 300


def make_pages(folder: Path, kind: str, count: int) -> list[Path]:
    """A decree's pages first (the reader needs its anatomy), then dense Lampiran pages."""
    folder.mkdir(parents=True, exist_ok=True)
    decree = sorted(DECREES.glob("0*.txt"))[0].read_text(encoding="utf-8").split("\f")
    paths: list[Path] = []
    for number in range(1, count + 1):
        suffix = "tif" if kind == "bilevel" else "png"
        path = folder / f"p{number:03d}.{suffix}"
        paths.append(path)
        if path.exists():
            continue
        if number <= len(decree):
            image = text_page(decree[number - 1].splitlines(), DPI, seed=number, noise=5.0)
        else:
            image = random_words_page(DPI, seed=number)
        if kind == "bilevel":
            save_g4(bilevel(image), path, DPI)
        else:
            image.save(path, format="PNG", dpi=(DPI, DPI), compress_level=1)
    return paths


class Heartbeat:
    """The main thread's 10 ms tick: how late it ran is how long a GUI thread would stall."""

    def __init__(self) -> None:
        self.worst = 0.0

    def sleep_until(self, deadline: float) -> None:
        while True:
            now = time.monotonic()
            if now >= deadline:
                return
            wanted = min(0.01, deadline - now)
            time.sleep(wanted)
            self.worst = max(self.worst, time.monotonic() - now - wanted)


def paced_feed(
    pages: list[Path],
    interval: float,
    source: str,
    work: Path,
    deliver: Callable[[Path, float], None],
    beat: Heartbeat,
) -> None:
    """Drop one page every ``interval`` s; ``deliver(spooled page, time)`` when it is spooled."""
    drop = work / "hotfolder"
    drop.mkdir()
    spool = work / "spool"
    spool.mkdir()
    if source == "file":
        start = time.monotonic()
        for index, page in enumerate(pages):
            beat.sleep_until(start + index * interval)
            target = spool / f"page-{index + 1:04d}{page.suffix}"
            shutil.copyfile(page, target)
            deliver(target, time.monotonic())
        return
    mode = ColorMode.BW if pages[0].suffix == ".tif" else ColorMode.GRAY
    options = {"watch": True, "settle_seconds": 0.05, "poll_seconds": 0.05}
    options["idle_seconds"] = interval * 2 + 2
    settings = ScanSettings(Source.FLATBED, mode, DPI, device_options=options)
    seen = threading.Event()

    def on_event(event: ScanEvent) -> None:
        if isinstance(event, PageSpooled):
            deliver(event.page.path, time.monotonic())
            if event.page.index == len(pages):
                seen.set()

    scan = threading.Thread(
        target=ScanClient().scan,
        args=(f"folder:{drop}", settings, spool),
        kwargs={"on_event": on_event},
        daemon=True,
    )
    scan.start()
    start = time.monotonic() + 1.0  # let the worker start
    for index, page in enumerate(pages):
        beat.sleep_until(start + index * interval)
        tmp = drop / f".{page.name}.part"
        shutil.copyfile(page, tmp)
        os.replace(tmp, drop / f"{index:04d}-{page.name}")
    while not seen.is_set():
        beat.sleep_until(time.monotonic() + 0.05)


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_before(pages: list[Path], interval: float, source: str, check: bool, work: Path) -> dict:
    got: list[tuple[Path, float]] = []
    beat = Heartbeat()
    cpu0, wall0 = cpu_seconds(), time.monotonic()
    paced_feed(pages, interval, source, work, lambda p, t: got.append((p, t)), beat)
    last = got[-1][1]
    entries = []
    for path, _ in got:
        if check:
            report = process_page(path, work / f"checked-{path.name}", ProcessOptions())
            entries.append(PageEntry.from_report(report))
        else:
            entries.append(PageEntry(path))
    scanned = assemble_pdf(entries, work / "scan.pdf").path
    ocr_pdf(scanned, work / "ocr.pdf", options=OcrOptions())
    pdf_at = time.monotonic()
    extraction = read_decree(extract_text(work / "ocr.pdf"))
    read_at = time.monotonic()
    return {
        "pdf_s": pdf_at - last,
        "read_s": read_at - last,
        "nomor": extraction.nomor.value if extraction.nomor else None,
        "cpu_cores": (cpu_seconds() - cpu0) / (time.monotonic() - wall0),
        "stall_ms": beat.worst * 1000,
    }


def run_after(pages: list[Path], interval: float, source: str, check: bool, work: Path) -> dict:
    final: dict[str, float] = {}
    nomor: list[str | None] = [None]

    def on_event(event: StreamEvent) -> None:
        if isinstance(event, ReadingUpdated):
            if event.complete:
                final["read"] = time.monotonic()
                nomor[0] = event.extraction.nomor.value if event.extraction.nomor else None
            elif "first" not in final:
                final["first"] = time.monotonic()

    options = StreamOptions(check=ProcessOptions() if check else None)
    pipeline = StreamingPipeline(work / "stream", options, on_event=on_event)
    beat = Heartbeat()
    worst_call = [0.0]
    times: list[float] = []

    def deliver(path: Path, moment: float) -> None:
        began = time.monotonic()
        pipeline.add_page(path)
        worst_call[0] = max(worst_call[0], time.monotonic() - began)
        times.append(moment)

    cpu0, wall0 = cpu_seconds(), time.monotonic()
    with pipeline:
        paced_feed(pages, interval, source, work, deliver, beat)
        last = times[-1]
        pipeline.feeding_done()
        while not pipeline.wait_idle(timeout=0.01):
            beat.sleep_until(time.monotonic() + 0.01)
        pipeline.assemble(work / "out.pdf")
        pdf_at = time.monotonic()
    return {
        "pdf_s": pdf_at - last,
        "read_s": final.get("read", pdf_at) - last,
        "first_read_page_s": final.get("first", 0.0) - times[0] if "first" in final else None,
        "nomor": nomor[0],
        "cpu_cores": (cpu_seconds() - cpu0) / (time.monotonic() - wall0),
        "stall_ms": max(beat.worst, worst_call[0]) * 1000,
    }


def run_one(args: argparse.Namespace) -> None:
    """One configuration in this process; prints a JSON line."""
    pages = make_pages(Path(args.page_cache) / args.kind, args.kind, args.count)
    with tempfile.TemporaryDirectory(prefix="jdih-stream-bench-") as tmp:
        runner = run_before if args.one == "before" else run_after
        result = runner(pages, args.interval, args.source, args.check, Path(tmp))
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result.update(peak_mb=peak_self, child_peak_mb=peak_child, load=os.getloadavg()[0])
    print(json.dumps(result))


def throughput(pages: list[Path], work: Path) -> tuple[float, float]:
    """Seconds per page: single-threaded Tesseract in turn, and the pipeline fed all at once."""
    tesseract = shutil.which("tesseract")
    assert tesseract is not None
    started = time.monotonic()
    for page in pages:
        subprocess.run(
            [tesseract, str(page), str(work / page.stem), "-l", "ind", "txt"],
            check=True,
            capture_output=True,
            env=tesseract_env(),
        )
    single = (time.monotonic() - started) / len(pages)
    started = time.monotonic()
    with StreamingPipeline(work / "burst", StreamOptions(check=None)) as pipeline:
        for page in pages:
            pipeline.add_page(page)
        pipeline.feeding_done()
        pipeline.wait_idle()
    return single, (time.monotonic() - started) / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[20, 60])
    parser.add_argument("--intervals", type=float, nargs="+", default=[2.0, 1.0])
    parser.add_argument("--kinds", nargs="+", default=["bilevel", "gray"])
    parser.add_argument("--source", choices=["worker", "file"], default="worker")
    parser.add_argument("--check", action="store_true", help="run the page check in both")
    parser.add_argument("--ref-pages", type=int, default=4)
    parser.add_argument("--page-cache", default=None, help="keep the drawn pages here")
    parser.add_argument("--one", choices=["before", "after"], help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--interval", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args)
        return
    cache = Path(args.page_cache or tempfile.mkdtemp(prefix="jdih-stream-pages-"))
    print(f"{os.cpu_count()} cores; source {args.source}; page check {args.check}; F4 {DPI} dpi")
    for kind in args.kinds:
        pages = make_pages(cache / kind, kind, max(args.pages))
        with tempfile.TemporaryDirectory(prefix="jdih-stream-ref-") as tmp:
            single, burst = throughput(pages[: args.ref_pages], Path(tmp))
        print(
            f"{kind}: OCR s/page on {args.ref_pages} pages: tesseract 1 thread {single:.2f}, "
            f"pipeline {burst:.2f} -> {single / burst:.2f}x (load {os.getloadavg()[0]:.1f})"
        )
    head = f"{'kind':<8}{'n':>4}{'s/pg':>6}  {'path':<7}{'(a) pdf s':>10}{'(b) read s':>11}"
    print(head + f"{'cores':>7}{'stall ms':>9}{'peak MB':>8}{'child MB':>9}{'load':>6}  nomor")
    for kind in args.kinds:
        for count in args.pages:
            for interval in args.intervals:
                rows = {}
                for path in ("before", "after"):
                    command = [
                        sys.executable, __file__, "--one", path, "--kind", kind,
                        "--count", str(count), "--interval", str(interval),
                        "--source", args.source, "--page-cache", str(cache),
                    ]  # fmt: skip
                    if args.check:
                        command.append("--check")
                    done = subprocess.run(command, capture_output=True, text=True, check=False)
                    if done.returncode:
                        print(done.stderr[-2000:], file=sys.stderr)
                        continue
                    row = json.loads(done.stdout.strip().splitlines()[-1])
                    rows[path] = row
                    print(
                        f"{kind:<8}{count:>4}{interval:>6g}  {path:<7}{row['pdf_s']:>10.1f}"
                        f"{row['read_s']:>11.1f}{row['cpu_cores']:>7.2f}{row['stall_ms']:>9.0f}"
                        f"{row['peak_mb']:>8.0f}{row['child_peak_mb']:>9.0f}{row['load']:>6.1f}"
                        f"  {row['nomor']}",
                        flush=True,
                    )
                if len(rows) == 2:
                    a, b = rows["before"], rows["after"]
                    print(
                        f"{'':<18}  ratio   {a['pdf_s'] / max(b['pdf_s'], 0.01):>9.1f}x"
                        f"{a['read_s'] / max(b['read_s'], 0.01):>10.1f}x",
                        flush=True,
                    )
    if not args.page_cache:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
