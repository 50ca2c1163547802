"""The abstract sheet and the archive register printed from archive records (issue: printing)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jdih_desktop.context import AppContext
from jdih_desktop.db import models
from jdih_desktop.errors import NotFoundError
from tests.printing.pdfcheck import missing_texts, page_sizes_mm, render_png

KIND = "Keputusan Komisi Pemilihan Umum Kabupaten"
TITLE = (
    "Penetapan Daftar Pemilih Tetap Pemilihan Umum Bupati dan Wakil Bupati Soppeng "
    "Tahun 2026 pada Kecamatan Lalabata, Liliriaja dan Marioriwawo"
)


def _decree(context: AppContext, nomor: str, day: int, *, abstract: bool, url: str = "") -> int:
    with context.db.write() as session:
        kind = session.scalar(select(models.DocumentType).where(models.DocumentType.name == KIND))
        if kind is None:
            kind = models.DocumentType(name=KIND, abbreviation="KEP KPU KAB")
            session.add(kind)
            session.flush()
        document = models.Document(
            type_id=kind.id,
            judul=TITLE,
            nomor=nomor,
            tahun=2026,
            tanggal_penetapan=date(2026, 3, day),
            tempat_penetapan="Watansoppeng",
            physical_location="Lemari 2, map biru",
        )
        session.add(document)
        session.flush()
        if abstract:
            session.add(
                models.Abstract(
                    document_id=document.id,
                    subjek="Daftar Pemilih Tetap - Pemilu",
                    tahun=2026,
                    singkatan="KEP KPU KAB",
                    judul=TITLE,
                    considerations="bahwa untuk melaksanakan pemutakhiran data pemilih perlu "
                    "menetapkan daftar pemilih tetap;",
                    legal_basis="Dasar hukum Keputusan ini adalah: Undang-Undang Nomor 7 "
                    "Tahun 2017 tentang Pemilihan Umum.",
                    content="Dalam Keputusan ini ditetapkan daftar pemilih tetap.",
                    notes=["Keputusan ini mulai berlaku pada tanggal ditetapkan."],
                )
            )
        if url:
            session.add(
                models.Publication(
                    document_id=document.id,
                    target="ildis",
                    state="published",
                    idempotency_key=f"k-{nomor}",
                    url=url,
                    verified_at=datetime(2026, 3, 20, tzinfo=UTC),
                )
            )
        return document.id


def test_abstract_sheet_from_the_stored_abstract(context: AppContext, tmp_path: Path) -> None:
    document_id = _decree(context, "19 TAHUN 2026", 2, abstract=True)
    pdf = context.printer.abstract(document_id)
    assert page_sizes_mm(pdf)[0] == (215.0, 330.0)
    assert not missing_texts(
        pdf,
        [
            "DAFTAR PEMILIH TETAP - PEMILU",
            "KEP KPU KAB",
            TITLE.upper(),  # ILDIS prints the title in capitals
            "Undang-Undang Nomor 7 Tahun 2017",
            "mulai berlaku pada tanggal ditetapkan",
        ],
    )
    assert render_png(pdf, tmp_path, "abstrak").stat().st_size > 0


def test_abstract_of_a_decree_without_one_says_what_to_do(context: AppContext) -> None:
    document_id = _decree(context, "20 TAHUN 2026", 3, abstract=False)
    with pytest.raises(NotFoundError, match="belum punya abstrak"):
        context.printer.abstract(document_id)
    with pytest.raises(NotFoundError, match="tidak ditemukan"):
        context.printer.abstract(9999)


@pytest.mark.usefixtures("demo_office")  # the sheet carries the letterhead
def test_register_lists_the_year_with_location_and_verified_url(context: AppContext) -> None:
    _decree(
        context, "21 TAHUN 2026", 5, abstract=False, url="https://jdih.example/dokumen/view?id=7"
    )
    _decree(context, "22 TAHUN 2026", 9, abstract=False)
    pdf = context.printer.register(2026)
    width, height = page_sizes_mm(pdf)[0]
    assert width > height  # landscape
    assert not missing_texts(
        pdf,
        [
            "21 TAHUN 2026",
            "22 TAHUN 2026",
            "Lemari 2, map biru",
            "https://jdih.example/dokumen/view?id=7",
            "TAHUN 2026",
        ],
    )
