"""Check a PDF brought in from elsewhere before it enters the archive; repair what qpdf can.

The original file is only ever read. A PDF that qpdf could open only by reconstructing it
(a truncated download, a broken cross-reference table) gets a *derived* repaired copy, which
the store keeps beside the untouched original. Everything that cannot become a sound,
unencrypted PDF is refused with a message that says what the file really is.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from jdih_desktop.documents.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    ImageTooLargeError,
    NotAPdfError,
)
from jdih_desktop.documents.gate import walk_pdf
from jdih_desktop.documents.pdf.images import MAX_MEGAPIXELS
from jdih_desktop.storage.atomic import atomic_writer

MAX_PAGE_POINTS = 14400.0  # 200 inches: PDF's own limit without UserUnit
MIN_PAGE_POINTS = 1.0  # a page narrower than a point cannot hold a decree
# A scanned page's content is a few hundred bytes and a dense born-digital page a few MB; far
# more is a decompression bomb aimed at whatever parses the page.
MAX_CONTENT_BYTES = 64 * 2**20
# qpdf's words when its recovery had to drop data: a "repaired" copy would lose content.
_LOSSY_WARNINGS = (
    "unable to recover stream data",
    "treating stream as empty",
    "unexpected EOF",
    "EOF while reading",
)

# What office users most often import by mistake, by their first bytes.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "gambar JPEG / a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "gambar PNG / a PNG image"),
    (b"II*\x00", "gambar TIFF / a TIFF image"),
    (b"MM\x00*", "gambar TIFF / a TIFF image"),
    (b"GIF8", "gambar GIF / a GIF image"),
    (
        b"PK\x03\x04",
        "dokumen Word/Excel (DOCX/XLSX) atau arsip ZIP / "
        "a Word/Excel document (DOCX/XLSX) or a ZIP archive",
    ),
    (b"\xd0\xcf\x11\xe0", "dokumen Word/Excel lama (DOC/XLS) / an old Word/Excel document"),
    (b"{\\rtf", "dokumen RTF / an RTF document"),
    (b"Rar!", "arsip RAR / a RAR archive"),
)


@dataclass(frozen=True)
class PdfInspection:
    """What an import found; ``needs_repair`` means: archive :func:`repair_pdf`'s copy too."""

    path: Path
    size_bytes: int
    page_count: int
    pdf_version: str
    pages_with_text: int  # pages with font resources: they have a text layer already
    largest_image_megapixels: float
    pdfa: str  # the PDF/A level the file claims ("2B"), "" when none
    needs_repair: bool
    warnings: tuple[str, ...]

    @property
    def has_text(self) -> bool:
        return self.pages_with_text > 0


