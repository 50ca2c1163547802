"""Skew detection by projection profile, on a downscaled copy, with Pillow only.

Text lines of a straight page make the sums of ink per row swing hard between lines and gaps;
a tilted page smears them. We rotate a small (~75 dpi) inverted copy through candidate angles
and keep the angle whose row profile varies most: coarse 0.5° steps, then 0.1° around the
best. Pillow's BOX resize to one column gives the row means without NumPy. About 40 rotations
of a 640×980 image: a tenth of a second per page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps

WORK_DPI = 75.0
COARSE_STEP = 0.5
FINE_STEP = 0.1
#: Below this the page is left alone: re-sampling costs more sharpness than it gains.
MIN_CORRECTION = 0.15
#: The best angle must beat the straight profile by this factor to count as a finding.
MIN_GAIN = 1.02
#: Below this profile variance (row means within ~2 gray levels) there are no text lines.
MIN_VARIANCE = 4.0


@dataclass(frozen=True)
class SkewEstimate:
    """``angle``: degrees to rotate counter-clockwise to straighten (Pillow's sign)."""

    angle: float
    gain: float  # profile variance at ``angle`` / at 0°; 1.0 when nothing was found
    reliable: bool


def work_copy(image: Image.Image, dpi: float) -> Image.Image:
    """A gray copy at about :data:`WORK_DPI`, for every measurement on the page."""
    gray = image.convert("L")
    factor = max(1, round(dpi / WORK_DPI))
    return gray.reduce(factor) if factor > 1 else gray


def _profile_score(ink: Image.Image, angle: float) -> float:
    turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0) if angle else ink
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    mean = sum(rows) / len(rows)
    return sum((value - mean) ** 2 for value in rows) / len(rows)


def estimate_skew(gray: Image.Image, max_angle: float = 5.0) -> SkewEstimate:
    """Estimate the skew of a gray work copy (text dark on light) within ±``max_angle``."""
    ink = ImageOps.invert(gray)
    # Measure the middle of the page only: edges carry scanner shadow and punched holes.
    w, h = ink.size
    ink = ink.crop((w // 10, h // 10, w - w // 10, h - h // 10))
    straight = _profile_score(ink, 0.0)
    if straight <= 0:
        return SkewEstimate(0.0, 1.0, False)
    steps = int(max_angle / COARSE_STEP)
    scores = {0.0: straight}
    for i in range(-steps, steps + 1):
        angle = i * COARSE_STEP
        if angle:
            scores[angle] = _profile_score(ink, angle)
    best = max(scores, key=lambda a: scores[a])
    for i in range(-4, 5):
        angle = round(best + i * FINE_STEP, 2)
        if angle not in scores and abs(angle) <= max_angle:
            scores[angle] = _profile_score(ink, angle)
    best = max(scores, key=lambda a: scores[a])
    if scores[best] < MIN_VARIANCE:
        return SkewEstimate(0.0, 1.0, False)  # blank or nearly: nothing to straighten by
    gain = scores[best] / straight
    return SkewEstimate(best, gain, gain >= MIN_GAIN or best == 0.0)


def rotate_page(image: Image.Image, angle: float, fill: int) -> Image.Image:
    """Rotate a full-resolution page by ``angle`` degrees (counter-clockwise), same size.

    Bilevel pages are rotated in gray with bicubic filtering and thresholded again, which
    keeps strokes smooth instead of the staircase a nearest-neighbour rotation leaves.
    """
    if image.mode == "1":
        gray = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=fill)
        return gray.point(lambda v: 255 if v >= 128 else 0).convert("1", dither=Image.Dither.NONE)
    colour: int | tuple[int, ...] = fill
    if image.mode == "RGB":
        colour = (fill, fill, fill)
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=colour)
