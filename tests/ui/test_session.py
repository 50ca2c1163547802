"""'Keluar akun': the window goes back to the login and the next person gets a window of their
own, without the app being started again; closing the window ends the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.session import run_sessions


def _people(context: AppContext) -> tuple[Actor, Actor]:
    add = context.accounts.add_user
    operator = add(SYSTEM, "andi", "Andi Baso", ["operator"], password="rahasia-1").as_actor()
    kasubag = add(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"], password="rahasia-2").as_actor()
    return operator, kasubag


def test_sign_out_returns_to_the_login_and_the_next_person_signs_in(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    operator, kasubag = _people(context)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    windows: list[MainWindow] = []
    dialogs: list[QDialog] = []
    logins: list[str] = []

    started: list[tuple[str, str]] = []  # (account, start screen), read while the window lives

    def on_window(window: MainWindow) -> None:
        windows.append(window)
        assert window.actor is not None
        started.append((window.actor.username, window.navigation.currentItem().text()))
        if len(windows) == 1:  # the operator, with a dialog open, signs out from the menu
            dialog = QDialog(window)
            dialog.show()
            dialogs.append(dialog)
            QTimer.singleShot(0, window.sign_out_action.trigger)
        else:  # the Kasubag closes the window: the app ends
            QTimer.singleShot(0, window.close)

    def sign_in(_context: AppContext) -> Actor | None:
        logins.append("login")
        assert not windows[0].isVisible() and not dialogs[0].isVisible()
        return kasubag

    assert run_sessions(context, settings, operator, sign_in, on_window) == 0
    assert logins == ["login"]  # once, after the sign-out; not after the close
    # Each person gets their own window, starting where their role starts (a fresh start).
    assert started == [("andi", "Beranda"), ("hasnah", "Permohonan")]
    assert windows[0].signed_out and not windows[1].signed_out


def test_a_cancelled_login_after_sign_out_ends_the_app(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    operator, _kasubag = _people(context)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    shown: list[MainWindow] = []

    def on_window(window: MainWindow) -> None:
        shown.append(window)
        QTimer.singleShot(0, window.sign_out)

    assert run_sessions(context, settings, operator, lambda _c: None, on_window) == 0
    assert len(shown) == 1 and shown[0].signed_out


def test_sign_out_is_not_offered_without_an_account(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    window = MainWindow(context, QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert not window.sign_out_action.isEnabled()
    window.sign_out()
    assert not window.signed_out
