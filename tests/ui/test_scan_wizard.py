"""The scan-and-upload wizard, offscreen, with the real SANE ``test`` device and real services.

An operator scans five pages, edits them, types the metadata the test pattern cannot supply,
completes the abstract and stores the decree; SOP step 3 of the linked request closes. Closing
the wizard midway keeps a draft that resumes where it stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.ui.wizard.scan_wizard import ScanWizard, draft_store

PROFILE = """
[scanning]
default_device = "sane:test:0"
default_profile = "Uji — abu-abu 100 dpi"

[[scanning.profiles]]
name = "Uji — abu-abu 100 dpi"
document_type = "salinan_sk"

[scanning.profiles.settings]
source = "adf"
mode = "gray"
dpi = 100
page_size = "a4"
pages = 5
"""
WAIT = 120_000  # ms: an upper bound for slow CI machines, never a pace


@pytest.fixture()
def context(data_dir: Path, sane_env: None) -> Iterator[AppContext]:
    (data_dir / "config.toml").write_text(PROFILE, encoding="utf-8")
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


@pytest.fixture()
def operator(context: AppContext) -> Actor:
    context.accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"], password="rahasia-123")
    return context.accounts.get("andi").as_actor()


def _request_at_step_3(context: AppContext, operator: Actor) -> int:
    context.accounts.add_user(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"], password="x-123456")
    kasubag = context.accounts.get("hasnah").as_actor()
    view = context.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 19/2026")
    context.requests.complete_step(operator, view.id, 1)
    context.dispositions.record(kasubag, view.id, to_username="andi", instructions=["Proses"])
    return view.id


def _scan_five(qtbot: QtBot, wizard: ScanWizard) -> None:
    device = wizard.device_page
    qtbot.waitUntil(lambda: device.device_box.findText("sane:test:0") >= 0, timeout=WAIT)
    assert device.device_box.currentText() == "sane:test:0"
    assert device.health.text().endswith("siap dipakai.")  # the diagnosis in the tooltip
    assert "SANE" in device.health.toolTip()
    wizard.next()
    scan = wizard.scan_page
    assert wizard.currentPage() is scan
    job = scan.start()
    assert job is not None
    qtbot.waitUntil(lambda: not scan.busy, timeout=WAIT)
    assert scan.last_outcome is not None and scan.last_outcome.state == "complete"
    assert scan.thumbs.count() == 5
    assert scan.counter.text() == "5 halaman"


def test_five_page_scan_to_the_archive_closes_step_3(
    qtbot: QtBot, context: AppContext, operator: Actor
) -> None:
    request_id = _request_at_step_3(context, operator)
    wizard = ScanWizard(context, operator, request_id=request_id)
    qtbot.addWidget(wizard)
    wizard.show()
    _scan_five(qtbot, wizard)

    # Page editor: checked in the background, then rotate, delete + undo, reorder.
    wizard.next()
    pages = wizard.pages_page
    qtbot.waitUntil(lambda: pages.job is not None and not pages.job.busy, timeout=WAIT)
    draft = wizard.draft
    assert all(p.processed for p in draft.live_pages)
    first, second = draft.live_pages[0].file, draft.live_pages[1].file
    pages.pages.item(0).setSelected(True)
    pages.rotate(90)
    pages.pages.clearSelection()
    pages.pages.item(4).setSelected(True)
    pages.delete_selected()
    assert len(draft.live_pages) == 4 and pages.pages.count() == 4
    pages.undo_delete()
    assert len(draft.live_pages) == 5
    pages.move_page(0, 1)
    saved = draft_store(context).load(draft.id)  # every edit is on disk at once
    assert [p.file for p in saved.live_pages][:2] == [second, first]
    assert saved.live_pages[1].rotation == 90

    # Metadata: the test pattern has no decree text, so the operator types it.
    wizard.next()
    meta = wizard.metadata_page
    qtbot.waitUntil(lambda: meta.job is not None and not meta.job.busy, timeout=WAIT)
    assert (Path(draft_store(context).folder(draft)) / draft.pdf).exists()
    assert not meta.isComplete()
    meta.edits["nomor"].setText("19 TAHUN 2026")
    meta.edits["tahun"].setText("2026")
    meta.edits["judul"].setText("Penetapan Daftar Pemilih Tetap Pemilihan Bupati Soppeng")
    meta.edits["tanggal_penetapan"].setText("2026-03-02")
    meta.edits["tempat_penetapan"].setText("Watansoppeng")
    meta.edits["subjek"].setText("Daftar Pemilih Tetap - Pemilihan")
    meta.edits["physical_location"].setText("Lemari 2")
    assert meta.isComplete()
    wizard.next()

    abstract = wizard.abstract_page
    assert wizard.currentPage() is abstract
    abstract.judul.setPlainText(
        "Keputusan KPU Kabupaten Soppeng tentang Penetapan Daftar Pemilih Tetap"
    )
    abstract.singkatan.setText("KEP KPU KAB SOPPENG NO. 19 TAHUN 2026, 5 HLM.")
    assert not abstract.isComplete()  # three bullets and a note are still missing
    abstract.considerations.setPlainText("bahwa daftar pemilih tetap perlu ditetapkan;")
    abstract.legal_basis.setPlainText("Dasar hukum: Undang-Undang Nomor 7 Tahun 2017.")
    abstract.decided.setPlainText("Dalam Keputusan ini ditetapkan daftar pemilih tetap.")
    abstract.notes.setPlainText("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    assert abstract.isComplete(), abstract.problems.text()
    wizard.next()

    review = wizard.review_page
    assert "19 TAHUN 2026" in review.summary.toPlainText()
    review.start_store()
    qtbot.waitUntil(lambda: not review.busy, timeout=WAIT)
    document_id = wizard.draft.document_id
    assert document_id is not None
    stored = context.archive.get(document_id)
    assert stored.metadata.nomor == "19 TAHUN 2026"
    assert stored.metadata.physical_location == "Lemari 2"
    assert stored.file("main") is not None and stored.file("main").page_count == 5
    assert context.abstracts.get(document_id).state == "final"
    steps = {s.no: s.state for s in context.requests.get(request_id).steps}
    assert steps[3] == "done" and steps[4] == "running"
    review.start_store()  # a second click stores nothing more
    assert wizard.draft.document_id == document_id


def test_closing_midway_keeps_a_draft_that_resumes(
    qtbot: QtBot, context: AppContext, operator: Actor
) -> None:
    wizard = ScanWizard(context, operator)
    qtbot.addWidget(wizard)
    wizard.show()
    _scan_five(qtbot, wizard)
    wizard.next()  # into the page editor
    qtbot.waitUntil(lambda: wizard.pages_page.job is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not wizard.pages_page.job.busy, timeout=WAIT)
    wizard.reject()

    drafts = draft_store(context).all()
    assert [len(d.live_pages) for d in drafts] == [5]
    resumed = ScanWizard(context, operator, drafts[0])
    qtbot.addWidget(resumed)
    resumed.show()
    assert resumed.currentPage() is resumed.pages_page  # where the operator left off
    assert resumed.draft.id == drafts[0].id
    for page in resumed.draft.live_pages:
        with Image.open(draft_store(context).page_path(resumed.draft, page)) as image:
            assert image.size[0] > 0


def test_heavy_work_runs_off_the_gui_thread(
    qtbot: QtBot, context: AppContext, operator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdih_desktop.documents import drafts as drafts_module

    seen: list[int] = []
    real = drafts_module.process_page

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(drafts_module, "process_page", spy)
    wizard = ScanWizard(context, operator)
    qtbot.addWidget(wizard)
    wizard.show()
    _scan_five(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.pages_page.job is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not wizard.pages_page.job.busy, timeout=WAIT)
    assert len(seen) == 5
    assert threading.main_thread().ident not in seen


def test_pages_a_crash_left_in_the_spool_become_a_draft(
    qtbot: QtBot, context: AppContext, operator: Actor
) -> None:
    from jdih_desktop.ui.wizard.launch import DraftsDialog
    from scanner import ColorMode
    from scanner.model import RawPage
    from scanner.spool import SpoolWriter

    writer = SpoolWriter.create(context.paths.spool_dir, "sane:test:0", {"mode": "gray"})
    for shade in (30, 220, 90):
        writer.add_page(
            RawPage(Image.new("L", (120, 160), shade), (100.0, 100.0)), ColorMode.GRAY, 128
        )
    writer.close()  # the worker died here: no "complete" state

    dialog = DraftsDialog(context, operator)
    qtbot.addWidget(dialog)
    assert dialog.items.count() == 1
    assert "3 halaman" in dialog.items.item(0).text()
    wizard = dialog.resume()
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert wizard.currentPage() is wizard.pages_page
    assert len(wizard.draft.live_pages) == 3
    assert context.scanning.recoverable() == []  # taken, not copied
    dialog.reload()
    assert (
        dialog.items.count() == 1
        and "berhenti di pemeriksaan halaman" in dialog.items.item(0).text()
    )


def test_pages_reorder_to_any_place_and_open_at_full_size(
    qtbot: QtBot, context: AppContext, operator: Actor
) -> None:
    wizard = ScanWizard(context, operator)
    qtbot.addWidget(wizard)
    wizard.show()
    _scan_five(qtbot, wizard)
    wizard.next()
    pages = wizard.pages_page
    qtbot.waitUntil(lambda: pages.job is not None and not pages.job.busy, timeout=WAIT)
    files = [p.file for p in wizard.draft.live_pages]

    # A drop in the middle (what a drag does to the model) lands there, not at the end.
    pages.pages.model().moveRow(QModelIndex(), 4, QModelIndex(), 1)
    assert [p.file for p in wizard.draft.live_pages] == [files[0], files[4], *files[1:4]]
    # Buttons and keys move the selected page one place.
    pages.pages.setCurrentRow(1)
    pages.move_right.click()
    assert [p.file for p in wizard.draft.live_pages][2] == files[4]
    pages.pages.setFocus()
    qtbot.keyClick(pages.pages, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert [p.file for p in wizard.draft.live_pages][1] == files[4]
    assert pages.pages.currentRow() == 1

    # The viewer: next/previous, zoom, and a turn recorded in the draft.
    viewer = pages.view_page(0)
    assert viewer is not None and viewer.windowTitle() == "Halaman 1"
    shown = viewer.picture.pixmap().width()
    viewer.buttons["zoom_in"].click()
    assert viewer.picture.pixmap().width() > shown
    viewer.buttons["next"].click()
    assert viewer.index == 1 and viewer.windowTitle() == "Halaman 2"
    viewer.buttons["right"].click()
    assert wizard.draft.live_pages[1].rotation == 90
    viewer.close()
    wizard.reject()


def test_insert_scan_shows_progress_cancels_and_holds_next(
    qtbot: QtBot, context: AppContext, operator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The insert-scan ("Pindai sisipan") runs in a window-modal dialog with progress and
    cancel; the page check cannot be left while it runs, and the pages taken before the cancel
    land after the selected page."""
    from PySide6.QtWidgets import QWizard

    from jdih_desktop.ui.wizard import scan_job

    wizard = ScanWizard(context, operator)
    qtbot.addWidget(wizard)
    wizard.show()
    _scan_five(qtbot, wizard)
    wizard.next()
    pages = wizard.pages_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    # The check's end reaches the page (its busy flag) before the wizard's buttons: wait on both.
    qtbot.waitUntil(lambda: pages.job is not None and not pages.job.busy, timeout=WAIT)
    qtbot.waitUntil(next_button.isEnabled, timeout=WAIT)
    before = [p.file for p in wizard.draft.live_pages]

    # Hold the worker on the first inserted page until the test has pressed cancel.
    arrived, release = threading.Event(), threading.Event()
    real = scan_job.thumbnail
    gui = threading.get_ident()

    def held(path: Path):  # type: ignore[no-untyped-def]
        assert threading.get_ident() != gui  # the scan runs off the GUI thread
        arrived.set()
        release.wait(WAIT / 1000)
        return real(path)

    monkeypatch.setattr(scan_job, "thumbnail", held)
    pages.pages.setCurrentRow(1)
    pages.pages.item(1).setSelected(True)
    dialog = pages.rescan_after_selection()
    assert dialog is not None and dialog.isVisible()
    # The device by the name the operator knows (SANE's vendor and model), not its id.
    label = wizard.device_page.device_label()
    assert label and label != "sane:test:0"
    assert label in dialog.status.text() and "sane:test:0" not in dialog.status.text()
    qtbot.waitUntil(arrived.is_set, timeout=WAIT)
    assert not pages.isComplete() and not next_button.isEnabled()
    assert not pages.rescan_button.isEnabled()
    assert pages.rescan_after_selection() is None  # one insert-scan at a time
    dialog.close()  # the title bar's close is a cancel, not a dialog gone mid-scan
    assert dialog.isVisible() and dialog.job is not None and dialog.job.token.cancelled
    assert not dialog.cancel_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert not dialog.isVisible()
    outcome = dialog.outcome
    assert outcome is not None and outcome.state == "cancelled", outcome
    assert 1 <= outcome.pages < 5
    live = [p.file for p in wizard.draft.live_pages]
    assert len(live) == 5 + outcome.pages
    assert live[:2] == before[:2] and live[2 + outcome.pages :] == before[2:]
    assert "dibatalkan" in pages.status.text()
    qtbot.waitUntil(lambda: not pages.busy, timeout=WAIT)  # the new pages are checked too
    assert next_button.isEnabled() and pages.rescan_button.isEnabled()
    wizard.reject()
