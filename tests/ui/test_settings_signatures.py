"""Pengaturan → Tanda tangan elektronik: an Administrator adds and removes the office's CAs."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.ui.pages.settings_signatures import SignaturesTab
from tests.support.pki import make_pki


def test_administrator_adds_and_removes_a_root_an_operator_cannot(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    ca = make_pki("CA Uji BSrE").ca_pem(tmp_path / "ca.pem")
    admin = context.accounts.add_user(SYSTEM, "admin2", "Admin", ["administrator"]).as_actor()
    operator = context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()

    locked = SignaturesTab(context, operator)
    qtbot.addWidget(locked)
    assert not locked.add_button.isEnabled()
    locked.add(ca)  # the service refuses on its own
    assert locked.roots.count() == 0 and "Administrator" in locked.message.text()

    tab = SignaturesTab(context, admin)
    qtbot.addWidget(tab)
    tab.add(ca)
    assert tab.roots.count() == 1 and "CA Uji BSrE" in tab.roots.item(0).text()
    assert len(context.signatures.list_roots()) == 1
    tab.roots.setCurrentRow(0)
    tab.remove_selected()
    assert tab.roots.count() == 0 and context.signatures.list_roots() == []
