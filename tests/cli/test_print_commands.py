"""``jdih disposition`` and ``jdih print …`` from real records: fields on the page, QR id."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdih_desktop.printing import parse_qr_payload
from tests.cli.conftest import ADMIN, Runner
from tests.printing.pdfcheck import missing_texts, page_sizes_mm, page_texts, qr_texts, render_png

HAL = (
    "Permohonan penerbitan salinan Keputusan KPU Kabupaten Soppeng Nomor 19 Tahun 2026 "
    "tentang Penetapan Daftar Pemilih Tetap"
)

#: Every sheet here carries the demo office's letterhead (a bare folder refuses to print).
pytestmark = pytest.mark.usefixtures("demo_office")


def at(text: str) -> dict[str, str]:
    return {"JDIH_NOW": f"{text}:00+08:00"}


def _seed(jdih: Runner) -> None:
    for args in (
        (
            "users",
            "add",
            "andi",
            "--role",
            "operator",
            "--full-name",
            "Andi Baso, S.Kom.",
            "--nip",
            "199001012019031001",
            "--by",
            ADMIN,
        ),
        (
            "users",
            "add",
            "hasnah",
            "--role",
            "kasubag",
            "--full-name",
            "Hasnah, S.H.",
            "--nip",
            "198003152005012002",
            "--by",
            ADMIN,
        ),
    ):
        assert jdih(*args).returncode == 0
    new = jdih(
        "request",
        "new",
        "--pengusul",
        "Rahmat",
        "--unit",
        "Subbagian Teknis",
        "--hal",
        HAL,
        "--nota-nomor",
        "045/PL.01.1-ND/7312/2026",
        "--nota-tanggal",
        "2026-02-01",
        "--sifat",
        "segera",
        "--received-at",
        "2026-02-02 08:00",
        "--by",
        "andi",
        env=at("2026-02-02 08:05"),
    )
    assert new.returncode == 0, new.stderr
    assert (
        jdih("step", "done", "1", "1", "--by", "andi", env=at("2026-02-02 08:10")).returncode == 0
    )


@pytest.mark.usefixtures("admin")
def test_disposition_sheet_from_a_recorded_disposition(jdih: Runner, tmp_path: Path) -> None:
    _seed(jdih)
    refused = jdih("disposition", "1", "--by", "andi", "--to", "andi", env=at("2026-02-02 08:12"))
    assert refused.returncode == 1  # only the Kasubag dispositions
    recorded = jdih(
        "disposition",
        "1",
        "--by",
        "hasnah",
        "--to",
        "andi",
        "--instruction",
        "Proses lebih lanjut",
        "--instruction",
        "Siapkan bahan/abstrak",
        "--catatan",
        "Unggah paling lambat sesuai SOP.",
        env=at("2026-02-02 08:15"),
    )
    assert recorded.returncode == 0, recorded.stderr
    shown = jdih("request", "show", "1", env=at("2026-02-02 08:16")).stdout
    assert "hasnah" in shown  # step 2 completed by the disposition

    out = tmp_path / "disposisi.pdf"
    result = jdih("print", "disposition", "1", "-o", str(out), env=at("2026-02-02 08:20"))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    width, height = page_sizes_mm(data)[0]
    assert (round(width), round(height)) == (148, 210)  # A5
    assert (
        missing_texts(
            data,
            [
                "LEMBAR DISPOSISI",
                "KOMISI PEMILIHAN UMUM",
                "KABUPATEN SOPPENG",
                "Rahmat",
                "045/PL.01.1-ND/7312/2026",
                "0001/2026",
                "Andi Baso, S.Kom.",
                "Proses lebih lanjut",
                "Unggah paling lambat sesuai SOP.",
                "Hasnah, S.H.",
                "198003152005012002",
                "Penetapan Daftar Pemilih Tetap",
                "2 Februari 2026",
            ],
        )
        == []
    )
    png = render_png(data, tmp_path, "disposisi")
    assert [parse_qr_payload(t) for t in qr_texts(png)] == ["1"]


@pytest.mark.usefixtures("admin")
def test_blank_disposition_sheet_before_step_2_and_two_up(jdih: Runner, tmp_path: Path) -> None:
    _seed(jdih)
    out = tmp_path / "d.pdf"
    result = jdih(
        "print",
        "disposition",
        "1",
        "-o",
        str(out),
        "--paper",
        "half-f4",
        "--two-up",
        env=at("2026-02-02 08:11"),
    )
    assert result.returncode == 0, result.stderr
    width, height = page_sizes_mm(out.read_bytes())[0]
    assert (round(width), round(height)) == (330, 215)  # F4 landscape, two half sheets
    assert missing_texts(out.read_bytes(), ["LEMBAR DISPOSISI", "0001/2026"]) == []


@pytest.mark.usefixtures("admin")
def test_receipt_and_sla_pdf(jdih: Runner, tmp_path: Path) -> None:
    _seed(jdih)
    receipt = tmp_path / "tanda-terima.pdf"
    assert jdih("print", "receipt", "1", "-o", str(receipt)).returncode == 0
    assert (
        missing_texts(
            receipt.read_bytes(),
            [
                "Rahmat",
                "Subbagian Teknis",
                "Salinan Surat Keputusan",
                "Nota Dinas Nomor 045/PL.01.1-ND/7312/2026",
                "Andi Baso, S.Kom.",
            ],
        )
        == []
    )
    report = tmp_path / "sla.pdf"
    result = jdih(
        "report",
        "sla",
        "--month",
        "2026-02",
        "--format",
        "pdf",
        "-o",
        str(report),
        env=at("2026-03-01 08:00"),
    )
    assert result.returncode == 0, result.stderr
    assert (
        missing_texts(
            report.read_bytes(),
            [
                "LAPORAN KEPATUHAN SOP",
                "Februari 2026",
                "Penyampaian permohonan penerbitan salinan surat keputusan",
            ],
        )
        == []
    )
    assert jdih("report", "sla", "--month", "2026-02", "--format", "pdf").returncode == 1
    assert jdih("print", "receipt", "99", "-o", str(tmp_path / "x.pdf")).returncode == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.usefixtures("admin")
def test_reports_are_signed_by_the_kasubag_who_prints(jdih: Runner, tmp_path: Path) -> None:
    _seed(jdih)  # hasnah is the first Kasubag on file
    second = ("users", "add", "yusuf", "--role", "kasubag", "--full-name", "Yusuf Kalla, S.H.",
              "--nip", "197905052006041003", "--by", ADMIN)
    assert jdih(*second).returncode == 0
    by_yusuf, by_andi = tmp_path / "yusuf.pdf", tmp_path / "andi.pdf"
    for by, out in (("yusuf", by_yusuf), ("andi", by_andi)):
        assert jdih("print", "register", "--year", "2026", "-o", str(out), "--by", by,
                    env=at("2026-03-01 08:00")).returncode == 0
    assert missing_texts(by_yusuf.read_bytes(), ["Yusuf Kalla, S.H.", "197905052006041003"]) == []
    assert not any("Hasnah" in text for text in page_texts(by_yusuf.read_bytes()))
    # an operator printing it does not sign as Kasubag: the first Kasubag on file does
    assert missing_texts(by_andi.read_bytes(), ["Hasnah, S.H."]) == []

    sla = tmp_path / "sla.pdf"
    result = jdih("report", "sla", "--month", "2026-02", "--format", "pdf", "-o", str(sla),
                  "--by", "yusuf", env=at("2026-03-01 08:00"))
    assert result.returncode == 0, result.stderr
    assert missing_texts(sla.read_bytes(), ["Yusuf Kalla, S.H."]) == []
    assert jdih("report", "sla", "--month", "2026-02", "--format", "pdf", "-o", str(sla),
                "--by", "nobody").returncode == 1


@pytest.mark.usefixtures("admin")
def test_a_disposition_to_two_people_prints_both(jdih: Runner, tmp_path: Path) -> None:
    _seed(jdih)
    added = jdih(
        "users", "add", "rudi", "--role", "tim_jdih", "--full-name", "Rudi Humas", "--by", ADMIN
    )
    assert added.returncode == 0, added.stderr
    recorded = jdih(
        "disposition", "1", "--by", "hasnah", "--to", "andi", "--to", "rudi",
        "--instruction", "Proses lebih lanjut", env=at("2026-02-02 08:15"),
    )  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    assert "Andi Baso, S.Kom.; Rudi Humas" in recorded.stdout
    out = tmp_path / "disposisi.pdf"
    assert jdih("print", "disposition", "1", "-o", str(out)).returncode == 0
    assert missing_texts(out.read_bytes(), ["Andi Baso, S.Kom.", "Rudi Humas"]) == []
