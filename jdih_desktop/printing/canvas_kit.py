"""Drawing pieces shared by the fixed-layout forms (disposition sheet, receipt).

A form is drawn into a :class:`Box` (one half sheet); every field fits its text with
:mod:`textfit` and records what did not fit in an :class:`OverflowLog`, which the
document then prints in full on a continuation page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jdih_desktop.printing.fonts import FontSet
from jdih_desktop.printing.textfit import clean_text, draw_fitted, fit_text

LABEL_SIZE = 7.5
VALUE_MAX = 8.0
VALUE_MIN = 6.0
PAD = 1.4 * mm
RULE = 0.6  # grid line width, points


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points, ``y`` at the bottom edge."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)

    def take_top(self, height: float) -> tuple[Box, Box]:
        """(the top ``height`` of this box, the rest below it)."""
        return (
            Box(self.x, self.top - height, self.width, height),
            Box(self.x, self.y, self.width, self.height - height),
        )

    def split_x(self, fraction: float) -> tuple[Box, Box]:
        """(left ``fraction`` of the width, the right part)."""
        left = self.width * fraction
        return (
            Box(self.x, self.y, left, self.height),
            Box(self.x + left, self.y, self.width - left, self.height),
        )


@dataclass
class OverflowLog:
    """Fields whose text did not fit their box, as (label, full text), in drawing order."""

    items: list[tuple[str, str]] = field(default_factory=list)

    def note(self, label: str, text: str) -> None:
        self.items.append((label, text))


def stroke_box(canvas: Canvas, box: Box, width: float = RULE) -> None:
    canvas.setLineWidth(width)
    canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)


def hline(canvas: Canvas, x1: float, x2: float, y: float, width: float = RULE) -> None:
    canvas.setLineWidth(width)
    canvas.line(x1, y, x2, y)


def vline(canvas: Canvas, x: float, y1: float, y2: float, width: float = RULE) -> None:
    canvas.setLineWidth(width)
    canvas.line(x, y1, x, y2)


def dotted_line(canvas: Canvas, x1: float, x2: float, y: float) -> None:
    """The "……" a clerk writes on when a field is empty."""
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.setDash(0.6, 1.6)
    canvas.setStrokeGray(0.35)
    canvas.line(x1, y, x2, y)
    canvas.restoreState()


def checkbox(canvas: Canvas, x: float, y: float, size: float, checked: bool) -> None:
    """A square box at (x, y) bottom-left; a tick mark drawn as lines when ``checked``."""
    canvas.saveState()
    canvas.setLineWidth(0.7)
    canvas.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        canvas.setLineWidth(1.3)
        canvas.setLineCap(1)
        path = canvas.beginPath()
        path.moveTo(x + size * 0.18, y + size * 0.52)
        path.lineTo(x + size * 0.42, y + size * 0.22)
        path.lineTo(x + size * 0.86, y + size * 0.84)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def draw_label(canvas: Canvas, fonts: FontSet, text: str, x: float, top: float,
               size: float = LABEL_SIZE, bold: bool = False) -> None:
    """A one-line label with its top at ``top``."""
    canvas.setFont(fonts.bold if bold else fonts.regular, size)
    canvas.drawString(x, top - size * 0.93, text)


def fitted_value(
    canvas: Canvas,
    fonts: FontSet,
    text: str | None,
    box: Box,
    log: OverflowLog,
    label: str,
    max_size: float = VALUE_MAX,
    min_size: float = VALUE_MIN,
    bold: bool = False,
) -> None:
    """Text fitted into ``box`` (top-left aligned); a dotted line when there is none."""
    value = clean_text(text)
    if not value:
        dotted_line(canvas, box.x, box.right, box.top - max_size * 1.15)
        return
    font = fonts.bold if bold else fonts.regular
    fitted = fit_text(value, font, box.width, box.height, max_size, min_size)
    draw_fitted(canvas, fitted, font, box.x, box.top)
    if fitted.overflow:
        log.note(label, value)


def labelled_field(
    canvas: Canvas,
    fonts: FontSet,
    label: str,
    value: str | None,
    box: Box,
    label_width: float,
    log: OverflowLog,
) -> None:
    """``Label  : value`` inside ``box`` (padding included), the value wrapped beside the colon."""
    inner = box.inset(PAD, PAD * 0.8)
    draw_label(canvas, fonts, label, inner.x, inner.top)
    colon_x = inner.x + label_width
    draw_label(canvas, fonts, ":", colon_x, inner.top)
    value_x = colon_x + stringWidth(": ", fonts.regular, LABEL_SIZE)
    fitted_value(
        canvas, fonts, value, Box(value_x, inner.y, inner.right - value_x, inner.height), log, label
    )


def check_list(
    canvas: Canvas,
    fonts: FontSet,
    options: tuple[str, ...],
    ticked: tuple[str, ...],
    box: Box,
    log: OverflowLog,
    label: str,
) -> None:
    """One checkbox per option (ticked ones marked), rows shrinking to fit ``box``.

    Ticked entries that are not among the options are added at the end, so nothing the
    Kasubag chose is lost. Rows that do not fit even at the smallest size are logged.
    """
    known = {option.strip().casefold() for option in options}
    items = list(options) + [t for t in ticked if t.strip().casefold() not in known]
    if not items:
        return
    chosen = {item.strip().casefold() for item in ticked}
    row = min(4.6 * mm, box.height / len(items))
    size = min(LABEL_SIZE, row * 0.58)
    if size < VALUE_MIN:
        size, row = VALUE_MIN, VALUE_MIN / 0.58
    fits = int((box.height + 0.01) // row)
    square = min(2.8 * mm, size * 1.05)
    text_x = box.x + square + 1.6 * mm
    clipped = fits < len(items)
    for index, item in enumerate(items[:fits]):
        top = box.top - index * row
        is_ticked = item.strip().casefold() in chosen
        checkbox(canvas, box.x, top - row / 2 - square / 2, square, is_ticked)
        fitted = fit_text(item, fonts.regular, box.right - text_x, row, size, VALUE_MIN)
        draw_fitted(canvas, fitted, fonts.regular, text_x, top - (row - fitted.height) / 2)
        clipped = clipped or fitted.overflow
    if clipped:
        log.note(label, "\n".join(
            f"[{'x' if i.strip().casefold() in chosen else ' '}] {i}" for i in items
        ))


def blank_check_list(canvas: Canvas, box: Box, rows: int) -> None:
    """Empty boxes with dotted lines, for options the clerk writes in by hand."""
    row = min(4.6 * mm, box.height / rows)
    square = 2.8 * mm
    for index in range(rows):
        mid = box.top - index * row - row / 2
        checkbox(canvas, box.x, mid - square / 2, square, False)
        dotted_line(canvas, box.x + square + 1.6 * mm, box.right, mid - square / 2)


def signature_block(
    canvas: Canvas,
    fonts: FontSet,
    box: Box,
    heading_lines: tuple[str, ...],
    name: str | None,
    nip: str | None,
    size: float = 7.5,
) -> None:
    """Centred signature block: heading lines at the top, the name (bold, underlined) and NIP
    at the bottom, the space between left for the signature or paraf."""
    centre = box.x + box.width / 2
    top = box.top
    for line in heading_lines:
        fitted = fit_text(line, fonts.regular, box.width, size * 1.25, size, VALUE_MIN)
        draw_fitted(canvas, fitted, fonts.regular, box.x, top, box.width, align="center")
        top -= size * 1.25
    nip_base = box.y + size * 0.4
    name_base = nip_base + size * 1.35
    name_text = clean_text(name)
    if name_text:
        fitted = fit_text(name_text, fonts.bold, box.width, size * 1.25, size, VALUE_MIN)
        line = fitted.lines[0] if fitted.lines else ""
        canvas.setFont(fonts.bold, fitted.size)
        canvas.drawCentredString(centre, name_base, line)
        half = stringWidth(line, fonts.bold, fitted.size) / 2
        hline(canvas, centre - half, centre + half, name_base - 1.6, 0.5)
    else:
        dotted_line(canvas, box.x + box.width * 0.12, box.right - box.width * 0.12, name_base)
    canvas.setFont(fonts.regular, size)
    nip_text = clean_text(nip)
    canvas.drawString(box.x + box.width * 0.12, nip_base, "NIP.")
    if nip_text:
        canvas.drawString(box.x + box.width * 0.12 + stringWidth("NIP. ", fonts.regular, size),
                          nip_base, nip_text)
    else:
        dotted_line(canvas, box.x + box.width * 0.12 + stringWidth("NIP. ", fonts.regular, size),
                    box.right - box.width * 0.12, nip_base)
