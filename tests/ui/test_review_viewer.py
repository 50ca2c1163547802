"""The review's page viewer: the last look at the pages opens the page check's viewer
read-only, so a turn there changes the view and never the pages that are stored."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.ui.wizard.scan_wizard import ScanWizard

WAIT = 30_000  # ms: an upper bound, never a pace


def _wizard_at_review(qtbot: QtBot, context: AppContext, tmp_path: Path) -> ScanWizard:
    operator = context.accounts.add_user(
        SYSTEM, "andi", "Andi Baso", ["operator"], password="rahasia-123"
    ).as_actor()
    drafts = context.scan_flow.drafts
    draft = context.scan_flow.new_draft()
    sources = []
    for number, shade in enumerate((230, 90, 160)):  # portrait pages
        source = tmp_path / f"halaman-{number}.png"
        Image.new("L", (300, 420), shade).save(source)
        sources.append(source)
    drafts.add_pages(draft, sources)
    drafts.update_page(draft, 1, rotation=90)  # turned in the page check, before assembly
    draft.step = "review"
    drafts.save(draft)
    wizard = ScanWizard(context, operator, drafts.load(draft.id))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_review_opens_pages_read_only(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wizard = _wizard_at_review(qtbot, context, tmp_path)
    review = wizard.review_page
    assert wizard.currentPage() is review
    assert review.pages.count() == 3 and review.view_button.isEnabled()
    saved = (context.scan_flow.drafts.folder(wizard.draft) / "draft.json").read_bytes()
    rotations = [p.rotation for p in wizard.draft.live_pages]

    # Enter on a thumbnail opens that page, and only that: "Selesai"/"Lanjut" are not pressed.
    review.pages.setFocus()
    review.pages.setCurrentRow(1)
    qtbot.keyClick(review.pages, Qt.Key.Key_Return)
    viewer = review.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.index == 1 and viewer.windowTitle() == "Halaman 2"
    assert wizard.currentPage() is review
    assert viewer.rotation == 90  # shown as it will be stored
    shown = viewer.picture.pixmap().size()
    assert shown.width() > shown.height()  # the portrait page, turned a quarter
    viewer.buttons["next"].click()
    assert viewer.index == 2 and not viewer.buttons["next"].isEnabled()
    tall = viewer.picture.pixmap().size()
    assert tall.height() > tall.width()
    viewer.buttons["right"].click()  # a view-only turn
    turned = viewer.picture.pixmap().size()
    assert turned.width() > turned.height() and viewer.rotation == 90
    width = viewer.picture.pixmap().width()
    viewer.buttons["zoom_in"].click()
    assert viewer.picture.pixmap().width() > width
    viewer.close()

    # Nothing about the stored pages changed, in memory or on disk.
    assert [p.rotation for p in wizard.draft.live_pages] == rotations
    assert (context.scan_flow.drafts.folder(wizard.draft) / "draft.json").read_bytes() == saved

    # The button opens the selected page; a double-click opens the one clicked.
    review.pages.setCurrentRow(0)
    review.view_button.click()
    assert review.viewer is not None and review.viewer.index == 0
    review.viewer.close()
    item = review.pages.item(2)
    rect = review.pages.visualItemRect(item)
    # A double-click is a press and a release, then Qt's double-click event.
    qtbot.mouseClick(review.pages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(review.pages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert review.viewer is not None and review.viewer.index == 2
    review.viewer.close()
    # Thumbnails come from a worker thread; once there, each strip item has its real picture.
    qtbot.waitUntil(lambda: len(wizard.thumbs) == 3, timeout=WAIT)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # not stored yet
    wizard.reject()


def test_enter_on_a_page_does_not_also_press_next(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """Once stored, "Lanjut" is the default button: Enter on a thumbnail must open the page
    and stay on the review (Qt's list passes Enter on to the dialog otherwise)."""
    wizard = _wizard_at_review(qtbot, context, tmp_path)
    review = wizard.review_page
    wizard.draft.document_id = 1  # as after "Simpan ke arsip"
    review.initializePage()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(next_button.isEnabled, timeout=WAIT)
    review.pages.setFocus()
    review.pages.setCurrentRow(0)
    qtbot.keyClick(review.pages, Qt.Key.Key_Enter)
    assert review.viewer is not None and review.viewer.index == 0
    assert wizard.currentPage() is review
    review.viewer.close()
    wizard.draft.document_id = None
    wizard.reject()
