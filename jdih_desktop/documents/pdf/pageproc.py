"""Clean up one scanned page: upright, straight, cropped to the paper, checked for blankness.

The order matters: turn the page upright first (so text lines run across for the deskew),
then straighten it (filling the corners with the scanner background), then crop to the paper
edge. A blank page is only *flagged* for the operator: deleting pages silently loses the
back of a page that carried a faint stamp (NAPS2 issue 440). When nothing needs changing the
spool file is kept as it is, so a bilevel page stays bit-exact to the scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PIL import Image

from jdih_desktop.documents.pdf.deskew import MIN_CORRECTION, estimate_skew, rotate_page, work_copy
from jdih_desktop.documents.pdf.images import image_dpi, load_pixels, open_page, save_page
from jdih_desktop.documents.pdf.osd import Orientation, OrientationStatus, detect_orientation

TRANSPOSE_CW = {
    90: Image.Transpose.ROTATE_270,  # Pillow's names count counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}
#: A border darker than this (0–255) is the scanner's backing plate, not paper.
DARK_BORDER = 110
TILE = 16  # px at the ~75 dpi work resolution: about 5 mm


class PageFlag(StrEnum):
    """Something the operator should look at; shown as a badge on the page thumbnail."""

    BLANK_SUSPECT = "blank_suspect"
    ORIENTATION_UNCHECKED = "orientation_unchecked"
    ORIENTATION_UNCERTAIN = "orientation_uncertain"
    SKEW_UNCERTAIN = "skew_uncertain"


@dataclass(frozen=True)
class ProcessOptions:
    auto_orient: bool = True
    deskew: bool = True
    crop: bool = True
    detect_blank: bool = True
    max_skew: float = 5.0
    #: Share of 5 mm tiles that carry ink, below which a page is suspected blank.
    blank_tile_share: float = 0.004
    tesseract: str = "tesseract"


@dataclass(frozen=True)
class BlankCheck:
    ink_tiles: int
    tiles: int
    suspect: bool


@dataclass(frozen=True)
class PageReport:
    """What :func:`process_page` found and did; ``output`` is the file to assemble."""

    source: Path
    output: Path
    changed: bool
    dpi: tuple[float, float]
    orientation: Orientation | None = None
    rotated_cw: int = 0
    skew_angle: float = 0.0
    crop_box: tuple[int, int, int, int] | None = None
    blank: BlankCheck | None = None
    flags: frozenset[PageFlag] = field(default_factory=frozenset)


def _border_level(gray: Image.Image) -> int:
    """Mean brightness of a thin frame around the image: scanner background or paper."""
    w, h = gray.size
    band = max(2, min(w, h) // 100)
    strips = [
        gray.crop((0, 0, w, band)),
        gray.crop((0, h - band, w, h)),
        gray.crop((0, 0, band, h)),
        gray.crop((w - band, 0, w, h)),
    ]
    total = sum(
        s.resize((1, 1), Image.Resampling.BOX).tobytes()[0] * s.width * s.height for s in strips
    )
    return int(total / sum(s.width * s.height for s in strips))


def find_paper_box(gray: Image.Image) -> tuple[int, int, int, int] | None:
    """The paper's bounding box in a work copy, when a dark backing surrounds it."""
    if _border_level(gray) >= DARK_BORDER:
        return None  # white backing: the paper edge is invisible, keep the full scan
    mask = gray.point(lambda v: 255 if v >= 150 else 0)
    rows = mask.resize((1, mask.height), Image.Resampling.BOX).tobytes()
    cols = mask.resize((mask.width, 1), Image.Resampling.BOX).tobytes()
    ys = [i for i, v in enumerate(rows) if v >= 128]
    xs = [i for i, v in enumerate(cols) if v >= 128]
    if not ys or not xs:
        return None
    box = (xs[0], ys[0], xs[-1] + 1, ys[-1] + 1)
    if (box[2] - box[0]) * (box[3] - box[1]) < 0.3 * gray.width * gray.height:
        return None  # a dark photo, not a page on a dark plate
    return box


def check_blank(gray: Image.Image, tile_share: float) -> BlankCheck:
    """Count 5 mm tiles holding ink; specks and bleed-through stay below the tile threshold."""
    w, h = gray.size
    inner = gray.crop((w * 6 // 100, h * 6 // 100, w - w * 6 // 100, h - h * 6 // 100))
    bright = inner.histogram()[128:]
    peak = max(bright)
    paper_level = 128 + bright.index(peak) if peak else 255
    ink = inner.point(lambda v: 255 if v < paper_level * 0.6 else 0)
    cols, rows = max(1, ink.width // TILE), max(1, ink.height // TILE)
    tiles = ink.resize((cols, rows), Image.Resampling.BOX)
    # A tile counts when more than ~3 % of it is ink: a text line fills 10–30 %.
    ink_tiles = sum(tiles.histogram()[9:])
    total = cols * rows
    return BlankCheck(ink_tiles, total, ink_tiles <= max(1, int(total * tile_share)))


def process_page(source: Path, target: Path, options: ProcessOptions | None = None) -> PageReport:
    """Process one spool page; write ``target`` only if the pixels changed.

    Returns a report whose ``output`` is ``target`` when a new image was written and
    ``source`` otherwise. One page image is in memory at a time.
    """
    options = options or ProcessOptions()
    flags: set[PageFlag] = set()
    with open_page(source) as opened:
        dpi = image_dpi(opened)
        image = load_pixels(opened, source).copy()
    changed = False

    orientation = None
    rotated = 0
    if options.auto_orient:
        orientation = detect_orientation(image, dpi[0], tesseract=options.tesseract)
        if orientation.status is OrientationStatus.UNAVAILABLE:
            flags.add(PageFlag.ORIENTATION_UNCHECKED)
        elif orientation.status is OrientationStatus.UNCERTAIN:
            flags.add(PageFlag.ORIENTATION_UNCERTAIN)
        elif orientation.rotate_cw:
            rotated = orientation.rotate_cw
            image = image.transpose(TRANSPOSE_CW[rotated])
            if rotated in (90, 270):
                dpi = (dpi[1], dpi[0])
            changed = True

    work = work_copy(image, dpi[0])
    background = 0 if _border_level(work) < DARK_BORDER else 255
    skew = 0.0
    if options.deskew:
        estimate = estimate_skew(work, options.max_skew)
        if not estimate.reliable:
            flags.add(PageFlag.SKEW_UNCERTAIN)
        elif abs(estimate.angle) >= MIN_CORRECTION:
            skew = estimate.angle
            image = rotate_page(image, skew, background)
            work = work_copy(image, dpi[0])
            changed = True

    crop_box = None
    if options.crop:
        box = find_paper_box(work)
        if box is not None:
            scale = image.width / work.width
            crop_box = (
                int(box[0] * scale),
                int(box[1] * scale),
                min(image.width, round(box[2] * scale)),
                min(image.height, round(box[3] * scale)),
            )
            if crop_box != (0, 0, image.width, image.height):
                image = image.crop(crop_box)
                work = work.crop(box)
                changed = True
            else:
                crop_box = None

    blank = None
    if options.detect_blank:
        blank = check_blank(work, options.blank_tile_share)
        if blank.suspect:
            flags.add(PageFlag.BLANK_SUSPECT)

    if changed:
        save_page(image, target, dpi)
    return PageReport(
        source=source,
        output=target if changed else source,
        changed=changed,
        dpi=dpi,
        orientation=orientation,
        rotated_cw=rotated,
        skew_angle=skew,
        crop_box=crop_box,
        blank=blank,
        flags=frozenset(flags),
    )
