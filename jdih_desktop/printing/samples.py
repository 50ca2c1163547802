"""Realistic sample data for every printed document.

Used by ``render_samples`` (the PNGs reviewers look at), by the tests, and by the print
preview as a "contoh" document before the office has records of its own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from jdih_desktop.printing.data import (
    AbstractSheet,
    ArchiveEntry,
    ArchiveRegister,
    DispositionSheet,
    LateItem,
    Letterhead,
    Receipt,
    Signatory,
    SlaReport,
    SlaRow,
    Urgency,
)
from jdih_desktop.printing.fonts import default_logo_path

KASUBAG = Signatory("Kepala Subbagian Hukum", "Andi Nurhidayah, S.H.", "198703152010122003")
OPERATOR = Signatory("Staf/Operator JDIH", "Muh. Ikhsan Saputra, S.Kom.", "199205102019031007")
SITE = "https://jdih.kpu.go.id/sulsel/soppeng"


def sample_letterhead(resources_dir: Path | None = None) -> Letterhead:
    return Letterhead(
        name_lines=("KOMISI PEMILIHAN UMUM", "KABUPATEN SOPPENG"),
        address="Jalan Kayangan No. 14, Watansoppeng, Sulawesi Selatan 90811",
        phone="(0484) 21011",
        email="kab_soppeng@kpu.go.id",
        website="soppengkab.kpu.go.id",
        logo_path=default_logo_path(resources_dir),
        city="Watansoppeng",
    )


def sample_disposition() -> DispositionSheet:
    return DispositionSheet(
        sender="Kepala Subbagian Perencanaan, Data dan Informasi",
        letter_number="045/PL.01.1-ND/7312/2023",
        letter_date=date(2023, 5, 15),
        received_at=datetime(2023, 5, 15, 1, 20, tzinfo=UTC),
        agenda_number="0127/2023",
        urgency=Urgency.SEGERA,
        regarding=(
            "Permohonan penerbitan salinan Keputusan KPU Kabupaten Soppeng Nomor 123/"
            "PL.01.1-Kpt/7312/2023 tentang Penetapan Daftar Pemilih Tetap pada laman JDIH"
        ),
        forward_to_options=("Staf/Operator JDIH", "Staf Subbagian Hukum", "Tim JDIH"),
        forward_to=("Staf/Operator JDIH",),
        instructions=("Proses lebih lanjut", "Siapkan bahan/abstrak", "Unggah ke laman JDIH"),
        notes="Mohon abstrak disusun sesuai format ILDIS dan salinan diunggah paling lambat "
        "sesuai SOP. Koordinasikan dengan Kasubag Rendatin bila lampiran belum lengkap.",
        deadline=datetime(2023, 5, 15, 1, 50, tzinfo=UTC),
        signatory=KASUBAG,
        signed_on=date(2023, 5, 15),
        request_id=42,
    )


def sample_abstract() -> AbstractSheet:
    return AbstractSheet(
        subjek=("PEMILIHAN UMUM", "DAFTAR PEMILIH TETAP", "KPU KABUPATEN SOPPENG"),
        tahun=2023,
        singkatan="KEP KPU KAB SOPPENG NO. 123/PL.01.1-KPT/7312/2023, 12 HLM",
        judul="KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG TENTANG PENETAPAN DAFTAR "
        "PEMILIH TETAP PEMILIHAN UMUM TAHUN 2024",
        abstrak=(
            "bahwa berdasarkan hasil rekapitulasi daftar pemilih tetap tingkat kecamatan se-"
            "Kabupaten Soppeng, perlu menetapkan daftar pemilih tetap Pemilihan Umum Tahun 2024 "
            "tingkat kabupaten dengan Keputusan Komisi Pemilihan Umum Kabupaten Soppeng.",
            "Dasar hukum Keputusan ini adalah: Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan "
            "Umum; Peraturan Komisi Pemilihan Umum Nomor 7 Tahun 2023 tentang Penyusunan Daftar "
            "Pemilih dalam Penyelenggaraan Pemilihan Umum dan Sistem Informasi Data Pemilih.",
            "Dalam Keputusan ini ditetapkan daftar pemilih tetap Kabupaten Soppeng sebanyak "
            "181.274 pemilih yang tersebar di 8 kecamatan, 70 desa/kelurahan dan 642 tempat "
            "pemungutan suara, sebagaimana tercantum dalam Lampiran.",
        ),
        catatan=(
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            "Lampiran: 9 halaman.",
        ),
    )


def sample_receipt() -> Receipt:
    return Receipt(
        number="TT-0127/JDIH/V/2023",
        received_at=datetime(2023, 5, 15, 0, 58, tzinfo=UTC),
        submitter_name="Nurul Fadhilah, S.E.",
        submitter_unit="Subbagian Perencanaan, Data dan Informasi",
        regarding="Permohonan penerbitan salinan Keputusan KPU Kabupaten Soppeng Nomor 123/"
        "PL.01.1-Kpt/7312/2023 pada laman JDIH",
        items=(
            "Salinan Keputusan Nomor 123/PL.01.1-Kpt/7312/2023 (1 berkas, 12 halaman)",
            "Nota Dinas Nomor 045/PL.01.1-ND/7312/2023",
        ),
        agenda_number="0127/2023",
        expected_by=date(2023, 5, 29),
        notes="Perkembangan permohonan dapat ditanyakan dengan menunjukkan tanda terima ini.",
        receiver=OPERATOR,
        request_id=42,
    )


def sample_sla_report() -> SlaReport:
    rows = (
        SlaRow("a", 1, "Penyampaian permohonan", "20 menit", 14, 12, 25, 0.857),
        SlaRow("a", 2, "Disposisi kepada operator", "10 menit", 14, 7, 18, 0.714),
        SlaRow("a", 3, "Pembuatan abstrak", "20 menit", 13, 17, 34, 0.692),
        SlaRow("a", 4, "Mengunggah salinan", "10 hari kerja", 12, 1710, 3900, 0.917,
               working_time=True),
        SlaRow("b", 1, "Rapat pengelolaan media sosial", "1 hari", 4, 300, 1200, 1.0),
        SlaRow("b", 2, "Rancangan materi konten", "10 menit", 9, 9, 14, 0.556),
    )
    late = (
        LateItem("0119/2023 · Kep. 118/PL.01.1-Kpt/7312/2023", "a", 2, "Disposisi", "10 menit",
                 95, "Kasubag Hukum sedang rapat pleno di kantor KPU Provinsi."),
        LateItem("0121/2023 · Kep. 120/HK.03.1-Kpt/7312/2023", "a", 3, "Pembuatan abstrak",
                 "20 menit", 48, "Keputusan memiliki lampiran 40 halaman; Mengingat panjang."),
        LateItem("0124/2023 · Kep. 121/PL.02.2-Kpt/7312/2023", "a", 4, "Mengunggah salinan",
                 "10 hari kerja", 5200, "Laman JDIH tidak dapat diakses (gangguan server).",
                 working_time=True),
    )
    return SlaReport(
        year=2023, month=5, rows=rows, late_items=late,
        sop_names={"a": "Penerbitan salinan Surat Keputusan",
                   "b": "Pengelolaan akun media sosial JDIH"},
        notes=("Langkah a.4 dihitung dalam waktu kerja (Senin–Jumat, di luar libur nasional).",),
        generated_at=datetime(2023, 6, 2, 1, 0, tzinfo=UTC),
        signatory=KASUBAG,
    )


def sample_archive_register(rows: int = 40) -> ArchiveRegister:
    topics = (
        "Penetapan Daftar Pemilih Tetap Pemilihan Umum Tahun 2024",
        "Pembentukan Panitia Pemilihan Kecamatan dalam Penyelenggaraan Pemilihan Umum Tahun 2024",
        "Penetapan Jumlah Kursi dan Daerah Pemilihan Anggota Dewan Perwakilan Rakyat Daerah "
        "Kabupaten Soppeng",
        "Pengangkatan Pejabat Pengelola Informasi dan Dokumentasi",
    )
    entries = tuple(
        ArchiveEntry(
            number=f"{100 + i}/PL.01.{1 + i % 3}-Kpt/7312/2023",
            enacted_on=date(2023, 1 + i % 12, 1 + (i * 7) % 28),
            title=topics[i % len(topics)],
            physical_location=f"Lemari B{1 + i // 20}, Ordner {1 + i // 10}, map {1 + i % 10}",
            publication_url=f"{SITE}/dokumen/view?id={2300 + i}" if i % 9 else None,
        )
        for i in range(rows)
    )
    return ArchiveRegister(year=2023, entries=entries, printed_on=date(2024, 1, 8),
                           signatory=KASUBAG)
