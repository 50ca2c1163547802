"""A request driven through SOP steps 1–3 in the GUI, each step by its role: the operator
registers it (with the nota dinas file) and completes step 1, the Kasubag writes the
disposition from the inbox, the operator pauses, resumes and completes the abstract step;
the timeline shows who did what, and the printed sheets open in the preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pikepdf
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.ui.disposition_form import DispositionDialog
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.pages.permohonan import PermohonanPage
from jdih_desktop.ui.print_preview import PrintPreviewDialog
from jdih_desktop.ui.request_detail import RequestDetailDialog
from jdih_desktop.ui.request_form import RequestFormDialog
from tests.ui.gui_helpers import timeline, when_modal

W = TypeVar("W", bound=QWidget)


@pytest.fixture()
def context(demo_office: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("JDIH_NOW", "2026-02-02T08:15+08:00")
    ctx = open_context(demo_office)  # its sheets carry the letterhead
    yield ctx
    ctx.close()


def _users(context: AppContext) -> tuple[Actor, Actor]:
    operator = context.accounts.add_user(
        SYSTEM, "andi", "Andi Muh. Fadli", ["operator"], password="rahasia123"
    )
    kasubag = context.accounts.add_user(
        SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"], password="rahasia123"
    )
    return operator.as_actor(), kasubag.as_actor()


def _preview(qtbot: QtBot, parent: QWidget) -> PrintPreviewDialog:
    qtbot.waitUntil(lambda: parent.findChild(PrintPreviewDialog) is not None, timeout=20_000)
    dialog = parent.findChild(PrintPreviewDialog)
    assert dialog is not None
    return dialog


def test_steps_one_to_three_through_the_gui(
    qtbot: QtBot, context: AppContext, data_dir: Path, tmp_path: Path
) -> None:
    operator, kasubag = _users(context)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)

    # Step 1 — the operator registers the request with its nota dinas and salinan SK.
    window = MainWindow(context, settings, operator)
    qtbot.addWidget(window)
    page = window.pages.widget(1)
    assert isinstance(page, PermohonanPage)
    nota = tmp_path / "nota-dinas.pdf"
    sk = tmp_path / "salinan-sk.pdf"
    for pages, path in enumerate((nota, sk), 1):  # real PDFs: the intake gate reads them
        with pikepdf.new() as pdf:
            for _ in range(pages):
                pdf.add_blank_page()
            pdf.save(path)

    def fill_form(form: RequestFormDialog) -> None:
        qtbot.keyClicks(form.pengusul, "Rahmat Hidayat")
        qtbot.keyClicks(form.unit, "Subbagian Teknis")
        qtbot.keyClicks(form.nota_nomor, "045/PL.01-ND/7312/2026")
        qtbot.keyClicks(form.hal, "Salinan SK Nomor 19 Tahun 2026")
        form.sifat.setCurrentIndex(form.sifat.findData("segera"))
        form.nota_file.path.setText(str(nota))
        form.salinan.path.setText(str(sk))
        form.submit()

    when_modal(RequestFormDialog, fill_form)
    page.new_request()
    assert page.table.rowCount() == 1
    receipt = _preview(qtbot, page)
    assert receipt.document.pageCount() >= 1
    receipt.close()
    [view] = context.requests.list()
    assert view.sifat == "segera" and view.nota_dinas_nomor == "045/PL.01-ND/7312/2026"
    assert {a.kind for a in context.attachments.list(view.id)} == {"salinan_sk", "nota_dinas"}

    detail = RequestDetailDialog(context, operator, view.id, page)
    qtbot.addWidget(detail)
    assert detail.complete_button.isEnabled()
    qtbot.mouseClick(detail.complete_button, Qt.MouseButton.LeftButton)
    assert not detail.complete_button.isEnabled(), "step 2 belongs to the Kasubag"
    assert timeline(detail)[0][3] == "selesai" and timeline(detail)[0][6] == "andi"
    detail.close()
    window.close()

    # Step 2 — the Kasubag lands on the inbox and writes the disposition.
    kasubag_window = MainWindow(context, settings, kasubag)
    qtbot.addWidget(kasubag_window)
    inbox_page = kasubag_window.pages.currentWidget()
    assert isinstance(inbox_page, PermohonanPage)
    assert inbox_page.tabs.currentIndex() == 1 and inbox_page.inbox.rowCount() == 1

    def dispose(form: DispositionDialog) -> None:
        assert form.chosen_recipients() == ["andi"]  # operators come first, the first ticked
        for box in form.instructions:
            box.setChecked(box.text() in ("Proses lebih lanjut", "Unggah ke laman JDIH"))
        qtbot.keyClicks(form.catatan, "Segera diunggah")
        form.submit()

    when_modal(DispositionDialog, dispose)
    inbox_page.dispose_selected()
    assert inbox_page.inbox.rowCount() == 0
    sheet = _preview(qtbot, inbox_page)
    assert sheet.document.pageCount() >= 1
    recorded = context.dispositions.latest(view.id)
    assert recorded is not None
    assert recorded.to_user == "andi" and recorded.from_user == "hasnah"
    assert recorded.instructions == ("Proses lebih lanjut", "Unggah ke laman JDIH")
    assert recorded.catatan == "Segera diunggah"
    kasubag_window.close()

    # Step 3 — the operator pauses, resumes and completes the abstract step.
    detail = RequestDetailDialog(context, operator, view.id, None)
    qtbot.addWidget(detail)
    assert "Proses lebih lanjut" in detail.disposition_line.text()
    assert detail.pause(reason="Menunggu salinan yang dilegalisasi")
    assert detail.resume_button.isEnabled() and not detail.pause_button.isEnabled()
    assert detail.resume()
    assert detail.complete()
    rows = timeline(detail)
    assert [r[3] for r in rows] == ["selesai", "selesai", "selesai", "berjalan"]
    assert [r[6] for r in rows] == ["andi", "hasnah", "andi", "–"]
    assert "Menunggu salinan yang dilegalisasi" in rows[2][9]
    assert rows[0][7] == "0 mnt / 20 menit (jam kerja)"
    assert rows[1][8] == "dalam target"
    assert detail.changed


def test_operator_cannot_act_on_the_kasubag_step_but_kasubag_overrides(
    qtbot: QtBot, context: AppContext
) -> None:
    operator, kasubag = _users(context)
    view = context.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 20")
    detail = RequestDetailDialog(context, kasubag, view.id, None)
    qtbot.addWidget(detail)
    # Step 1 is the operator's: the Kasubag completes it only with a written reason.
    assert detail.complete(override_reason="Operator sedang cuti")
    rows = timeline(detail)
    assert "diambil alih: Operator sedang cuti" in rows[0][9]
    assert rows[0][6] == "hasnah"
    assert detail.cancel_request(reason="Ditarik pengusul")
    assert detail.view.run_state == "cancelled"
    assert not detail.complete_button.isEnabled()


def test_request_list_filters_and_keeps_the_selection(qtbot: QtBot, context: AppContext) -> None:
    from jdih_desktop.demo import seed_demo

    seed = seed_demo(context)  # the demo office at 08.15: its requests ran in the morning
    assert seed is not None
    page = PermohonanPage(context, seed.users["andi"])
    qtbot.addWidget(page)
    assert page.table.rowCount() == 5
    page.table.selectRow(3)
    chosen = page.table.selected_id()
    page.reload()
    assert page.table.selected_id() == chosen
    late = {v.agenda for v in context.requests.list(late_only=True)}
    page.filter.setCurrentIndex(page.filter.findData("late"))
    assert {page.table.item(r, 0).text() for r in range(page.table.rowCount())} == late
    assert late, "the demo office has a late request"
    page.filter.setCurrentIndex(page.filter.findData("all"))
    assert page.table.rowCount() == 5
    assert page.tabs.tabText(1) == "Kotak disposisi (1)"


def test_enter_opens_the_selected_request(qtbot: QtBot, context: AppContext) -> None:
    operator, _kasubag = _users(context)
    context.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 21")
    page = PermohonanPage(context, operator)
    qtbot.addWidget(page)
    page.show()
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    opened: list[str] = []

    def close(detail: RequestDetailDialog) -> None:
        opened.append(detail.windowTitle())
        detail.reject()

    when_modal(RequestDetailDialog, close)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["Permohonan 0001/2026"]
