"""The intake gate: what every file must pass before it enters the file store.

One entry point, :func:`admit`, called wherever a file comes in from outside (decree imports,
nota dinas / salinan attachments, minutes scans, social-media designs, the letterhead logo).
The type is decided by the file's content, never by its name. The gate only reads: a refused
file leaves nothing in the store or in any temporary folder.

PDFs are walked object by object (every object in the file, so an image or an action hidden
any number of Form XObjects deep, or not referenced from a page at all, is still seen):

- active content is refused: JavaScript (``/JS``, ``/S /JavaScript`` in OpenAction, page or
  annotation ``/AA``, the ``/Names`` tree), ``/Launch``, embedded files (``/EmbeddedFile``,
  ``/EmbeddedFiles``, file attachment annotations), XFA forms and RichMedia / Flash; plain
  ``/URI`` links are fine (a decree cites the JDIH site);
- every Flate stream is inflated *streaming* up to a bound: an image's bound is what its
  declared width × height × components × bits needs, anything else :data:`MAX_STREAM_BYTES`;
  data that inflates beyond is a decompression bomb, refused without ever holding it;
- page and object counts are capped (:data:`MAX_PAGES`, :data:`MAX_OBJECTS`).

Images are opened by their header (Pillow), their declared size bounded, their whole data
checked (PNG CRCs with ``verify``, other formats decoded with the same pixel bound). Videos
get a pure-Python container walk: ISO BMFF (MP4/MOV) boxes must tile the file exactly and
hold ``moov`` and ``mdat``; WebM must start with an EBML header followed by a Segment.
"""

from __future__ import annotations

import warnings
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from jdih_desktop.documents.errors import (
    CorruptPdfError,
    DocumentError,
    EncryptedPdfError,
    ImageTooLargeError,
)
from jdih_desktop.documents.pdf.images import MAX_MEGAPIXELS
from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import Msg, msg

MAX_PAGES = 2000  # the thickest decree bundle seen is a few hundred pages
MAX_OBJECTS = 250_000
MAX_STREAM_BYTES = 64 * 2**20  # a non-image stream (page content, form, font) inflated
CHUNK = 1 << 20
# qpdf's words when it had to rebuild a damaged or truncated file (QPDF.cc, QPDF_objects.cc).
DAMAGE_MARKERS = (
    "file is damaged",
    "reconstruct",
    "can't find startxref",
    "unexpected EOF",
    "EOF while reading",
    "unable to recover stream data",
    "expected endstream",
    "attempting to recover stream length",
)

PDF, IMAGE, VIDEO = "pdf", "image", "video"


class FileRefusedError(DocumentError, ValidationError):
    """A file the gate will not let into the store, with the reason in both languages.

    Also a :class:`ValidationError`: to the caller it is bad input, like a wrong file type.
    """

    def __init__(self, name: str, reason: Msg) -> None:
        super().__init__(
            msg(
                "Berkas {name} ditolak: {reason}. Tidak ada yang disimpan.",
                "The file {name} was refused: {reason_en}. Nothing was stored.",
                name=name,
                reason=reason.render("id"),
                reason_en=reason.render("en"),
            )
        )
        self.reason = reason


@dataclass(frozen=True)
class Admitted:
    """What the gate found the file to be."""

    kind: str  # PDF, IMAGE or VIDEO
    media_type: str
    pages: int = 0


# Active content, by the reason given for it.
_JAVASCRIPT = msg("berisi JavaScript", "it contains JavaScript")
_LAUNCH = msg(
    "berisi perintah menjalankan program (Launch)",
    "it contains a Launch action that runs a program",
)
_EMBEDDED = msg("berisi berkas tersemat", "it contains embedded files")
_XFA = msg("berisi formulir XFA", "it contains an XFA form")
_RICH_MEDIA = msg(
    "berisi media aktif (RichMedia/Flash)", "it contains rich media (RichMedia/Flash)"
)
_ACTIONS = {"/JavaScript": _JAVASCRIPT, "/Launch": _LAUNCH, "/RichMediaExecute": _RICH_MEDIA}
_ANNOTATIONS = {"/FileAttachment": _EMBEDDED, "/RichMedia": _RICH_MEDIA}


