"""The QR code that ties a printed sheet back to its request.

The payload is ``JDIH-REQ:<id>``: short enough for a version-1/2 code that survives a
200-dpi office scan, and prefixed so that a scanned page carrying some other QR code (a
decree's own verification code, say) is not mistaken for one of ours.
The code is drawn as vector squares, so it stays sharp at any printer resolution.
"""

from __future__ import annotations

import re

import segno
from reportlab.pdfgen.canvas import Canvas

from jdih_desktop.domain.messages import msg
from jdih_desktop.printing.errors import PrintingError

QR_PREFIX = "JDIH-REQ:"
QUIET_ZONE = 2  # modules; scanners need ~2 on a white page, and the box border adds more
_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_PAYLOAD_RE = re.compile(r"^\s*JDIH-REQ:([A-Za-z0-9._-]{1,64})\s*$", re.IGNORECASE)


def qr_payload(request_id: str | int) -> str:
    """``42`` → ``"JDIH-REQ:42"``.

    Ids are 1–64 characters of letters, digits, ``.``, ``_`` and ``-``; anything else raises
    PrintingError rather than printing a code that would not scan back to the request.
    """
    text = str(request_id).strip()
    if not _ID_RE.match(text):
        raise PrintingError(
            msg(
                "Id permohonan {id!r} tidak dapat dimuat dalam kode QR.",
                "The request id {id!r} cannot be put into a QR code.",
                id=text,
            )
        )
    return QR_PREFIX + text


def parse_qr_payload(text: str | bytes) -> str | None:
    """The request id in a decoded QR text, or None when the code is not one of ours."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    match = _PAYLOAD_RE.match(text)
    return match.group(1) if match else None


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a QR code for ``payload`` as a ``size`` × ``size`` square at (x, y) bottom-left,
    quiet zone included."""
    code = segno.make(payload, error="m", micro=False)
    rows = [list(row) for row in code.matrix]
    count = len(rows) + 2 * QUIET_ZONE
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(rows):
        top = y + size - (r + QUIET_ZONE) * module
        c = 0
        # One rectangle per run of dark modules: fewer PDF operators and no hairline gaps
        # between neighbours when a viewer anti-aliases.
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            # A hair taller than a module, so rows overlap instead of leaving white seams.
            canvas.rect(
                x + (start + QUIET_ZONE) * module, top - module * 1.04,
                (c - start) * module, module * 1.04, stroke=0, fill=1,
            )
    canvas.restoreState()
