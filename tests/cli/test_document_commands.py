"""``jdih import|extract|search|abstract|documents`` as a clerk runs them, in real processes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import ADMIN, Runner
from tests.documents.decree_pdfs import (
    decree_text,
    encrypted_pdf,
    png_named_pdf,
    scanned_decree_pdf,
    text_decree_pdf,
    truncated_pdf,
)


def _count(data_dir: Path, table: str) -> int:
    with sqlite3.connect(data_dir / "jdih.sqlite3") as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _stored_files(data_dir: Path) -> list[Path]:
    return [p for p in (data_dir / "files").rglob("*") if p.is_file()]


@pytest.fixture()
def dpt_pdf(tmp_path: Path) -> Path:
    return text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "SK 19 2023.pdf")


@pytest.mark.usefixtures("admin")
def test_import_prints_the_id_then_the_fields_and_search_finds_it(
    jdih: Runner, dpt_pdf: Path
) -> None:
    result = jdih("import", str(dpt_pdf), "--by", ADMIN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    document_id = int(lines[0])
    assert "19 Tahun 2023" in result.stdout and "Watansoppeng" in result.stdout
    assert "Irwan Usman" in result.stdout
    found = jdih("search", "pleno", "--json")
    hits = json.loads(found.stdout)["hits"]
    assert [h["id"] for h in hits] == [document_id]
    assert "[pleno]" in hits[0]["snippet"].lower()
    plain = jdih("search", "pleno", "--year", "2023")
    assert plain.returncode == 0 and "19 Tahun 2023" in plain.stdout
    assert "Tidak ada yang cocok" in jdih("search", "pleno", "--year", "2022").stdout
    assert "Tidak ada yang cocok" in jdih("search", "pleno", "--status", "tidak_berlaku").stdout
    listing = jdih("documents", "list", "--year", "2023")
    assert listing.returncode == 0 and str(document_id) in listing.stdout


@pytest.mark.usefixtures("admin")
def test_abstract_prints_the_ildis_draft(jdih: Runner, dpt_pdf: Path) -> None:
    document_id = jdih("import", str(dpt_pdf), "--by", ADMIN).stdout.splitlines()[0]
    text = jdih("abstract", document_id)
    assert text.returncode == 0
    for label in ("SUBJEK", "TAHUN", "SINGKATAN", "JUDUL", "ABSTRAK", "CATATAN"):
        assert f"{label}" in text.stdout
    assert "KEP KPU KAB SOPPENG NO. 19 TAHUN 2023, 3 HLM." in text.stdout
    data = json.loads(jdih("abstract", document_id, "--json").stdout)
    assert data["state"] == "draft" and data["tahun"] == 2023
    assert len([b for b in data["abstrak"] if b]) == 3
    assert data["abstrak"][1].startswith("Dasar hukum Keputusan ini adalah: Undang-Undang")
    missing = jdih("abstract", "999")
    assert missing.returncode == 1 and "999" in missing.stderr


def test_extract_json_gives_fields_with_confidence_and_place(
    jdih: Runner, dpt_pdf: Path, data_dir: Path
) -> None:
    result = jdih("extract", str(dpt_pdf), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = json.loads(
        (Path(__file__).parents[1] / "fixtures/decrees/01_dpt_soppeng_2023.json").read_text()
    )
    fields = data["fields"]
    for name in ("nomor", "tahun", "judul", "tempat_penetapan", "tanggal_penetapan"):
        assert fields[name]["value"] == expected[name]
        assert 0 < fields[name]["confidence"] <= 1
        assert fields[name]["page"] >= 1 and fields[name]["line"] >= 1
    assert fields["nomor"]["page"] == 1 and fields["tanggal_penetapan"]["page"] == 2
    assert len(fields["menimbang"]) == expected["menimbang"]
    assert data["text_source"] == "text" and data["pages"] == 3
    assert _count(data_dir, "documents") == 0 and _stored_files(data_dir) == []


@pytest.mark.usefixtures("admin")
def test_duplicates_are_warned_and_can_be_refused(
    jdih: Runner, dpt_pdf: Path, data_dir: Path
) -> None:
    first = jdih("import", str(dpt_pdf), "--by", ADMIN).stdout.splitlines()[0]
    again = jdih("import", str(dpt_pdf), "--by", ADMIN)
    assert again.returncode == 0
    assert "duplikat" in again.stderr and f"{first}: 19 Tahun 2023" in again.stderr
    refused = jdih("import", str(dpt_pdf), "--refuse-duplicate", "--by", ADMIN)
    assert refused.returncode == 1 and "duplikat" in refused.stderr
    assert _count(data_dir, "documents") == 2


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("zero", "kosong"),
        ("truncated", "rusak"),
        ("encrypted", "sandi"),
        ("png", "PNG"),
    ],
)
@pytest.mark.usefixtures("admin")
def test_bad_files_exit_1_with_a_clear_message_and_nothing_stored(
    jdih: Runner, dpt_pdf: Path, data_dir: Path, tmp_path: Path, kind: str, words: str
) -> None:
    bad = tmp_path / f"{kind}.pdf"
    if kind == "zero":
        bad.write_bytes(b"")
    elif kind == "truncated":
        truncated_pdf(dpt_pdf, bad)
    elif kind == "encrypted":
        encrypted_pdf(dpt_pdf, bad)
    else:
        png_named_pdf(bad)
    result = jdih("import", str(bad), "--by", ADMIN)
    assert result.returncode == 1
    assert bad.name in result.stderr and words.lower() in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert _count(data_dir, "documents") == 0
    assert _stored_files(data_dir) == []
    assert jdih("extract", str(bad), "--json").returncode == 1


@pytest.mark.usefixtures("admin")
def test_request_link(jdih: Runner, dpt_pdf: Path, data_dir: Path) -> None:
    assert jdih("users", "add", "andi", "--role", "operator", "--by", ADMIN).returncode == 0
    new = jdih("request", "new", "--pengusul", "Rahmat", "--hal", "Salinan SK DPT", "--by", "andi")
    assert new.returncode == 0, new.stderr
    request_id = new.stdout.splitlines()[0]
    result = jdih("import", str(dpt_pdf), "--by", "andi", "--request", request_id)
    assert result.returncode == 0, result.stderr
    document_id = int(result.stdout.splitlines()[0])
    with sqlite3.connect(data_dir / "jdih.sqlite3") as conn:
        linked = conn.execute("SELECT document_id FROM requests WHERE id = ?", (request_id,))
        assert linked.fetchone()[0] == document_id
    unknown = jdih("import", str(dpt_pdf), "--by", "andi", "--request", "999")
    assert unknown.returncode == 1 and "999" in unknown.stderr
    assert _count(data_dir, "documents") == 1


@pytest.mark.usefixtures("admin")
def test_a_reader_account_cannot_import(jdih: Runner, dpt_pdf: Path, data_dir: Path) -> None:
    assert jdih("users", "add", "rahmat", "--role", "pengusul", "--by", ADMIN).returncode == 0
    result = jdih("import", str(dpt_pdf), "--by", "rahmat")
    assert result.returncode == 1 and "operator" in result.stderr.lower()
    assert _count(data_dir, "documents") == 0


@pytest.mark.usefixtures("admin")
def test_without_tesseract_a_scan_is_stored_without_text_when_fields_are_given(
    jdih: Runner, tmp_path: Path, data_dir: Path
) -> None:
    scan = scanned_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "scan.pdf", 1)
    no_tesseract = {"PATH": str(tmp_path / "kosong")}
    refused = jdih("import", str(scan), "--by", ADMIN, env=no_tesseract)
    assert refused.returncode == 1
    assert "OCR" in refused.stderr and "--nomor" in refused.stderr
    assert _count(data_dir, "documents") == 0
    stored = jdih(
        "import",
        str(scan),
        "--nomor",
        "19 Tahun 2023",
        "--tahun",
        "2023",
        "--judul",
        "Penetapan Rekapitulasi Daftar Pemilih Tetap",
        "--by",
        ADMIN,
        env=no_tesseract,
    )
    assert stored.returncode == 0, stored.stderr
    assert "OCR" in stored.stderr and "tanpa lapisan teks" in stored.stderr
    assert "teks: none" in stored.stdout


@pytest.mark.usefixtures("admin")
def test_a_missing_file_is_named(jdih: Runner, tmp_path: Path) -> None:
    result = jdih("import", str(tmp_path / "tidak-ada.pdf"), "--by", ADMIN)
    assert result.returncode == 1 and "tidak-ada.pdf tidak ditemukan" in result.stderr


def test_usage_errors_exit_2(jdih: Runner) -> None:
    assert jdih("search", "x", "--limit", "banyak").returncode == 2
    assert jdih("import").returncode == 2
    assert jdih("search", "x", "--status", "hidup").returncode == 2