def _media_type(head: bytes) -> tuple[str, str] | None:
    """(kind, media type) from the first bytes, or None when the gate does not know them."""
    if b"%PDF-" in head[:1024]:
        return PDF, "application/pdf"
    for magic, media_type in (
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
    ):
        if head.startswith(magic):
            return IMAGE, media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return IMAGE, "image/webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return VIDEO, "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return VIDEO, "video/webm"
    return None


def admit(path: Path, allowed: Iterable[str] = (PDF, IMAGE, VIDEO)) -> Admitted:
    """Check ``path`` (read only) and say what it is; raise :class:`FileRefusedError` else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise FileRefusedError(path.name, msg(detail, detail)) from exc
    found = _media_type(head)
    kinds = tuple(allowed)
    if found is None or found[0] not in kinds:
        wanted = ", ".join(kinds)
        raise FileRefusedError(
            path.name,
            msg(
                "isinya bukan jenis yang diterima di sini ({wanted})",
                "its content is not a type accepted here ({wanted})",
                wanted=wanted,
            ),
        )
    kind, media_type = found
    if kind == PDF:
        return Admitted(kind, media_type, check_pdf(path))
    if kind == IMAGE:
        check_image(path)
    else:
        check_video(path, media_type)
    return Admitted(kind, media_type)


def check_pdf(path: Path) -> int:
    """Walk every object of the PDF at ``path``; returns its page count."""
    import pikepdf

    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        raise EncryptedPdfError(path.name, needs_password=True) from None
    except pikepdf.PdfError as exc:
        raise CorruptPdfError(path.name, str(exc).splitlines()[0][:160]) from exc
    with pdf:
        if pdf.is_encrypted:
            raise EncryptedPdfError(path.name, needs_password=False)
        try:
            pages = walk_pdf(pdf, path.name)
        except (pikepdf.PdfError, ValueError, TypeError, KeyError) as exc:
            raise CorruptPdfError(path.name, str(exc).splitlines()[0][:160]) from exc
        # Reading the warnings clears them; only damage counts (qpdf also warns about
        # harmless syntax, e.g. "name with stray #" in real decrees from regency offices).
        warned = [w for w in pdf.get_warnings() if any(m in str(w) for m in DAMAGE_MARKERS)]
        if warned:
            # qpdf had to reconstruct it (truncated, broken cross-references): only a decree
            # import keeps a repaired copy beside the original; here it is refused.
            raise FileRefusedError(
                path.name,
                msg(
                    "berkas PDF rusak atau terpotong ({detail})",
                    "the PDF is damaged or truncated ({detail})",
                    detail=(str(warned[0]).splitlines() or ["?"])[0][:120],
                ),
            )
        return pages


def walk_pdf(pdf: object, name: str) -> int:
    """The object walk on an open ``pikepdf.Pdf``; returns the page count."""
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    if len(pdf.objects) > MAX_OBJECTS:
        raise FileRefusedError(
            name,
            msg(
                "terlalu banyak objek ({n}, batas {limit})",
                "too many objects ({n}, limit {limit})",
                n=len(pdf.objects),
                limit=MAX_OBJECTS,
            ),
        )
    pages = len(pdf.pages)
    if pages > MAX_PAGES:
        raise FileRefusedError(
            name,
            msg(
                "terlalu banyak halaman ({n}, batas {limit})",
                "too many pages ({n}, limit {limit})",
                n=pages,
                limit=MAX_PAGES,
            ),
        )
    _check_catalog(pdf.Root, name)
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            _check_object(obj, name)
    return pages


def _check_catalog(root: object, name: str) -> None:
    import pikepdf

    if not isinstance(root, pikepdf.Dictionary):
        return
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        if "/JavaScript" in names:
            raise FileRefusedError(name, _JAVASCRIPT)
        if "/EmbeddedFiles" in names:
            raise FileRefusedError(name, _EMBEDDED)
    form = root.get("/AcroForm")
    if isinstance(form, pikepdf.Dictionary) and "/XFA" in form:
        raise FileRefusedError(name, _XFA)
    _check_object(root, name)


def _check_object(obj: object, name: str) -> None:
    import pikepdf

    assert isinstance(obj, pikepdf.Dictionary | pikepdf.Stream)
    if "/JS" in obj:
        raise FileRefusedError(name, _JAVASCRIPT)
    action = obj.get("/S")
    if isinstance(action, pikepdf.Name) and str(action) in _ACTIONS:
        raise FileRefusedError(name, _ACTIONS[str(action)])
    type_ = obj.get("/Type")
    if type_ == pikepdf.Name("/EmbeddedFile") or "/EF" in obj:
        raise FileRefusedError(name, _EMBEDDED)
    subtype = obj.get("/Subtype")
    if isinstance(subtype, pikepdf.Name) and str(subtype) in _ANNOTATIONS:
        raise FileRefusedError(name, _ANNOTATIONS[str(subtype)])
    if "/XFA" in obj:
        raise FileRefusedError(name, _XFA)
    if isinstance(obj, pikepdf.Stream):
        _check_stream(obj, name)


def _first_filter(stream: object) -> str:
    import pikepdf

    assert isinstance(stream, pikepdf.Stream)
    filters = stream.get("/Filter")
    if isinstance(filters, pikepdf.Array):
        return str(filters[0]) if len(filters) else ""
    return str(filters) if isinstance(filters, pikepdf.Name) else ""


def _image_bytes(stream: object, name: str) -> int:
    """The bytes an image's declared geometry needs (plus PNG predictor bytes per row)."""
    import pikepdf

    assert isinstance(stream, pikepdf.Stream)
    width, height = int(stream.get("/Width", 0)), int(stream.get("/Height", 0))
    if width <= 0 or height <= 0:
        raise CorruptPdfError(name, "gambar berukuran nol / a zero-size image")
    megapixels = width * height / 1e6
    if megapixels > MAX_MEGAPIXELS:
        raise ImageTooLargeError(name, megapixels, MAX_MEGAPIXELS)
    bits = int(stream.get("/BitsPerComponent", 8) or 8)
    space = stream.get("/ColorSpace")
    components = 1
    if space == pikepdf.Name.DeviceRGB or space == pikepdf.Name.CalRGB:
        components = 3
    elif space == pikepdf.Name.DeviceCMYK:
        components = 4
    elif isinstance(space, pikepdf.Array) and len(space) > 1:
        base = str(space[0])
        if base == "/ICCBased":
            components = int(space[1].get("/N", 3))
        elif base in ("/CalRGB", "/Lab"):
            components = 3
        elif base == "/DeviceN":
            components = len(space[1]) if isinstance(space[1], pikepdf.Array) else 32
    row = (width * components * bits + 7) // 8
    return (row + 1) * height


