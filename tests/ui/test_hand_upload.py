"""SOP step 4 finishes inside the window when the office uploads by hand (the default export
target): Beranda lists the waiting upload with what to do, the package's folder is named and
opens, and the published URL pasted in the dialog is proven by SHA-256 through the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo_archive import demo_texts, text_pdf
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.ui.hand_upload import HandUploadDialog
from jdih_desktop.ui.pages.beranda import BerandaPage
from tests.publishing.outbox_env import use_test_outbox
from tests.publishing.servers.ildis import IldisServer

WAIT = 30_000  # ms, an upper bound for a loopback download, never a pace


@pytest.fixture()
def office(
    demo_office: Path, credentials: CredentialStore, http_settings: HttpSettings
) -> Iterator[AppContext]:
    # Default configuration (the export package) with the demo office, whose website the
    # package's pages link to.
    context = open_context(demo_office)
    use_test_outbox(context, credentials, http_settings, seed=3)
    yield context
    context.close()


def test_export_upload_is_proven_from_beranda(
    qtbot: QtBot,
    office: AppContext,
    ildis_server: IldisServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add = office.accounts.add_user
    operator = add(SYSTEM, "andi", "Andi", ["operator"], password="rahasia-1").as_actor()
    kasubag = add(SYSTEM, "hasnah", "Hasnah", ["kasubag"], password="rahasia-2").as_actor()
    request = office.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 45")
    office.requests.complete_step(operator, request.id, 1)
    office.dispositions.record(kasubag, request.id, to_username="andi", instructions=["Proses"])
    pdf = text_pdf(demo_texts()["07_tim_jdih_soppeng_2023"], tmp_path / "sk.pdf")
    document = office.intake.import_pdf(operator, pdf, request_id=request.id, ocr=False).document
    office.requests.complete_step(operator, request.id, 3)
    queued = office.outbox.enqueue(operator, document.id)
    office.outbox.process(queued.id)
    assert office.outbox.store.get(queued.id).state == "awaiting"

    page = BerandaPage(office, operator)
    qtbot.addWidget(page)
    page.show()
    assert page.uploads.isVisible() and page.uploads.count() == 1
    assert "unggah paket ekspor" in page.uploads.item(0).text()
    assert "awaiting" not in page.uploads.item(0).text()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = page.open_upload(queued.id)
    assert isinstance(dialog, HandUploadDialog)
    panel = dialog.panel
    assert panel.folder is not None and panel.folder.is_dir()
    assert str(panel.folder) in panel.instructions.text()
    assert "menunggu unggah manual" in panel.instructions.text()
    assert panel.open_folder() and Path(opened[0].toLocalFile()) == panel.folder

    # A URL that is not the archived file is refused, and nothing is closed.
    main_pdf = next(p for p in panel.folder.glob("*.pdf") if "abstrak" not in p.name)
    ildis_server.state.files["lain.pdf"] = b"%PDF-1.4 another file"
    panel.url.setText(f"{ildis_server.url}/common/dokumen/lain.pdf")
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.gui_helpers import when_modal

    when_modal(QMessageBox, lambda box: box.accept())
    job = panel.start_prove()
    assert job is not None
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
    assert office.outbox.store.get(queued.id).state != "published"

    # The operator uploads by hand and pastes the published file's URL: proven by SHA-256.
    ildis_server.state.files[main_pdf.name] = main_pdf.read_bytes()
    panel.url.setText(f"{ildis_server.url}/common/dokumen/{main_pdf.name}")
    with qtbot.waitSignal(panel.proven, timeout=WAIT):
        panel.start_prove()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
    proven = office.outbox.store.get(queued.id)
    main = office.archive.get(document.id).file("main")
    assert main is not None
    assert proven.state == "published" and proven.verified_sha256 == main.sha256
    assert main.sha256 in panel.result.text()
    assert office.requests.get(request.id).run_state == "done"
    dialog.close()
    qtbot.waitUntil(lambda: page.uploads.count() == 0, timeout=WAIT)
    assert not page.uploads.isVisible()
