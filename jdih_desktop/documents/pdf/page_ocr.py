"""OCR of one page image: Tesseract writes a text-only PDF layer and the plain text in one pass.

The streaming pipeline OCRs pages one by one as they leave the feeder, instead of OCRmyPDF
over the finished PDF. One Tesseract process per page with ``OMP_THREAD_LIMIT=1``
(:func:`~jdih_desktop.documents.pdf.osd.tesseract_env`): the pool runs one process per core, and
Tesseract's own OpenMP threads would fight it. ``-c textonly_pdf=1`` makes the PDF renderer
leave out the image, so the layer can be laid over the page we assembled ourselves (the image
stays byte for byte what the scanner wrote); the ``txt`` renderer gives the reader its lines
from the same recognition pass.

Results are written under a name derived from the page's content and rotation, atomically, so
a finished page is never OCR'd again: not after a cancel, not after a crash, not when the
operator turns a page back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jdih_desktop.documents.errors import OcrFailedError, OcrUnavailableError
from jdih_desktop.documents.pdf.images import image_dpi, load_pixels, open_page, save_page
from jdih_desktop.documents.pdf.osd import child_options, tesseract_env
from jdih_desktop.documents.pdf.pageproc import TRANSPOSE_CW
from jdih_desktop.procguard import adopt


class ChildProcesses:
    """The Tesseract processes a pipeline has running, so one call can kill them all.

    Every child gets its own process group (cancel kills the group, nothing survives) and,
    on Linux, a parent-death signal: if the app is killed outright, its OCR dies with it
    instead of burning both cores for a document nobody will store.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()
        self._closed = False

    def run(self, command: Sequence[str], env: dict[str, str], timeout: float) -> tuple[int, str]:
        """Run ``command`` to the end; returns (exit code, stderr tail). -9 when killed."""
        code, _out, err = self._run(command, None, env, timeout)
        return code, err.decode("utf-8", "replace")[-400:]

    def run_piped(
        self, command: Sequence[str], data: bytes, env: dict[str, str], timeout: float
    ) -> tuple[int, bytes, bytes]:
        """Run ``command`` with ``data`` on stdin; (exit code, stdout, stderr), -9 when killed.

        The page check's orientation detection (``osd.children_in``) runs here.
        """
        return self._run(command, data, env, timeout)

    def _run(
        self, command: Sequence[str], data: bytes | None, env: dict[str, str], timeout: float
    ) -> tuple[int, bytes, bytes]:
        piped = data is not None
        with self._lock:
            if self._closed:
                return -signal.SIGKILL, b"", b"cancelled"
            proc = subprocess.Popen(
                list(command),
                stdin=subprocess.PIPE if piped else subprocess.DEVNULL,
                stdout=subprocess.PIPE if piped else subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=env,
                **child_options(),
            )
            adopt(proc)
            self._running.add(proc)
        try:
            out, err = proc.communicate(data, timeout=timeout)
        except subprocess.TimeoutExpired:
            self._kill(proc)
            proc.communicate()
            return -signal.SIGKILL, b"", b"timeout"
        finally:
            with self._lock:
                self._running.discard(proc)
        return proc.returncode, out or b"", err or b""

    @staticmethod
    def _kill(proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is not None:
            return
        if os.name == "nt":  # pragma: no cover - Windows only
            proc.kill()
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    def kill_all(self) -> None:
        """Kill every running child and refuse new ones (the pipeline was cancelled)."""
        with self._lock:
            self._closed = True
            running = list(self._running)
        for proc in running:
            self._kill(proc)

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self._running]


@dataclass(frozen=True)
class PageOcr:
    """A page's text layer (a one-page PDF without image) and its text lines."""

    layer: Path
    lines: tuple[str, ...]


def result_paths(work_dir: Path, key: str) -> tuple[Path, Path]:
    return work_dir / f"ocr-{key}.pdf", work_dir / f"ocr-{key}.txt"


def cached_ocr(work_dir: Path, key: str) -> PageOcr | None:
    """The finished OCR of the page with this key, if an earlier run left it."""
    layer, text = result_paths(work_dir, key)
    if layer.exists() and text.exists():
        return PageOcr(layer, _lines(text))
    return None


def _lines(path: Path) -> tuple[str, ...]:
    raw = path.read_text(encoding="utf-8", errors="replace").replace("\f", "")
    return tuple(line.rstrip() for line in raw.splitlines())


def _upright_copy(source: Path, rotation: int, target: Path) -> Path:
    """The image turned ``rotation`` degrees clockwise, so Tesseract sees upright lines."""
    with open_page(source) as opened:
        dpi = image_dpi(opened)
        image = load_pixels(opened, source).transpose(TRANSPOSE_CW[rotation])
    if rotation in (90, 270):
        dpi = (dpi[1], dpi[0])
    save_page(image, target, dpi)
    return target


def ocr_page(
    source: Path,
    rotation: int,
    work_dir: Path,
    key: str,
    children: ChildProcesses,
    *,
    language: str = "ind",
    tesseract: str = "tesseract",
    timeout: float = 300.0,
) -> PageOcr:
    """OCR one page image (as displayed: turned by ``rotation``) into ``work_dir``.

    Raises :class:`OcrUnavailableError` without Tesseract and :class:`OcrFailedError` when it
    fails or is killed; nothing is left under the result names then.
    """
    found = cached_ocr(work_dir, key)
    if found is not None:
        return found
    exe = shutil.which(tesseract)
    if exe is None:
        raise OcrUnavailableError("Tesseract OCR")
    base = work_dir / f".ocr-{key}.{threading.get_ident()}"
    image = source
    turned = None
    if rotation % 360:
        suffix = ".tif" if source.suffix.lower() in (".tif", ".tiff") else ".png"
        turned = _upright_copy(source, rotation % 360, base.with_suffix(".upright" + suffix))
        image = turned
    command = [exe, str(image), str(base), "-l", language, "-c", "textonly_pdf=1", "pdf", "txt"]
    try:
        code, err = children.run(command, tesseract_env(), timeout)
        made_pdf, made_txt = Path(f"{base}.pdf"), Path(f"{base}.txt")
        if code != 0 or not made_pdf.exists() or not made_txt.exists():
            detail = err.strip().splitlines()[-1] if err.strip() else f"exit code {code}"
            raise OcrFailedError(source.name, detail)
        layer, text = result_paths(work_dir, key)
        os.replace(made_txt, text)  # text first: a layer without its text is never "done"
        os.replace(made_pdf, layer)
    finally:
        for leftover in (Path(f"{base}.pdf"), Path(f"{base}.txt"), turned):
            if leftover is not None:
                leftover.unlink(missing_ok=True)
    return PageOcr(layer, _lines(text))