def _check_stream(stream: object, name: str) -> None:
    """Inflate a Flate stream streaming, never more than its bound plus one byte."""
    import pikepdf

    assert isinstance(stream, pikepdf.Stream)
    is_image = stream.get("/Subtype") == pikepdf.Name.Image
    bound = _image_bytes(stream, name) + 4096 if is_image else MAX_STREAM_BYTES
    if _first_filter(stream) != "/FlateDecode":
        return  # DCT, JPX, CCITT, JBIG2 decode to the declared size; other filters are rare
    try:
        raw = stream.read_raw_bytes()
    except pikepdf.PdfError as exc:
        raise CorruptPdfError(name, str(exc).splitlines()[0][:160]) from exc
    inflater = zlib.decompressobj()
    total = 0
    try:
        for start in range(0, len(raw), CHUNK):
            total += len(inflater.decompress(raw[start : start + CHUNK], bound - total + 1))
            while inflater.unconsumed_tail and total <= bound:
                total += len(inflater.decompress(inflater.unconsumed_tail, bound - total + 1))
            if total > bound:
                break
    except zlib.error:
        return  # a broken stream: qpdf's own checks name it where it matters
    if total > bound:
        what = "gambar" if is_image else "aliran data"
        what_en = "an image" if is_image else "a data stream"
        raise FileRefusedError(
            name,
            msg(
                "{what} mengembang melampaui ukuran yang dinyatakannya (bom dekompresi)",
                "{what_en} inflates beyond its declared size (a decompression bomb)",
                what=what,
                what_en=what_en,
            ),
        )


