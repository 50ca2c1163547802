"""Status links read from a decree's text: proposed against the archive, applied when confirmed."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.intake import DocumentIntake
from jdih_desktop.documents.reading import status_links
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


HISTORY = (
    "            4. Keputusan Komisi Pemilihan Umum Kabupaten Soppeng Nomor 19 Tahun 2023\n"
    "               tentang Penetapan Rekapitulasi Daftar Pemilih Tetap sebagaimana telah\n"
    "               diubah, terakhir dengan Keputusan Komisi Pemilihan Umum Kabupaten\n"
    "               Soppeng Nomor 25 Tahun 2023;\n"
)


def test_history_mentions_name_the_amended_and_the_amending_decree() -> None:
    body = (
        "Mengingat : 1. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran "
        "Negara Tahun 2017 Nomor 182) sebagaimana telah diubah terakhir dengan Peraturan "
        "Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2022;\n"
        "2. Keputusan Presiden Nomor 110 Tahun 2001 tentang Unit Organisasi sebagaimana telah "
        "beberapa kali diubah, terakhir dengan Keputusan Presiden Nomor 62 Tahun 2003;\n"
    )
    found = [(a, b) for a, _, b, _, _ in status_links.find_history(body)]
    # An Undang-Undang is no decree of the archive; its history is not read as one.
    assert found == [("110 Tahun 2001", "62 Tahun 2003")]


def test_sebagaimana_telah_diubah_proposes_diubah_oleh(db: Database, tmp_path: Path) -> None:
    archive, older_id, newer_id = _two_decrees(db, tmp_path)  # newer (25/2023) revokes 19/2023
    text = decree_text("01_dpt_soppeng_2023").replace("NOMOR 19 TAHUN 2023", "NOMOR 30 TAHUN 2023")
    text = text.replace(
        "            3. Peraturan Komisi", HISTORY + "            3. Peraturan Komisi"
    )
    third = DocumentIntake(archive).import_pdf(OPERATOR, text_decree_pdf(text, tmp_path / "c.pdf"))
    third_id = third.document.id
    proposals = status_links.propose(
        archive, archive.get(third_id).metadata.judul, archive.body_text(third_id), third_id
    )
    history = [p for p in proposals if p.kind == "diubah"]
    assert [(p.nomor, p.by_nomor) for p in history] == [("19 Tahun 2023", "25 Tahun 2023")]
    assert history[0].target_document_id == older_id
    assert history[0].by_document_id == newer_id
    assert "sebagaimana telah diubah" in history[0].excerpt

    status_links.confirm(archive, OPERATOR, third_id, history)
    older, newer = archive.get(older_id).metadata, archive.get(newer_id).metadata
    assert [(r.kind, r.target_document_id) for r in older.relations] == [("diubah", newer_id)]
    assert [(r.kind, r.target_document_id) for r in newer.relations] == [("mengubah", older_id)]
    assert archive.get(third_id).metadata.relations == ()  # the history is not its own relation
    assert older.status == "berlaku"  # amended, still in force


def test_history_with_neither_decree_archived_is_not_proposed(db: Database, tmp_path: Path) -> None:
    archive, _, _ = _two_decrees(db, tmp_path)
    body = HISTORY.replace("19 Tahun", "3 Tahun").replace("25 Tahun", "4 Tahun")
    assert status_links.find_history(body)
    assert [p for p in status_links.propose(archive, "", body) if p.kind == "diubah"] == []


def test_kpu_number_forms_in_history_and_revocation() -> None:
    body = (
        "Mengingat : 1. Keputusan Komisi Pemilihan Umum Nomor 476/PL.01.4-Kpt/06/KPU/VIII/2019 "
        "tentang Pedoman Teknis sebagaimana telah diubah dengan Keputusan Komisi Pemilihan Umum "
        "Nomor 51/PL.01.4-Kpt/06/KPU/I/2020 tentang Perubahan;\n"
        "2. Keputusan KPU Kabupaten Soppeng Nomor 37/Kpts/KPU-Kab-025.433570/TAHUN 2014 "
        "sebagaimana telah diubah dengan Keputusan KPU Kabupaten Soppeng Nomor "
        "4/PL.03.4-Kpt/7312/Kab/III/2018;\nMEMUTUSKAN:\nMenetapkan :\n"
        "KESATU : Dengan mencabut Keputusan KPU Kabupaten Soppeng Nomor "
        "37/Kpts/KPU-Kab-025.433570/TAHUN 2014 tentang Tim;\nDitetapkan di Watansoppeng\n"
    )
    assert [(a, b) for a, _, b, _, _ in status_links.find_history(body)] == [
        ("476/PL.01.4-Kpt/06/KPU/VIII/2019", "51/PL.01.4-Kpt/06/KPU/I/2020"),
        ("37/Kpts/KPU-Kab-025.433570/TAHUN 2014", "4/PL.03.4-Kpt/7312/Kab/III/2018"),
    ]
    revoked = [(k, n, y) for k, n, y, _ in status_links.find_mentions("", body)]
    assert revoked == [("mencabut", "37/Kpts/KPU-Kab-025.433570/TAHUN 2014", 2014)]
