"""The stored main PDF carries the decree record (XMP + DocInfo); PDF/A-2b and original kept."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pikepdf

from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.intake import DocumentIntake
from jdih_desktop.documents.pdf.assembly import assemble_pdf
from jdih_desktop.documents.pdf.pdf_metadata import stamp_metadata
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.storage.filestore import FileStore, sha256_of
from tests.documents.decree_pdfs import decree_text, text_decree_pdf

RECORD = DecreeMetadata(
    judul="Penetapan Daftar Pemilih Tetap Pemilihan Umum Tahun 2024",
    nomor="19 Tahun 2023",
    tahun=2023,
    jenis="Keputusan Komisi Pemilihan Umum Kabupaten",
    tempat_penetapan="Watansoppeng",
    tanggal_penetapan=date(2023, 6, 23),
    penandatangan="Irwan Usman",
    teu_badan="Indonesia. Komisi Pemilihan Umum Kabupaten Soppeng",
    subjek=("DAFTAR PEMILIH TETAP", "PEMILU"),
)


def test_pdfa_scan_keeps_2b_and_gains_the_record(pages_dir: Path, tmp_path: Path) -> None:
    scan = assemble_pdf([pages_dir / "bilevel.tif"], tmp_path / "scan.pdf").path
    before = scan.read_bytes()
    out = stamp_metadata(scan, tmp_path / "main.pdf", RECORD)
    assert out is not None and scan.read_bytes() == before
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B"
        assert meta["dc:title"] == RECORD.judul and meta["dc:identifier"] == RECORD.nomor
        assert meta["dc:subject"] == set(RECORD.subjek)
        ns = "{http://ns.jdih-desktop.invalid/decree/1.0/}"
        assert meta[f"{ns}penandatangan"] == "Irwan Usman"
        assert meta[f"{ns}tanggalPenetapan"] == "2023-06-23"
        assert meta[f"{ns}teuBadan"] == RECORD.teu_badan
        assert "pdfaExtension:schemas" in pdf.Root.Metadata.read_bytes().decode()
        assert str(pdf.docinfo.Title) == RECORD.judul  # Info mirrors XMP (PDF/A)
        assert str(pdf.docinfo.Author) == RECORD.teu_badan
        assert "Nomor 19 Tahun 2023" in str(pdf.docinfo.Subject)
        assert "/Filter" not in pdf.Root.Metadata
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_a_signed_pdf_is_not_rewritten(pages_dir: Path, tmp_path: Path) -> None:
    scan = assemble_pdf([pages_dir / "bilevel.tif"], tmp_path / "scan.pdf", pdfa=False).path
    signed = tmp_path / "signed.pdf"
    with pikepdf.open(scan) as pdf:
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(), SigFlags=3)
        pdf.save(signed)
    assert stamp_metadata(signed, tmp_path / "main.pdf", RECORD) is None
    assert not (tmp_path / "main.pdf").exists()


def test_import_stores_the_record_in_the_main_pdf_and_the_original_untouched(
    db: Database, tmp_path: Path
) -> None:
    source = text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "dpt.pdf")
    before = source.read_bytes()
    files = FileStore(tmp_path / "files")
    intake = DocumentIntake(ArchiveService(db, files, lambda: datetime(2026, 3, 2, tzinfo=UTC)))
    outcome = intake.import_pdf(Actor(None, "operator-uji", frozenset({"operator"})), source)
    main, original = outcome.document.file("main"), outcome.document.file("original")
    assert main is not None and original is not None
    assert source.read_bytes() == before and original.sha256 == sha256_of(source)
    assert files.path_for(original.sha256).read_bytes() == before
    with pikepdf.open(files.path_for(main.sha256)) as pdf:
        assert str(pdf.docinfo.Title) == outcome.document.metadata.judul
        assert pdf.open_metadata()["dc:identifier"] == "19 Tahun 2023"
