"""Reading and writing spool page images: size guard, resolution, kind, single-strip G4.

The scanner writes each page as a file: bilevel as single-strip CCITT G4 TIFF, gray and
colour as PNG, with the resolution recorded in the file. Everything here opens one page at a
time and checks the declared pixel count *before* decoding, so a hostile or broken file cannot
exhaust memory.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image, TiffImagePlugin, UnidentifiedImageError

from jdih_desktop.documents.errors import ImageTooLargeError, PageImageError
from jdih_desktop.storage.atomic import atomic_writer

#: A 600 dpi A3 colour scan is about 70 megapixels; nothing an office scanner makes is bigger.
MAX_MEGAPIXELS = 150.0
DEFAULT_DPI = 300.0
# Pillow's single-strip trick: a strip larger than any page keeps G4 data in one piece, which
# PDF can embed as is (a multi-strip TIFF would have to be decoded and re-encoded).
SINGLE_STRIP = 2**31 - 1


class PageKind(StrEnum):
    BILEVEL = "bilevel"
    GRAY = "gray"
    COLOR = "color"


@dataclass(frozen=True)
class G4Strip:
    """Where the raw CCITT G4 data of a single-strip TIFF lies, and how to read it."""

    offset: int
    length: int
    black_is_1: bool
    reverse_bits: bool


def kind_of(image: Image.Image) -> PageKind:
    if image.mode == "1":
        return PageKind.BILEVEL
    if image.mode in ("L", "LA", "I", "I;16", "F"):
        return PageKind.GRAY
    if image.mode == "P":
        palette = image.getpalette() or []
        triples = zip(palette[0::3], palette[1::3], palette[2::3], strict=False)
        return PageKind.GRAY if all(r == g == b for r, g, b in triples) else PageKind.COLOR
    return PageKind.COLOR


def _clean_dpi(value: float) -> float:
    # PNG stores pixels per metre, so 300 dpi comes back as 299.9994.
    rounded = round(value)
    return float(rounded) if abs(value - rounded) < 0.05 else round(value, 2)


def image_dpi(image: Image.Image, default: float = DEFAULT_DPI) -> tuple[float, float]:
    """The resolution recorded in the file, or ``default`` when it is absent or absurd."""
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and len(dpi) == 2:
        x, y = float(dpi[0]), float(dpi[1])
        if 30 <= x <= 4800 and 30 <= y <= 4800:
            return _clean_dpi(x), _clean_dpi(y)
    return default, default


def check_pixels(name: str, width: int, height: int, limit: float = MAX_MEGAPIXELS) -> None:
    megapixels = width * height / 1e6
    if width <= 0 or height <= 0:
        raise PageImageError.unreadable(Path(name), f"{width}×{height} px")
    if megapixels > limit:
        raise ImageTooLargeError(name, megapixels, limit)


@contextlib.contextmanager
def open_page(path: Path, max_megapixels: float = MAX_MEGAPIXELS) -> Iterator[Image.Image]:
    """Open a page image lazily after checking its size; the file is closed on exit."""
    try:
        with warnings.catch_warnings():
            # Our own limit replaces Pillow's process-wide bomb guard.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            # A truncated TIFF warns about its EXIF before failing; our error says it all.
            warnings.simplefilter("ignore", UserWarning)
            image = Image.open(path)
    except FileNotFoundError:
        raise PageImageError.unreadable(path, "berkas tidak ditemukan / file not found") from None
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError) as exc:
        raise PageImageError.unreadable(path, type(exc).__name__) from exc
    try:
        check_pixels(path.name, image.width, image.height, max_megapixels)
        yield image
    finally:
        image.close()


def load_pixels(image: Image.Image, path: Path) -> Image.Image:
    """Decode the pixels now, turning a truncated file into a clear error."""
    try:
        image.load()
    except (OSError, ValueError, SyntaxError) as exc:
        raise PageImageError.unreadable(path, str(exc) or type(exc).__name__) from exc
    return image


def g4_strip(image: Image.Image) -> G4Strip | None:
    """The location of a single-strip G4 payload, or None when the file is anything else."""
    if image.format != "TIFF" or image.info.get("compression") != "group4":
        return None
    tags = image.tag_v2  # type: ignore[attr-defined]
    offsets = tags.get(TiffImagePlugin.STRIPOFFSETS)
    counts = tags.get(TiffImagePlugin.STRIPBYTECOUNTS)
    photometric = tags.get(TiffImagePlugin.PHOTOMETRIC_INTERPRETATION)
    fill_order = tags.get(TiffImagePlugin.FILLORDER, 1)
    if not offsets or not counts or len(offsets) != 1 or len(counts) != 1:
        return None
    if photometric not in (0, 1) or fill_order not in (1, 2):
        return None
    if getattr(image, "n_frames", 1) != 1:
        return None
    # A BlackIsZero TIFF (Pillow writes these) codes black pixels as CCITT "white" runs;
    # /BlackIs1 true flips them back, exactly as img2pdf does.
    return G4Strip(int(offsets[0]), int(counts[0]), photometric == 1, fill_order == 2)


_BIT_REVERSE = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def read_g4_payload(path: Path, strip: G4Strip) -> bytes:
    with path.open("rb") as handle:
        handle.seek(strip.offset)
        data = handle.read(strip.length)
    if len(data) != strip.length:
        raise PageImageError.unreadable(path, "TIFF terpotong / truncated TIFF")
    return data.translate(_BIT_REVERSE) if strip.reverse_bits else data


def encode_g4(image: Image.Image) -> tuple[bytes, G4Strip]:
    """Encode a mode-"1" image as a single-strip G4 TIFF in memory (lossless)."""
    buffer = io.BytesIO()
    image.save(buffer, format="TIFF", compression="group4", strip_size=SINGLE_STRIP)
    buffer.seek(0)
    with Image.open(buffer) as reread:
        strip = g4_strip(reread)
    if strip is None:  # pragma: no cover - only with a Pillow built without libtiff
        raise PageImageError.unreadable(Path("<memory>"), "G4 encoder unavailable")
    data = buffer.getvalue()
    payload = data[strip.offset : strip.offset + strip.length]
    return payload, strip


def save_page(image: Image.Image, target: Path, dpi: tuple[float, float]) -> None:
    """Write a processed page the way the scanner writes spool pages, atomically."""
    with atomic_writer(target) as handle:
        if image.mode == "1":
            image.save(
                handle, format="TIFF", compression="group4", strip_size=SINGLE_STRIP, dpi=dpi
            )
        else:
            image.save(handle, format="PNG", dpi=dpi, compress_level=3)
