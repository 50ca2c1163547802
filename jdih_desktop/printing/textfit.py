"""Word-wrapping text into a fixed box: shrink the font, and if even the smallest size does
not fit, print what fits with a "(bersambung)" mark and report the overflow.

Forms have fixed boxes (the "Hal" row of a disposition sheet cannot grow), but a clerk may
paste a 1,000-character title. Drawing past the box would print over the next field, so the
caller gets either lines that fit or an explicit overflow to continue on another page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

CONTINUED_MARK = " … (bersambung)"
ASCENT = 0.93  # DejaVu Sans ascent as a fraction of the font size
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str | None) -> str:
    """Text safe to draw: normalised line ends, tabs as spaces, no other control characters."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrap_text(text: str | None, font: str, size: float, width: float) -> list[str]:
    """Split ``text`` into lines no wider than ``width``; words longer than a line (URLs,
    decree numbers without spaces) are broken between characters. Newlines are kept."""
    lines: list[str] = []
    for paragraph in clean_text(text).split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if stringWidth(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = _longest_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines if any(lines) else []


@dataclass(frozen=True)
class FittedText:
    """Lines ready to draw at ``size`` with ``leading`` between baselines.

    ``overflow`` is True when the text did not fit even at the smallest size; the last line
    then ends with :data:`CONTINUED_MARK` and the caller must print the full text elsewhere.
    """

    lines: tuple[str, ...]
    size: float
    leading: float
    overflow: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def fit_text(
    text: str | None,
    font: str,
    width: float,
    height: float,
    max_size: float = 9.0,
    min_size: float = 6.0,
    line_spacing: float = 1.2,
) -> FittedText:
    """The largest size from ``max_size`` down to ``min_size`` (half-point steps) at which
    ``text`` wraps into ``width`` × ``height``; otherwise the truncated text at ``min_size``."""
    size = max_size
    while True:
        lines = wrap_text(text, font, size, width)
        leading = size * line_spacing
        if len(lines) * leading <= height + 0.01:
            return FittedText(tuple(lines), size, leading)
        if size - 0.5 < min_size:
            break
        size -= 0.5
    return _truncate(lines, font, size, width, int((height + 0.01) // leading), leading)


def _truncate(
    lines: list[str], font: str, size: float, width: float, room: int, leading: float
) -> FittedText:
    """The first ``room`` lines, the last one shortened to end with the continuation mark."""
    if room <= 0:
        return FittedText((), size, leading, overflow=True)
    kept = lines[:room]
    kept[-1] = _with_mark(kept[-1], font, size, width)
    return FittedText(tuple(kept), size, leading, overflow=True)


def _with_mark(line: str, font: str, size: float, width: float) -> str:
    """``line`` shortened to end with the continuation mark, or a bare "…" in a box too
    narrow for the words."""
    for mark in (CONTINUED_MARK, "…"):
        if stringWidth(mark, font, size) > width:
            continue
        last = line
        while last and stringWidth(last.rstrip() + mark, font, size) > width:
            last = last[:-1]
        return last.rstrip() + mark
    return ""


def draw_fitted(
    canvas: Canvas,
    fitted: FittedText,
    font: str,
    x: float,
    top: float,
    width: float | None = None,
    align: str = "left",
) -> float:
    """Draw ``fitted`` with its first line's top at ``top``; returns the y below the last line.

    ``align`` is "left" or "center" (centre needs ``width``).
    """
    canvas.setFont(font, fitted.size)
    baseline = top - fitted.size * ASCENT
    for line in fitted.lines:
        if align == "center" and width is not None:
            canvas.drawCentredString(x + width / 2, baseline, line)
        else:
            canvas.drawString(x, baseline, line)
        baseline -= fitted.leading
    return top - fitted.height
