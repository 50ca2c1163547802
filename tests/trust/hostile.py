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


# --- active content, nested bombs, limits (the intake gate's classes) ---------------------------


def _with(kind: str, change: object) -> bytes:
    """``base_pdf(kind)`` after ``change(pdf)``."""
    with pikepdf.open(io.BytesIO(base_pdf(kind))) as pdf:
        change(pdf)  # type: ignore[operator]
        return _save(pdf)


def _js(code: str) -> pikepdf.Dictionary:
    return pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String(code))


def javascript_pdf(where: str, code: str) -> bytes:
    """JavaScript at ``where``: openaction, names, page_aa or link (an annotation's action)."""

    def change(pdf: pikepdf.Pdf) -> None:
        action = pdf.make_indirect(_js(code))
        if where == "openaction":
            pdf.Root.OpenAction = action
        elif where == "names":
            tree = pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("x"), action]))
            pdf.Root.Names = pikepdf.Dictionary(JavaScript=pdf.make_indirect(tree))
        elif where == "page_aa":
            pdf.pages[0].obj.AA = pikepdf.Dictionary(O=action)
        else:
            link = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Link,
                Rect=pikepdf.Array([0, 0, 100, 100]),
                A=action,
            )
            pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))

    return _with("text", change)


def launch_pdf(program: str) -> bytes:
    def change(pdf: pikepdf.Pdf) -> None:
        pdf.Root.OpenAction = pdf.make_indirect(
            pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String(program))
        )

    return _with("text", change)


def embedded_file_pdf(payload: bytes) -> bytes:
    """An ``.exe`` attached through the EmbeddedFiles name tree."""

    def change(pdf: pikepdf.Pdf) -> None:
        stream = pikepdf.Stream(pdf, payload, Type=pikepdf.Name.EmbeddedFile)
        spec = pikepdf.Dictionary(
            Type=pikepdf.Name.Filespec,
            F=pikepdf.String("setup.exe"),
            EF=pikepdf.Dictionary(F=pdf.make_indirect(stream)),
        )
        tree = pikepdf.Dictionary(
            Names=pikepdf.Array([pikepdf.String("setup.exe"), pdf.make_indirect(spec)])
        )
        pdf.Root.Names = pikepdf.Dictionary(EmbeddedFiles=pdf.make_indirect(tree))

    return _with("text", change)


def xfa_pdf(packet: bytes) -> bytes:
    def change(pdf: pikepdf.Pdf) -> None:
        pdf.Root.AcroForm = pikepdf.Dictionary(
            Fields=pikepdf.Array(), XFA=pdf.make_stream(b"<xdp:xdp>" + packet + b"</xdp:xdp>")
        )

    return _with("text", change)


def rich_media_pdf(size: int) -> bytes:
    def change(pdf: pikepdf.Pdf) -> None:
        annot = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.RichMedia,
            Rect=pikepdf.Array([0, 0, size, size]),
        )
        pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(annot)])

    return _with("text", change)


def uri_link_pdf(url: str) -> bytes:
    """A plain web link: harmless, must be stored."""

    def change(pdf: pikepdf.Pdf) -> None:
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=pikepdf.Array([0, 0, 100, 100]),
            A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(url)),
        )
        pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(link)])

    return _with("text", change)


@cache
def _inflating(megabytes: int) -> bytes:
    return zlib.compress(b"\0" * (megabytes * 2**20), 9)


def nested_image_bomb_pdf(depth: int, megabytes: int, side: int = 1000) -> bytes:
    """An image declaring ``side``×``side`` gray pixels whose data inflates to ``megabytes``
    MB, ``depth`` Form XObjects below the page (the old check looked two deep)."""

    def change(pdf: pikepdf.Pdf) -> None:
        image = pikepdf.Stream(
            pdf,
            _inflating(megabytes),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=side,
            Height=side,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
            Filter=pikepdf.Name.FlateDecode,
        )
        inner: pikepdf.Object = pdf.make_indirect(image)
        name = "Im0"
        for level in range(depth):
            form = pikepdf.Stream(
                pdf,
                f"/{name} Do".encode(),
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Form,
                BBox=pikepdf.Array([0, 0, 100, 100]),
                Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary({f"/{name}": inner})),
            )
            inner, name = pdf.make_indirect(form), f"Fm{level}"
        pdf.pages[0].Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary({f"/{name}": inner}))
        pdf.pages[0].Contents = pdf.make_stream(f"q 100 0 0 100 0 0 cm /{name} Do Q".encode())

    return _with("blank", change)


@cache
def many_pages_pdf(pages: int) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(595, 935))
    return _save(pdf)


def mp4(boxes: list[tuple[bytes, bytes]]) -> bytes:
    return b"".join(struct.pack(">I", 8 + len(body)) + kind + body for kind, body in boxes)


def valid_mp4(payload: bytes) -> bytes:
    """The smallest ISO BMFF shape the gate accepts: ftyp, moov (mvhd), mdat."""
    mvhd = struct.pack(">I", 8 + 100) + b"mvhd" + b"\0" * 100
    return mp4([(b"ftyp", b"isom\0\0\2\0isomiso2mp41"), (b"moov", mvhd), (b"mdat", payload)])


def webm(body: bytes, doc_type: bytes = b"webm") -> bytes:
    header = b"\x42\x82" + bytes([0x80 | len(doc_type)]) + doc_type
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(header)]) + header + b"\x18\x53\x80\x67" + body
