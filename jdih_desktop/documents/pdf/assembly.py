"""Build the archive PDF from page images, one page at a time.

Bilevel pages go in as CCITT Group 4: a single-strip G4 TIFF from the scanner is copied byte
for byte (no decode, bit-exact); any other bilevel image is G4-encoded once. Gray and colour
pages go in as JPEG at the chosen quality (a JPEG source is copied as is). Nothing is drawn
through a graphics library. The file appears at ``out`` only when complete: it is written
to a temporary file, fsynced and renamed.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from jdih_desktop.documents.errors import AssemblyError
from jdih_desktop.documents.pdf.images import (
    PageKind,
    encode_g4,
    g4_strip,
    image_dpi,
    kind_of,
    load_pixels,
    open_page,
    read_g4_payload,
)
from jdih_desktop.documents.pdf.pagelist import PageEntry
from jdih_desktop.documents.pdf.pdfa import (
    DocumentMetadata,
    info_dict,
    output_intent,
    srgb_icc,
    xmp_packet,
)
from jdih_desktop.documents.pdf.pdfwriter import StreamingPdfWriter, pdf_number, pdf_text
from jdih_desktop.domain.messages import msg
from jdih_desktop.jobs import CancelToken, ProgressFn, no_progress, percent
from jdih_desktop.storage.atomic import atomic_writer

DEFAULT_JPEG_QUALITY = 75
MAX_PAGE_POINTS = 14400  # PDF's limit on a page side: 200 inches


@dataclass(frozen=True)
class EncodedImage:
    """A page image ready to embed: its stream data and image dictionary entries."""

    width: int
    height: int
    dpi: tuple[float, float]
    kind: PageKind
    entries: bytes
    data: bytes
    passthrough: bool  # the data are the source file's own bytes (no re-encoding)


@dataclass(frozen=True)
class AssemblyResult:
    path: Path
    page_count: int
    size_bytes: int
    sha256: str
    pdfa: bool
    kinds: tuple[PageKind, ...]
    passthrough_pages: int


def _ccitt(width: int, height: int, data: bytes, black_is_1: bool) -> bytes:
    flag = b"true" if black_is_1 else b"false"
    return (
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 1 /Filter /CCITTFaxDecode "
        b"/DecodeParms << /K -1 /Columns %d /Rows %d /BlackIs1 %s >>"
        % (width, height, width, height, flag)
    )


def _dct(width: int, height: int, gray: bool) -> bytes:
    space = b"/DeviceGray" if gray else b"/DeviceRGB"
    return (
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
        b"/BitsPerComponent 8 /Filter /DCTDecode" % (width, height, space)
    )


def _flatten(image: Image.Image) -> Image.Image:
    """Bring any Pillow mode to L or RGB (alpha on white paper), for JPEG."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper if kind_of(image) is PageKind.COLOR else paper.convert("L")
    if image.mode in ("I", "I;16", "F"):
        return image.convert("I").point(lambda v: v / 256).convert("L")
    return image.convert("L" if kind_of(image) is PageKind.GRAY else "RGB")


def encode_page(entry: PageEntry, jpeg_quality: int = DEFAULT_JPEG_QUALITY) -> EncodedImage:
    """Encode one page for embedding; only this page's pixels are ever in memory."""
    with open_page(entry.source) as image:
        dpi = entry.dpi or image_dpi(image)
        width, height = image.size
        strip = g4_strip(image)
        if strip is not None:
            data = read_g4_payload(entry.source, strip)
            entries = _ccitt(width, height, data, strip.black_is_1)
            return EncodedImage(width, height, dpi, PageKind.BILEVEL, entries, data, True)
        if image.format == "JPEG" and image.mode in ("L", "RGB"):
            data = entry.source.read_bytes()
            kind = PageKind.GRAY if image.mode == "L" else PageKind.COLOR
            return EncodedImage(
                width, height, dpi, kind, _dct(width, height, image.mode == "L"), data, True
            )
        pixels = load_pixels(image, entry.source)
        if pixels.mode == "1":
            data, g4 = encode_g4(pixels)
            entries = _ccitt(width, height, data, g4.black_is_1)
            return EncodedImage(width, height, dpi, PageKind.BILEVEL, entries, data, False)
        flat = _flatten(pixels)
        buffer = io.BytesIO()
        flat.save(buffer, format="JPEG", quality=jpeg_quality)
        kind = PageKind.GRAY if flat.mode == "L" else PageKind.COLOR
        return EncodedImage(
            width,
            height,
            dpi,
            kind,
            _dct(width, height, flat.mode == "L"),
            buffer.getvalue(),
            False,
        )


