"""How quickly JDIH Desktop starts, and how much memory it holds, beside references in one run.

    .venv/bin/python benchmarks/startup.py [--runs 10] [--decrees 1000] [--skip-scan]

- CLI: ``jdih --version``, ``jdih request list`` and ``jdih search`` on a 1,000-decree data
  folder, each a fresh process, median of ``--runs``, beside ``python -c pass``.
- Window usable: a fresh process builds the main window on the same office, shows it and
  handles a key press posted after ``show()`` (first paint done, input accepted); the wall
  time from launch to that moment, median of ``--runs``, beside a bare PySide6 window measured
  the same way. Then the time until the screens' first reads (run in the background) are
  shown, with the memory at that moment.
- Resident memory of the window process after start, and after the wizard has scanned 30 pages
  (SANE ``test`` device), with the scanner worker process counted beside it.

Goals (issue #18): ``--version`` ≤ 0.15 s, a typical command ≤ 0.4 s, window ≤ 5× the bare
window, the app ≤ 150 MB with the worker. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: The child that opens a window (the app's or a bare one) and reports when it took a key.
WINDOW_CHILD = r"""
import os, sys, time
kind, data, scan = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow

def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

def children(pid):
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as kids:
                for kid in kids.read().split():
                    found.append(int(kid))
                    found.extend(children(int(kid)))
        except OSError:
            pass
    return found

app = QApplication.instance() or QApplication([sys.argv[0]])
if kind == "bare":
    window = QMainWindow()
    context = None
