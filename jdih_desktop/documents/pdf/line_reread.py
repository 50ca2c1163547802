"""A closer look at one line of a scanned page: the line Tesseract finds on the whole page,
cut out and read again on its own.

A rubber-stamped date in a signature block ("12 MAR 2018" under a stamp's ink) comes out of
the page's OCR as "1? MAR 7018": the page's layout analysis and the stamp's round edge spoil
the line. Read alone (``--psm 7``, one text line) and once more at twice the size, the same
pixels often give the day. Each reading is a separate vote for the caller
(:mod:`documents.reading.date_reread`), which keeps whatever it takes from them below SURE
with its reason. Handwritten running numbers were tried the same way on the development
corpus and read wrong more often than right, so only dates are re-read. Four differently
prepared readings of the number's line (grey 2× and 3×, binarised 3×; --psm 7, 8 and 13) read
none of 12 handwritten running numbers right, and agreed on a wrong one three times ("420" for
120, "181" for 1281, "16" for 116): agreement between readings of handwriting is no evidence.

Stamps and pen are often coloured (a violet "27 JUL 2016", a blue "28 September 2020" written
over a red seal) on black print; scans are RGB. One more reading looks at the colour alone
(:func:`ink_layer`): only strongly coloured pixels, black on white, so the print under and
beside the stamp no longer joins its characters. It is one reading like the others, never
enough on its own (the caller wants two that agree).
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from jdih_desktop.documents.pdf.osd import tesseract_env
from jdih_desktop.procguard import tool_kwargs

if TYPE_CHECKING:
    from PIL import Image

#: Which readings :func:`reread_lines` gives; a cache of its results is stale when it changes
#: (2: the ink layer joined the grey 1× and 2× readings).
READINGS_VERSION = 2
#: Chroma (max(R, G, B) − min(R, G, B)) above which a pixel is coloured ink. Black and grey
#: print, white paper and a scan's colour fringes at the edges of black letters stay below
#: it; stamp and pen ink on the development scans lies well above.
INK_CHROMA = 40
#: Fewer coloured pixels than this share of a square of the line's height is noise (a few
#: fringe pixels), not ink worth reading.
MIN_INK = 0.25

DPI = 300
#: Characters a date line may hold (digits, month names in Indonesian and English, labels).
DATE_CHARS = "0123456789ABCDEFGIJKLMNOPRSTUVYabcdefgijklmnoprstuvy :"
#: An enactment date line starts with its label ("Pada tanggal", "Padatanggal", a Lampiran's
#: "TANGGAL :"); "Keputusan ini mulai berlaku pada tanggal …" or a diktum's "Tanggal 6 Agustus
#: ditetapkan sebagai …" is no such line.
DATE_LABEL = re.compile(r"^\W*(?:pada\s*tanggal|tanggal\s*:)", re.IGNORECASE)


def _line_text(image: Image.Image, dpi: int, language: str, chars: str) -> str:
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG", dpi=(dpi, dpi))
    done = subprocess.run(
        ["tesseract", "-", "-", "--dpi", str(dpi), "-l", language, "--psm", "7",
         "-c", f"tessedit_char_whitelist={chars}"],
        input=buffer.getvalue(),
        capture_output=True,
        env=tesseract_env(),
        timeout=60,
        check=True,
        **tool_kwargs(),  # Tesseract dies with the app
    )  # fmt: skip
    return " ".join(done.stdout.decode("utf-8", "replace").split())


def ink_layer(image: Image.Image, line_height: float) -> Image.Image | None:
    """The strongly coloured pixels of ``image`` as black on white ("L"), or None when it
    holds (almost) no coloured ink: a black-only line has nothing to read there."""
    from PIL import ImageChops

    red, green, blue = image.convert("RGB").split()
    high = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    low = ImageChops.darker(ImageChops.darker(red, green), blue)
    layer = ImageChops.subtract(high, low).point(lambda v: 0 if v > INK_CHROMA else 255)
    if layer.histogram()[0] < MIN_INK * line_height * line_height:
        return None
    # Read as it is, at the page's resolution: on the development scans a 2× copy or strokes
    # thickened by a 3-pixel minimum filter read a pen's "28" as "21" or "23".
    return layer


def reread_lines(
    pdf: Path,
    page: int,
    label: re.Pattern[str] = DATE_LABEL,
    *,
    language: str = "ind",
    chars: str = DATE_CHARS,
) -> list[list[str]]:
    """For each line of ``page`` (1-based) whose page OCR matches ``label``: its readings, the
    page's own first, then the cut-out line read alone at 1× and 2× (``chars`` only), then
    (when the line carries coloured ink) its ink layer alone (:func:`ink_layer`).

    Raises ``OSError``/``subprocess.SubprocessError`` when Tesseract cannot run."""
    from jdih_desktop.privacy.words import ocr_lines, render_page, union

    image = render_page(pdf, page - 1, DPI)
    found: list[list[str]] = []
    for words in ocr_lines(image, DPI, language):
        text = " ".join(w.text for w in words)
        if not label.search(text):
            continue
        left, top, right, bottom = (v * DPI / 72 for v in union([w.box for w in words]))
        tall = bottom - top
        # The stamp's date may stand right of the label's words and overlap the line's edges.
        crop = image.crop(
            (
                int(max(0, left - tall)),
                int(max(0, top - tall)),
                int(min(image.width, right + 6 * tall)),
                int(min(image.height, bottom + tall)),
            )
        )
        readings = [text]
        for scale in (1, 2):
            size = (crop.width * scale, crop.height * scale)
            readings.append(_line_text(crop.resize(size), DPI * scale, language, chars))
        ink = ink_layer(crop, tall)
        if ink is not None:
            readings.append(_line_text(ink, DPI, language, chars))
        found.append(readings)
    return found


__all__ = [
    "DATE_CHARS",
    "DATE_LABEL",
    "INK_CHROMA",
    "MIN_INK",
    "READINGS_VERSION",
    "ink_layer",
    "reread_lines",
]
