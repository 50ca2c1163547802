"""The GUI thread's longest stall while the wizard scans 30 pages, checks them, assembles the
PDF and runs OCR (SANE ``test`` device, offscreen Qt).

    .venv/bin/python benchmarks/gui_stall.py [--pages 30] [--dpi 150]

A 10 ms QTimer ticks on the GUI thread throughout; the gap between ticks minus 10 ms is how
long the window could not repaint or react. Prints the longest gap, the 99th percentile and
how long each phase took. Target: longest stall under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

PROFILE = """
[scanning]
default_device = "sane:test:0"
default_profile = "Bench"

[[scanning.profiles]]
name = "Bench"
[scanning.profiles.settings]
source = "adf"
mode = "gray"
dpi = {dpi}
page_size = "a4"
pages = 10
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=30, help="a multiple of 10 (ADF batches)")
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jdih-stall-"))
    sane = work / "sane.d"
    sane.mkdir()
    (sane / "dll.conf").write_text("test\n")
    shutil.copy("/etc/sane.d/test.conf", sane / "test.conf")
    os.environ["SANE_CONFIG_DIR"] = str(sane)
    data = work / "data"
    data.mkdir()
    (data / "config.toml").write_text(PROFILE.format(dpi=args.dpi))

    from jdih_desktop.context import open_context
    from jdih_desktop.domain.actor import SYSTEM
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard

    _app = QApplication.instance() or QApplication([])  # kept alive for the run
    context = open_context(data)
    context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"], password="bench-1234")
    wizard = ScanWizard(context, context.accounts.get("andi").as_actor())
    wizard.show()

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - 10.0)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def wait(done: object) -> None:
        while not done():  # type: ignore[operator]
            QCoreApplication.processEvents()
            time.sleep(0.001)

    wait(lambda: wizard.device_page.device_box.findText("sane:test:0") >= 0)
    wizard.next()
    timer.start()
    phases: dict[str, float] = {}
    worst: dict[str, float] = {}

    def close_phase(name: str, since: float, first_tick: int) -> None:
        phases[name] = time.monotonic() - since
        worst[name] = max((max(0.0, g) for g in gaps[first_tick:]), default=0.0)

    started, first = time.monotonic(), len(gaps)
    batch_worst = []
    for _batch in range(args.pages // 10):
        mark = len(gaps)
        wizard.scan_page.start()
        wait(lambda: not wizard.scan_page.busy)
        batch_worst.append(max((max(0.0, g) for g in gaps[mark:]), default=0.0))
    close_phase("scan", started, first)
    started, first = time.monotonic(), len(gaps)
    wizard.next()
    wait(lambda: wizard.pages_page.job is not None and not wizard.pages_page.job.busy)
    close_phase("page check", started, first)
    started, first = time.monotonic(), len(gaps)
    wizard.next()
    wait(lambda: wizard.metadata_page.job is not None and not wizard.metadata_page.job.busy)
    close_phase("assembly + OCR + reading", started, first)
    timer.stop()

    pages = len(wizard.draft.live_pages)
    print("  longest stall per scan batch (ms):", ", ".join(f"{w:.0f}" for w in batch_worst))
    stalls = sorted(max(0.0, g) for g in gaps)
    print(f"GUI stall while the wizard works on {pages} pages ({args.dpi} dpi gray, test device)")
    for name, seconds in phases.items():
        print(f"  {name:<26}{seconds:8.1f} s, longest stall {worst[name]:5.0f} ms")
    print(
        f"  ticks {len(stalls)}, longest stall {stalls[-1]:.0f} ms, "
        f"p99 {stalls[int(len(stalls) * 0.99)]:.0f} ms, "
        f"median {statistics.median(stalls):.1f} ms"
    )
    wizard.reject()
    context.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