def _page_size(encoded: EncodedImage, source: Path) -> tuple[float, float]:
    w = encoded.width * 72.0 / encoded.dpi[0]
    h = encoded.height * 72.0 / encoded.dpi[1]
    if max(w, h) > MAX_PAGE_POINTS:
        raise AssemblyError(
            msg(
                "Halaman {name} terlalu besar untuk PDF ({w:.0f}×{h:.0f} mm); periksa resolusi "
                "(dpi) pemindaian.",
                "Page {name} is too large for PDF ({w:.0f}×{h:.0f} mm); check the scan "
                "resolution (dpi).",
                name=source.name,
                w=w / 72 * 25.4,
                h=h / 72 * 25.4,
            )
        )
    return w, h


def assemble_pdf(
    pages: Iterable[PageEntry | Path],
    out: Path,
    *,
    metadata: DocumentMetadata | None = None,
    pdfa: bool = True,
    jpeg_quality: int = DEFAULT_JPEG_QUALITY,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AssemblyResult:
    """Write ``pages`` (in order) as one PDF at ``out``; PDF/A-2b unless ``pdfa`` is False.

    Raises :class:`AssemblyError` for an empty page list, a page error
    (:class:`PageImageError`, :class:`ImageTooLargeError`) for a bad image, and
    :class:`OperationCancelledError` when ``cancel`` is set; ``out`` is then untouched.
    """
    entries = [p if isinstance(p, PageEntry) else PageEntry(Path(p)) for p in pages]
    if not entries:
        raise AssemblyError(
            msg(
                "Tidak ada halaman untuk disusun menjadi PDF.",
                "There are no pages to assemble into a PDF.",
            )
        )
    if not 1 <= jpeg_quality <= 95:
        raise ValueError("jpeg_quality must be within 1..95")
    meta = metadata or DocumentMetadata()
    created = meta.created or datetime.now(UTC).astimezone()
    kinds: list[PageKind] = []
    passthrough = 0
    with atomic_writer(out) as handle:
        writer = StreamingPdfWriter(handle)
        tree = writer.reserve()
        kids: list[int] = []
        for index, entry in enumerate(entries):
            if cancel is not None:
                cancel.raise_if_cancelled()
            encoded = encode_page(entry, jpeg_quality)
            w, h = _page_size(encoded, entry.source)
            image = writer.write_stream(encoded.entries, encoded.data)
            draw = b"q %s 0 0 %s 0 0 cm /Im0 Do Q" % (pdf_number(w), pdf_number(h))
            content = writer.write_stream(b"", draw)
            page = (
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] "
                b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R /Rotate %d >>"
                % (tree, pdf_number(w), pdf_number(h), image, content, entry.rotation % 360)
            )
            kids.append(writer.write_object(page))
            kinds.append(encoded.kind)
            passthrough += encoded.passthrough
            progress(
                percent(index + 1, len(entries)),
                f"Menyusun halaman {index + 1} dari {len(entries)}",
            )
        refs = b" ".join(b"%d 0 R" % k for k in kids)
        writer.write_object(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)), tree)
        xmp = writer.write_stream(b"/Type /Metadata /Subtype /XML", xmp_packet(meta, created, pdfa))
        catalog = b"<< /Type /Catalog /Pages %d 0 R /Metadata %d 0 R" % (tree, xmp)
        if meta.language:
            catalog += b" /Lang " + pdf_text(meta.language)
        if pdfa:
            icc = writer.write_stream(b"/N 3", srgb_icc())
            catalog += b" /OutputIntents [" + output_intent(icc) + b"]"
        root = writer.write_object(catalog + b" >>")
        info = writer.write_object(info_dict(meta, created))
        seed = f"{writer.sha256}{created.isoformat()}{out.name}".encode()
        writer.finish(root, info, hashlib.md5(seed, usedforsecurity=False).digest())
        size, digest = writer.size, writer.sha256
    return AssemblyResult(out, len(kids), size, digest, pdfa, tuple(kinds), passthrough)
