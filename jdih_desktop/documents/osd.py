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
from dataclasses import dataclass
from enum import StrEnum

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


def tesseract_env() -> dict[str, str]:
    """The environment for every Tesseract run: one OpenMP thread per process.

    Without it Tesseract's OpenMP threads fight the page-level parallelism and OCR on two
    cores becomes five times slower (measured, see ENVIRONMENT.md).
    """
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def osd_available(tesseract: str = "tesseract") -> bool:
    exe = shutil.which(tesseract)
    if exe is None:
        return False
    try:
        listed = subprocess.run(
            [exe, "--list-langs"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
            env=tesseract_env(),
            **tool_kwargs(),
        )
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
    try:
        done = subprocess.run(
            [exe, "stdin", "stdout", "--psm", "0", "-l", "osd", "--dpi", str(round(dpi / factor))],
            input=png.getvalue(),
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
            env=tesseract_env(),
            **tool_kwargs(),
        )
    except (OSError, subprocess.SubprocessError):
        return Orientation(OrientationStatus.UNAVAILABLE)
    return parse_osd(
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
        min_confidence,
    )


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
