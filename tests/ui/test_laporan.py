"""Laporan on a real data folder: the screen shows ReportService's figures for a seeded month,
exports the same CSV and renders the printed report."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jdih_desktop import context as context_module
from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.domain.compliance import to_csv
from jdih_desktop.domain.display import format_share
from jdih_desktop.ui.pages.laporan import LaporanPage
from tests.workflow.conftest import Clock, wita

MINUTES = [5, 12, 18, 19, 21, 30, 8, 40]  # step 1 of eight requests in February 2026
DAYS = ["02", "03", "04", "05", "06", "09", "10", "11"]  # weekdays, no holiday among them


@pytest.fixture()
def seeded(monkeypatch: pytest.MonkeyPatch, demo_office: Path) -> Iterator[AppContext]:
    clock = Clock(wita("2026-02-02 08:00"))
    monkeypatch.setattr(context_module, "clock_from_env", lambda: clock)
    ctx = open_context(demo_office)  # the printed report carries the demo letterhead
    operator = ctx.accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"]).as_actor()
    for day, spent in zip(DAYS, MINUTES, strict=True):
        clock.set(f"2026-02-{day} 08:00")
        view = ctx.requests.register(operator, pengusul_name="Rahmat", hal=f"SK {day}")
        clock.set(f"2026-02-{day} 08:{spent:02d}")
        ctx.requests.complete_step(operator, view.id, 1)
    clock.set("2026-03-02 09:00")
    yield ctx
    ctx.close()


def _texts(table: object, column: int) -> list[str]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_figures_on_screen_are_report_service_figures(
    qtbot: QtBot, seeded: AppContext, tmp_path: Path
) -> None:
    page = LaporanPage(seeded, None)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.month == "2026-03", timeout=10000)  # opens on this month
    assert page.summary.rowCount() == 0

    page.set_month("2026-02")
    page.refresh()
    qtbot.waitUntil(lambda: page.month == "2026-02", timeout=10000)

    expected = [r for r in seeded.reports.sla("2026-02") if r.person is None]
    # step 2 of every request is still open and became late in February (10 minutes' target)
    assert [r.step_no for r in expected] == [1, 2]
    row, open_row = expected
    assert open_row.count == len(MINUTES) and all(i.still_open for i in open_row.late)
    # the service itself agrees with figures computed independently
    assert row.count == len(MINUTES)
    assert row.median.total_seconds() / 60 == statistics.median(MINUTES)
    within = sum(1 for m in MINUTES if m <= 20)
    assert row.share_within_target == within / len(MINUTES)

    assert page.summary.rowCount() == 2
    assert _texts(page.summary, 1) == ["1", "2"]
    assert _texts(page.summary, 3) == [str(row.count), str(len(MINUTES))]
    assert _texts(page.summary, 4)[0] == "18 mnt kerja"  # median 18.5 min, working time
    assert _texts(page.summary, 7) == [format_share(row.share_within_target), "0 %"]
    assert _texts(page.summary, 7)[0] == "62,5 %"
    assert [b.share for b in page.chart.bars()] == [row.share_within_target, 0.0]

    late_agendas = _texts(page.late, 0)
    assert late_agendas == [r.run_ref for r in (*row.late, *open_row.late)]
    assert len(row.late) == sum(1 for m in MINUTES if m > 20) == 3
    assert _texts(page.late, 2)[3:] == ["(masih terbuka)"] * len(MINUTES)
    assert "8 langkah selesai" in page.status.text() and "11 terlambat" in page.status.text()
    assert "8 langkah masih terbuka" in page.status.text()

    saved = page.export_csv(tmp_path / "februari")
    assert saved.name == "februari.csv"
    assert saved.read_text(encoding="utf-8") == to_csv(seeded.reports.sla("2026-02"))


def test_print_preview_shows_the_official_report(qtbot: QtBot, seeded: AppContext) -> None:
    page = LaporanPage(seeded, None)
    qtbot.addWidget(page)
    page.set_month("2026-02")
    qtbot.waitUntil(lambda: page.month == "2026-02", timeout=10000)
    page.open_print_preview()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview is not None
    assert page.preview.pdf_bytes.startswith(b"%PDF")
    assert page.preview.document.pageCount() >= 1
    page.preview.close()


def test_register_and_social_media_evaluation_print_from_laporan_at_1366x768(
    qtbot: QtBot, seeded: AppContext
) -> None:
    from tests.printing.pdfcheck import missing_texts

    kasubag = seeded.accounts.add_user(SYSTEM, "yusuf", "Yusuf Kalla, S.H.", ["kasubag"])
    page = LaporanPage(seeded, kasubag.as_actor())
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 80)  # the page beside the sidebar, below the title bar
    page.show()
    qtbot.waitUntil(lambda: page.month == "2026-03", timeout=10000)
    for button in (page.register_button, page.content_button, page.pdf_button):
        corner = button.mapTo(page, button.rect().bottomRight())
        assert button.isVisible() and page.rect().contains(corner), button.text()

    page.register_button.click()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview is not None and page.preview.pdf_bytes.startswith(b"%PDF")
    register_texts = ["DAFTAR ARSIP KEPUTUSAN TAHUN 2026", "Yusuf Kalla, S.H."]
    assert missing_texts(page.preview.pdf_bytes, register_texts) == []
    page.preview.close()
    page.preview = None

    qtbot.waitUntil(page.content_button.isEnabled, timeout=10000)
    page.set_month("2026-02")
    page.content_button.click()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview is not None
    assert missing_texts(page.preview.pdf_bytes, [
        "Laporan Evaluasi Pengelolaan Media Sosial JDIH", "Februari 2026", "Yusuf Kalla, S.H.",
    ]) == []
    assert page.preview.document.pageCount() >= 1
    page.preview.close()