def _sniff(head: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "halaman web (HTML) / a web page (HTML)"
    return None


def _check_header(path: Path) -> int:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise CorruptPdfError(path.name, exc.strerror or type(exc).__name__) from exc
    if size == 0:
        raise EmptyFileError(path.name)
    # The PDF spec tolerates junk before the header within the first kilobyte.
    if b"%PDF-" not in head:
        raise NotAPdfError(path.name, _sniff(head))
    return size


def _detail(path: Path, exc: Exception) -> str:
    """qpdf's first message line without the file name it starts with."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    for prefix in (f"{path}: ", f"{path.name}: "):
        text = text.removeprefix(prefix)
    return text[:160]


def _open(path: Path) -> pikepdf.Pdf:
    try:
        return pikepdf.open(path)
    except pikepdf.PasswordError:
        raise EncryptedPdfError(path.name, needs_password=True) from None
    except pikepdf.PdfError as exc:
        raise CorruptPdfError(path.name, _detail(path, exc)) from exc


def _images(resources: pikepdf.Object, depth: int = 0) -> list[pikepdf.Object]:
    """Image XObjects of a resource dictionary, descending into forms (twice at most)."""
    found: list[pikepdf.Object] = []
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if not isinstance(xobjects, pikepdf.Dictionary):
        return found
    for key in xobjects.keys():  # noqa: SIM118 - iterating a pikepdf Dictionary yields Objects
        xobj = xobjects[str(key)]
        if not isinstance(xobj, pikepdf.Stream):
            continue
        subtype = xobj.get("/Subtype")
        if subtype == pikepdf.Name.Image:
            found.append(xobj)
        elif subtype == pikepdf.Name.Form and depth < 2:
            found += _images(xobj.get("/Resources", pikepdf.Dictionary()), depth + 1)
    return found


def _inspect_pages(pdf: pikepdf.Pdf, name: str, max_megapixels: float) -> tuple[int, float]:
    with_text = 0
    largest = 0.0
    for page in pdf.pages:
        box = [float(v) for v in page.mediabox]
        width, height = abs(box[2] - box[0]), abs(box[3] - box[1])
        if max(width, height) > MAX_PAGE_POINTS or min(width, height) < MIN_PAGE_POINTS:
            raise CorruptPdfError(name, "ukuran halaman tidak wajar / absurd page size")
        resources = page.obj.get("/Resources", pikepdf.Dictionary())
        fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
        with_text += isinstance(fonts, pikepdf.Dictionary) and len(fonts.keys()) > 0
        for image in _images(resources):
            width_px, height_px = int(image.get("/Width", 0)), int(image.get("/Height", 0))
            if width_px <= 0 or height_px <= 0:
                raise CorruptPdfError(name, "gambar berukuran nol / a zero-size image")
            megapixels = width_px * height_px / 1e6
            if megapixels > max_megapixels:
                raise ImageTooLargeError(name, megapixels, max_megapixels)
            largest = max(largest, megapixels)
            # Reading the raw bytes exposes streams cut short by a truncated file.
            image.read_raw_bytes()
        _check_content_size(page, name)
        pikepdf.parse_content_stream(page)
    return with_text, largest


def _check_content_size(page: pikepdf.Page, name: str) -> None:
    """Refuse a page whose Flate content inflates beyond any real page (a decompression bomb),
    inflating at most the limit, before anything parses the whole stream."""
    contents = page.obj.get("/Contents")
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    total = 0
    for stream in streams:
        if not isinstance(stream, pikepdf.Stream):
            continue
        if stream.get("/Filter") != pikepdf.Name.FlateDecode:
            continue
        inflater = zlib.decompressobj()
        try:
            total += len(
                inflater.decompress(stream.read_raw_bytes(), MAX_CONTENT_BYTES - total + 1)
            )
        except zlib.error:
            continue  # not our concern here: qpdf reports broken streams itself
        if total > MAX_CONTENT_BYTES:
            mb = MAX_CONTENT_BYTES // 2**20
            raise CorruptPdfError(
                name, f"isi halaman melebihi {mb} MB / page content inflates beyond {mb} MB"
            )


def validate_import(path: Path, *, max_megapixels: float = MAX_MEGAPIXELS) -> PdfInspection:
    """Inspect ``path`` without changing it; raise an :class:`InvalidPdfError` if unusable.

    Refuses empty, non-PDF, encrypted and unrecoverable files, and image bombs (an image
    declaring more than ``max_megapixels``), before anything decodes the images.
    """
    size = _check_header(path)
    with _open(path) as pdf:
        if pdf.is_encrypted:
            raise EncryptedPdfError(path.name, needs_password=False)
        try:
            if len(pdf.pages) == 0:
                raise CorruptPdfError(path.name, "tidak ada halaman / no pages")
            walk_pdf(pdf, path.name)  # the intake gate: active content, bombs, limits
            with_text, largest = _inspect_pages(pdf, path.name, max_megapixels)
            pdfa = pdf.open_metadata().pdfa_status
        except (pikepdf.PdfError, ValueError, TypeError, KeyError) as exc:
            raise CorruptPdfError(path.name, _detail(path, exc)) from exc
        warnings = tuple(pdf.get_warnings())
        if any(marker in w for w in warnings for marker in _LOSSY_WARNINGS):
            raise CorruptPdfError(
                path.name,
                "berkas terpotong, sebagian isi hilang / truncated, part of the content is lost",
            )
        return PdfInspection(
            path=path,
            size_bytes=size,
            page_count=len(pdf.pages),
            pdf_version=pdf.pdf_version,
            pages_with_text=with_text,
            largest_image_megapixels=round(largest, 2),
            pdfa=pdfa,
            needs_repair=bool(warnings),
            warnings=warnings,
        )


def repair_pdf(src: Path, out: Path) -> Path:
    """Write qpdf's reconstruction of ``src`` to ``out`` (atomically); ``src`` is untouched."""
    if out.resolve() == src.resolve():
        raise ValueError("repair_pdf never overwrites the original")
    with _open(src) as pdf, atomic_writer(out) as handle:
        pdf.save(handle)
    return out
