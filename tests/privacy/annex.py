"""Synthetic KPU decree annexes that list people, with the truth of every personal value.

Names are combined at random from common given names; NIKs carry real region codes
(Kabupaten Soppeng 7312, Kota Makassar 7371, ...) and valid birth-date encodings (women +40 on
the day), so the detector is judged on realistic numbers. No real person's data: every value
is drawn from a seeded generator. Each annex comes as a born-digital PDF and as a 300 dpi
scan (gray page images assembled by the app, to be OCR'd by the app).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from jdih_desktop.paths import resources_dir

REGIONS = ("731201", "731202", "731203", "731204", "737101", "737105", "730201", "317101",
           "327301", "747101")  # fmt: skip
GIVEN = ("Andi", "Muhammad", "Nur", "Sitti", "Hasnah", "Rahmat", "Ilham", "Fitri", "Syamsul",
         "Wahyuni", "Arman", "Hasriani", "Baso", "Irma", "Jumriati", "Kamaruddin")  # fmt: skip
FAMILY = ("Baharuddin", "Hamzah", "Latif", "Salam", "Rauf", "Hakim", "Amir", "Saleh",
          "Yusuf", "Rasyid", "Mappa", "Tahir")  # fmt: skip
STREETS = ("Merdeka", "Sultan Hasanuddin", "Kemakmuran", "Pengayoman", "Ahmad Yani", "Poros")
VILLAGES = ("Lompulle", "Bila", "Salotungo", "Botto", "Appanang", "Tellang")
PLACES = ("Watansoppeng", "Makassar", "Bone", "Sidrap", "Wajo", "Barru")
BANKS = ("BRI", "BNI", "Mandiri", "Sulselbar")

HEADER = ("No", "Nama", "NIK", "Tempat, Tgl Lahir", "Alamat", "No. HP", "No. Rekening")
# Column x positions in mm on a landscape F4 page.
COLUMNS = (10, 18, 58, 92, 132, 232, 262)


@dataclass(frozen=True)
class Person:
    name: str
    nik: str
    birth: str  # "Watansoppeng, 12-03-1985"
    address: str
    phone: str
    bank: str  # "BRI 0123-01-012345-50-1"
    nip: str = ""

    def truth(self) -> list[tuple[str, str]]:
        items = [("nik", self.nik), ("birth", self.birth), ("address", self.address),
                 ("phone", self.phone), ("bank", self.bank.split(" ", 1)[1])]  # fmt: skip
        if self.nip:
            items.append(("nip", self.nip))
        return items


def _nik(rng: random.Random, born: date, woman: bool) -> str:
    day = born.day + (40 if woman else 0)
    birth = f"{day:02d}{born.month:02d}{born.year % 100:02d}"
    return f"{rng.choice(REGIONS)}{birth}{rng.randint(1, 3000):04d}"


def _nip(rng: random.Random, born: date, woman: bool) -> str:
    start = min(born.year + rng.randint(22, 30), 2024)
    return (f"{born:%Y%m%d} {start}{rng.randint(1, 12):02d} {2 if woman else 1} "
            f"{rng.randint(1, 20):03d}")  # fmt: skip


def people(seed: int, count: int = 12, with_nip: bool = False) -> list[Person]:
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        woman = rng.random() < 0.5
        latest = 1998 if with_nip else 2004  # a civil servant started by 2024
        born = date(rng.randint(1965, latest), rng.randint(1, 12), rng.randint(1, 28))
        street = f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 120)}"
        rt = f"RT {rng.randint(1, 9):03d}/RW {rng.randint(1, 9):03d}"
        mobile = (
            f"08{rng.choice('1235')}{rng.randint(1, 9)}-{rng.randint(1000, 9999)}-"
            f"{rng.randint(1000, 9999)}"
        )
        result.append(
            Person(
                name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                nik=_nik(rng, born, woman),
                birth=f"{rng.choice(PLACES)}, {born:%d-%m-%Y}",
                address=f"{street} {rt} Desa {rng.choice(VILLAGES)}",
                phone=mobile,
                bank=f"{rng.choice(BANKS)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-"
                f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
                nip=_nip(rng, born, woman) if with_nip else "",
            )
        )
    return result


def rows(persons: list[Person]) -> list[tuple[str, ...]]:
    return [
        (str(i), p.name, p.nik, p.birth, p.address, p.phone, p.bank)
        for i, p in enumerate(persons, start=1)
    ]


PREAMBLE = (
    "LAMPIRAN KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG",
    "NOMOR 123/PL.01.1-Kpt/7312/2023 TANGGAL 14 Maret 2023",
    "DAFTAR ANGGOTA PANITIA PEMUNGUTAN SUARA (PPS) DESA/KELURAHAN SE-KABUPATEN SOPPENG",
    "Sesuai Pasal 7312 ayat (2) dan Keputusan Nomor 19 Tahun 2023 tanggal 02-01-2023.",
)


def _nip_lines(persons: list[Person]) -> list[str]:
    return [f"{p.name}, NIP. {p.nip}" for p in persons if p.nip]


def annex_text_pdf(persons: list[Person], path: Path) -> Path:
    """The annex as a born-digital landscape F4 PDF (a table drawn with reportlab)."""
    pdf = canvas.Canvas(str(path), pagesize=(330 * mm, 215 * mm))
    y = 200 * mm
    pdf.setFont("Helvetica", 8)
    for line in PREAMBLE:
        pdf.drawString(10 * mm, y, line)
        y -= 6 * mm
    for cells in [HEADER, *rows(persons)]:
        for x, cell in zip(COLUMNS, cells, strict=True):
            pdf.drawString(x * mm, y, cell)
        y -= 6 * mm
    for line in _nip_lines(persons):
        pdf.drawString(10 * mm, y, line)
        y -= 6 * mm
    pdf.showPage()
    pdf.save()
    return path


def annex_scan_image(persons: list[Person], dpi: int = 300) -> Image.Image:
    """The same annex printed and scanned at ``dpi`` (gray, DejaVu Sans)."""
    width, height = round(330 / 25.4 * dpi), round(215 / 25.4 * dpi)
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(
        str(resources_dir() / "fonts" / "DejaVuSans.ttf"), round(8.5 / 72 * dpi)
    )

    def at(mm_x: float, mm_y: float, text: str) -> None:
        draw.text((round(mm_x / 25.4 * dpi), round(mm_y / 25.4 * dpi)), text, fill=20, font=font)

    y = 15.0
    for line in PREAMBLE:
        at(10, y, line)
        y += 6
    for cells in [HEADER, *rows(persons)]:
        for x, cell in zip(COLUMNS, cells, strict=True):
            at(x, y, cell)
        y += 6
    for line in _nip_lines(persons):
        at(10, y, line)
        y += 6
    return page


def annex_scan_pdf(persons: list[Person], path: Path, dpi: int = 300) -> Path:
    """The scan as an image-only PDF, assembled by the app (no text layer)."""
    from jdih_desktop.documents.pdf.assembly import assemble_pdf

    image_path = path.with_suffix(".png")
    annex_scan_image(persons, dpi).save(image_path, dpi=(dpi, dpi))
    return assemble_pdf([image_path], path).path
