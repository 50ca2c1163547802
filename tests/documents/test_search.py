"""Full-text search on both engines: ranking, snippets, filters, paging, transactional upkeep."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive import search_index
from jdih_desktop.documents.archive.archive import ArchiveService
from jdih_desktop.documents.archive.search_index import SearchService, parse_query
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.storage.filestore import FileStore

OPERATOR = Actor(None, "operator-uji", frozenset({"operator"}))
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
BUPATI = "Keputusan Bupati"


@pytest.fixture()
def archive(db: Database, tmp_path: Path) -> ArchiveService:
    return ArchiveService(db, FileStore(tmp_path / "files"), lambda: NOW)


@pytest.fixture()
def stored(archive: ArchiveService, tmp_path: Path) -> dict[str, int]:
    """Four decrees: two years, two jenis, one revoked; ids by a short name."""
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    specs = {
        "dpt": (
            DecreeMetadata(
                judul="Penetapan Daftar Pemilih Tetap", nomor="19 Tahun 2023", tahun=2023
            ),
            "rapat pleno terbuka rekapitulasi tingkat kabupaten",
        ),
        "ppk": (
            DecreeMetadata(
                judul="Pembentukan Panitia Pemilihan Kecamatan", nomor="5 Tahun 2023", tahun=2023
            ),
            "seleksi anggota badan adhoc; daftar pemilih disebut sekali",
        ),
        "arsip": (
            DecreeMetadata(
                judul="Pengelolaan Arsip Dinamis",
                nomor="12/HK.03.1-Kpt/7311/2022",
                tahun=2022,
                jenis=BUPATI,
                status="tidak_berlaku",
            ),
            "jadwal retensi arsip dan pénétapan pengelola",
        ),
        "paw": (
            DecreeMetadata(judul="Penggantian Antarwaktu", nomor="2 Tahun 2024", tahun=2024),
            "pemberhentian dan pengangkatan anggota",
        ),
    }
    return {
        name: archive.create(OPERATOR, meta, main_pdf=pdf, body_text=body).id
        for name, (meta, body) in specs.items()
    }


def test_finds_a_body_word_with_a_highlighted_snippet(db: Database, stored: dict[str, int]) -> None:
    page = SearchService(db).search("pleno")
    assert page.total == 1
    hit = page.hits[0]
    assert (hit.id, hit.nomor, hit.tahun) == (stored["dpt"], "19 Tahun 2023", 2023)
    assert hit.judul == "Penetapan Daftar Pemilih Tetap"
    assert "[pleno]" in hit.snippet.lower()
    assert hit.rank > 0


def test_title_hits_rank_above_body_hits(db: Database, stored: dict[str, int]) -> None:
    page = SearchService(db).search("daftar pemilih")
    assert [h.id for h in page.hits] == [stored["dpt"], stored["ppk"]]
    assert page.hits[0].rank > page.hits[1].rank


def test_diacritics_case_and_numbers(db: Database, stored: dict[str, int]) -> None:
    search = SearchService(db)
    assert [h.id for h in search.search("PENETAPAN pengelola").hits] == [stored["arsip"]]
    assert [h.id for h in search.search("pénétapan daftar").hits] == [stored["dpt"]]
    assert [h.id for h in search.search("12/HK.03.1-Kpt/7311/2022").hits] == [stored["arsip"]]
    assert [h.id for h in search.search("19/2023").hits] == [stored["dpt"]]


def test_phrase_and_prefix(db: Database, stored: dict[str, int]) -> None:
    search = SearchService(db)
    assert [h.id for h in search.search('"pleno terbuka"').hits] == [stored["dpt"]]
    assert search.search('"terbuka pleno"').total == 0
    assert {h.id for h in search.search("pember*").hits} == {stored["paw"]}
    assert search.search("pember").total == 0


def test_filters_year_jenis_status(db: Database, stored: dict[str, int]) -> None:
    search = SearchService(db)
    assert search.search("anggota").total == 2
    assert [h.id for h in search.search("anggota", year=2024).hits] == [stored["paw"]]
    assert search.search("arsip", jenis="keputusan bupati").hits[0].jenis == BUPATI
    assert search.search("arsip", jenis="Keputusan Komisi Pemilihan Umum Kabupaten").total == 0
    assert search.search("arsip", status="berlaku").total == 0
    revoked = search.search("", status="tidak_berlaku")
    assert [h.id for h in revoked.hits] == [stored["arsip"]]


def test_empty_query_lists_newest_first_with_paging(db: Database, stored: dict[str, int]) -> None:
    search = SearchService(db)
    first = search.search("", limit=3)
    assert first.total == 4 and len(first.hits) == 3 and first.has_more
    assert first.hits[0].id == stored["paw"]  # 2024 first
    second = search.search("", limit=3, offset=3)
    assert len(second.hits) == 1 and not second.has_more
    assert {h.id for h in first.hits + second.hits} == set(stored.values())
    assert search.search("", limit=3, offset=10).hits == ()
    assert search.count(year=2023) == 2


def test_paging_through_ranked_results_is_complete(
    archive: ArchiveService, db: Database, tmp_path: Path
) -> None:
    pdf = tmp_path / "y.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    for number in range(1, 13):
        meta = DecreeMetadata(
            judul=f"Keputusan uji {number}", nomor=f"{number} Tahun 2025", tahun=2025
        )
        archive.create(OPERATOR, meta, main_pdf=pdf, body_text="kampanye " * number)
    search = SearchService(db)
    pages = [search.search("kampanye", limit=5, offset=o) for o in (0, 5, 10)]
    ids = [h.id for p in pages for h in p.hits]
    assert [p.total for p in pages] == [12, 12, 12]
    assert len(ids) == len(set(ids)) == 12
    ranks = [h.rank for p in pages for h in p.hits]
    assert ranks == sorted(ranks, reverse=True)


@pytest.mark.parametrize("query", ['AND OR NOT ( "', "NEAR(a b)", "' ; DROP TABLE documents", "*"])
def test_query_syntax_from_the_user_never_breaks(
    db: Database, stored: dict[str, int], query: str
) -> None:
    page = SearchService(db).search(query)
    assert page.total in (0, 4)  # nothing matched, or no word at all: the plain listing


def test_index_entry_rolls_back_with_the_unit_of_work(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        kind = models.DocumentType(name="Keputusan Uji")
        session.add(kind)
        session.flush()
        row = models.Document(
            type_id=kind.id, judul="Batal", nomor="1", tahun=2025, body_text="hantu"
        )
        session.add(row)
        session.flush()
        search_index.index_document(session, row)
        raise RuntimeError("the write fails after indexing")
    assert SearchService(db).search("hantu").total == 0


def test_rebuild_restores_a_lost_index(db: Database, stored: dict[str, int]) -> None:
    with db.write() as session:
        for document_id in stored.values():
            search_index.remove_document(session, document_id)
    assert SearchService(db).search("pleno").total == 0
    with db.write() as session:
        assert search_index.rebuild(session) == 4
    assert SearchService(db).search("pleno").hits[0].id == stored["dpt"]


def test_parse_query_keeps_only_words() -> None:
    terms = parse_query('"Daftar  Pemilih" kamp* 19/2023 ( ) "')
    assert [(t.words, t.prefix) for t in terms] == [
        (("daftar", "pemilih"), False),
        (("kamp",), True),
        (("19",), False),
        (("2023",), False),
    ]


def test_too_many_matches_come_newest_first_unranked(db: Database, stored: dict[str, int]) -> None:
    search = SearchService(db, rank_limit=1)
    page = search.search("anggota")
    assert page.total == 2 and not page.ranked
    assert [h.id for h in page.hits] == [stored["paw"], stored["ppk"]]  # newest stored first
    assert all(h.rank == 0.0 for h in page.hits)
    assert SearchService(db, rank_limit=2).search("anggota").ranked


def test_jenis_filter_by_abbreviation_and_unknown_jenis(
    db: Database, stored: dict[str, int]
) -> None:
    with db.write() as session:
        kind = session.query(models.DocumentType).filter_by(name=BUPATI).one()
        kind.abbreviation = "KEP BUP"
    search = SearchService(db)
    assert [h.id for h in search.search("arsip", jenis="kep bup").hits] == [stored["arsip"]]
    assert search.search("arsip", jenis="Peraturan Daerah").total == 0
    assert search.search("", jenis="Peraturan Daerah").total == 0


def test_filter_tokens_are_not_searchable_words(db: Database, stored: dict[str, int]) -> None:
    search = SearchService(db)
    for word in ("y2023", "sberlaku", "stidakberlaku", "j1", "y20*"):
        assert search.search(word).total == 0, word
    assert search.search("2023").total == 2  # the year itself is searchable metadata
