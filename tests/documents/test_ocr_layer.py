"""A text layer of invisible words over a page image is OCR, and the reader treats it so."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from jdih_desktop.db.engine import Database
from jdih_desktop.documents import intake as intake_module
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.intake import OCR, OWN_OCR_NOTE, TEXT_LAYER, DocumentIntake
from jdih_desktop.documents.pdf.ocr import OcrResult
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


def _heading_garbled(text: str) -> str:
    """A publisher's layer as on real scans: the heading's words mangled past reading."""
    return text.replace(
        "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG\nNOMOR 19 TAHUN 2023",
        "KFPTJTTJ$AN K0MI5I PFMTLTHAN TJMTJM\n^oM;R Ag0 /sK/2o2o",
    )


class _OwnOcr:
    """Stands in for OCRmyPDF + Tesseract: "OCRs" by copying a prepared layered PDF."""

    def __init__(self, result: Path) -> None:
        self.result = result
        self.calls = 0

    def __call__(self, src: Path, out: Path, **_: object) -> OcrResult:
        self.calls += 1
        shutil.copyfile(self.result, out)
        return OcrResult(out, 1, 0.0)


@pytest.fixture()
def own_ocr(monkeypatch: pytest.MonkeyPatch, born_digital: Path, tmp_path: Path) -> _OwnOcr:
    ours = _OwnOcr(_as_scan(born_digital, tmp_path / "ours.pdf", invisible=True))
    monkeypatch.setattr(intake_module, "ocr_pdf", ours)
    monkeypatch.setattr(intake_module, "check_ocr_available", lambda options: "tesseract")
    return ours


def _layered(text: str, tmp_path: Path, name: str) -> Path:
    return _as_scan(
        text_decree_pdf(text, tmp_path / f"{name}-text.pdf"), tmp_path / name, invisible=True
    )


def test_a_layer_without_a_readable_heading_is_read_again_with_our_ocr(
    db: Database, own_ocr: _OwnOcr, tmp_path: Path
) -> None:
    intake = DocumentIntake(ArchiveService(db, FileStore(tmp_path / "files")))
    scan = _layered(_heading_garbled(decree_text("01_dpt_soppeng_2023")), tmp_path, "poor.pdf")
    assert intake.read(scan, ocr=False).extraction.nomor is None  # no OCR asked: layer kept

    reading = intake.read(scan, work=tmp_path / "work")
    assert own_ocr.calls == 1
    assert reading.text_source == OCR and OWN_OCR_NOTE in reading.notes
    assert reading.derived is not None and reading.derived.is_file()  # ours is what is stored
    nomor = reading.extraction.nomor
    assert nomor is not None and nomor.value == "19 Tahun 2023"
    signer = reading.extraction.penandatangan
    assert signer is not None and needs_check(signer.confidence)  # still OCR text


def test_a_readable_layer_is_kept_and_ours_only_replaces_a_worse_one(
    db: Database, own_ocr: _OwnOcr, tmp_path: Path
) -> None:
    intake = DocumentIntake(ArchiveService(db, FileStore(tmp_path / "files")))
    text = decree_text("01_dpt_soppeng_2023")
    fine = intake.read(_layered(text, tmp_path, "fine.pdf"))
    assert own_ocr.calls == 0 and fine.text_source == TEXT_LAYER
    assert fine.extraction.nomor is not None

    # Our OCR read even less (a blank page): the publisher's layer stays.
    own_ocr.result = _layered("\n", tmp_path, "blank.pdf")
    poor = intake.read(_layered(_heading_garbled(text), tmp_path, "poor.pdf"))
    assert own_ocr.calls == 1
    assert poor.text_source == TEXT_LAYER and OWN_OCR_NOTE not in poor.notes
    assert poor.extraction.tempat_penetapan is not None