def check_image(path: Path) -> tuple[int, int]:
    """Header, declared size and the whole data of an image; returns (width, height)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # bounded below
            with Image.open(path) as image:
                width, height = image.size
                if width <= 0 or height <= 0:
                    raise FileRefusedError(path.name, msg("gambar kosong", "an empty image"))
                megapixels = width * height / 1e6
                if megapixels > MAX_MEGAPIXELS:
                    raise ImageTooLargeError(path.name, megapixels, MAX_MEGAPIXELS)
                if image.format == "PNG":
                    image.verify()  # every chunk's CRC, without decoding the pixels
                else:
                    image.load()
    except (FileRefusedError, ImageTooLargeError):
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        OSError,
        ValueError,
        SyntaxError,
    ) as exc:
        raise FileRefusedError(
            path.name,
            msg(
                "gambar rusak atau tidak dapat dibaca ({detail})",
                "the image is damaged or unreadable ({detail})",
                detail=type(exc).__name__,
            ),
        ) from exc
    return width, height


def _damaged_video(name: str, detail: str) -> FileRefusedError:
    return FileRefusedError(
        name,
        msg(
            "wadah video rusak atau bukan video ({detail})",
            "the video container is damaged or not a video ({detail})",
            detail=detail,
        ),
    )


def check_video(path: Path, media_type: str) -> None:
    with path.open("rb") as handle:
        size = path.stat().st_size
        if media_type == "video/webm":
            _check_ebml(handle, path.name)
        else:
            _check_bmff(handle, size, path.name)


def _check_bmff(handle: BinaryIO, size: int, name: str) -> None:
    """ISO/IEC 14496-12 §4.2: boxes of (size, type) tile the file; ftyp first, moov, mdat."""
    seen: list[bytes] = []
    offset = 0
    while offset < size:
        handle.seek(offset)
        header = handle.read(16)
        if len(header) < 8:
            raise _damaged_video(name, "kotak terpotong / truncated box")
        box_size, box_type = int.from_bytes(header[:4], "big"), header[4:8]
        if box_size == 1:
            if len(header) < 16:
                raise _damaged_video(name, "kotak terpotong / truncated box")
            box_size = int.from_bytes(header[8:16], "big")
        elif box_size == 0:
            box_size = size - offset
        if not all(32 <= b < 127 for b in box_type) or box_size < 8:
            raise _damaged_video(name, f"kotak tidak sah / invalid box at {offset}")
        if offset + box_size > size:
            raise _damaged_video(name, "berkas terpotong / truncated file")
        seen.append(box_type)
        if len(seen) > 10_000:
            raise _damaged_video(name, "terlalu banyak kotak / too many boxes")
        if box_type == b"moov":
            handle.seek(offset + 8)
            child = handle.read(8)[4:8] if box_size >= 16 else b""
            if not child or not all(32 <= b < 127 for b in child):
                raise _damaged_video(name, "moov tanpa isi / an empty moov")
        offset += box_size
    if not seen or seen[0] != b"ftyp" or b"moov" not in seen or b"mdat" not in seen:
        raise _damaged_video(name, "tanpa moov/mdat / no moov/mdat")


def _vint(data: bytes, at: int) -> tuple[int, int]:
    """An EBML variable-size integer at ``at``: (value, length)."""
    if at >= len(data) or data[at] == 0:
        raise ValueError("bad vint")
    length = 8 - data[at].bit_length() + 1
    value = data[at] & (0xFF >> length)
    for byte in data[at + 1 : at + length]:
        value = (value << 8) | byte
    if at + length > len(data):
        raise ValueError("truncated vint")
    return value, length


def _check_ebml(handle: BinaryIO, name: str) -> None:
    """RFC 8794: the EBML header element, then a Matroska/WebM Segment (ID 0x18538067)."""
    data = handle.read(4096)
    try:
        header_size, length = _vint(data, 4)
        segment = 4 + length + header_size
        if data[segment : segment + 4] != b"\x18\x53\x80\x67":
            raise ValueError("no Segment after the EBML header")
        if b"webm" not in data[:segment] and b"matroska" not in data[:segment]:
            raise ValueError("not a WebM/Matroska DocType")
    except (ValueError, IndexError) as exc:
        raise _damaged_video(name, str(exc)) from exc
