"""The wizard on the streaming path, offscreen: the form fills from the pages OCR'd so far.

A draft holds scanned decree pages; while the page check is open the pipeline checks and OCRs
them, and the reader's reading reaches the metadata form through a queued signal before the
operator gets there. What the operator typed meanwhile is never overwritten by the final read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.ui.wizard.scan_wizard import ScanWizard
from tests.documents.synth import needs_tesseract, text_page

pytestmark = needs_tesseract
WAIT = 120_000  # ms: an upper bound for slow CI machines, never a pace
FIRST_PAGE = (
    "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG",
    "NOMOR 19 TAHUN 2026",
    "TENTANG",
    "PENETAPAN DAFTAR PEMILIH TETAP",
    "PEMILIHAN BUPATI DAN WAKIL BUPATI SOPPENG",
    "",
    "KETUA KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG,",
    "Menimbang : a. bahwa daftar pemilih tetap perlu ditetapkan;",
)
TYPED = "Judul yang diketik operator"


@pytest.fixture()
def operator(context: AppContext) -> Actor:
    context.accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"], password="rahasia-123")
    return context.accounts.get("andi").as_actor()


def test_form_fills_from_the_streamed_reading_and_keeps_what_the_operator_typed(
    qtbot: QtBot, context: AppContext, operator: Actor, tmp_path: Path
) -> None:
    scans = []
    for number, lines in enumerate((FIRST_PAGE, ("Pasal 1", "Keputusan ini berlaku.")), 1):
        path = tmp_path / f"{number}.png"
        text_page(lines, 200, seed=number, size_mm=(215, 160)).save(path, dpi=(200, 200))
        scans.append(path)
    flow = context.scan_flow
    draft = flow.new_draft()
    flow.drafts.add_pages(draft, scans, dpis=[(200.0, 200.0)] * 2, move=False)
    draft.step = "pages"
    flow.drafts.save(draft)

    wizard = ScanWizard(context, operator, draft)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.pages_page
    meta = wizard.metadata_page
    # Still on the page check: the reading arrives through the stream's signal.
    qtbot.waitUntil(lambda: "19" in meta.edits["nomor"].text(), timeout=WAIT)
    assert wizard.currentPage() is wizard.pages_page
    assert wizard.reading["nomor"].value == meta.edits["nomor"].text()
    assert "halaman" in wizard.scan_page.reading.text()
    qtbot.waitUntil(lambda: not wizard.pages_page.job.busy, timeout=WAIT)
    assert all(p.processed for p in wizard.draft.live_pages)

    meta.edits["judul"].clear()
    qtbot.keyClicks(meta.edits["judul"], TYPED)  # typed before the final reading
    wizard.next()
    assert wizard.currentPage() is meta
    qtbot.waitUntil(lambda: meta.job is not None and not meta.job.busy, timeout=WAIT)
    assert meta.edits["judul"].text() == TYPED
    assert "19" in meta.edits["nomor"].text()
    assert wizard.draft.pdf and "PEMILIH" in wizard.draft.text.upper()
    stream = flow.stream(wizard.draft)
    assert stream.pipeline.ocr_runs == 2  # each page OCR'd once, none again for the PDF
    wizard.reject()
