"""A signed decree is never rewritten: imported byte for byte, verified and published as is."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.intake import DocumentIntake
from jdih_desktop.domain.actor import Actor
from jdih_desktop.publishing.items import publication_item
from jdih_desktop.signatures.service import SignatureService
from jdih_desktop.storage.filestore import FileStore, sha256_of
from tests.documents.decree_pdfs import decree_text, scanned_decree_pdf
from tests.documents.synth import needs_tesseract
from tests.support.pki import Pki, sign_pdf

ADMIN = Actor(None, "admin-uji", frozenset({"administrator", "operator"}))
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def _services(db: Database, tmp_path: Path) -> tuple[ArchiveService, SignatureService]:
    archive = ArchiveService(db, FileStore(tmp_path / "files"), lambda: NOW)
    return archive, SignatureService(db, archive, tmp_path, lambda: NOW)


def test_signed_text_pdf_is_stored_and_published_byte_identical(
    db: Database, tmp_path: Path, signed_decree: Path, office_pki: Pki
) -> None:
    archive, signatures = _services(db, tmp_path)
    signatures.add_root(ADMIN, office_pki.ca_pem(tmp_path / "ca.pem"))
    outcome = DocumentIntake(archive).import_pdf(ADMIN, signed_decree)
    assert outcome.reading.signed
    assert any("tanda tangan" in note.render("id") for note in outcome.warnings)
    view = outcome.document
    main = view.file("main")
    assert main is not None and main.sha256 == sha256_of(signed_decree)
    assert archive.file_path(view.id).read_bytes() == signed_decree.read_bytes()
    check = signatures.verify_document(view.id)
    assert check.state == "intact" and check.signer == "Andi Pejabat Uji"
    item = publication_item(archive, view.id)
    assert item.main_sha256 == sha256_of(signed_decree)
    assert item.main_pdf.read_bytes() == signed_decree.read_bytes()


@needs_tesseract
def test_signed_scan_keeps_original_bytes_and_ocr_text_beside(
    db: Database, tmp_path: Path, office_pki: Pki
) -> None:
    if not db.is_sqlite:
        pytest.skip("the OCR path does not depend on the database; SQLite shows it once")
    scan = scanned_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "scan.pdf", 1)
    signed = tmp_path / "scan_signed.pdf"
    signed.write_bytes(sign_pdf(scan.read_bytes(), office_pki))
    archive, signatures = _services(db, tmp_path)
    outcome = DocumentIntake(archive).import_pdf(ADMIN, signed, overrides={"judul": "Uji"})
    assert outcome.reading.text_source == "ocr"
    main = outcome.document.file("main")
    assert main is not None and main.sha256 == sha256_of(signed)
    assert "KOMISI PEMILIHAN UMUM" in archive.body_text(outcome.document.id).upper()
    assert signatures.verify_document(outcome.document.id).signatures[0].intact
