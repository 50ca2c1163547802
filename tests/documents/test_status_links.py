"""Status links read from a decree's text: proposed against the archive, applied when confirmed."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

from jdih_desktop.db.engine import Database
from jdih_desktop.documents import status_links
from jdih_desktop.documents.archive import ArchiveService
from jdih_desktop.documents.intake import DocumentIntake
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.draft_metadata import DraftMetadata
from jdih_desktop.storage.filestore import FileStore
from tests.documents.decree_pdfs import decree_text, text_decree_pdf

OPERATOR = Actor(None, "operator-uji", frozenset({"operator"}))
REVOKING = (
    "KETIGA      : Keputusan Komisi Pemilihan Umum Kabupaten Soppeng Nomor 19 Tahun 2023\n"
    "              tentang Penetapan Rekapitulasi Daftar Pemilih Tetap dan Keputusan\n"
    "              Nomor 7 Tahun 2020 dicabut dan dinyatakan tidak berlaku.\n"
    "KEEMPAT     : Keputusan ini mulai berlaku pada tanggal ditetapkan."
)


def test_history_in_mengingat_is_no_link_but_the_title_and_decision_are() -> None:
    body = (
        "Mengingat : 1. Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas "
        "Peraturan Pemerintah Nomor 11 Tahun 2017;\nMEMUTUSKAN:\nMenetapkan : ...\n"
        "Dengan mencabut Keputusan Presiden Nomor 18 Tahun 1974 tentang Lembaga;\n"
        "Ditetapkan di Jakarta\n"
    )
    title = "Perubahan atas Keputusan Presiden Nomor 136 Tahun 1998 tentang Pokok-Pokok"
    found = {(kind, nomor) for kind, nomor, _, _ in status_links.find_mentions(title, body)}
    assert found == {("mengubah", "136 Tahun 1998"), ("mencabut", "18 Tahun 1974")}


def _two_decrees(db: Database, tmp_path: Path) -> tuple[ArchiveService, int, int]:
    archive = ArchiveService(
        db, FileStore(tmp_path / "files"), lambda: datetime(2026, 3, 2, tzinfo=UTC)
    )
    intake = DocumentIntake(archive)
    older_text = decree_text("01_dpt_soppeng_2023")
    older = intake.import_pdf(OPERATOR, text_decree_pdf(older_text, tmp_path / "a.pdf")).document
    newer_text = older_text.replace("NOMOR 19 TAHUN 2023", "NOMOR 25 TAHUN 2023").replace(
        "KETIGA      : Keputusan ini mulai berlaku pada tanggal ditetapkan.", REVOKING
    )
    newer = intake.import_pdf(OPERATOR, text_decree_pdf(newer_text, tmp_path / "b.pdf")).document
    return archive, older.id, newer.id


def test_a_revoking_decree_proposes_and_confirms_the_link(db: Database, tmp_path: Path) -> None:
    archive, older_id, newer_id = _two_decrees(db, tmp_path)
    older, newer = archive.get(older_id), archive.get(newer_id)
    proposals = status_links.propose(
        archive, newer.metadata.judul, archive.body_text(newer.id), own_id=newer.id
    )
    by_number = {p.nomor.casefold(): p for p in proposals}
    assert set(by_number) == {"19 tahun 2023", "7 tahun 2020"}
    assert by_number["19 tahun 2023"].target_document_id == older.id
    assert by_number["7 tahun 2020"].target_document_id is None and by_number["7 tahun 2020"].note
    assert archive.get(older.id).metadata.status == "berlaku"  # nothing written before confirming

    status_links.confirm(archive, OPERATOR, newer.id, status_links.select(proposals, "all"))
    old_meta, new_meta = archive.get(older.id).metadata, archive.get(newer.id).metadata
    assert old_meta.status == "tidak_berlaku"
    assert [(r.kind, r.target_document_id) for r in old_meta.relations] == [("dicabut", newer.id)]
    assert {(r.kind, r.target_document_id) for r in new_meta.relations} == {
        ("mencabut", older.id),
        ("mencabut", None),
    }


def test_the_wizard_records_only_the_links_the_operator_ticked(
    db: Database, tmp_path: Path
) -> None:
    archive, older_id, newer_id = _two_decrees(db, tmp_path)
    newer = archive.get(newer_id)
    proposals = status_links.propose(
        archive, newer.metadata.judul, archive.body_text(newer_id), own_id=newer_id
    )
    saved = {  # as the metadata page keeps them in the draft (JSON)
        "status_links": [
            dataclasses.asdict(p) | {"confirmed": p.target_document_id is not None}
            for p in proposals
        ]
    }
    empty = DraftMetadata.from_json({"status_links": []})
    assert status_links.confirm_saved(archive, OPERATOR, newer_id, empty) == []
    as_saved = DraftMetadata.from_json(json.loads(json.dumps(saved)))  # what a resume reads
    status_links.confirm_saved(archive, OPERATOR, newer_id, as_saved)
    assert [r.target_document_id for r in archive.get(newer_id).metadata.relations] == [older_id]
    assert archive.get(older_id).metadata.status == "tidak_berlaku"
