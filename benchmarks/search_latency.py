"""Benchmark: full-text search latency over 100,000 synthetic decrees in SQLite (FTS5).

    .venv/bin/python benchmarks/search_latency.py [--decrees 100000] [--reps 20] [--db PATH]

Builds a migrated SQLite database (the app's own migrations, so the FTS5 table is the real
one), fills ``documents`` and ``fts_documents`` with synthetic KPU decrees — a title from
decree topics, a number in both KPU forms, a year 2004–2026, three jenis, a body of about
150 words drawn Zipf-like from decree vocabulary plus place and person names — then times
``SearchService.search(query, limit=50)`` exactly as the GUI and ``jdih search`` call it
(total count + bm25 ranking + snippets for the page). Each query runs ``--reps`` times after
one warm-up; the figures are the median and 95th percentile over all timed runs, overall and
per query kind. Target: median ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jdih_desktop.db.engine import Database, sqlite_url  # noqa: E402
from jdih_desktop.db.migrate import upgrade  # noqa: E402
from jdih_desktop.documents.archive.search_index import SearchService, facet_tokens  # noqa: E402

JENIS = (
    ("Keputusan Komisi Pemilihan Umum Kabupaten", "KEP KPU KAB"),
    ("Keputusan Komisi Pemilihan Umum Kota", "KEP KPU KOTA"),
    ("Keputusan Komisi Pemilihan Umum Provinsi", "KEP KPU PROV"),
)
TOPICS = (
    "Penetapan Daftar Pemilih Tetap",
    "Pembentukan Panitia Pemilihan Kecamatan",
    "Pengangkatan Anggota Panitia Pemungutan Suara",
    "Penetapan Pasangan Calon Bupati dan Wakil Bupati",
    "Penetapan Calon Terpilih Anggota Dewan Perwakilan Rakyat Daerah",
    "Penggantian Antarwaktu Anggota Kelompok Penyelenggara Pemungutan Suara",
    "Pembentukan Tim Jaringan Dokumentasi dan Informasi Hukum",
    "Jadwal Retensi Arsip",
    "Rekapitulasi Hasil Penghitungan Suara",
    "Penetapan Lokasi Kampanye",
    "Standar Kebutuhan Logistik Pemilihan",
    "Pelantikan Anggota Badan Adhoc",
)
PLACES = [
    "Soppeng", "Wajo", "Bone", "Makassar", "Parepare", "Sidrap", "Pinrang", "Barru", "Maros",
    "Gowa", "Takalar", "Jeneponto", "Bantaeng", "Bulukumba", "Sinjai", "Selayar", "Luwu",
    "Palopo", "Toraja", "Enrekang", "Pangkep", "Watansoppeng", "Sengkang", "Watampone",
]  # fmt: skip
NAMES = [
    "Irwan", "Usman", "Andi", "Muhammad", "Yusuf", "Hasnah", "Rahmat", "Baso", "Nurhayati",
    "Syamsuddin", "Kamaruddin", "Suriani", "Herman", "Asdar", "Fitriani", "Jusman",
    "Mappasessu", "Tenri", "Abdul", "Rahman", "Hamzah", "Haeruddin", "Sitti", "Marwah",
]  # fmt: skip
VOCAB = [
    "bahwa",
    "dalam",
    "rangka",
    "pelaksanaan",
    "pemilihan",
    "umum",
    "anggota",
    "dewan",
    "perwakilan",
    "rakyat",
    "daerah",
    "kabupaten",
    "kota",
    "provinsi",
    "tahun",
    "perlu",
    "menetapkan",
    "keputusan",
    "komisi",
    "tentang",
    "penetapan",
    "nomor",
    "urut",
    "partai",
    "politik",
    "peserta",
    "berdasarkan",
    "ketentuan",
    "pasal",
    "ayat",
    "huruf",
    "undang-undang",
    "peraturan",
    "pemerintah",
    "sebagaimana",
    "dimaksud",
    "telah",
    "diubah",
    "terakhir",
    "dengan",
    "lembaran",
    "negara",
    "republik",
    "indonesia",
    "tambahan",
    "berita",
    "acara",
    "rapat",
    "pleno",
    "terbuka",
    "rekapitulasi",
    "daftar",
    "pemilih",
    "tetap",
    "tingkat",
    "kecamatan",
    "desa",
    "kelurahan",
    "panitia",
    "pemungutan",
    "suara",
    "kelompok",
    "penyelenggara",
    "tempat",
    "memutuskan",
    "menetapkan",
    "kesatu",
    "kedua",
    "ketiga",
    "keempat",
    "kelima",
    "mulai",
    "berlaku",
    "pada",
    "tanggal",
    "ditetapkan",
    "salinan",
    "sesuai",
    "aslinya",
    "ketua",
    "sekretaris",
    "lampiran",
    "merupakan",
    "bagian",
    "tidak",
    "terpisahkan",
    "pembentukan",
    "pengangkatan",
    "pemberhentian",
    "anggota",
    "badan",
    "adhoc",
    "honorarium",
    "anggaran",
    "pendapatan",
    "belanja",
    "hibah",
    "logistik",
    "kampanye",
    "dana",
    "laporan",
    "penerimaan",
    "pengeluaran",
    "calon",
    "pasangan",
    "bupati",
    "wakil",
    "walikota",
    "gubernur",
    "terpilih",
    "penggantian",
    "antarwaktu",
    "seleksi",
    "tim",
    "jaringan",
    "dokumentasi",
    "informasi",
    "hukum",
    "arsip",
    "retensi",
    "jadwal",
    "pengelolaan",
    "verifikasi",
    "faktual",
    "administrasi",
    "syarat",
    "pencalonan",
    "perseorangan",
    "dukungan",
    "minimal",
    "sebaran",
    "jumlah",
    "penduduk",
]


SYLLABLES = (
    "ma",
    "ppa",
    "se",
    "ssu",
    "ten",
    "ri",
    "ba",
    "so",
    "ha",
    "mid",
    "ru",
    "din",
    "la",
    "nu",
    "ra",
    "ka",
    "sya",
    "ham",
    "zah",
    "wa",
    "ti",
    "ja",
    "lu",
    "gi",
    "bo",
    "pa",
)


def proper_nouns(rng: random.Random, count: int) -> list[str]:
    """Made-up Bugis-sounding names: a long tail, so a name query matches few decrees."""
    found: set[str] = set()
    while len(found) < count:
        found.add("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize())
    return sorted(found)


def zipf_words(rng: random.Random, count: int, nouns: list[str]) -> list[str]:
    weights = [1 / (rank + 1) for rank in range(len(VOCAB))]
    words = rng.choices(VOCAB, weights=weights, k=count)
    for index in rng.sample(range(count), k=min(count, 6)):
        words[index] = rng.choice(nouns) if rng.random() < 0.8 else rng.choice(PLACES + NAMES)
    return words


def build(path: Path, decrees: int, seed: int = 2026) -> float:
    started = time.perf_counter()
    db = Database(sqlite_url(path))
    upgrade(db)
    rng = random.Random(seed)
    nouns = proper_nouns(rng, 20_000)
    raw = db.engine.raw_connection()
    cursor = raw.cursor()
    cursor.execute("BEGIN")
    for index, (name, abbreviation) in enumerate(JENIS, start=1):
        cursor.execute(
            "INSERT INTO document_types (id, name, abbreviation, category, default_bentuk) "
            "VALUES (?, ?, ?, 'Peraturan perundang-undangan', 'KEPUTUSAN')",
            (index, name, abbreviation),
        )
    documents, entries = [], []
    for number in range(1, decrees + 1):
        year = rng.randint(2004, 2026)
        type_id = rng.choices((1, 2, 3), weights=(6, 3, 1))[0]
        place = rng.choice(PLACES)
        seq = rng.randint(1, 400)
        nomor = (
            f"{seq} Tahun {year}"
            if rng.random() < 0.5
            else f"{seq}/PL.0{rng.randint(1, 3)}.{rng.randint(1, 6)}-Kpt/73{rng.randint(10, 30)}"
            f"/{year}"
        )
        judul = f"{rng.choice(TOPICS)} di Kabupaten {place} Tahun {year}"
        body = " ".join(zipf_words(rng, 150, nouns))
        status = "berlaku" if rng.random() < 0.85 else "tidak_berlaku"
        signer = f"{rng.choice(NAMES)} {rng.choice(NAMES)}"
        documents.append(
            (number, type_id, judul, nomor, nomor.lower(), year, place, signer, status, body)
        )
        meta = f"{JENIS[type_id - 1][0]} {JENIS[type_id - 1][1]} {place} {signer} {year}"
        facets = " ".join(facet_tokens(year, status, type_id))
        entries.append((number, nomor, judul, meta, body, facets))
        if len(documents) == 5000 or number == decrees:
            cursor.executemany(
                "INSERT INTO documents (id, type_id, bentuk, judul, nomor, nomor_key, tahun, "
                "tempat_penetapan, sumber, teu_badan, penandatangan, pemrakarsa, bahasa, "
                "bidang_hukum, urusan_pemerintahan, status, lokasi, is_salinan, "
                "physical_location, body_text, created_at, updated_at) VALUES (?, ?, "
                "'KEPUTUSAN', ?, ?, ?, ?, ?, '-', '', ?, '', 'Indonesia', '', '', ?, '', 1, '', "
                "?, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
                documents,
            )
            cursor.executemany(
                "INSERT INTO fts_documents (rowid, nomor, judul, meta, body, facets) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                entries,
            )
            documents, entries = [], []
    cursor.execute("COMMIT")
    cursor.execute("INSERT INTO fts_documents (fts_documents) VALUES ('optimize')")
    raw.close()
    db.dispose()
    return time.perf_counter() - started


QUERIES: dict[str, list[tuple[str, dict[str, object]]]] = {
    "rare word (name)": [("Jaselula", {}), ("Rasoha", {}), ("Wasoka", {})],
    "place": [("Watansoppeng", {}), ("Jeneponto", {}), ("Sengkang", {})],
    "two words": [("pelantikan adhoc", {}), ("retensi arsip", {}), ("Soppeng kampanye", {})],
    "phrase": [('"daftar pemilih tetap"', {}), ('"rapat pleno terbuka"', {})],
    "prefix": [("rekapitul*", {}), ("Jasel*", {})],
    "number": [("19/2023", {}), ("123 Tahun 2019", {})],
    "with filters": [
        ("pemilih", {"year": 2023}),
        ("kampanye", {"year": 2024, "jenis": "KEP KPU KAB"}),
        ("arsip", {"status": "tidak_berlaku"}),
    ],
    "very common word": [("bahwa", {}), ("keputusan", {})],
}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run(path: Path, reps: int) -> None:
    """Wall-clock and process-CPU milliseconds per search (CPU is what contention can't inflate)."""
    db = Database(sqlite_url(path))
    search = SearchService(db)
    walls: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}
    print(
        f"{'query kind':<18}{'matches':>22}{'median ms':>11}{'p95 ms':>8}"
        f"{'cpu median':>12}{'cpu p95':>9}"
    )
    for kind, queries in QUERIES.items():
        wall, cpu, totals = walls.setdefault(kind, []), cpus.setdefault(kind, []), []
        for query, filters in queries:
            totals.append(search.search(query, limit=50, **filters).total)  # type: ignore[arg-type]
            for _ in range(reps):
                started, cpu_started = time.perf_counter(), time.process_time()
                search.search(query, limit=50, **filters)  # type: ignore[arg-type]
                wall.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
        matches = "/".join(str(t) for t in totals)
        print(
            f"{kind:<18}{matches:>22}{statistics.median(wall):>11.1f}"
            f"{percentile(wall, 0.95):>8.1f}{statistics.median(cpu):>12.1f}"
            f"{percentile(cpu, 0.95):>9.1f}"
        )
    every_wall = [v for values in walls.values() for v in values]
    every_cpu = [v for values in cpus.values() for v in values]
    print(
        f"ALL {len(every_wall)} searches: median {statistics.median(every_wall):.1f} ms, "
        f"p95 {percentile(every_wall, 0.95):.1f} ms (CPU: median "
        f"{statistics.median(every_cpu):.1f} ms, p95 {percentile(every_cpu, 0.95):.1f} ms)"
    )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decrees", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--db", type=Path, default=None, help="reuse or keep this database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jdih-search-bench-") as tmp:
        path = args.db or Path(tmp) / "bench.sqlite3"
        if not path.exists():
            seconds = build(path, args.decrees)
            print(f"built {args.decrees} decrees in {seconds:.1f} s")
        size = sum(p.stat().st_size for p in path.parent.glob(f"{path.name}*"))
        print(f"database {size / 1e6:.0f} MB ({path})")
        run(path, args.reps)


if __name__ == "__main__":
    main()
