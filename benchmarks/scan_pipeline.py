"""Scan pipeline throughput and app memory: worker → spool → client, SANE ``test`` device.

    .venv/bin/python benchmarks/scan_pipeline.py [--pages 50] [--dpi 300] [--mode gray]

Scans N ADF pages (200×200 mm, the test device's largest) through real workers, each page
fsynced into the spool before the client hears of it, and prints pages per second and the app
process's resident memory as the page count grows (it must stay flat: the client never holds
page images, only their paths). The test device's feeder holds 10 sheets and refills only
after reporting "out of documents", so the pages come as batches of 10, one scan session (one
worker) per batch, as an operator reloading the feeder would do it.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanner import (
    A4,
    ColorMode,
    PageSpooled,
    ScanClient,
    ScanSettings,
    Source,
    SpooledPage,
)

FEEDER = 10  # sheets the test device's feeder holds


def rss_mb() -> float:
    """Current resident set size of this process (Linux /proc)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


class Tally:
    """Arrival time and app memory at every page, numbered across sessions."""

    def __init__(self) -> None:
        self.arrived: dict[int, float] = {}
        self.memory: dict[int, float] = {0: rss_mb()}

    def page(self, _: object) -> None:
        if isinstance(_, PageSpooled):
            n = len(self.arrived) + 1
            self.arrived[n] = time.perf_counter()
            self.memory[n] = rss_mb()


def scan_all(
    client: ScanClient, args: argparse.Namespace, spool: Path, tally: Tally
) -> list[float]:
    """Scan the pages in feeder-sized sessions; returns each session's start time."""
    starts: list[float] = []
    done = 0
    while done < args.pages:
        settings = ScanSettings(
            Source.ADF,
            ColorMode(args.mode),
            args.dpi,
            A4,
            pages=min(FEEDER, args.pages - done),
            device_options={"test-picture": args.picture},
        )
        starts.append(time.perf_counter())
        result = client.scan("sane:test:0", settings, spool, on_event=tally.page)
        if not result.ok:
            raise SystemExit(f"scan failed: {result.state} {result.error}")
        done += len(result.pages)
        if done == len(result.pages):
            report_first(result.pages[0])
        assert result.session is not None
        result.session.discard()  # the app would have built its PDF by now
    return starts


def report_first(page: SpooledPage) -> None:
    print(f"  pages: {page.width}×{page.height} px, {page.format}, {page.bytes / 1024:.0f} KB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--mode", choices=[m.value for m in ColorMode], default="gray")
    parser.add_argument("--picture", default="Color pattern", help="test-picture option")
    args = parser.parse_args()

    conf = Path("/etc/sane.d/test.conf")
    if not conf.exists():
        print("SANE test backend not installed (/etc/sane.d/test.conf missing)")
        return 2
    work = Path(tempfile.mkdtemp(prefix="scan-bench-"))
    try:
        (work / "sane.d").mkdir()
        (work / "sane.d" / "dll.conf").write_text("test\n")
        shutil.copy(conf, work / "sane.d" / "test.conf")
        client = ScanClient(env={"SANE_CONFIG_DIR": str(work / "sane.d")})
        tally = Tally()
        print(
            f"scan pipeline: {args.pages} ADF pages, {args.mode} {args.dpi} dpi, "
            f"test-picture {args.picture!r}"
        )
        begin = time.perf_counter()
        starts = scan_all(client, args, work / "spool", tally)
        total = time.perf_counter() - begin
    finally:
        shutil.rmtree(work, ignore_errors=True)

    firsts = list(range(1, args.pages + 1, FEEDER))
    within_pages = sum(min(n + FEEDER - 1, args.pages) - n for n in firsts)
    within_time = sum(
        tally.arrived[min(n + FEEDER - 1, args.pages)] - tally.arrived[n] for n in firsts
    )
    first_page = sum(tally.arrived[n] - s for n, s in zip(firsts, starts, strict=True)) / len(
        starts
    )
    print(
        f"  end to end, {len(starts)} sessions (a worker each): {total:.2f} s "
        f"= {args.pages / total:.1f} pages/s"
    )
    if within_time > 0:
        print(
            f"  within a session, page to page: {within_pages / within_time:.1f} pages/s "
            f"= {within_time / within_pages * 1000:.0f} ms/page (scan, encode, 4 fsyncs, event)"
        )
    print(
        f"  first page of a session after {first_page * 1000:.0f} ms "
        f"(worker start-up, device open, first page)"
    )
    memory = tally.memory
    marks = sorted({0, 1, min(10, args.pages), args.pages // 2, args.pages})
    print("  app RSS in MB after n pages: " + ", ".join(f"{n}: {memory[n]:.1f}" for n in marks))
    growth = memory[args.pages] - memory[min(10, args.pages)]
    print(
        f"  app RSS growth page {min(10, args.pages)} → {args.pages}: {growth:+.2f} MB "
        f"({'flat' if abs(growth) < 2 else 'GROWING'})"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  peak RSS: app {peak:.1f} MB, largest worker {worker:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
