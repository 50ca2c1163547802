"""Turn a scanned page into the spool's file form, chosen so a PDF can be built from it fast.

* black-and-white → single-strip CCITT G4 TIFF: img2pdf embeds such a strip without decoding
  (Pillow's default multi-strip G4 forces a re-encode and is 2.6× slower downstream);
* gray / colour → PNG, lossless; JPEG compression happens once, at PDF assembly. The spool is
  short-lived, so PNG uses the fastest zlib level to keep up with a fast feeder;
* an imported JPEG whose colours already match is stored byte for byte (no second lossy pass).

The resolution goes into every file as well as into the manifest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image

from scanner.model import RawPage
from scanner.settings import ColorMode

SUFFIXES = {"tiff-g4": ".tif", "png": ".png", "jpeg": ".jpg"}
SINGLE_STRIP = 2**31 - 1
PNG_LEVEL = 1


@dataclass(frozen=True)
class EncodedPage:
    format: str
    suffix: str
    width: int
    height: int
    mode: ColorMode


def to_bilevel(image: Image.Image, threshold: int = 128) -> Image.Image:
    """Mode "1" from anything; depth-1 SANE scans arrive as 0/255 gray and survive exactly."""
    if image.mode == "1":
        return image
    gray = image if image.mode == "L" else image.convert("L")
    if threshold == 128:
        # Pillow without dithering maps values > 127 to white: the same cut, done in C.
        return gray.convert("1", dither=Image.Dither.NONE)
    table = [255 if v >= threshold else 0 for v in range(256)]
    return gray.point(table, mode="1")


def normalise(image: Image.Image, mode: ColorMode, threshold: int = 128) -> Image.Image:
    """The image in the Pillow mode that matches the requested colour mode."""
    if mode is ColorMode.BW:
        return to_bilevel(image, threshold)
    wanted = "L" if mode is ColorMode.GRAY else "RGB"
    if image.mode == wanted:
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        # Flatten onto white paper rather than letting transparent areas turn black.
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return image.convert(wanted)


def _passthrough_ok(raw: RawPage, mode: ColorMode) -> bool:
    if raw.encoded is None or mode is ColorMode.BW:
        return False
    return raw.image.mode == ("L" if mode is ColorMode.GRAY else "RGB")


def encode_page(raw: RawPage, mode: ColorMode, threshold: int, out: BinaryIO) -> EncodedPage:
    """Write ``raw`` to ``out`` in its spool format and describe what was written."""
    dpi = (round(raw.dpi[0], 3), round(raw.dpi[1], 3))
    width, height = raw.image.size
    if _passthrough_ok(raw, mode):
        assert raw.encoded is not None
        out.write(raw.encoded)
        return EncodedPage("jpeg", SUFFIXES["jpeg"], width, height, mode)
    image = normalise(raw.image, mode, threshold)
    if mode is ColorMode.BW:
        image.save(out, format="TIFF", compression="group4", strip_size=SINGLE_STRIP, dpi=dpi)
        fmt = "tiff-g4"
    else:
        image.save(out, format="PNG", compress_level=PNG_LEVEL, dpi=dpi)
        fmt = "png"
    return EncodedPage(fmt, SUFFIXES[fmt], width, height, mode)
