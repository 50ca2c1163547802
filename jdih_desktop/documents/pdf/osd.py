"""Page orientation from Tesseract's orientation and script detection (``--psm 0``).

OSD needs the ``osd`` traineddata, which some installations lack; then, and when Tesseract
itself is missing, the page is *flagged* as unchecked instead of failing the scan. A gray
copy of at least 200 dpi is piped in on stdin (no temporary file); detection takes ~0.7 s.
Below 200 dpi the confidence for 11 pt text drops sharply (28 → 7 at 150 dpi, measured),
while downscaling a 300 dpi scan saves no time.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from PIL import Image

from jdih_desktop.procguard import tool_kwargs

OSD_DPI = 200.0
TIMEOUT_SECONDS = 60.0
#: Tesseract's own default threshold for ``ocrmypdf --rotate-pages`` is 14; we only act on a
#: clear answer and flag the rest for the operator.
MIN_CONFIDENCE = 5.0

_ROTATE_RE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_CONF_RE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


class OrientationStatus(StrEnum):
    OK = "ok"
    UNCERTAIN = "uncertain"  # too little text, or low confidence
    UNAVAILABLE = "unavailable"  # no tesseract or no osd model


@dataclass(frozen=True)
class Orientation:
    """``rotate_cw``: clockwise quarter-turn (0, 90, 180, 270) that makes the text upright."""

    status: OrientationStatus
    rotate_cw: int = 0
    confidence: float = 0.0


def child_options() -> dict[str, Any]:
    """Popen options for a Tesseract: its own process group (a cancel kills the group), and it
    dies with the app (``procguard.tool_kwargs``: the parent-death signal, resolved here in the
    parent, never between fork and exec)."""
    return {"start_new_session": os.name != "nt", **tool_kwargs()}


class PipedRunner(Protocol):
    """Runs a child with ``data`` on stdin so that its owner can kill it (a cancel)."""

    def run_piped(
        self, command: Sequence[str], data: bytes, env: dict[str, str], timeout: float
    ) -> tuple[int, bytes, bytes]: ...


_local = threading.local()


@contextmanager
def children_in(runner: PipedRunner) -> Iterator[None]:
    """OSD Tesseracts this thread starts inside the block run under ``runner``.

    The streaming pipeline's page check detects orientation deep inside ``process_page``;
    this puts those Tesseracts with the pipeline's OCR ones, so a cancel kills them too.
    """
    before = getattr(_local, "runner", None)
    _local.runner = runner
    try:
        yield
    finally:
        _local.runner = before


def tesseract_env() -> dict[str, str]:
    """The environment for every Tesseract run: one OpenMP thread per process.

    Without it Tesseract's OpenMP threads fight the page-level parallelism and OCR on two
    cores becomes five times slower (measured, see ENVIRONMENT.md).
    """
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def tesseract_query(exe: str, flag: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``tesseract --list-langs`` / ``--version``: a short query that dies with the app.

    Raises OSError or SubprocessError; callers say what a failure means to them.
    """
    return subprocess.run(
        [exe, flag],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env=env,
        **tool_kwargs(),
    )


def osd_available(tesseract: str = "tesseract") -> bool:
    exe = shutil.which(tesseract)
    if exe is None:
        return False
    try:
        listed = tesseract_query(exe, "--list-langs", tesseract_env())
    except (OSError, subprocess.SubprocessError):
        return False
    return "osd" in listed.stdout.split()


def detect_orientation(
    image: Image.Image,
    dpi: float,
    *,
    tesseract: str = "tesseract",
    min_confidence: float = MIN_CONFIDENCE,
) -> Orientation:
    """Ask Tesseract which way the page is turned; never raises for a missing engine."""
    exe = shutil.which(tesseract)
    if exe is None:
        return Orientation(OrientationStatus.UNAVAILABLE)
    factor = max(1, int(dpi // OSD_DPI))
    small = image.convert("L")
    if factor > 1:
        small = small.reduce(factor)
    png = io.BytesIO()
    small.save(png, format="PNG", compress_level=1)
    command = [exe, "stdin", "stdout", "--psm", "0", "-l", "osd", "--dpi", str(round(dpi / factor))]
    runner: PipedRunner | None = getattr(_local, "runner", None)
    try:
        if runner is not None:
            code, out, err = runner.run_piped(
                command, png.getvalue(), tesseract_env(), TIMEOUT_SECONDS
            )
            if code < 0:  # killed (cancel) or timed out
                return Orientation(OrientationStatus.UNAVAILABLE)
        else:
            done = subprocess.run(
                command,
                input=png.getvalue(),
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
                env=tesseract_env(),
                **child_options(),
            )
            out, err = done.stdout, done.stderr
    except (OSError, subprocess.SubprocessError):
        return Orientation(OrientationStatus.UNAVAILABLE)
    return parse_osd(out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), min_confidence)


def parse_osd(stdout: str, stderr: str, min_confidence: float = MIN_CONFIDENCE) -> Orientation:
    """Read ``tesseract --psm 0`` output (split out for tests of the odd cases)."""
    rotate = _ROTATE_RE.search(stdout)
    conf = _CONF_RE.search(stdout)
    if rotate is None or conf is None:
        if "osd.traineddata" in stderr or "Failed loading language 'osd'" in stderr:
            return Orientation(OrientationStatus.UNAVAILABLE)
        # "Too few characters. Skipping this page": a blank or picture-only page.
        return Orientation(OrientationStatus.UNCERTAIN)
    angle = int(rotate.group(1)) % 360
    confidence = float(conf.group(1))
    if angle not in (0, 90, 180, 270):
        return Orientation(OrientationStatus.UNCERTAIN, 0, confidence)
    if confidence < min_confidence:
        return Orientation(OrientationStatus.UNCERTAIN, angle, confidence)
    return Orientation(OrientationStatus.OK, angle, confidence)
