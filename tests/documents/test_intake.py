"""Importing decree PDFs through the intake service: fields, original kept, OCR, refusals."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive.abstracts import AbstractService
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.archive.search_index import SearchService
from jdih_desktop.documents.errors import EncryptedPdfError, InvalidPdfError
from jdih_desktop.documents.intake import DocumentIntake, metadata_from, read_pdf
from jdih_desktop.documents.pdf.ocr import OcrOptions
from jdih_desktop.documents.reading.reader import read_decree
from jdih_desktop.documents.reading.reader_confidence import needs_check
from jdih_desktop.domain.actor import Actor
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.storage.filestore import FileStore, sha256_of
from tests.documents.decree_accuracy import FIXTURES, _same, actual_value
from tests.documents.decree_pdfs import (
    decree_text,
    encrypted_pdf,
    png_named_pdf,
    scanned_decree_pdf,
    text_decree_pdf,
    truncated_pdf,
)
from tests.documents.synth import needs_tesseract

OPERATOR = Actor(None, "operator-uji", frozenset({"operator"}))
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
NO_OCR = OcrOptions(language="zzz_tidak_ada")  # a language no Tesseract has: OCR unavailable


def _intake(db: Database, tmp_path: Path, ocr: OcrOptions | None = None) -> DocumentIntake:
    return DocumentIntake(ArchiveService(db, FileStore(tmp_path / "files"), lambda: NOW), ocr)


def _documents(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(models.Document)) or 0)


def test_import_stores_fields_text_original_and_abstract_draft(
    db: Database, tmp_path: Path
) -> None:
    source = text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "dpt.pdf")
    before = source.read_bytes()
    intake = _intake(db, tmp_path)
    outcome = intake.import_pdf(OPERATOR, source)
    meta = outcome.document.metadata
    assert (meta.nomor, meta.tahun, meta.tanggal_penetapan) == (
        "19 Tahun 2023",
        2023,
        date(2023, 6, 23),
    )
    assert meta.judul.startswith("Penetapan Rekapitulasi Daftar Pemilih Tetap")
    assert meta.penandatangan == "Irwan Usman" and meta.tempat_penetapan == "Watansoppeng"
    assert outcome.reading.text_source == "text" and outcome.warnings == ()
    assert source.read_bytes() == before
    original = outcome.document.file("original")
    assert original is not None and original.sha256 == sha256_of(source)
    stored = AbstractService(db).get(outcome.document.id)
    assert stored.state == "draft"
    assert stored.abstract.singkatan.startswith("KEP KPU KAB SOPPENG NO. 19 TAHUN 2023")
    assert all(stored.abstract.abstrak) and stored.abstract.catatan
    assert SearchService(db).search("pleno terbuka").hits[0].id == outcome.document.id


def test_duplicates_warn_or_refuse(db: Database, tmp_path: Path) -> None:
    source = text_decree_pdf(decree_text("02_ppk_soppeng_2023"), tmp_path / "ppk.pdf")
    intake = _intake(db, tmp_path)
    first = intake.import_pdf(OPERATOR, source)
    second = intake.import_pdf(OPERATOR, source)
    assert [d.id for d in second.duplicates] == [first.document.id]
    assert any("duplikat" in str(w) for w in second.warnings)
    with pytest.raises(ValidationError):
        intake.import_pdf(OPERATOR, source, refuse_duplicates=True)
    assert _documents(db) == 2


@pytest.mark.parametrize("kind", ["zero", "truncated", "encrypted", "png"])
def test_bad_files_are_refused_and_nothing_is_stored(
    db: Database, tmp_path: Path, kind: str
) -> None:
    good = text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "good.pdf")
    bad = tmp_path / f"{kind}.pdf"
    if kind == "zero":
        bad.write_bytes(b"")
    elif kind == "truncated":
        truncated_pdf(good, bad)
    elif kind == "encrypted":
        encrypted_pdf(good, bad)
    else:
        png_named_pdf(bad)
    with pytest.raises(InvalidPdfError) as info:
        _intake(db, tmp_path).import_pdf(OPERATOR, bad)
    assert bad.name in str(info.value)
    if kind == "encrypted":
        assert isinstance(info.value, EncryptedPdfError)
    assert _documents(db) == 0
    assert not [p for p in (tmp_path / "files").rglob("*") if p.is_file()]


def test_unknown_request_refuses_before_storing(db: Database, tmp_path: Path) -> None:
    source = text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "dpt.pdf")
    with pytest.raises(NotFoundError):
        _intake(db, tmp_path).import_pdf(OPERATOR, source, request_id=999)
    assert _documents(db) == 0
    assert not [p for p in (tmp_path / "files").rglob("*") if p.is_file()]


def test_ocr_unavailable_stores_without_text_when_fields_are_given(
    db: Database, tmp_path: Path
) -> None:
    scan = scanned_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "scan.pdf", 1)
    intake = _intake(db, tmp_path, NO_OCR)
    with pytest.raises(ValidationError) as info:
        intake.import_pdf(OPERATOR, scan)
    assert "nomor" in str(info.value) and _documents(db) == 0
    outcome = intake.import_pdf(
        OPERATOR,
        scan,
        overrides={"nomor": "19 Tahun 2023", "tahun": 2023, "judul": "Penetapan DPT"},
    )
    assert outcome.reading.text_source == "none"
    assert any("OCR" in str(w) and "tanpa lapisan teks" in str(w) for w in outcome.warnings)
    assert outcome.document.metadata.nomor == "19 Tahun 2023"
    assert SearchService(db).search("penetapan").total == 1  # the title is still searchable


@needs_tesseract
@pytest.mark.slow
def test_a_scan_without_text_is_ocrd_and_read(db: Database, tmp_path: Path) -> None:
    scan = scanned_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "scan.pdf", 1)
    outcome = _intake(db, tmp_path, OcrOptions(pdfa=False)).import_pdf(OPERATOR, scan)
    assert outcome.reading.text_source == "ocr"
    assert outcome.document.metadata.nomor == "19 Tahun 2023"
    main, original = outcome.document.file("main"), outcome.document.file("original")
    assert main is not None and original is not None
    assert original.sha256 == sha256_of(scan) != main.sha256
    assert SearchService(db).search("Menimbang").hits[0].id == outcome.document.id


def test_metadata_from_drops_a_date_of_another_year() -> None:
    text = decree_text("01_dpt_soppeng_2023").replace("23 Juni 2023", "23 Juni 2022")
    meta, warnings = metadata_from(read_decree(text))
    assert meta.tanggal_penetapan is None and warnings


def test_extract_accuracy_over_the_corpus(tmp_path: Path) -> None:
    """Every fixture decree as a born-digital PDF, through the same path ``jdih extract`` uses."""
    right = total = 0
    for text_file in sorted(FIXTURES.glob("*.txt")):
        expected = json.loads(text_file.with_suffix(".json").read_text(encoding="utf-8"))
        pdf = text_decree_pdf(text_file.read_text(encoding="utf-8"), tmp_path / "d.pdf")
        extraction = read_pdf(pdf, options=NO_OCR).extraction
        for name, want in expected.items():
            _exact, near = _same(want, actual_value(extraction, name))
            right += near
            total += 1
    assert total > 200
    assert right / total >= 0.95


def test_our_ocr_text_is_read_as_ocr_and_a_cut_name_completed_from_the_archive(
    db: Database, tmp_path: Path
) -> None:
    """The scan wizard reads the PDF it OCR'd itself: names under stamps are never sure, and a
    name whose first word the stamp covered is completed from a signer the archive holds."""
    intake = _intake(db, tmp_path)
    text = decree_text("01_dpt_soppeng_2023")
    intake.import_pdf(OPERATOR, text_decree_pdf(text, tmp_path / "stored.pdf"))
    cut = text.replace("NOMOR 19 TAHUN 2023", "NOMOR 25 TAHUN 2023")
    cut = cut.replace("  IRWAN USMAN", "    WAN USMAN", 1).split("\fLAMPIRAN")[0]
    pdf = text_decree_pdf(cut, tmp_path / "scanned.pdf")

    as_text = intake.read(pdf).extraction.penandatangan
    assert as_text is not None and as_text.value == "Wan Usman"  # a clean layer is trusted

    as_ocr = intake.read(pdf, ocr_text=True).extraction.penandatangan
    assert as_ocr is not None and as_ocr.value == "Irwan Usman"
    assert needs_check(as_ocr.confidence) and "Irwan Usman" in as_ocr.reason

    other = cut.replace("WAN USMAN", "SITI AMINAH")
    unknown = intake.read(text_decree_pdf(other, tmp_path / "x.pdf"), ocr_text=True)
    assert unknown.extraction.penandatangan is not None
    assert unknown.extraction.penandatangan.value == "Siti Aminah"
    assert needs_check(unknown.extraction.penandatangan.confidence)


def test_a_signer_no_ocr_could_read_is_proposed_from_the_issuers_stored_decrees(
    db: Database, tmp_path: Path
) -> None:
    """Two stored decrees of the same KPU Kabupaten signed by one chair: a scan whose name
    OCR lost entirely gets that chair proposed, doubtful and with the reason."""
    intake = _intake(db, tmp_path)
    text = decree_text("01_dpt_soppeng_2023")
    unsigned = text.replace("NOMOR 19 TAHUN 2023", "NOMOR 27 TAHUN 2023")
    unsigned = unsigned.replace("  IRWAN USMAN", "", 1).split("\fLAMPIRAN")[0]
    pdf = text_decree_pdf(unsigned, tmp_path / "unsigned.pdf")
    intake.import_pdf(OPERATOR, text_decree_pdf(text, tmp_path / "a.pdf"))
    assert intake.read(pdf, ocr_text=True).extraction.penandatangan is None  # one is too few

    second = text.replace("NOMOR 19 TAHUN 2023", "NOMOR 20 TAHUN 2023")
    intake.import_pdf(OPERATOR, text_decree_pdf(second, tmp_path / "b.pdf"))
    proposed = intake.read(pdf, ocr_text=True).extraction.penandatangan
    assert proposed is not None and proposed.value.casefold() == "irwan usman"
    assert (
        needs_check(proposed.confidence) and "Irwan Usman".casefold() in proposed.reason.casefold()
    )
