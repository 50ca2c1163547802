"""Read image files and PDFs page by page, for importing scans made elsewhere (a copier).

Pages are produced one at a time (a multi-page TIFF is read frame by frame) so a long file
never sits in memory whole. A JPEG file, or the JPEG inside a scanned PDF page, travels as its
original bytes so the import adds no second lossy compression.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from PIL import Image

from scanner import lifeline
from scanner.errors import ScanError
from scanner.model import RawPage

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"})
PDF_SUFFIXES = frozenset({".pdf"})
RENDER_DPI = 300


def is_importable(path: Path) -> bool:
    name = path.name
    if name.startswith((".", "~")) or name.endswith((".tmp", ".part", ".crdownload")):
        return False  # copiers and browsers write under such names, then rename
    return path.suffix.lower() in IMAGE_SUFFIXES | PDF_SUFFIXES


def is_complete(path: Path) -> bool:
    """Whether the file ends as its format requires: a copier that pauses mid-write leaves a
    file that has stopped growing but is cut short."""
    suffix = path.suffix.lower()
    try:
        with open(path, "rb") as source:
            source.seek(0, io.SEEK_END)
            size = source.tell()
            source.seek(max(0, size - 2048))
            tail = source.read()
    except OSError:
        return False
    if suffix in PDF_SUFFIXES:
        return b"%%EOF" in tail.rstrip()[-1024:] and _pdf_opens_unrepaired(path)
    if suffix in (".jpg", ".jpeg"):
        return tail.rstrip(b"\x00").endswith(b"\xff\xd9")
    if suffix == ".png":
        return tail.endswith(b"IEND\xaeB`\x82")
    try:  # TIFF and the rest: every frame decodes
        with Image.open(path) as img:
            for frame in range(getattr(img, "n_frames", 1)):
                img.seek(frame)
                img.load()
    except Exception:  # Pillow raises many kinds for a cut file
        return False
    return True


def _pdf_opens_unrepaired(path: Path) -> bool:
    import pikepdf

    try:
        with pikepdf.open(path, attempt_recovery=False) as pdf:
            return len(pdf.pages) > 0
    except Exception:  # pikepdf's errors, without importing them at module level
        return False


def read_pages(path: Path, default_dpi: float) -> Iterator[RawPage]:
    """Yield the pages of ``path``; raise ScanError("unsupported_file") if it cannot be read."""
    try:
        if path.suffix.lower() in PDF_SUFFIXES:
            yield from _pdf_pages(path, default_dpi)
        else:
            yield from _image_pages(path, default_dpi)
    except ScanError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ScanError("unsupported_file", str(exc), file=path.name) from exc
    except Exception as exc:  # pikepdf's own errors, without importing them at module level
        raise ScanError("unsupported_file", f"{type(exc).__name__}: {exc}", file=path.name) from exc


def _dpi_of(info: Mapping[Any, Any], default_dpi: float) -> tuple[float, float]:
    raw = info.get("dpi")
    try:
        x, y = float(raw[0]), float(raw[1])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return default_dpi, default_dpi
    # Pillow reports 1 or 72 dpi when a file only stores an aspect ratio or a default.
    return (x, y) if x > 72.5 and y > 72.5 else (default_dpi, default_dpi)


def _image_pages(path: Path, default_dpi: float) -> Iterator[RawPage]:
    with Image.open(path) as img:
        frames = getattr(img, "n_frames", 1)
        if img.format == "JPEG" and frames == 1:
            encoded = path.read_bytes()
            page = Image.open(io.BytesIO(encoded))
            yield RawPage(page, _dpi_of(img.info, default_dpi), encoded=encoded, origin=path.name)
            return
        for frame in range(frames):
            img.seek(frame)
            dpi = _dpi_of(img.info, default_dpi)
            # copy() decodes only this frame: one page in memory at a time.
            yield RawPage(img.copy(), dpi, origin=f"{path.name}#{frame + 1}")


def _pdf_pages(path: Path, default_dpi: float) -> Iterator[RawPage]:
    import pikepdf

    with pikepdf.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            raw = _scanned_image(page)
            if raw is None:
                raw = _render(path, number)
            raw.origin = f"{path.name}#{number}"
            yield raw


def _scanned_image(page: Any) -> RawPage | None:
    """The page's one full-page image, as a copier writes it; None for anything else."""
    from pikepdf import PdfImage

    resources = page.obj.get("/Resources", {})
    if resources.get("/Font") or len(page.images) != 1:
        return None  # real text or several images: render the page instead
    image = PdfImage(next(iter(page.images.values())))
    box = page.mediabox
    width_in = abs(float(box[2]) - float(box[0])) / 72
    height_in = abs(float(box[3]) - float(box[1])) / 72
    if int(page.obj.get("/Rotate", 0)) % 180:
        width_in, height_in = height_in, width_in
    dpi = (round(image.width / width_in, 1), round(image.height / height_in, 1))
    try:
        if image.filters == ["/DCTDecode"] and image.mode in ("L", "RGB"):
            encoded = image.obj.read_raw_bytes()
            return RawPage(Image.open(io.BytesIO(encoded)), dpi, encoded=encoded)
        return RawPage(image.as_pil_image(), dpi)
    except Exception:
        return None  # e.g. JBIG2 without a decoder: let the renderer try


def _render(path: Path, number: int) -> RawPage:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ScanError(
            "unsupported_file",
            f"page {number} is not a scanned image and pdftoppm is missing",
            file=path.name,
        )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "page"
        args = [tool, "-r", str(RENDER_DPI), "-f", str(number), "-l", str(number)]
        subprocess.run(
            [*args, "-singlefile", "-png", str(path), str(out)],
            check=True,
            capture_output=True,
            timeout=120,
            **lifeline.popen_kwargs(),  # dies with the worker
        )
        with Image.open(out.with_suffix(".png")) as img:
            img.load()
            return RawPage(img.copy(), (RENDER_DPI, RENDER_DPI))
