"""First run and login, offscreen: an empty data folder gets a setup dialog (office basics and the
first administrator) instead of an error; afterwards only a right password signs in; the window
then opens where the role works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo import DEMO_PASSWORD, seed_demo
from jdih_desktop.first_run import needs_first_run
from jdih_desktop.ui.login import FirstRunDialog, LoginDialog, sign_in
from jdih_desktop.ui.main_window import MainWindow


@pytest.fixture()
def context(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("JDIH_NOW", "2026-02-03T10:30+08:00")
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


def _ok(dialog: FirstRunDialog | LoginDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    button.click()


def test_first_run_sets_up_office_and_administrator(qtbot: QtBot, context: AppContext) -> None:
    assert needs_first_run(context)
    dialog = FirstRunDialog(context)
    qtbot.addWidget(dialog)
    dialog.office_name.setText("Komisi Pemilihan Umum Kabupaten Barru")
    dialog.short_name.setText("KPU Kabupaten Barru")
    dialog.city.setText("Barru")
    dialog.username.setText("rina")
    dialog.full_name.setText("Rina Amelia")
    dialog.password.setText("rahasia123")
    dialog.password_again.setText("rahasia124")
    _ok(dialog)
    assert dialog.user is None and "tidak sama" in dialog.error.text()

    dialog.password_again.setText("rahasia123")
    _ok(dialog)
    assert dialog.user is not None and dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert [r.value for r in dialog.user.roles] == ["administrator"]
    profile = context.office.profile()
    assert (profile.name, profile.short_name, profile.city) == (
        "Komisi Pemilihan Umum Kabupaten Barru",
        "KPU Kabupaten Barru",
        "Barru",
    )
    assert not needs_first_run(context)
    assert context.accounts.authenticate("rina", "rahasia123").full_name == "Rina Amelia"


def test_first_run_refuses_a_short_password(qtbot: QtBot, context: AppContext) -> None:
    dialog = FirstRunDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.office_name.text() == ""  # a new folder names no office, not the demo's
    dialog.office_name.setText("Komisi Pemilihan Umum Kabupaten Barru")
    dialog.password.setText("pendek")
    dialog.password_again.setText("pendek")
    _ok(dialog)
    assert dialog.user is None and "minimal 8" in dialog.error.text()
    assert needs_first_run(context)


def test_first_run_can_add_the_demo_office(qtbot: QtBot, context: AppContext) -> None:
    dialog = FirstRunDialog(context)
    qtbot.addWidget(dialog)
    dialog.office_name.setText("Komisi Pemilihan Umum Kabupaten Barru")
    dialog.password.setText("rahasia123")
    dialog.password_again.setText("rahasia123")
    dialog.demo.setChecked(True)
    _ok(dialog)
    assert dialog.user is not None
    names = {u.username for u in context.accounts.list_users()}
    assert {"admin", "hasnah", "andi", "rahmat"} <= names
    assert len(context.requests.list()) == 5
    # The sample data come with the office that was entered, never the demo office's name.
    assert context.office.profile().name == "Komisi Pemilihan Umum Kabupaten Barru"


def test_login_accepts_only_the_right_password(qtbot: QtBot, context: AppContext) -> None:
    seed_demo(context)
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.username.setText("hasnah")
    dialog.password.setText("salah-sekali")
    _ok(dialog)
    assert dialog.user is None
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    dialog.password.setText(DEMO_PASSWORD)
    _ok(dialog)
    assert dialog.user is not None and dialog.user.username == "hasnah"


def test_sign_in_shows_setup_on_an_empty_folder_then_login(
    qtbot: QtBot, context: AppContext
) -> None:
    seen: list[str] = []

    def fill() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, fill)
            return
        seen.append(type(modal).__name__)
        if isinstance(modal, FirstRunDialog):
            assert modal.office_name.text() == ""  # a new folder names no office
            modal.office_name.setText("Komisi Pemilihan Umum Kabupaten Barru")
            modal.password.setText("rahasia123")
            modal.password_again.setText("rahasia123")
        elif isinstance(modal, LoginDialog):
            modal.username.setText("admin")
            modal.password.setText("rahasia123")
        _ok(modal)  # type: ignore[arg-type]
        if modal.isVisible():  # refused: say why instead of leaving the test waiting
            seen.append(f"refused: {modal.error.text()}")  # type: ignore[attr-defined]
            modal.reject()

    QTimer.singleShot(0, fill)
    actor = sign_in(context)
    assert actor is not None and actor.username == "admin"
    QTimer.singleShot(0, fill)
    again = sign_in(context)
    assert again is not None and again.has_role("administrator")
    assert seen == ["FirstRunDialog", "LoginDialog"]


def test_window_opens_where_the_role_works(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    seed = seed_demo(context)
    assert seed is not None
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    kasubag = MainWindow(context, settings, seed.users["hasnah"])
    qtbot.addWidget(kasubag)
    assert kasubag.pages.currentWidget().objectName() == "page_permohonan"
    page = kasubag.pages.currentWidget()
    assert page.tabs.currentIndex() == 1  # type: ignore[attr-defined]
    assert page.inbox.rowCount() == 1  # type: ignore[attr-defined]
    kasubag.navigation.setCurrentRow(3)  # remembered, but the role decides at login
    kasubag.close()
    operator = MainWindow(context, settings, seed.users["andi"])
    qtbot.addWidget(operator)
    assert operator.pages.currentWidget().objectName() == "page_beranda"


def test_first_run_detects_the_sane_test_scanner(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    conf = Path("/etc/sane.d/test.conf")
    if not conf.exists():
        pytest.skip("the SANE test backend (sane-utils / libsane1) is not installed")
    sane_dir = tmp_path / "sane.d"
    sane_dir.mkdir()
    (sane_dir / "dll.conf").write_text("test\n")
    shutil.copy(conf, sane_dir / "test.conf")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(sane_dir))  # the scanner worker inherits it
    context = open_context(data_dir)
    try:
        dialog = FirstRunDialog(context)
        qtbot.addWidget(dialog)
        dialog.detect_scanners()
        assert not dialog.detect_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.detect_button.isEnabled(), timeout=90_000)
        assert dialog.scanner_line.text().startswith("Pemindai ditemukan"), (
            dialog.scanner_line.text()
        )
        assert "frontend-tester" in dialog.scanner_line.text()  # the SANE test device
    finally:
        context.close()
