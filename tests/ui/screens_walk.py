"""Every screen and dialog of the app, opened on the demo office, for tests that look at all of
them (screen fit, language).

``walk(context, seed, parent)`` yields ``(name, widget)`` pairs one at a time: the caller shows
the widget, looks at it, and the walk closes it before the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from jdih_desktop.context import AppContext
from jdih_desktop.demo import DemoSeed


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def walk(context: AppContext, seed: DemoSeed, settings: QSettings) -> Iterator[tuple[str, QWidget]]:
    from jdih_desktop.ui.disposition_form import DispositionDialog
    from jdih_desktop.ui.login import FirstRunDialog, LoginDialog
    from jdih_desktop.ui.main_window import MainWindow
    from jdih_desktop.ui.pages import media_sosial_dialogs as social
    from jdih_desktop.ui.print_preview import PrintPreviewDialog
    from jdih_desktop.ui.request_detail import RequestDetailDialog
    from jdih_desktop.ui.request_form import RequestFormDialog
    from jdih_desktop.ui.wizard.launch import DraftsDialog
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard

    operator, kasubag = seed.users["andi"], seed.users["hasnah"]
    admin = seed.users["admin"]
    for actor in (operator, admin):
        window = MainWindow(context, settings, actor)
        window.show()
        for row, screen in enumerate(window.screens()):
            window.navigation.setCurrentRow(row)
            page = window.pages.currentWidget()
            tabs = page.findChild(QTabWidget)
            if screen.key == "arsip":  # a decree's detail, not an empty pane
                page.table.selectRow(1)
                settle()
            if tabs is None:
                yield f"{actor.username}/{screen.key}", window
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{actor.username}/{screen.key}/{index}", window
        window.close()
        window.deleteLater()

    waiting = seed.request_ids[1]  # the demo request at step 2
    view = next(iter(context.content.list(include_closed=True)), None)
    dialogs: list[tuple[str, QWidget]] = [
        ("login", LoginDialog(context)),
        ("first-run", FirstRunDialog(context)),
        ("permohonan-baru", RequestFormDialog(context, operator)),
        ("permohonan-detail", RequestDetailDialog(context, operator, waiting, None)),
        ("disposisi", DispositionDialog(context, kasubag, waiting)),
        (
            "pratinjau",
            PrintPreviewDialog(context.printer.receipt(waiting), "Tanda terima", "tt.pdf"),
        ),
        ("draf", DraftsDialog(context, operator)),
        ("konten-baru", social.NewItemDialog(date(2026, 2, 3))),
        ("lewati-langkah", social.OverrideDialog(3)),
        ("wizard", ScanWizard(context, operator, request_id=seed.request_ids[2])),
    ]
    if view is not None:
        dialogs += [
            ("rapat", social.MeetingDialog(view, date(2026, 2, 3))),
            ("rancangan", social.DraftDialog(view)),
            ("reviu", social.ReviewDialog(view)),
            ("keterlibatan", social.EngagementDialog(view)),
            (
                "unggah-konten",
                social.PostDialog(
                    ("instagram",), datetime(2026, 2, 3, 2, 0, tzinfo=UTC), "Asia/Makassar"
                ),
            ),
        ]
    dialogs += list(_newest_dialogs(context, seed))
    for name, dialog in dialogs:
        dialog.show()
        settle()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()


def _newest_dialogs(context: AppContext, seed: DemoSeed) -> Iterator[tuple[str, QWidget]]:
    """The dialogs of the last rounds: a duplicate found by the wizard, the page viewer and the
    insert-scan. (The hand-upload dialog needs a queued demo decree, and the demo decrees wait
    for a privacy decision first: it is walked by tests/ui/test_hand_upload.py.)"""
    from PIL import Image

    from jdih_desktop.ui.wizard.duplicates import DuplicateDialog
    from jdih_desktop.ui.wizard.insert_scan import InsertScanDialog
    from jdih_desktop.ui.wizard.page_viewer import PageViewer

    yield "duplikat", DuplicateDialog(context, [context.archive.get(seed.document_ids[0])])
    draft = context.scan_flow.new_draft()
    page = Path(context.scan_flow.drafts.folder(draft)) / "walk-page.png"
    Image.new("L", (300, 420), 235).save(page)
    yield "penampil-halaman", PageViewer([(page, 0)], 0, lambda _index, _degrees: None)
    yield "penampil-halaman-tinjau", PageViewer([(page, 0)], 0, None)  # the review's, read-only
    profile = context.settings.scanning().profiles[0]
    yield "pindai-sisipan", InsertScanDialog(context, draft, "sane:test:0", profile.settings, 1)
