"""The decree archive on both engines: rows, stored files, duplicates, audit, index upkeep."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive.abstracts import AbstractService
from jdih_desktop.documents.archive.archive import ArchiveService, nomor_key
from jdih_desktop.documents.archive.search_index import SearchService
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from jdih_desktop.storage.filestore import FileStore, sha256_of

MakePdf = Callable[[Sequence[Sequence[str]], str], Path]
OPERATOR = Actor(None, "operator-uji", frozenset({"operator"}))
PENGUSUL = Actor(None, "pengusul-uji", frozenset({"pengusul"}))
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)

DPT = DecreeMetadata(
    judul="Penetapan Rekapitulasi Daftar Pemilih Tetap Pemilihan Umum Tahun 2024",
    nomor="19 Tahun 2023",
    tahun=2023,
    tempat_penetapan="Watansoppeng",
    tanggal_penetapan=date(2023, 6, 23),
    penandatangan="Irwan Usman",
    subjek=("daftar pemilih tetap",),
)


@pytest.fixture()
def archive(db: Database, tmp_path: Path) -> ArchiveService:
    return ArchiveService(db, FileStore(tmp_path / "files"), lambda: NOW)


@pytest.fixture()
def pdf(text_pdf: MakePdf) -> Path:
    return text_pdf([["KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG"]], "dpt.pdf")


def _count(db: Database, model: type[models.Base]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_create_stores_rows_files_and_audit(
    archive: ArchiveService, db: Database, pdf: Path
) -> None:
    original = pdf.read_bytes()
    view = archive.create(
        OPERATOR, DPT, main_pdf=pdf, original=pdf, page_count=1, body_text="rapat pleno terbuka"
    )
    assert view.metadata.nomor == "19 Tahun 2023"
    assert view.metadata.subjek == ("DAFTAR PEMILIH TETAP",)
    assert {f.role for f in view.files} == {"main", "original"}
    assert archive.get(view.id) == view
    stored = archive.file_path(view.id, "original")
    assert stored.read_bytes() == original == pdf.read_bytes()  # the source is untouched
    assert archive.body_text(view.id) == "rapat pleno terbuka"
    with db.read() as session:
        actions = session.scalars(select(models.AuditEvent.action)).all()
    assert "document.create" in actions
    assert [v.id for v in archive.list_year(2023)] == [view.id]
    assert archive.list_year(2024) == []


def test_duplicates_by_number_in_any_printed_form_and_by_file(
    archive: ArchiveService, pdf: Path, text_pdf: MakePdf
) -> None:
    first = archive.create(OPERATOR, DPT, main_pdf=pdf)
    same_number = DecreeMetadata(judul="Lain", nomor="19  TAHUN 2023", tahun=2023)
    assert [d.id for d in archive.duplicates(same_number)] == [first.id]
    other = DecreeMetadata(judul="Lain", nomor="20 Tahun 2023", tahun=2023)
    assert archive.duplicates(other) == []
    assert [d.id for d in archive.duplicates(other, sha256_of(pdf))] == [first.id]
    unrelated = text_pdf([["lain"]], "lain.pdf")
    assert archive.duplicates(other, sha256_of(unrelated)) == []
    assert nomor_key("19 Tahun 2023") == nomor_key("19 TAHUN 2023")


def test_a_reader_role_cannot_write_and_nothing_is_stored(
    archive: ArchiveService, db: Database, pdf: Path
) -> None:
    with pytest.raises(PermissionDeniedError):
        archive.create(PENGUSUL, DPT, main_pdf=pdf)
    assert _count(db, models.Document) == 0
    assert SearchService(db).search("pemilih").total == 0


def test_invalid_metadata_is_refused_before_anything_is_written(
    archive: ArchiveService, db: Database, pdf: Path
) -> None:
    with pytest.raises(ValidationError):
        archive.create(OPERATOR, DecreeMetadata(judul="", nomor="1", tahun=2023), main_pdf=pdf)
    assert _count(db, models.Document) == 0
    assert _count(db, models.StoredFile) == 0


def test_update_and_set_text_reindex(archive: ArchiveService, db: Database, pdf: Path) -> None:
    view = archive.create(OPERATOR, DPT, main_pdf=pdf, body_text="rapat pleno")
    search = SearchService(db)
    assert search.search("rekapitulasi").total == 1
    renamed = DecreeMetadata(judul="Pembentukan Tim Seleksi", nomor="19 Tahun 2023", tahun=2023)
    archive.update_metadata(OPERATOR, view.id, renamed)
    assert search.search("rekapitulasi").total == 0
    assert search.search("seleksi").hits[0].id == view.id
    archive.set_text(OPERATOR, view.id, "pelantikan anggota badan adhoc")
    assert search.search("pleno").total == 0
    assert search.search("pelantikan").hits[0].id == view.id


def test_attach_replaces_the_main_file(
    archive: ArchiveService, pdf: Path, text_pdf: MakePdf
) -> None:
    view = archive.create(OPERATOR, DPT, main_pdf=pdf)
    newer = text_pdf([["versi baru"]], "baru.pdf")
    after = archive.attach(OPERATOR, view.id, "main", newer)
    assert [f.file_name for f in after.files if f.role == "main"] == ["baru.pdf"]
    assert archive.file_path(view.id).read_bytes() == newer.read_bytes()
    with pytest.raises(ValidationError):
        archive.attach(OPERATOR, view.id, "sampul", newer)
    with pytest.raises(NotFoundError):
        archive.file_path(view.id, "abstract")


def test_missing_decree_is_a_clear_error(archive: ArchiveService) -> None:
    with pytest.raises(NotFoundError) as info:
        archive.get(404)
    assert "404" in str(info.value)


def test_abstract_draft_and_final(archive: ArchiveService, db: Database, pdf: Path) -> None:
    view = archive.create(OPERATOR, DPT, main_pdf=pdf)
    abstracts = AbstractService(db, lambda: NOW)
    draft = Abstract(("DPT",), 2023, "KEP KPU KAB SOPPENG NO. 19 TAHUN 2023", "Judul", ("a",), ())
    saved = abstracts.save(OPERATOR, view.id, draft)
    assert saved.state == "draft" and saved.abstract.abstrak[0] == "a"
    with pytest.raises(ValidationError):  # incomplete: two bullets and the notes are missing
        abstracts.save(OPERATOR, view.id, draft, state="final")
    complete = Abstract(
        ("DPT", "KPU KABUPATEN SOPPENG"), 2023, "S", "J", ("a.", "b.", "c."), ("berlaku.",)
    )
    final = abstracts.save(OPERATOR, view.id, complete, state="final")
    assert final.abstract == complete and abstracts.get(view.id).state == "final"
    assert _count(db, models.Abstract) == 1
    with pytest.raises(NotFoundError):
        abstracts.get(view.id + 1)
