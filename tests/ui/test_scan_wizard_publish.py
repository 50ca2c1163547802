"""The wizard end to end: a scanned decree (two pages through the ``folder:`` device, as a
copier's scan folder delivers them) → OCR → prefilled metadata and abstract → archive →
publication on the ILDIS test server, verified by hash → SOP steps 3 and 4 done."""

from __future__ import annotations

import hashlib
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from jdih_desktop.config import AppConfig, save_config
from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo_archive import demo_texts, scanned_pages
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.paths import resolve_paths
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.wiring import open_outbox
from jdih_desktop.ui.wizard.scan_wizard import ScanWizard
from scanner import A4, ColorMode, ScanProfile, ScanSettings, Source
from tests.publishing.outbox_env import ildis_options, store_ildis_passwords, use_test_outbox
from tests.publishing.servers.ildis import IldisServer
from tests.support.office import with_demo_office

FIVE_GRAY_PAGES = ScanProfile(
    "Salinan SK — abu-abu 100 dpi (uji)",
    ScanSettings(source=Source.ADF, mode=ColorMode.GRAY, dpi=100, page_size=A4, pages=5),
)
WAIT = 180_000  # ms: an upper bound for OCR on a slow CI machine, never a pace
pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")


@pytest.fixture()
def office(
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> Iterator[AppContext]:
    config = AppConfig()
    config.publishing.kind = "ildis"
    config.publishing.options = ildis_options(ildis_server)
    config.scanning.profiles = [FIVE_GRAY_PAGES.to_dict()]
    save_config(config, resolve_paths(data_dir).config_file)
    with_demo_office(data_dir)  # the disposition sheet carries the letterhead
    store_ildis_passwords(credentials, ildis_server)
    context = open_context(data_dir)
    use_test_outbox(context, credentials, http_settings, seed=3)
    yield context
    context.close()


def _actors(context: AppContext) -> tuple[Actor, Actor]:
    add = context.accounts.add_user
    operator = add(SYSTEM, "andi", "Andi Baso", ["operator"], password="rahasia-1").as_actor()
    kasubag = add(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"], password="rahasia-2").as_actor()
    return operator, kasubag


def _wait(qtbot: QtBot, page: Any) -> None:
    qtbot.waitUntil(lambda: page.job is not None and not page.job.busy, timeout=WAIT)


def test_scanned_decree_to_a_verified_publication(
    qtbot: QtBot, office: AppContext, ildis_server: IldisServer, tmp_path: Path
) -> None:
    operator, kasubag = _actors(office)
    request = office.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 45/2023")
    office.requests.complete_step(operator, request.id, 1)
    office.dispositions.record(kasubag, request.id, to_username="andi", instructions=["Proses"])
    scans = tmp_path / "pindaian"
    scanned_pages(demo_texts()["07_tim_jdih_soppeng_2023"], scans)

    wizard = ScanWizard(office, operator, request_id=request.id)
    qtbot.addWidget(wizard)
    wizard.show()
    _wait(qtbot, wizard.device_page)
    wizard.device_page.use_file(scans)
    wizard.next()
    assert wizard.scan_page.start() is not None
    _wait(qtbot, wizard.scan_page)
    assert wizard.scan_page.counter.text() == "2 halaman"
    wizard.next()
    _wait(qtbot, wizard.pages_page)
    wizard.next()

    # OCR read the decree: the form is prefilled, each field with its confidence and place.
    meta = wizard.metadata_page
    _wait(qtbot, meta)
    assert meta.edits["nomor"].text() == "45 Tahun 2023"
    assert meta.edits["tahun"].text() == "2023"
    assert meta.edits["tempat_penetapan"].text() == "Watansoppeng"
    assert meta.edits["tanggal_penetapan"].text() == "2023-10-02"
    assert "Tim Pengelola Jaringan Dokumentasi" in meta.edits["judul"].text()
    assert "hal. 1 baris" in meta.marks["nomor"].text()
    block = meta.show_source("nomor")
    assert "45 TAHUN 2023" in meta.text.document().findBlockByNumber(block).text().upper()
    meta.edits["physical_location"].setText("Lemari 2, map biru")
    wizard.next()

    abstract = wizard.abstract_page
    assert wizard.currentPage() is abstract
    assert abstract.considerations.toPlainText().startswith("bahwa")
    assert "Peraturan Presiden Nomor 33 Tahun 2012" in abstract.legal_basis.toPlainText()
    if not abstract.isComplete():  # what OCR could not supply, the operator types
        abstract.notes.setPlainText("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    assert abstract.isComplete(), abstract.problems.text()
    wizard.next()

    review = wizard.review_page
    review.start_store()
    _wait(qtbot, review)
    document_id = wizard.draft.document_id
    assert document_id is not None
    steps = {s.no: s.state for s in office.requests.get(request.id).steps}
    assert steps[3] == "done" and steps[4] == "running"
    wizard.next()

    publish = wizard.publish_page
    assert publish.target.currentText() == "utama"
    publish.start_publish()
    _wait(qtbot, publish)
    publication = publish.publication
    assert publication is not None and publication.state == "published", publish.status.text()
    (record,) = ildis_server.state.records.values()  # exactly one record on the site
    archived = office.archive.get(document_id).file("main")
    assert archived is not None
    on_site = ildis_server.state.files[str(record["main_file"])]
    assert hashlib.sha256(on_site).hexdigest() == archived.sha256 == publication.verified_sha256
    assert publication.url in publish.receipt.toPlainText()
    assert office.requests.get(request.id).run_state == "done"
    wizard.accept()
    assert [d.id for d in wizard.drafts.all()] == []  # done: nothing left to resume


def test_the_whole_sop_through_the_gui_by_role(
    qtbot: QtBot,
    office: AppContext,
    ildis_server: IldisServer,
    sane_env: None,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """Operator registers (the nota dinas scanned on the SANE test device) → Kasubag
    dispositions from the inbox → operator runs the wizard from the request: a 5-page scan,
    abstract, archive, publication on the ILDIS test server verified by hash → the timeline
    shows all four steps done."""
    from PySide6.QtCore import QSettings

    from jdih_desktop.scanning.service import ScanService
    from jdih_desktop.ui.disposition_form import DispositionDialog
    from jdih_desktop.ui.main_window import MainWindow
    from jdih_desktop.ui.pages.permohonan import PermohonanPage
    from jdih_desktop.ui.request_detail import RequestDetailDialog
    from jdih_desktop.ui.request_form import RequestFormDialog
    from tests.ui.gui_helpers import timeline, when_modal

    operator, kasubag = _actors(office)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)

    # The pengusul's nota dinas, scanned on the office scanner (SANE test device) into a PDF.
    nota = tmp_path / "nota-dinas.pdf"
    result = office.scanning.scan(
        "sane:test:0", ScanSettings(source=Source.ADF, mode=ColorMode.GRAY, dpi=100, pages=1)
    )
    assert result.state == "complete" and len(result.pages) == 1
    ScanService.save(result.pages, nota)

    # Step 1 — the operator registers the request in the Permohonan screen.
    window = MainWindow(office, settings, operator)
    qtbot.addWidget(window)
    page = window.pages.widget(1)
    assert isinstance(page, PermohonanPage)

    def fill(form: RequestFormDialog) -> None:
        qtbot.keyClicks(form.pengusul, "Rahmat Hidayat")
        qtbot.keyClicks(form.hal, "Salinan SK Nomor 45 Tahun 2023 tentang Tim Pengelola JDIH")
        form.nota_file.path.setText(str(nota))
        form.submit()

    when_modal(RequestFormDialog, fill)
    page.new_request()
    [request] = office.requests.list()
    assert {a.kind for a in office.attachments.list(request.id)} == {"nota_dinas"}
    detail = RequestDetailDialog(office, operator, request.id, page)
    qtbot.addWidget(detail)
    assert detail.complete()
    detail.close()

    # Step 2 — the Kasubag lands on the disposition inbox and forwards it to the operator.
    inbox_window = MainWindow(office, settings, kasubag)
    qtbot.addWidget(inbox_window)
    inbox = inbox_window.pages.currentWidget()
    assert isinstance(inbox, PermohonanPage) and inbox.inbox.rowCount() == 1

    def dispose(form: DispositionDialog) -> None:
        for box in form.instructions:
            box.setChecked(box.text() == "Proses lebih lanjut")
        form.submit()

    when_modal(DispositionDialog, dispose)
    inbox.dispose_selected()
    inbox_window.close()

    # Steps 3 and 4 — the operator opens the wizard from the request.
    detail = RequestDetailDialog(office, operator, request.id, page)
    qtbot.addWidget(detail)
    assert detail.scan_button.isVisible() or detail.scan_button.isVisibleTo(detail)
    detail.open_scan_wizard()
    wizard = window.findChild(ScanWizard)
    assert wizard is not None and wizard.draft.request_id == request.id
    device = wizard.device_page
    _wait(qtbot, device)
    device.device_box.setCurrentText("sane:test:0")
    device.profile_box.setCurrentText(FIVE_GRAY_PAGES.name)
    wizard.next()
    wizard.scan_page.start()
    _wait(qtbot, wizard.scan_page)
    assert wizard.scan_page.counter.text() == "5 halaman"
    wizard.next()
    _wait(qtbot, wizard.pages_page)
    wizard.next()
    meta = wizard.metadata_page
    _wait(qtbot, meta)  # the test pattern has no text: the operator types the fields
    for name, value in {
        "nomor": "45 Tahun 2023",
        "tahun": "2023",
        "judul": "Pembentukan Tim Pengelola Jaringan Dokumentasi dan Informasi Hukum",
        "tanggal_penetapan": "2023-10-02",
    }.items():
        meta.edits[name].setText(value)
    wizard.next()
    abstract = wizard.abstract_page
    abstract.subjek.setText("JDIH - Tim Pengelola")
    abstract.judul.setPlainText("Keputusan KPU Kabupaten Soppeng tentang Tim Pengelola JDIH")
    abstract.considerations.setPlainText("bahwa perlu dibentuk tim pengelola JDIH;")
    abstract.legal_basis.setPlainText("Dasar hukum: Peraturan Presiden Nomor 33 Tahun 2012.")
    abstract.decided.setPlainText("Dalam Keputusan ini ditetapkan Tim Pengelola JDIH.")
    abstract.notes.setPlainText("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    assert abstract.isComplete(), abstract.problems.text()
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    wizard.review_page.start_store()
    _wait(qtbot, wizard.review_page)
    wizard.next()
    wizard.publish_page.start_publish()
    _wait(qtbot, wizard.publish_page)
    publication = wizard.publish_page.publication
    assert publication.state == "published"
    (record,) = ildis_server.state.records.values()
    on_site = ildis_server.state.files[str(record["main_file"])]
    assert hashlib.sha256(on_site).hexdigest() == publication.verified_sha256
    main = office.archive.get(wizard.draft.document_id).file("main")
    assert main is not None and main.page_count == 5
    wizard.accept()

    detail = RequestDetailDialog(office, operator, request.id, None)
    qtbot.addWidget(detail)
    rows = timeline(detail)
    assert [r[3] for r in rows] == ["selesai"] * 4
    assert [r[6] for r in rows] == ["andi", "hasnah", "andi", "andi"]
    assert office.requests.get(request.id).run_state == "done"


def test_sop_a_by_role_at_the_laptop_size(
    qtbot: QtBot,
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SOP a on a 1366×768 screen with the office's default hand upload: the operator registers
    with the nota dinas and salinan attached → the Kasubag reads the letter and disposes (the
    sheet is printed) → the operator starts the wizard from the attached salinan, the archive
    catches the duplicate, step 4 is proven by the published URL pasted in the window."""
    from PySide6.QtCore import QRect

    from jdih_desktop.ui import screen_fit

    area = QRect(0, 0, 1366, 768 - 40)
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget=None: area)
    drive = tmp_path / "flashdisk"
    drive.mkdir()
    config = AppConfig()  # the default: an export package uploaded by hand
    config.publishing.options = {"target_dir": str(drive), "site_base_url": ildis_server.url}
    save_config(config, resolve_paths(data_dir).config_file)
    with_demo_office(data_dir)  # the disposition sheet carries the letterhead
    office = open_context(data_dir)
    office.outbox = open_outbox(
        office.db, office.config.publishing, office.paths.data_dir, office.archive,
        office.requests, office.office, office.now, credentials=credentials,
        http=http_settings, rng=random.Random(3),
    )  # fmt: skip
    try:
        _sop_a(qtbot, office, ildis_server, data_dir, tmp_path, area)
    finally:
        office.close()


def _sop_a(
    qtbot: QtBot, office: AppContext, ildis_server: IldisServer, data_dir: Path, tmp_path: Path,
    area: Any,
) -> None:  # fmt: skip
    from PySide6.QtCore import QSettings

    from jdih_desktop.demo_archive import text_pdf
    from jdih_desktop.ui.disposition_form import DispositionDialog
    from jdih_desktop.ui.main_window import MainWindow
    from jdih_desktop.ui.pages.permohonan import PermohonanPage
    from jdih_desktop.ui.print_preview import PrintPreviewDialog
    from jdih_desktop.ui.request_detail import RequestDetailDialog
    from jdih_desktop.ui.request_form import RequestFormDialog
    from jdih_desktop.ui.wizard.duplicates import DuplicateDialog
    from tests.ui.gui_helpers import when_modal

    operator, kasubag = _actors(office)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    text = demo_texts()["07_tim_jdih_soppeng_2023"]
    salinan = text_pdf(text, tmp_path / "salinan-sk-45.pdf")
    nota = text_pdf("NOTA DINAS\nNomor: 051/PY.01-ND/7312/2026", tmp_path / "nota-dinas.pdf")
    # The same decree was stored last year from another request: the archive must catch it.
    office.intake.import_pdf(operator, salinan, ocr=False)

    # Step 1 — the operator registers with both letters attached.
    window = MainWindow(office, settings, operator)
    qtbot.addWidget(window)
    window.show()
    assert window.width() <= area.width() and window.height() <= area.height()
    page = window.pages.widget(1)
    assert isinstance(page, PermohonanPage)

    def fill(form: RequestFormDialog) -> None:
        form.pengusul.setText("Rahmat Hidayat")
        form.hal.setText("Salinan SK Nomor 45 Tahun 2023 tentang Tim Pengelola JDIH")
        form.nota_file.path.setText(str(nota))
        form.salinan.path.setText(str(salinan))
        form.print_receipt.setChecked(False)
        form.submit()

    when_modal(RequestFormDialog, fill)
    page.new_request()
    [request] = office.requests.list()
    office.requests.complete_step(operator, request.id, 1)

    # Step 2 — the Kasubag opens the letter, disposes, and the sheet comes up to print.
    inbox_window = MainWindow(office, settings, kasubag)
    qtbot.addWidget(inbox_window)
    inbox = inbox_window.pages.currentWidget()
    assert isinstance(inbox, PermohonanPage) and inbox.inbox.rowCount() == 1
    letters: list[int] = []

    def dispose(form: DispositionDialog) -> None:
        nota_button = next(b for b in form.letter.buttons if b.text() == "Lihat Nota dinas")
        nota_button.click()  # the nota dinas, in the app's viewer
        assert form.letter.viewer is not None
        letters.append(form.letter.viewer.document.pageCount())
        form.letter.viewer.close()
        form.submit()

    when_modal(DispositionDialog, dispose)
    inbox.dispose_selected()
    assert letters == [1]
    qtbot.waitUntil(lambda: bool(inbox.findChildren(PrintPreviewDialog)), timeout=WAIT)
    assert office.requests.get(request.id).steps[1].state == "done"

    # Steps 3 and 4 — the operator starts the wizard from the attached salinan.
    detail = RequestDetailDialog(office, operator, request.id, page)
    qtbot.addWidget(detail)
    assert detail.salinan_button.isEnabled()
    detail.salinan_button.click()
    wizard = window.findChild(ScanWizard)
    assert wizard is not None and wizard.draft.request_id == request.id
    assert wizard.height() <= area.height()
    wizard.next()
    wizard.scan_page.start()
    _wait(qtbot, wizard.scan_page)
    assert wizard.scan_page.counter.text() == f"{text.count(chr(12)) + 1} halaman"
    wizard.next()
    _wait(qtbot, wizard.pages_page)
    wizard.next()
    meta = wizard.metadata_page
    _wait(qtbot, meta)
    assert meta.edits["nomor"].text() == "45 Tahun 2023"
    meta.edits["physical_location"].setText("Lemari 2, map biru")
    wizard.next()
    abstract = wizard.abstract_page
    if not abstract.isComplete():
        abstract.notes.setPlainText("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    wizard.next()
    caught: list[str] = []

    def new_version(dialog: DuplicateDialog) -> None:
        caught.append(dialog.items.item(0).text())
        dialog.store_button.click()

    when_modal(DuplicateDialog, new_version)
    wizard.review_page.start_store()
    assert caught and "45 Tahun 2023" in caught[0]
    _wait(qtbot, wizard.review_page)
    document_id = wizard.draft.document_id
    assert document_id is not None
    wizard.next()
    publish = wizard.publish_page
    publish.start_publish()
    _wait(qtbot, publish)
    panel = publish.hand_upload
    assert panel is not None and panel.folder is not None and panel.folder.is_dir()
    main_pdf = next(p for p in panel.folder.glob("*.pdf") if "abstrak" not in p.name)
    ildis_server.state.files[main_pdf.name] = main_pdf.read_bytes()  # uploaded by hand
    panel.url.setText(f"{ildis_server.url}/common/dokumen/{main_pdf.name}")
    with qtbot.waitSignal(panel.proven, timeout=WAIT):
        panel.start_prove()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
    archived = office.archive.get(document_id).file("main")
    assert archived is not None
    assert publish.publication.state == "published"
    assert publish.publication.verified_sha256 == archived.sha256
    assert office.requests.get(request.id).run_state == "done"
    wizard.accept()
