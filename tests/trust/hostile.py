"""Builders of hostile input for the fuzz tests: broken PDFs, image bombs, odd file names.

Each builder returns bytes from a small, valid starting point plus one kind of damage, so a
failure names the kind of damage that caused it.
"""

from __future__ import annotations

import io
import struct
import zlib
from functools import cache

import pikepdf
from hypothesis import strategies as st
from PIL import Image

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@cache
def base_pdf(kind: str) -> bytes:
    """A valid one-page PDF: ``blank``, ``image`` (a small G4 scan) or ``text`` (a font)."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 935))
    page = pdf.pages[0]
    if kind == "image":
        scan = Image.new("1", (64, 64), 1)
        buffer = io.BytesIO()
        scan.save(buffer, format="PNG")
        image = pikepdf.Stream(
            pdf,
            zlib.compress(Image.open(buffer).convert("L").tobytes()),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=64,
            Height=64,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
            Filter=pikepdf.Name.FlateDecode,
        )
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 100 0 0 100 50 50 cm /Im0 Do Q")
    elif kind == "text":
        font = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Courier
        )
        page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
        page.Contents = pdf.make_stream(b"BT /F1 12 Tf 72 800 Td (SALINAN KEPUTUSAN) Tj ET")
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _save(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    with pikepdf.open(io.BytesIO(base_pdf("text"))) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="pemilik", user=user_password))
        return out.getvalue()


def image_bomb_pdf(width: int, height: int) -> bytes:
    """An image that *declares* ``width`` × ``height`` pixels with next to no data."""
    with pikepdf.open(io.BytesIO(base_pdf("image"))) as pdf:
        image = pdf.pages[0].Resources.XObject.Im0
        image.Width = width
        image.Height = height
        return _save(pdf)


@cache
def flate_bomb_pdf(megabytes: int) -> bytes:
    """A content stream of a few KB that inflates to ``megabytes`` MB of spaces."""
    with pikepdf.open(io.BytesIO(base_pdf("blank"))) as pdf:
        packed = zlib.compress(b" " * (megabytes * 1024 * 1024), 9)
        stream = pikepdf.Stream(pdf, packed)
        stream.Filter = pikepdf.Name.FlateDecode
        pdf.pages[0].Contents = stream
        return _save(pdf)


def absurd_page_pdf(size: float) -> bytes:
    with pikepdf.open(io.BytesIO(base_pdf("blank"))) as pdf:
        pdf.pages[0].MediaBox = pikepdf.Array([0, 0, size, size])
        return _save(pdf)


def nested_pdf(depth: int) -> bytes:
    """An object nested ``depth`` arrays deep (a classic parser stack exhaustion)."""
    body = b"[" * depth + b"]" * depth
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /X " + body + b" >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
    )


def png_declaring(width: int, height: int, mode_byte: int = 0, data: bytes = b"") -> bytes:
    """A PNG whose header declares ``width`` × ``height`` (valid CRCs), with ``data`` as IDAT."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, mode_byte, 0, 0, 0)
    idat = data or zlib.compress(b"\x00" * 64)
    return PNG_MAGIC + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def small_image(fmt: str, mode: str, size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    image = Image.new(mode, size, 0)
    if fmt == "TIFF" and mode == "1":
        image.save(out, format="TIFF", compression="group4")
    else:
        image.save(out, format=fmt)
    return out.getvalue()


def flip(data: bytes, positions: list[int], mask: int) -> bytes:
    out = bytearray(data)
    for position in positions:
        out[position % len(out)] ^= mask or 0x01
    return bytes(out)


# --- strategies ---------------------------------------------------------------------------------

_KINDS = st.sampled_from(["blank", "image", "text"])


def hostile_pdfs() -> st.SearchStrategy[tuple[str, bytes]]:
    """(kind of damage, bytes)."""
    return st.one_of(
        st.tuples(_KINDS, st.floats(0.0, 0.999)).map(
            lambda t: ("truncated", base_pdf(t[0])[: int(len(base_pdf(t[0])) * t[1])])
        ),
        st.tuples(
            _KINDS, st.lists(st.integers(0, 10**6), min_size=1, max_size=8), st.integers(1, 255)
        ).map(lambda t: ("flipped", flip(base_pdf(t[0]), t[1], t[2]))),
        st.tuples(_KINDS, st.integers(0, 10**6), st.binary(min_size=1, max_size=512)).map(
            lambda t: (
                "spliced",
                base_pdf(t[0])[: t[1] % len(base_pdf(t[0]))]
                + t[2]
                + base_pdf(t[0])[t[1] % len(base_pdf(t[0])) :],
            )
        ),
        st.text(max_size=8).map(lambda pw: ("encrypted", encrypted_pdf(pw))),
        st.tuples(st.integers(0, 2**31 - 1), st.integers(0, 2**31 - 1)).map(
            lambda t: ("image bomb" if t[0] * t[1] > 150e6 else "image size", image_bomb_pdf(*t))
        ),
        st.sampled_from([1, 8, 65, 80]).map(
            lambda mb: ("flate bomb" if mb > 64 else "flate", flate_bomb_pdf(mb))
        ),
        st.floats(-1e9, 1e9, allow_nan=False).map(lambda s: ("page size", absurd_page_pdf(s))),
        st.integers(1, 5000).map(lambda d: ("nested", nested_pdf(d))),
        st.binary(max_size=2048).map(lambda b: ("random", b"%PDF-1.7\n" + b)),
        st.binary(max_size=64).map(lambda b: ("garbage", b)),
        st.sampled_from([PNG_MAGIC, b"PK\x03\x04", b"<html>", b"{\\rtf1", b""]).map(
            lambda head: ("not a pdf", head + b"\x00" * 32 if head else b"")
        ),
    )


def hostile_images() -> st.SearchStrategy[tuple[str, bytes]]:
    return st.one_of(
        st.tuples(
            st.integers(0, 2**31 - 1), st.integers(0, 2**31 - 1), st.sampled_from([0, 2])
        ).map(lambda t: ("declared size", png_declaring(*t))),
        st.tuples(
            st.sampled_from([("PNG", "L"), ("PNG", "RGB"), ("TIFF", "1"), ("TIFF", "L")]),
            st.integers(1, 300),
            st.integers(1, 300),
            st.floats(0.0, 1.0),
        ).map(
            lambda t: (
                "truncated",
                small_image(t[0][0], t[0][1], (t[1], t[2]))[
                    : int(len(small_image(t[0][0], t[0][1], (t[1], t[2]))) * t[3])
                ],
            )
        ),
        st.tuples(
            st.sampled_from([("PNG", "L"), ("TIFF", "1")]),
            st.lists(st.integers(0, 10**5), min_size=1, max_size=6),
        ).map(lambda t: ("flipped", flip(small_image(t[0][0], t[0][1], (40, 40)), t[1], 0xFF))),
        st.binary(max_size=256).map(lambda b: ("random", b)),
    )


# Names a clerk's file can carry: unicode, spaces, dots, "..", leading dashes, up to the OS limit.
_NAME_CHARS = st.sampled_from([*"aZ09 ._-~()[]{}!#%&+,;='@$", "é", "ñ", "字", "🙂", ".."])


def file_names() -> st.SearchStrategy[str]:
    return st.lists(_NAME_CHARS, max_size=120).map(
        lambda parts: ("".join(parts).encode()[:240].decode("utf-8", "ignore") or "x") + ".pdf"
    )
