"""Add an invisible Indonesian text layer to a PDF with OCRmyPDF + Tesseract, cancellably.

OCRmyPDF runs in its own process group: cancelling kills the whole group (OCRmyPDF, its page
workers and every Tesseract), so the user never waits for a page to finish. Pages run in
parallel on all cores with ``OMP_THREAD_LIMIT=1`` (without it two cores are five times
slower). The input is never modified: the result is written to a temporary file beside
``out`` and renamed into place only on success, so the document stays usable, without a
text layer, while OCR runs and if it fails.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from jdih_desktop.documents.errors import (
    EncryptedPdfError,
    OcrCancelledError,
    OcrFailedError,
    OcrUnavailableError,
)
from jdih_desktop.documents.pdf.osd import tesseract_env, tesseract_query
from jdih_desktop.jobs import CancelToken, ProgressFn, no_progress
from jdih_desktop.procguard import adopt, guard_env, guarded, guarded_kwargs
from jdih_desktop.storage.atomic import fsync_dir

PLUGIN = "jdih_desktop.documents.pdf.ocr_progress"
#: Lines the plugin writes on stderr: ``PREFIX\t<phase>\t<done>\t<total>``.
PROGRESS_PREFIX = "@@JDIH-PROGRESS"
_EXIT_MISSING_DEPENDENCY = 3
_EXIT_INVALID_OUTPUT = 4  # written, but its own check found faults (often carried from the input)
_EXIT_ENCRYPTED = 8
_EXIT_PDFA_FAILED = 10  # the internal PDF/A backend would not vouch for the result
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OcrOptions:
    language: str = "ind"
    jobs: int | None = None  # None: every core
    pdfa: bool = True  # keep the archive copy PDF/A-2b (OCRmyPDF's internal backend)
    tesseract_dir: Path | None = None  # a folder to put first on PATH (Windows installs)
    page_timeout: float = 300.0
    #: Where OCRmyPDF and Tesseract put their scratch files (``TMPDIR``); None: the system's.
    temp_dir: Path | None = None
    #: How to start OCRmyPDF; a frozen build passes its own entry point here.
    command: tuple[str, ...] = (sys.executable, "-m", "ocrmypdf")


@dataclass(frozen=True)
class OcrResult:
    path: Path
    pages: int
    seconds: float
    pdfa: bool = True  # False: PDF/A was asked for but the file could only be made as plain PDF


class _PdfaRefused(Exception):
    """OCRmyPDF's internal backend could not confirm PDF/A (e.g. annotations it cannot check)."""


def _env(options: OcrOptions) -> dict[str, str]:
    env = tesseract_env()
    if options.tesseract_dir is not None:
        env["PATH"] = f"{options.tesseract_dir}{os.pathsep}{env.get('PATH', '')}"
    if options.temp_dir is not None:
        env.update(dict.fromkeys(("TMPDIR", "TEMP", "TMP"), str(options.temp_dir)))
    return env


def check_ocr_available(options: OcrOptions | None = None) -> str:
    """Return Tesseract's version line, or raise :class:`OcrUnavailableError` naming the gap."""
    options = options or OcrOptions()
    env = _env(options)
    exe = shutil.which("tesseract", path=env.get("PATH"))
    if exe is None:
        raise OcrUnavailableError("Tesseract OCR")
    try:
        langs = tesseract_query(exe, "--list-langs", env)
        version = tesseract_query(exe, "--version", env)
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrUnavailableError(f"Tesseract OCR ({exc})") from exc
    wanted = options.language.split("+")
    missing = [lang for lang in wanted if lang not in langs.stdout.split()]
    if missing:
        raise OcrUnavailableError(f"Tesseract language data '{'+'.join(missing)}'")
    if options.command[1:3] == ("-m", "ocrmypdf"):
        import importlib.util

        if importlib.util.find_spec("ocrmypdf") is None:
            raise OcrUnavailableError("OCRmyPDF")
    lines = (version.stdout or version.stderr).splitlines()
    return lines[0] if lines else "tesseract"


