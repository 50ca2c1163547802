"""The letter in front of whoever acts: the nota dinas and the salinan SK open in the app's PDF
viewer from the request and from the disposition form, and the wizard starts from the attached
salinan (imported in place, no second scan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.demo_archive import demo_texts, text_pdf
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.ui.disposition_form import DispositionDialog
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.request_detail import RequestDetailDialog
from jdih_desktop.ui.wizard.scan_wizard import ScanWizard

WAIT = 60_000  # ms: an upper bound for the scanner worker on a slow machine, never a pace


def test_attachments_open_and_the_wizard_starts_from_the_salinan(
    qtbot: QtBot, context: AppContext, data_dir: Path, tmp_path: Path
) -> None:
    add = context.accounts.add_user
    operator = add(SYSTEM, "andi", "Andi", ["operator"], password="rahasia-1").as_actor()
    kasubag = add(SYSTEM, "hasnah", "Hasnah", ["kasubag"], password="rahasia-2").as_actor()
    request = context.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 45")
    texts = demo_texts()
    salinan = text_pdf(texts["07_tim_jdih_soppeng_2023"], tmp_path / "salinan.pdf")
    nota = text_pdf("NOTA DINAS\nNomor: 051/PY.01-ND/7312/2026", tmp_path / "nota.pdf")
    context.attachments.attach(operator, request.id, "nota_dinas", nota)
    context.attachments.attach(operator, request.id, "salinan_sk", salinan)
    context.requests.complete_step(operator, request.id, 1)

    # The Kasubag reads the letter from the disposition form before disposing.
    form = DispositionDialog(context, kasubag, request.id)
    qtbot.addWidget(form)
    assert [b.text() for b in form.letter.buttons] == ["Lihat Nota dinas", "Lihat Salinan SK"]
    form.letter.buttons[0].click()
    viewer = form.letter.viewer
    assert viewer is not None and viewer.document.pageCount() == 1
    assert viewer.windowTitle() == "Nota dinas — nota.pdf"
    viewer.close()
    context.dispositions.record(kasubag, request.id, to_username="andi", instructions=["Proses"])

    # The operator opens the salinan from the request, then starts the wizard from it.
    window = MainWindow(
        context, QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat), operator
    )
    qtbot.addWidget(window)
    detail = RequestDetailDialog(context, operator, request.id, window.pages.widget(1))
    qtbot.addWidget(detail)
    detail.attachments.buttons[1].click()
    shown = detail.attachments.viewer
    assert shown is not None and shown.document.pageCount() == salinan_pages(texts)
    shown.close()
    assert detail.salinan_button.isEnabled()
    detail.salinan_button.click()
    wizard = window.findChild(ScanWizard)
    assert wizard is not None and wizard.draft.request_id == request.id
    salinan_view = detail.salinan()
    assert salinan_view is not None
    device = wizard.device_page
    # The attached file is the device: no scanner search is needed.
    source = Path(device.device_box.currentText().partition(":")[2])
    assert source.name == "salinan.pdf" and source.read_bytes() == salinan.read_bytes()
    wizard.next()
    assert wizard.scan_page.start() is not None
    qtbot.waitUntil(lambda: not wizard.scan_page.busy, timeout=WAIT)
    pages = salinan_pages(texts)
    assert wizard.scan_page.counter.text() == f"{pages} halaman"
    assert context.attachments.path(salinan_view).exists()  # the attachment stays
    wizard.reject()


def salinan_pages(texts: dict[str, str]) -> int:
    return texts["07_tim_jdih_soppeng_2023"].count("\f") + 1
