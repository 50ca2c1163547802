"""Save a PNG of every screen of the main window into docs/screenshots/.

Run under a real X server so fonts and widgets look as on an office PC:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py
(the office laptop's screen: every window is sized as it opens there)
(without DISPLAY it falls back to Qt's offscreen platform).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A Tuesday mid-morning in WITA: the demo timers then run in office hours, whatever the hour
    # the script is run at, and the pictures stay the same from run to run.
    os.environ.setdefault("JDIH_NOW", "2026-02-03T10:30+08:00")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.context import open_context
    from jdih_desktop.demo import seed_demo
    from jdih_desktop.ui.main_window import MainWindow
    from jdih_desktop.ui.style import STYLESHEET

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLESHEET)
    from jdih_desktop.paths import resources_dir
    from jdih_desktop.ui.translation import install_translators

    translators = install_translators(app, "id", resources_dir() / "i18n")  # Qt's own too
    assert translators, "run scripts/i18n.py compile first"
    with tempfile.TemporaryDirectory() as data:
        context = open_context(data)
        seed = seed_demo(context)
        assert seed is not None
        window = MainWindow(
            context,
            QSettings(f"{data}/ui.ini", QSettings.Format.IniFormat),
            seed.users["andi"],  # the operator: sees every screen of the daily work
        )
        from jdih_desktop.ui.screen_fit import fit_to_screen

        fit_to_screen(window, 1366, 768)
        window.show()
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            key = window.screens()[row].key
            if key == "arsip":  # show a decree's detail, not an empty pane
                page = window.pages.currentWidget()
                page.table.selectRow(1)
            for _ in range(20):
                app.processEvents()
            # Screens read in the background ("Memuat…"): the picture shows what they read.
            shown = window.pages.currentWidget()
            _settle(app, lambda shown=shown: not getattr(shown, "loading", False), limit=60.0)
            window.grab().save(str(out / f"{row + 1:02d}-{key}.png"))
            print(out / f"{row + 1:02d}-{key}.png")
            if key == "pengaturan":  # the backup tab: the last backup and "Cadangkan sekarang"
                page = window.pages.currentWidget()
                page.show_view("cadangan")
                _settle(app, lambda: False, limit=0.5)
                window.grab().save(str(out / f"{row + 1:02d}-{key}-cadangan.png"))
                print(out / f"{row + 1:02d}-{key}-cadangan.png")
        for name, dialog in demo_dialogs(context, seed, window):
            if name not in ("permohonan-detail", "pratinjau"):  # these fit themselves
                dialog.adjustSize()
            dialog.show()
            _settle(app, lambda: False, limit=0.5)  # the PDF view renders its pages late
            dialog.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")
            dialog.close()
        wizard_shots(app, context, seed.users["andi"], seed.request_ids, out)
        window.close()
        context.close()


def _settle(app: Any, done: Any, limit: float = 180.0) -> None:
    import time

    end = time.monotonic() + limit
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def wizard_shots(app: Any, context: Any, operator: Any, request_ids: list[int], out: Path) -> None:
    """The scan wizard, fed the demo decree's pages through the ``folder:`` device (a copier's
    scan folder), so the pictures show real pages and what OCR read from them."""
    from jdih_desktop.demo_archive import demo_texts, scanned_pages
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard

    folder = Path(tempfile.mkdtemp(prefix="pindaian-"))
    scanned_pages(demo_texts()["07_tim_jdih_soppeng_2023"], folder)
    wizard = ScanWizard(context, operator, request_id=request_ids[2])  # sizes itself to fit
    wizard.show()

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        wizard.grab().save(str(out / f"wizard-{name}.png"))
        print(out / f"wizard-{name}.png")

    device = wizard.device_page
    _settle(app, lambda: device.job is not None and not device.job.busy)
    device.use_file(folder)
    shot("1-pemindai")
    wizard.next()
    wizard.scan_page.start()
    _settle(app, lambda: not wizard.scan_page.busy)
    shot("2-pindai")
    wizard.next()
    pages = wizard.pages_page
    _settle(app, lambda: pages.job is not None and not pages.job.busy)
    _settle(app, lambda: not wizard.busy())
    shot("3-halaman")
    wizard.next()
    meta = wizard.metadata_page
    _settle(app, lambda: meta.job is not None and not meta.job.busy)
    for name, value in {
        "nomor": "16 TAHUN 2026",
        "tahun": "2026",
        "judul": "Pembentukan Tim Pengelola Jaringan Dokumentasi dan Informasi Hukum",
        "tempat_penetapan": "Watansoppeng",
        "tanggal_penetapan": "2026-01-26",
        "penandatangan": "Andi Muhammad Yusuf",
        "subjek": "JDIH - Tim Pengelola",
        "physical_location": "Lemari arsip 2, rak 3",
    }.items():
        if not meta.edits[name].text():
            meta.edits[name].setText(value)
    shot("4-metadata")
    wizard.next()
    abstract = wizard.abstract_page
    # The draft comes from what OCR read; only what it could not supply is typed here.
    for box, text in (
        (abstract.considerations, "bahwa perlu membentuk tim pengelola JDIH;"),
        (abstract.legal_basis, "Dasar hukum: Peraturan Presiden Nomor 33 Tahun 2012."),
        (abstract.decided, "Dalam Keputusan ini ditetapkan Tim Pengelola JDIH."),
        (abstract.notes, "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ):
        if not box.toPlainText().strip():
            box.setPlainText(text)
    shot("5-abstrak")
    wizard.next()
    shot("6-tinjau")
    viewer = wizard.review_page.view_page(0)  # read-only: the stored pages do not change
    assert viewer is not None
    viewer.show()
    _settle(app, lambda: False, limit=0.5)
    viewer.grab().save(str(out / "wizard-6-lihat-halaman.png"))
    print(out / "wizard-6-lihat-halaman.png")
    viewer.close()
    wizard.reject()


def demo_dialogs(context: Any, seed: Any, window: Any) -> list[tuple[str, Any]]:
    """The request screens' dialogs, with demo data: login, detail, intake, disposition."""
    from jdih_desktop.ui.disposition_form import DispositionDialog
    from jdih_desktop.ui.login import LoginDialog
    from jdih_desktop.ui.print_preview import PrintPreviewDialog
    from jdih_desktop.ui.request_detail import RequestDetailDialog
    from jdih_desktop.ui.request_form import RequestFormDialog

    login = LoginDialog(context, window)
    login.username.setText("andi")
    waiting = seed.request_ids[1]  # the demo request at step 2
    return [
        ("login", login),
        ("permohonan-detail", RequestDetailDialog(context, seed.users["andi"], waiting, window)),
        ("permohonan-baru", RequestFormDialog(context, seed.users["andi"], window)),
        ("disposisi", DispositionDialog(context, seed.users["hasnah"], waiting, window)),
        (
            "pratinjau",
            PrintPreviewDialog(
                context.printer.disposition(waiting), "Lembar disposisi", "disposisi.pdf", window
            ),
        ),
    ]


if __name__ == "__main__":
    main()
