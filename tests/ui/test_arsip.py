"""Arsip on a real data folder: full-text search finds an archived decree by a word of its body
and opens its detail with the PDF; the results model pages lazily through a large archive."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from sqlalchemy import insert, select

from jdih_desktop.context import AppContext
from jdih_desktop.db import models
from jdih_desktop.documents.archive import search_index
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.metadata import DecreeMetadata, StatusRelation
from jdih_desktop.ui.pages.arsip import ArsipPage

BODY = (
    "Menimbang: bahwa untuk melaksanakan pemutakhiran data pemilih berkelanjutan perlu "
    "menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Soppeng."
)


@pytest.fixture()
def operator(context: AppContext) -> Actor:
    return context.accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"]).as_actor()


def _pdf(path: Path, pages: int) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=(215 * mm, 330 * mm))
    for number in range(1, pages + 1):
        sheet.drawString(20 * mm, 300 * mm, f"KEPUTUSAN KPU KABUPATEN SOPPENG - halaman {number}")
        sheet.showPage()
    sheet.save()
    return path


def test_find_by_a_body_word_and_open_detail_with_preview(
    qtbot: QtBot, context: AppContext, operator: Actor, tmp_path: Path
) -> None:
    old = context.archive.create(
        operator,
        DecreeMetadata(judul="Pembentukan Tim JDIH", nomor="5 Tahun 2022", tahun=2022),
        main_pdf=_pdf(tmp_path / "lama.pdf", 1),
        body_text="Tim dokumentasi hukum.",
    )
    decree = context.archive.create(
        operator,
        DecreeMetadata(
            judul="Penetapan Jadwal Pemutakhiran Data Pemilih Berkelanjutan",
            nomor="12 Tahun 2024",
            tahun=2024,
            tanggal_penetapan=date(2024, 3, 4),
            physical_location="Lemari B, rak 2, map 2024/12",
            relations=(StatusRelation("mencabut", "Keputusan Nomor 5 Tahun 2022", old.id),),
        ),
        main_pdf=_pdf(tmp_path / "sk.pdf", 3),
        page_count=3,
        body_text=BODY,
    )
    page = ArsipPage(context, operator)
    qtbot.addWidget(page)
    page.show()
    assert page.model.total == 2  # everything, newest first, before any word

    page.query.setText("pemutakhiran")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)  # after the typing pause
    assert page.count.text() == "1 keputusan"
    assert page.model.hit(0).id == decree.id
    assert "«pemutakhiran»" in page.model.hit(0).snippet.lower()

    detail = page.detail
    assert detail.document is not None and detail.document.id == decree.id  # sole hit opens
    assert detail.fields["nomor"].text() == "12 Tahun 2024"
    assert detail.fields["physical_location"].text() == "Lemari B, rak 2, map 2024/12"
    assert detail.relations.count() == 1
    assert detail.relations.item(0).text().startswith("mencabut Keputusan Nomor 5 Tahun 2022")
    assert detail.pdf.status() == QPdfDocument.Status.Ready
    assert detail.pdf.pageCount() == 3
    assert detail.pdf_note.text() == "3 halaman"
    actions = [detail.history.item(r, 2).text() for r in range(detail.history.rowCount())]
    assert actions == ["Dokumen diarsipkan"]
    assert detail.publish_button.isEnabled() and detail.abstract_button.isEnabled()

    # a related decree opens from the relation list
    detail._relation_activated(detail.relations.item(0))
    assert detail.document is not None and detail.document.id == old.id

    page.query.setText("")
    page.status.setCurrentIndex(page.status.findData("tidak_berlaku"))
    assert page.model.total == 0 and page.count.text() == "0 keputusan"


def test_the_model_fetches_pages_only_as_the_view_scrolls(
    qtbot: QtBot, context: AppContext
) -> None:
    rows = 20_000
    with context.db.write() as session:
        type_id = session.scalar(select(models.DocumentType.id).limit(1))
        now = datetime(2026, 1, 5, tzinfo=UTC)
        session.execute(
            insert(models.Document),
            [
                {
                    "type_id": type_id,
                    "judul": f"Penetapan hasil rapat pleno nomor {i}",
                    "nomor": f"{i} Tahun 2025",
                    "nomor_key": f"{i} tahun 2025",
                    "tahun": 2025 - (i % 5),
                    "body_text": "rapat pleno terbuka",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(1, rows + 1)
            ],
        )
        assert search_index.rebuild(session) == rows

    started = time.perf_counter()
    page = ArsipPage(context, None)
    opened = time.perf_counter() - started
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    model = page.model
    assert model.total == rows
    assert model.pages_fetched == 1 and model.rowCount() == model.page_size
    assert opened < 5  # generous on a shared 2-core machine; one page, not 20,000 rows

    qtbot.wait(100)
    assert model.pages_fetched == 1  # showing the first screenful needs nothing more
    for scrolls in range(1, 4):  # each scroll to the end loads exactly one more page
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda n=scrolls: model.pages_fetched == 1 + n, timeout=5000)
        qtbot.wait(50)
        assert model.pages_fetched == 1 + scrolls
    assert model.rowCount() == 4 * model.page_size

    page.query.setText("pleno")
    page.search()
    assert model.total == rows and model.pages_fetched == 1
    page.year.setValue(2023)
    assert model.total == rows // 5 and model.pages_fetched == 1
    assert {model.hit(r).tahun for r in range(model.rowCount())} == {2023}
