"""Errors of the documents layer: bad page images, bad PDFs, OCR trouble.

Every error carries a :class:`~jdih_desktop.domain.messages.Msg` a clerk can act on; the
constructors below build it from the facts (file name, page, size) so callers never have to
word a message themselves.
"""

from __future__ import annotations

from pathlib import Path

from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import msg

__all__ = [
    "AssemblyError",
    "CorruptPdfError",
    "DocumentError",
    "EmptyFileError",
    "EncryptedPdfError",
    "ImageTooLargeError",
    "InvalidPdfError",
    "NotAPdfError",
    "OcrCancelledError",
    "OcrFailedError",
    "OcrUnavailableError",
    "OperationCancelledError",
    "PageImageError",
    "PageOperationError",
]


class DocumentError(JdihError):
    """Root of every failure while processing scanned pages or PDF files."""


class PageImageError(DocumentError):
    """A spool page image cannot be read or has a mode we cannot archive."""

    @classmethod
    def unreadable(cls, path: Path, detail: str) -> PageImageError:
        return cls(
            msg(
                "Gambar halaman {name} tidak dapat dibaca ({detail}). Pindai ulang halaman ini.",
                "The page image {name} cannot be read ({detail}). Scan this page again.",
                name=path.name,
                detail=detail,
            )
        )


class ImageTooLargeError(DocumentError):
    """An image declares more pixels than a scan can have: a decompression bomb or a bad file."""

    def __init__(self, name: str, megapixels: float, limit: float) -> None:
        super().__init__(
            msg(
                "Berkas {name} memuat gambar {mp:.0f} megapiksel, melebihi batas {limit:.0f} "
                "megapiksel. Berkas ini ditolak karena dapat menghabiskan memori komputer.",
                "The file {name} holds a {mp:.0f}-megapixel image, above the {limit:.0f}-megapixel "
                "limit. It was refused because it could exhaust the computer's memory.",
                name=name,
                mp=megapixels,
                limit=limit,
            )
        )


class AssemblyError(DocumentError):
    """The PDF could not be built from the pages (nothing was written at the target)."""


class PageOperationError(DocumentError):
    """A rotate/delete/move request names a page that does not exist or an invalid angle."""


class OperationCancelledError(DocumentError):
    """The user cancelled a long operation; no partial output was left behind."""

    def __init__(self) -> None:
        super().__init__(msg("Proses dibatalkan oleh pengguna.", "Cancelled by the user."))


class InvalidPdfError(DocumentError):
    """An imported file is not a usable PDF; the original file was left untouched."""


class EmptyFileError(InvalidPdfError):
    def __init__(self, name: str) -> None:
        super().__init__(
            msg(
                "Berkas {name} kosong (0 byte). Periksa kembali berkas sumbernya.",
                "The file {name} is empty (0 bytes). Check the source file.",
                name=name,
            )
        )


class NotAPdfError(InvalidPdfError):
    def __init__(self, name: str, looks_like: str | None) -> None:
        if looks_like:
            message = msg(
                "Berkas {name} bukan PDF, melainkan {kind}. Simpan atau ekspor dahulu sebagai "
                "PDF, lalu impor kembali.",
                "The file {name} is not a PDF but {kind}. Save or export it as PDF first, "
                "then import it again.",
                name=name,
                kind=looks_like,
            )
        else:
            message = msg(
                "Berkas {name} bukan berkas PDF.",
                "The file {name} is not a PDF file.",
                name=name,
            )
        super().__init__(message)


class EncryptedPdfError(InvalidPdfError):
    def __init__(self, name: str, needs_password: bool) -> None:
        if needs_password:
            message = msg(
                "Berkas {name} dilindungi kata sandi. Minta salinan tanpa kata sandi dari "
                "pengirimnya.",
                "The file {name} is password-protected. Ask the sender for a copy without "
                "a password.",
                name=name,
            )
        else:
            message = msg(
                "Berkas {name} terenkripsi (dibatasi untuk dicetak/diubah). Arsip JDIH harus "
                "tanpa enkripsi; minta salinan yang tidak terkunci.",
                "The file {name} is encrypted (printing/editing restricted). JDIH archive "
                "copies must be unencrypted; ask for an unlocked copy.",
                name=name,
            )
        super().__init__(message)


class CorruptPdfError(InvalidPdfError):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            msg(
                "Berkas PDF {name} rusak dan tidak dapat diperbaiki ({detail}). Minta atau unduh "
                "ulang berkasnya.",
                "The PDF file {name} is damaged beyond repair ({detail}). Ask for or download the "
                "file again.",
                name=name,
                detail=detail,
            )
        )


class OcrUnavailableError(DocumentError):
    """Tesseract, its Indonesian model or OCRmyPDF is missing on this computer."""

    def __init__(self, missing: str) -> None:
        super().__init__(
            msg(
                "Pengenalan teks (OCR) tidak tersedia: {missing} belum terpasang. Dokumen tetap "
                "tersimpan tanpa lapisan teks; hubungi administrator untuk memasang Tesseract "
                "beserta bahasa Indonesia (ind).",
                "Text recognition (OCR) is unavailable: {missing} is not installed. The document "
                "is kept without a text layer; ask the administrator to install Tesseract with "
                "the Indonesian language (ind).",
                missing=missing,
            )
        )


class OcrFailedError(DocumentError):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            msg(
                "OCR pada {name} gagal: {detail}. Dokumen tetap tersimpan tanpa lapisan teks.",
                "OCR of {name} failed: {detail}. The document is kept without a text layer.",
                name=name,
                detail=detail,
            )
        )


class OcrCancelledError(OperationCancelledError):
    """OCR was cancelled; the document stays as it was, without a text layer."""
