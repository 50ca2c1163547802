"""A coloured stamp or pen date read from its ink alone: one more reading of the date line,
never enough on its own; and the stamps' English month abbreviations with OCR damage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from jdih_desktop.documents.pdf.line_reread import (
    DATE_CHARS,
    DPI,
    _line_text,
    ink_layer,
    reread_lines,
)
from jdih_desktop.documents.reading.date_reread import date_from_rereads
from jdih_desktop.documents.reading.reader_text import parse_date_loose, parse_day_month
from tests.documents.synth import font, needs_tesseract

LINE_HEIGHT = 48  # 11.5 pt at 300 dpi
STAMP_RED = (205, 35, 60)


def _date_line(stamp: str | None, colour: tuple[int, int, int] = STAMP_RED) -> Image.Image:
    """An RGB "pada tanggal" line with black print running on under a stamp's ``stamp``."""
    image = Image.new("RGB", (1500, 3 * LINE_HEIGHT), (250, 250, 247))
    draw = ImageDraw.Draw(image)
    draw.text((40, LINE_HEIGHT), "pada tanggal", font=font(LINE_HEIGHT), fill=(25, 25, 25))
    # The print the stamp landed on: a line of the block above, half under the stamp's ink.
    draw.text((520, 70), "KEPALA LEMBAGA", font=font(LINE_HEIGHT), fill=(25, 25, 25))
    if stamp:
        draw.text((560, 40), stamp, font=font(round(LINE_HEIGHT * 1.2)), fill=colour)
    return image


def test_the_ink_layer_keeps_the_coloured_stamp_and_drops_the_black_print() -> None:
    layer = ink_layer(_date_line("27 JUL 2016"), LINE_HEIGHT)
    assert layer is not None and layer.mode == "L"
    inked = layer.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert inked is not None
    # Nothing of "pada tanggal" (x < 520) is left, only the stamp's columns.
    assert inked[0] >= 555 and inked[2] <= 1500
    # Where the stamp is, the black print's pixels are white in the layer.
    print_only = _date_line(None)
    black = print_only.convert("L").point(lambda v: 255 if v < 80 else 0)
    assert layer.crop((520, 0, 1500, 3 * LINE_HEIGHT)).getextrema()[0] == 0
    overlap = Image.new("L", layer.size, 0)
    overlap.paste(black, mask=layer.point(lambda v: 255 if v < 128 else 0))
    assert overlap.histogram()[255] < black.histogram()[255] // 10


@pytest.mark.parametrize("colour", [(40, 60, 200), (128, 40, 170), (120, 120, 120)])
def test_a_black_or_grey_line_has_no_ink_layer(colour: tuple[int, int, int]) -> None:
    assert ink_layer(_date_line(None), LINE_HEIGHT) is None
    grey = colour[0] == colour[1] == colour[2]
    # A grey stamp is print, not ink; a blue or violet one is ink.
    assert (ink_layer(_date_line("27 JUL 2016", colour), LINE_HEIGHT) is None) == grey


@needs_tesseract
def test_a_red_date_over_black_print_is_read_from_its_ink() -> None:
    layer = ink_layer(_date_line("27 JUL 2016"), LINE_HEIGHT)
    assert layer is not None
    found = parse_date_loose(_line_text(layer, DPI, "ind", DATE_CHARS))
    assert found is not None and found[0] == date(2016, 7, 27)
    # The same pixels read whole: the print under the stamp spoils the date.
    assert parse_date_loose(_line_text(_date_line("27 JUL 2016"), DPI, "ind", DATE_CHARS)) is None


@needs_tesseract
def test_the_ink_reading_joins_the_line_readings_only_when_there_is_ink(tmp_path: Path) -> None:
    def page(stamp: str | None) -> Path:
        image = Image.new("RGB", (2400, 5 * LINE_HEIGHT), (250, 250, 247))
        draw = ImageDraw.Draw(image)
        draw.text((100, 20), "Ditetapkan di Jakarta", font=font(LINE_HEIGHT), fill=(25, 25, 25))
        draw.text((100, 110), "pada tanggal", font=font(LINE_HEIGHT), fill=(25, 25, 25))
        if stamp:
            face = font(round(LINE_HEIGHT * 1.1))
            draw.text((560, 105), stamp, font=face, fill=STAMP_RED)
        path = tmp_path / f"{stamp is not None}.pdf"
        image.save(path, "PDF", resolution=DPI)
        return path

    stamped = reread_lines(page("27 JUL 2016"), 1)
    assert len(stamped) == 1 and len(stamped[0]) == 4  # page, 1×, 2×, ink
    ink = parse_date_loose(stamped[0][3])
    assert ink is not None and ink[0] == date(2016, 7, 27)
    assert "tanggal" not in stamped[0][3].lower()  # the black label is not in the ink layer
    unstamped = reread_lines(page(None), 1)
    assert len(unstamped) == 1 and len(unstamped[0]) == 3  # no ink, no ink reading


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        # The ink alone read the stamp; the print's readings lost it: one reading is no date.
        (["pada tanggal 77 AJI 7116", "pada tanggal 27 KL NK", "27 JUL 2016"], None),
        # One other reading agrees with the ink's: two votes.
        (["pada tanggal 27 JUI 2016", "pada tanggal 27 KL NK", "27 JUL 2016"], date(2016, 7, 27)),
    ],
)
def test_the_ink_reading_is_one_vote_and_never_enough_alone(
    readings: list[str], expected: date | None
) -> None:
    assert date_from_rereads([readings], 2016) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27 JUI 2016", date(2016, 7, 27)),  # "L" read as "I"
        ("27 JUl 2016", date(2016, 7, 27)),
        ("17 0CT 2001", date(2001, 10, 17)),
        ("17 OCT 2001", date(2001, 10, 17)),
        ("26 MAY 2004", date(2004, 5, 26)),
        ("3 AUG 2001", date(2001, 8, 3)),
        ("9 DEC 2002", date(2002, 12, 9)),
        ("6 JAN 2005", date(2005, 1, 6)),
        ("14 FEB 2005", date(2005, 2, 14)),
        ("8 Juni 2016", date(2016, 6, 8)),  # the Indonesian month is still June
    ],
)
def test_stamp_months_in_english_parse_with_ocr_damage(text: str, expected: date) -> None:
    found = parse_date_loose(text)
    assert found is not None and found[0] == expected
    day_month = parse_day_month(text.rsplit(" ", 1)[0] + " ongt")
    assert day_month == (expected.day, expected.month)