else:
    from jdih_desktop.context import open_context
    from jdih_desktop.ui.main_window import MainWindow
    context = open_context(data)
    actor = context.accounts.get("andi").as_actor()
    settings = QSettings(os.path.join(data, "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings, actor)
window.show()
took = []

from PySide6.QtCore import QObject
class KeyFilter(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and obj is window:
            took.append(True)
        return False

key_filter = KeyFilter()
window.installEventFilter(key_filter)
QCoreApplication.postEvent(
    window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
)
while not took:
    app.processEvents()
print("READY", flush=True)
print(f"RSS {rss_mb(os.getpid()):.1f}", flush=True)
if context is not None:
    # The screens' first reads run in the background: wait until their data is shown.
    from jdih_desktop.ui.background_load import BackgroundLoad
    def loaded():
        job = getattr(window, "recovery_job", None)
        return all(load.settled for load in window.findChildren(BackgroundLoad)) and (
            job is None or not job.busy
        )
    while not loaded():
        app.processEvents()
        time.sleep(0.002)
    print("LOADED", flush=True)
    print(f"RSS_LOADED {rss_mb(os.getpid()):.1f}", flush=True)
if scan and context is not None:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard
    wizard = ScanWizard(context, actor)
    wizard.show()
    worker_peak = [0.0]
    def wait(done):
        while not done():
            QCoreApplication.processEvents()
            worker_peak[0] = max(worker_peak[0], sum(rss_mb(k) for k in children(os.getpid())))
            time.sleep(0.002)
    wait(lambda: wizard.device_page.device_box.findText("sane:test:0") >= 0)
    wizard.next()
    for _batch in range(3):
        wizard.scan_page.start()
        wait(lambda: not wizard.scan_page.busy)
    worker = max(worker_peak[0], sum(rss_mb(kid) for kid in children(os.getpid())))
    print(f"SCAN {len(wizard.draft.live_pages)} {rss_mb(os.getpid()):.1f} {worker:.1f}", flush=True)
    wizard.reject()
if context is not None:
    context.close()
"""

PROFILE = """
[scanning]
default_device = "sane:test:0"
default_profile = "Bench"

[[scanning.profiles]]
name = "Bench"
[scanning.profiles.settings]
source = "adf"
mode = "gray"
dpi = 300
page_size = "a4"
pages = 10
"""


def timed(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of ``command`` over ``runs`` fresh processes (after one warm-up)."""
    subprocess.run(command, env=env, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def modules_loaded(command: list[str], env: dict[str, str]) -> int:
    """How many modules ``command`` imports (``-X importtime`` lines): what a start pays for,
    steadier than its time on a shared machine."""
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return sum(line.startswith("import time:") for line in done.stderr.splitlines()) - 1


def window(kind: str, data: Path, env: dict[str, str], scan: bool = False) -> dict[str, object]:
    """Launch the window child; seconds to READY, RSS after start (and after a scan)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", WINDOW_CHILD, kind, str(data), "1" if scan else "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    found: dict[str, object] = {}
    for line in child.stdout:
        if line.startswith("READY"):
            found["ready"] = time.perf_counter() - started
        elif line.startswith("LOADED"):
            found["loaded"] = time.perf_counter() - started
        elif line.startswith("RSS_LOADED"):
            found["rss_loaded"] = float(line.split()[1])
        elif line.startswith("RSS"):
            found["rss"] = float(line.split()[1])
        elif line.startswith("SCAN"):
            _, pages, rss, worker = line.split()
            found["scan"] = (int(pages), float(rss), float(worker))
    stderr = child.stderr.read() if child.stderr else ""
    if child.wait() != 0 or "ready" not in found:
        raise SystemExit(f"{kind} window child failed:\n{stderr[-3000:]}")
    return found


def build_office(work: Path, decrees: int) -> Path:
    """A data folder with ``decrees`` synthetic decrees (search benchmark's generator) + a user."""
    from benchmarks.search_latency import build

    data = work / "data"
    data.mkdir()
    (data / "config.toml").write_text(PROFILE)
    build(data / "jdih.sqlite3", decrees)
    from jdih_desktop.context import open_context
    from jdih_desktop.domain.actor import SYSTEM

    context = open_context(data)
    context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"], password="bench-1234")
    context.close()
    return data


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--decrees", type=int, default=1000)
    parser.add_argument("--skip-scan", action="store_true", help="no 30-page scan memory figure")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jdih-startup-"))
    try:
        sane = work / "sane.d"
        sane.mkdir()
        (sane / "dll.conf").write_text("test\n")
        shutil.copy("/etc/sane.d/test.conf", sane / "test.conf")
        data = build_office(work, args.decrees)
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            OMP_THREAD_LIMIT="1",
            SANE_CONFIG_DIR=str(sane),
            JDIH_DATA_DIR=str(data),
            PYTHONPATH=str(ROOT),
        )
        jdih = [sys.executable, "-m", "jdih_desktop.cli.main"]
        python = timed([sys.executable, "-c", "pass"], env, args.runs)
        print(f"Start-up, median of {args.runs} fresh processes ({args.decrees} decrees)")
        print(f"  {'python -c pass':<34}{python * 1000:7.0f} ms")
        for label, command in (
            ("jdih --version", ["--version"]),
            ("jdih request list", ["request", "list"]),
            ("jdih search pemilih", ["search", "pemilih"]),
        ):
            seconds = timed(jdih + command, env, args.runs)
            loaded = modules_loaded(jdih + command, env)
            print(
                f"  {label:<34}{seconds * 1000:7.0f} ms  ({seconds / python:5.1f}× python)"
                f"  {loaded:5d} modules"
            )

        bare_runs = [window("bare", data, env) for _ in range(args.runs)]
        app_runs = [window("app", data, env) for _ in range(args.runs)]
        bare = statistics.median(float(r["ready"]) for r in bare_runs)  # type: ignore[arg-type]
        app = statistics.median(float(r["ready"]) for r in app_runs)  # type: ignore[arg-type]
        bare_rss = statistics.median(float(r["rss"]) for r in bare_runs)  # type: ignore[arg-type]
        app_rss = statistics.median(float(r["rss"]) for r in app_runs)  # type: ignore[arg-type]
        print("Window usable (shown + a key press handled), median of", args.runs)
        print(f"  {'bare PySide6 window':<34}{bare * 1000:7.0f} ms  {bare_rss:6.0f} MB")
        print(
            f"  {'JDIH main window':<34}{app * 1000:7.0f} ms  {app_rss:6.0f} MB"
            f"  ({app / bare:4.1f}× bare)"
        )
        loaded = statistics.median(float(r.get("loaded", r["ready"])) for r in app_runs)  # type: ignore[arg-type]
        loaded_rss = statistics.median(float(r.get("rss_loaded", r["rss"])) for r in app_runs)  # type: ignore[arg-type]
        print(
            f"  {'… its first data shown':<34}{loaded * 1000:7.0f} ms  {loaded_rss:6.0f} MB"
            f"  ({loaded / bare:4.1f}× bare)"
        )
        if not args.skip_scan:
            scanned = window("app", data, env, scan=True)["scan"]
            pages, rss, worker = scanned  # type: ignore[misc]
            print(
                f"  after a {pages}-page scan (300 dpi){'':<9}{rss:6.0f} MB"
                f" + worker (peak) {worker:.0f} MB = {rss + worker:.0f} MB"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
