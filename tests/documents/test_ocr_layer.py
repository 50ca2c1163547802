"""A text layer of invisible words over a page image is OCR, and the reader treats it so."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.intake import DocumentIntake
from jdih_desktop.documents.pdf.ocr_layer import has_ocr_layer
from jdih_desktop.documents.reading.reader_confidence import needs_check
from jdih_desktop.storage.filestore import FileStore
from tests.documents.decree_pdfs import decree_text, text_decree_pdf


def _as_scan(source: Path, target: Path, *, invisible: bool, blank_run: bool = False) -> Path:
    """``source``'s pages with a picture under the text; the text made invisible (render
    mode 3, as scanners' and OCRmyPDF's layers are) when ``invisible``; ``blank_run`` adds
    the lone visible " " a word processor leaves."""
    picture = target.parent / "page.png"
    Image.new("L", (85, 110), 255).save(picture)
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            image = pdf.make_stream(Image.open(picture).tobytes())
            image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
            image.Width, image.Height, image.BitsPerComponent = 85, 110, 8
            image.ColorSpace = pikepdf.Name.DeviceGray
            page.obj.Resources.XObject = pikepdf.Dictionary(Im0=image)
            data = b"".join(bytes(s.read_bytes()) for s in _streams(page))
            if invisible:
                data = re.sub(rb"\bBT\b", b"BT 3 Tr", data)
            extra = b" BT /F1 11 Tf 72 72 Td [( )] TJ ET" if blank_run else b""
            fonts = page.obj.Resources.get("/Font")
            if blank_run and fonts is not None and "/F1" not in fonts:
                extra = extra.replace(b"/F1", str(next(iter(fonts.keys()))).encode())
            page.obj.Contents = pdf.make_stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q " + data + extra)
        pdf.save(target)
    return target


def _streams(page: pikepdf.Page) -> list[pikepdf.Stream]:
    contents = page.obj.Contents
    return list(contents) if isinstance(contents, pikepdf.Array) else [contents]


@pytest.fixture()
def born_digital(tmp_path: Path) -> Path:
    return text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "decree.pdf")


def test_invisible_text_over_a_picture_is_an_ocr_layer(born_digital: Path, tmp_path: Path) -> None:
    assert not has_ocr_layer(born_digital)
    assert has_ocr_layer(_as_scan(born_digital, tmp_path / "ocr.pdf", invisible=True))
    assert has_ocr_layer(
        _as_scan(born_digital, tmp_path / "blank.pdf", invisible=True, blank_run=True)
    )
    assert not has_ocr_layer(_as_scan(born_digital, tmp_path / "shown.pdf", invisible=False))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    assert not has_ocr_layer(tmp_path / "broken.pdf")


def test_a_scans_own_ocr_layer_is_read_as_ocr(
    db: Database, born_digital: Path, tmp_path: Path
) -> None:
    intake = DocumentIntake(ArchiveService(db, FileStore(tmp_path / "files")))
    clean = intake.read(born_digital).extraction.penandatangan
    assert clean is not None and not needs_check(clean.confidence)
    scan = _as_scan(born_digital, tmp_path / "ocr.pdf", invisible=True)
    signer = intake.read(scan).extraction.penandatangan
    assert signer is not None and signer.value == clean.value
    assert needs_check(signer.confidence) and signer.reason
