"""Importing PDFs made elsewhere: what is accepted, repaired, or refused, and why."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from jdih_desktop.documents.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    ImageTooLargeError,
    NotAPdfError,
)
from jdih_desktop.documents.pdf.pdf_import import repair_pdf, validate_import
from jdih_desktop.documents.pdf.text import extract_text, pages_from_text

MakePdf = Callable[[Sequence[Sequence[str]], str], Path]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_born_digital_pdf_is_accepted_as_is(text_pdf: MakePdf) -> None:
    path = text_pdf([["KEPUTUSAN KOMISI PEMILIHAN UMUM"], ["halaman dua"]], "ok.pdf")
    report = validate_import(path)
    assert (report.page_count, report.pages_with_text, report.needs_repair) == (2, 2, False)
    assert report.has_text and report.pdfa == ""


def test_zero_byte_file(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.pdf"
    empty.touch()
    with pytest.raises(EmptyFileError, match=r"kosong\.pdf"):
        validate_import(empty)


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("scan.pdf", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "JPEG"),
        ("sk.pdf", None, "DOCX"),
        ("unduhan.pdf", b"<!DOCTYPE html><html><body>404</body></html>", "HTML"),
        ("acak.pdf", b"just some text, not a document", None),
    ],
)
def test_wrong_extension_says_what_the_file_is(
    tmp_path: Path, name: str, content: bytes | None, says: str | None
) -> None:
    path = tmp_path / name
    if content is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
        content = buffer.getvalue()
    path.write_bytes(content)
    with pytest.raises(NotAPdfError) as caught:
        validate_import(path)
    assert name in str(caught.value)
    if says:
        assert says in str(caught.value)


def test_password_protected_pdf(text_pdf: MakePdf, tmp_path: Path) -> None:
    source = text_pdf([["rahasia"]], "plain.pdf")
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(source) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="rahasia", owner="pemilik"))
    with pytest.raises(EncryptedPdfError, match="kata sandi"):
        validate_import(locked)
    with pytest.raises(EncryptedPdfError):
        extract_text(locked)


def test_restriction_only_encryption_is_refused_too(text_pdf: MakePdf, tmp_path: Path) -> None:
    source = text_pdf([["dibatasi"]], "plain.pdf")
    restricted = tmp_path / "restricted.pdf"
    with pikepdf.open(source) as pdf:
        pdf.save(restricted, encryption=pikepdf.Encryption(user="", owner="pemilik"))
    with pytest.raises(EncryptedPdfError, match="terenkripsi"):
        validate_import(restricted)


def test_truncated_download_is_refused(text_pdf: MakePdf, tmp_path: Path) -> None:
    source = text_pdf([["x" * 60] * 40] * 3, "full.pdf")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    with pytest.raises(CorruptPdfError, match=r"cut\.pdf"):
        validate_import(cut)


def test_broken_xref_is_repaired_into_a_derived_copy(text_pdf: MakePdf, tmp_path: Path) -> None:
    source = text_pdf([["KEPUTUSAN"], ["LAMPIRAN"]], "good.pdf")
    data = source.read_bytes()
    # Point startxref at nonsense: every object is intact, the index is not.
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n999999", data))
    before = _digest(damaged)
    report = validate_import(damaged)
    assert report.needs_repair and report.warnings
    repaired = repair_pdf(damaged, tmp_path / "derived" / "repaired.pdf")
    assert _digest(damaged) == before  # the original is never touched
    again = validate_import(repaired)
    assert (again.needs_repair, again.page_count) == (False, 2)
    with pytest.raises(ValueError):
        repair_pdf(damaged, damaged)


def test_image_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    with pikepdf.new() as pdf:
        image = pikepdf.Stream(pdf, b"\x00" * 100)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height = 60000, 60000
        image.ColorSpace, image.BitsPerComponent = pikepdf.Name.DeviceGray, 8
        page = pdf.add_blank_page()
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        pdf.save(bomb)
    with pytest.raises(ImageTooLargeError, match="3600 megapiksel"):
        validate_import(bomb)


def test_garbage_after_the_header(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(CorruptPdfError):
        validate_import(junk)


def test_a_scanned_pdf_reports_its_largest_image(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    image = Image.new("L", (1700, 2600), 255)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=200)
    path.write_bytes(buffer.getvalue())
    report = validate_import(path)
    assert report.pages_with_text == 0
    assert report.largest_image_megapixels == pytest.approx(4.42)


def test_extract_text_numbers_pages_and_lines(text_pdf: MakePdf) -> None:
    path = text_pdf([["KEPUTUSAN KOMISI", "NOMOR 19 TAHUN 2023"], ["LAMPIRAN"]], "t.pdf")
    pages = extract_text(path)
    assert [p.number for p in pages] == [1, 2]
    assert list(pages[0].numbered()) == [(1, "KEPUTUSAN KOMISI"), (2, "NOMOR 19 TAHUN 2023")]
    assert not pages[1].is_empty


def test_pages_from_plain_text_split_at_form_feeds() -> None:
    pages = pages_from_text("a\nb\fc\n\f")
    assert [(p.number, p.lines) for p in pages] == [(1, ("a", "b")), (2, ("c",))]