def build_command(src: Path, out: Path, options: OcrOptions) -> list[str]:
    jobs = options.jobs or os.cpu_count() or 1
    cmd = [
        *options.command,
        "--plugin",
        PLUGIN,
        "--language",
        options.language,
        "--jobs",
        str(jobs),
        # OCR runs only on files with no text to extract, but a page may still hold an empty
        # text run (a word processor's " " on real scanned decrees): "skip" took such a page
        # for text and left it unread. "redo" OCRs every page and keeps any visible text.
        "--mode",
        "redo",
        # No optimisation pass: the G4 and JPEG page streams must come through untouched.
        "--optimize",
        "0",
        "--tesseract-timeout",
        str(int(options.page_timeout)),
    ]
    if options.pdfa:
        cmd += ["--output-type", "pdfa-2", "--pdfa-backend", "internal"]
    else:
        cmd += ["--output-type", "pdf"]
    return [*cmd, str(src), str(out)]


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    if os.name == "nt":  # pragma: no cover - Windows only
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False
        )
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _read_stderr(stream: IO[bytes], lines: queue.Queue[str | None]) -> None:
    for raw in stream:
        lines.put(raw.decode("utf-8", "replace").rstrip("\n"))
    lines.put(None)


class _Progress:
    """Turn OCRmyPDF's phase updates into one rising 0–100 scale: OCR 5–90 %, the rest after."""

    def __init__(self, report: ProgressFn) -> None:
        self.report = report
        self.pages = 0
        self.last: tuple[int, str] = (0, "")

    def line(self, text: str) -> None:
        parts = text.split("\t")
        if len(parts) != 4:
            return
        _, desc, done_text, total_text = parts
        done = float(done_text or 0)
        total = float(total_text) if total_text else 0.0
        if desc == "OCR" and total:
            self.pages = int(total)
            pct, label = 5 + int(85 * done / total), f"OCR halaman {int(done)} dari {self.pages}"
        elif self.pages:
            pct, label = 90 + (int(9 * done / total) if total else 0), desc
        else:
            pct, label = 2, desc
        current = (max(pct, self.last[0]), label)
        if current != self.last:
            self.last = current
            self.report(*current)


def ocr_pdf(
    src: Path,
    out: Path,
    *,
    options: OcrOptions | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> OcrResult:
    """OCR ``src`` into ``out`` (may be the same path: it is replaced only on success).

    Real scans often carry what the internal PDF/A backend refuses to vouch for (annotation keys
    its validator does not know): rather than leave such a decree without text, it is OCR'd once
    more as plain PDF and the result says so (``pdfa=False``).
    """
    options = options or OcrOptions()
    try:
        return _ocr_once(src, out, options, progress, cancel)
    except _PdfaRefused:
        log.warning("PDF/A refused for %s; OCR again as plain PDF", src.name)
        plain = _ocr_once(src, out, dataclasses.replace(options, pdfa=False), progress, cancel)
        return dataclasses.replace(plain, pdfa=False)


def _ocr_once(
    src: Path,
    out: Path,
    options: OcrOptions,
    progress: ProgressFn,
    cancel: CancelToken | None,
) -> OcrResult:
    check_ocr_available(options)
    started = time.monotonic()
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".ocr.pdf")
    os.close(fd)
    tmp = Path(tmp_name)
    tail: deque[str] = deque(maxlen=15)
    tracker = _Progress(progress)
    proc = subprocess.Popen(
        guarded(build_command(src, tmp, options)),  # OCRmyPDF and Tesseract die with the app
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=guard_env(_env(options)),
        start_new_session=os.name != "nt",
        creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0),
        **guarded_kwargs(),
    )
    adopt(proc)
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_stderr, args=(proc.stderr, lines), daemon=True)
    reader.start()
    try:
        while True:
            if cancel is not None and cancel.cancelled:
                _kill_group(proc)
                raise OcrCancelledError()
            try:
                line = lines.get(timeout=0.1)
            except queue.Empty:
                continue
            if line is None:
                break
            if line.startswith(PROGRESS_PREFIX):
                tracker.line(line)
            elif line.strip():
                tail.append(line.strip())
        code = proc.wait()
        if code == _EXIT_PDFA_FAILED and options.pdfa:
            raise _PdfaRefused()
        if code == _EXIT_INVALID_OUTPUT and tmp.stat().st_size > 0:
            # qpdf's check of the output repeats faults of the input (names with a stray '#'
            # in real decrees); the text layer is there and the file opens: keep it.
            log.warning("OCR output of %s failed its check: %s", src.name, " / ".join(tail))
        elif code != 0:
            raise _failure(src, code, tail)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        _kill_group(proc)
        reader.join(timeout=5)
        if proc.stderr is not None:
            proc.stderr.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    progress(100, "OCR selesai")
    return OcrResult(out, tracker.pages, time.monotonic() - started)


def _failure(src: Path, code: int, tail: deque[str]) -> Exception:
    detail = tail[-1] if tail else f"exit code {code}"
    if code == _EXIT_MISSING_DEPENDENCY:
        return OcrUnavailableError(detail)
    if code == _EXIT_ENCRYPTED:
        return EncryptedPdfError(src.name, needs_password=False)
    return OcrFailedError(src.name, detail)
