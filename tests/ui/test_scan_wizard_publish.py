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

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo_archive import demo_texts, scanned_pages
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.wiring import open_outbox
from jdih_desktop.ui.wizard.scan_wizard import ScanWizard
from tests.publishing.outbox_env import ildis_options, store_ildis_passwords, write_config
from tests.publishing.servers.ildis import IldisServer

WAIT = 180_000  # ms: an upper bound for OCR on a slow CI machine, never a pace
pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")


@pytest.fixture()
def office(
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> Iterator[AppContext]:
    write_config(data_dir, "ildis", ildis_options(ildis_server))
    store_ildis_passwords(credentials, ildis_server)
    context = open_context(data_dir)
    context.outbox = open_outbox(
        context.db,
        context.config.publishing,
        context.paths.data_dir,
        context.archive,
        context.requests,
        context.office,
        context.now,
        credentials=credentials,
        http=http_settings,
        rng=random.Random(3),
    )
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
    office.requests.complete_step(kasubag, request.id, 2)
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
