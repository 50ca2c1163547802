"""Lay per-page OCR text layers over an assembled image PDF, without touching the images.

The streaming pipeline OCRs each page while the feeder runs (``page_ocr``) and assembles the
images with our own writer (``assembly``: bilevel pages bit-exact G4, gray JPEG). This puts
each page's text-only PDF (Tesseract's ``textonly_pdf``) over its page as a Form XObject: one
invisible text layer per page, no second OCR pass and no re-encoding. qpdf copies the CCITT
and DCT image streams as they are (specialized filters are never decoded at the default
decode level), and the catalog's XMP packet and output intent stay, so a PDF/A-2b input stays
PDF/A-2b.

A page shown turned (``/Rotate``) was OCR'd upright; its layer is mapped back into the
page's unrotated space, so the text lies under the right glyphs in every viewer.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

import pikepdf

from jdih_desktop.storage.atomic import fsync_dir

#: From the upright (displayed) page to its unrotated space, for a clockwise /Rotate; W, H are
#: the unrotated page's width and height: (a, b, c, d, e-of-W, f-of-H) as factors.
_UPRIGHT_TO_PAGE = {
    0: (1, 0, 0, 1, 0, 0),
    90: (0, 1, -1, 0, 1, 0),
    180: (-1, 0, 0, -1, 1, 1),
    270: (0, -1, 1, 0, 0, 1),
}


def layer_matrix(
    page_size: tuple[float, float], layer_size: tuple[float, float], rotation: int
) -> tuple[float, ...]:
    """The ``cm`` matrix that puts an upright layer of ``layer_size`` onto the page."""
    width, height = page_size
    upright = (width, height) if rotation in (0, 180) else (height, width)
    sx, sy = upright[0] / layer_size[0], upright[1] / layer_size[1]
    a, b, c, d, e, f = _UPRIGHT_TO_PAGE[rotation % 360]
    return (sx * a, sx * b, sy * c, sy * d, e * width, f * height)


def _size(page: pikepdf.Page) -> tuple[float, float]:
    box = [float(v) for v in page.mediabox]
    return box[2] - box[0], box[3] - box[1]


def add_text_layers(source: Path, layers: Sequence[Path | None], out: Path) -> int:
    """Write ``source`` with ``layers[i]`` over page ``i`` to ``out``; returns layers added.

    ``None`` leaves a page without text (OCR failed or was not run). ``out`` appears only
    when complete (temporary file, fsync, rename) and may be ``source``.
    """
    tmp = out.with_name(f".{out.name}.layers.tmp")
    added = 0
    with contextlib.ExitStack() as stack:
        pdf = stack.enter_context(pikepdf.open(source))
        if len(pdf.pages) != len(layers):
            raise ValueError(f"{len(pdf.pages)} pages but {len(layers)} text layers")
        for index, layer_path in enumerate(layers):
            if layer_path is None:
                continue
            layer = stack.enter_context(pikepdf.open(layer_path))
            page = pdf.pages[index]
            form = pdf.copy_foreign(layer.pages[0].as_form_xobject())
            rotation = int(page.obj.get("/Rotate", 0)) % 360
            matrix = layer_matrix(_size(page), _size(layer.pages[0]), rotation)
            name = page.add_resource(form, pikepdf.Name.XObject, prefix="Ocr")
            numbers = " ".join(f"{v:.4f}" for v in matrix)
            draw = f"q {numbers} cm {name} Do Q"
            page.contents_add(pikepdf.Stream(pdf, draw.encode("ascii")), prepend=False)
            added += 1
        pdf.save(tmp, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    try:
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return added
