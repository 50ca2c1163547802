"""A minimal PDF writer that streams objects to disk as they are made.

pikepdf and img2pdf build the whole document in memory before saving; for a 300-page decree
with its attachments that is hundreds of megabytes of page data. An image-only PDF needs
only a handful of object kinds, so we write each page's objects the moment its image is
encoded, remember their offsets, and finish with the page tree, the cross-reference table and
the trailer. Memory stays flat in the page count. The output is checked by ``qpdf --check``
and pikepdf in the tests.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import BinaryIO

_NAME_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+")


def pdf_name(name: str) -> bytes:
    out = bytearray(b"/")
    for byte in name.encode("utf-8"):
        out += bytes([byte]) if byte in _NAME_SAFE else f"#{byte:02X}".encode()
    return bytes(out)


def pdf_text(text: str) -> bytes:
    """A text string: PDFDocEncoding-safe ASCII as a literal, anything else as UTF-16BE hex."""
    if all(32 <= ord(c) < 127 for c in text):
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def pdf_date(moment: datetime) -> bytes:
    """``D:20230514093000+08'00'``; ``moment`` must carry a time zone."""
    stamp = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("pdf_date needs an aware datetime")
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"({stamp}{sign}{minutes // 60:02d}'{minutes % 60:02d}')".encode("ascii")


def pdf_number(value: float) -> bytes:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return (text or "0").encode("ascii")


class StreamingPdfWriter:
    """Write numbered objects one after another; call :meth:`finish` once at the end.

    Object numbers may be reserved before their body is known (the page tree's root must be
    named by every page but lists the pages only at the end).
    """

    def __init__(self, handle: BinaryIO, version: str = "1.7") -> None:
        self._handle = handle
        self._position = 0
        self._offsets: dict[int, int] = {}
        self._next = 1
        self._digest = hashlib.sha256()
        # The binary comment line tells transfer tools the file is binary (PDF/A requires it).
        self._write(f"%PDF-{version}\n".encode("ascii") + b"%\xe2\xe3\xcf\xd3\n")

    @property
    def sha256(self) -> str:
        """The digest of everything written so far (the whole file after :meth:`finish`)."""
        return self._digest.hexdigest()

    @property
    def size(self) -> int:
        return self._position

    def _write(self, data: bytes) -> None:
        self._handle.write(data)
        self._digest.update(data)
        self._position += len(data)

    def reserve(self) -> int:
        number = self._next
        self._next += 1
        return number

    def write_object(self, body: bytes, number: int | None = None) -> int:
        number = self.reserve() if number is None else number
        if number in self._offsets:
            raise ValueError(f"object {number} written twice")
        self._offsets[number] = self._position
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        return number

    def write_stream(self, entries: bytes, data: bytes, number: int | None = None) -> int:
        """A stream object; ``entries`` are the dictionary's keys without ``<<``/``>>``."""
        number = self.reserve() if number is None else number
        if number in self._offsets:
            raise ValueError(f"object {number} written twice")
        self._offsets[number] = self._position
        head = b"%d 0 obj\n<< %s /Length %d >>\nstream\n" % (number, entries, len(data))
        self._write(head)
        self._write(data)
        self._write(b"\nendstream\nendobj\n")
        return number

    def finish(self, root: int, info: int | None, file_id: bytes) -> None:
        """Write the cross-reference table and trailer; every reserved object must exist."""
        missing = set(range(1, self._next)) - set(self._offsets)
        if missing:
            raise ValueError(f"objects reserved but never written: {sorted(missing)}")
        xref_at = self._position
        lines = [b"xref\n0 %d\n" % self._next, b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % self._offsets[n] for n in range(1, self._next)]
        self._write(b"".join(lines))
        ident = b"<" + file_id.hex().upper().encode("ascii") + b">"
        trailer = b"trailer\n<< /Size %d /Root %d 0 R " % (self._next, root)
        if info is not None:
            trailer += b"/Info %d 0 R " % info
        trailer += b"/ID [%s %s] >>\nstartxref\n%d\n%%%%EOF\n" % (ident, ident, xref_at)
        self._write(trailer)
