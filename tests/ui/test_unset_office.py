"""The window on a data folder that names no office: it opens without asking anything, says the
office is not filled in (title, status bar, a notice on Beranda that leads to Pengaturan →
Profil kantor), refuses to print a sheet with a letterhead, and forgets all that once the
office is named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.pages.beranda import BerandaPage
from jdih_desktop.ui.pages.pengaturan import PengaturanPage
from jdih_desktop.ui.printing_actions import print_receipt
from tests.ui.gui_helpers import when_modal

WAIT = 10_000  # ms, an upper bound for the board's first read, never a pace
BARRU = "Komisi Pemilihan Umum Kabupaten Barru"


def _window(qtbot: QtBot, context: AppContext, data_dir: Path, roles: list[str]) -> MainWindow:
    user = context.accounts.add_user(SYSTEM, "rina", "Rina", roles).as_actor()
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings, user)
    qtbot.addWidget(window)
    window.show()
    return window


def _beranda(window: MainWindow) -> BerandaPage:
    page = window.pages.widget(0)
    assert isinstance(page, BerandaPage)
    return page


def test_window_opens_on_a_fresh_folder_and_leads_to_the_office_profile(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    window = _window(qtbot, context, data_dir, ["administrator", "operator"])
    assert QApplication.activeModalWidget() is None  # nothing waits for an answer
    assert "profil kantor belum diisi" in window.windowTitle()
    assert window.office_label.text() == "Profil kantor belum diisi"
    assert "Soppeng" not in window.windowTitle()
    beranda = _beranda(window)
    qtbot.waitUntil(lambda: not beranda.loading, timeout=WAIT)
    notice = beranda.office_notice
    assert notice.isVisible() and notice.button.isVisible()
    assert "Pengaturan → Profil kantor" in notice.text.text()

    notice.button.click()
    settings = window.pages.currentWidget()
    assert isinstance(settings, PengaturanPage)
    assert settings.tabs.currentWidget() is settings.office
    assert "belum diisi" in settings.office.heading.text()
    settings.office.fields["name"].setText(BARRU)
    settings.office.save()
    assert window.office_label.text() == BARRU
    assert "Barru" in window.windowTitle() and "belum diisi" not in window.windowTitle()

    window.navigation.setCurrentRow(0)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT)  # read again when shown


def test_an_operator_is_told_whom_to_ask(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    window = _window(qtbot, context, data_dir, ["operator"])
    beranda = _beranda(window)
    qtbot.waitUntil(lambda: not beranda.loading, timeout=WAIT)
    assert beranda.office_notice.isVisible()
    assert not beranda.office_notice.button.isVisible()  # only an Administrator may edit
    assert "Minta Administrator" in beranda.office_notice.text.text()


def test_a_receipt_is_refused_with_where_to_fill_the_office_in(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    window = _window(qtbot, context, data_dir, ["operator"])
    operator = context.accounts.get("rina").as_actor()
    request = context.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 19")
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, read)
    job = print_receipt(window, context, request.id)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT)
    assert "Profil kantor belum diisi" in said[0] and "Pengaturan → Profil kantor" in said[0]
