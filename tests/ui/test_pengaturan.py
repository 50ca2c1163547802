"""Pengaturan on a real data folder: an Administrator saves the office profile, users, hours,
closures, the site connection, scan profiles and the backup folder; anyone else can only look,
and the services refuse them even when a control is driven anyway."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from jdih_desktop.config import load_config
from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.roles import Role
from jdih_desktop.publishing.credentials import SERVICE, account_name
from jdih_desktop.ui.pages.pengaturan import PengaturanPage
from tests.publishing.servers.ildis import IldisServer
from tests.publishing.servers.keyrings import MemoryKeyring


def wita_noon(year: int) -> datetime:
    return datetime(year, 6, 1, 4, tzinfo=UTC)


@pytest.fixture()
def context(demo_office: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_office)  # the profile tab shows the demo office
    yield ctx
    ctx.close()


@pytest.fixture()
def admin(context: AppContext) -> Actor:
    return context.accounts.add_user(SYSTEM, "admin", "Admin Kantor", ["administrator"]).as_actor()


@pytest.fixture()
def operator(context: AppContext) -> Actor:
    return context.accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"]).as_actor()


def _page(qtbot: QtBot, context: AppContext, actor: Actor) -> PengaturanPage:
    page = PengaturanPage(context, actor)
    qtbot.addWidget(page)
    page.show()
    return page


def test_admin_saves_the_office_profile(qtbot: QtBot, context: AppContext, admin: Actor) -> None:
    page = _page(qtbot, context, admin)
    tab = page.office
    tab.fields["address"].setText("Jl. Merdeka No. 1, Watansoppeng")
    tab.fields["phone"].setText("(0484) 22222")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    profile = context.office.profile()
    assert profile.address == "Jl. Merdeka No. 1, Watansoppeng"
    assert profile.phone == "(0484) 22222"
    assert tab.message.text() == "Profil kantor tersimpan."
    assert context.printer.letterhead().phone == "(0484) 22222"  # the letterhead follows

    tab.fields["name"].setText("  ")
    tab.save()
    assert "wajib" in tab.message.text()
    assert context.office.profile().name == "Komisi Pemilihan Umum Kabupaten Soppeng"


def test_admin_adds_a_user_then_changes_roles_and_deactivates(
    qtbot: QtBot, context: AppContext, admin: Actor
) -> None:
    page = _page(qtbot, context, admin)
    tab = page.users
    tab.username.setText("Budi")
    tab.full_name.setText("Budi Santoso")
    tab.nip.setText("198001012005011001")
    tab.password.setText("rahasia-123")
    tab.role_boxes[Role.OPERATOR].setChecked(True)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)

    budi = context.accounts.get("budi")
    assert budi.full_name == "Budi Santoso" and budi.roles == (Role.OPERATOR,)
    assert context.accounts.authenticate("budi", "rahasia-123").id == budi.id
    assert "budi" in [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert tab.selected_user() is not None and tab.selected_user().username == "budi"

    tab.role_boxes[Role.KASUBAG].setChecked(True)
    qtbot.mouseClick(tab.roles_button, Qt.MouseButton.LeftButton)
    assert set(context.accounts.get("budi").roles) == {Role.OPERATOR, Role.KASUBAG}

    tab.reset_password("budi", "kata-sandi-baru")
    assert context.accounts.authenticate("budi", "kata-sandi-baru").id == budi.id

    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert context.accounts.get("budi").active is False
    assert tab.active_button.text() == "&Aktifkan"

    tab.select("admin")  # the last administrator cannot be deactivated
    tab.toggle_active()
    assert context.accounts.get("admin").active is True
    assert "sendiri" in tab.message.text() or "terakhir" in tab.message.text()


def test_non_admin_can_only_look(qtbot: QtBot, context: AppContext, operator: Actor) -> None:
    page = _page(qtbot, context, operator)
    assert not page.users.add_button.isEnabled()
    assert not page.office.save_button.isEnabled()
    assert not page.office.fields["name"].isEnabled()
    assert not page.site.save_button.isEnabled()
    assert not page.scanner.save_button.isEnabled()
    assert not page.calendar.add_day_button.isEnabled()
    assert not page.users.findChild(type(page.users.message), "readOnlyNote").isHidden()

    # Driven anyway (a control that slipped through): the services refuse.
    page.users.username.setText("siti")
    page.users.role_boxes[Role.ADMINISTRATOR].setChecked(True)
    page.users.add_user()
    assert "Administrator" in page.users.message.text()
    assert [u.username for u in context.accounts.list_users()] == ["andi"]
    page.office.fields["name"].setText("Kantor Palsu")
    page.office.save()
    assert context.office.profile().name == "Komisi Pemilihan Umum Kabupaten Soppeng"
    assert "Administrator" in page.office.message.text()


def test_hours_and_closures(qtbot: QtBot, context: AppContext, admin: Actor) -> None:
    page = _page(qtbot, context, admin)
    tab = page.calendar
    tab.hours["sat"].setText("08:00-12:00")
    tab.save_hours()
    assert context.calendars.office_hours()["sat"] == ["08:00-12:00"]
    tab.hours["mon"].setText("16:00-07:00, nonsense")
    tab.save_hours()
    assert context.calendars.office_hours()["mon"] == ["07:30-12:00", "13:00-16:00"]
    assert tab.hours["mon"].text() == "07:30-12:00, 13:00-16:00"  # reloaded from the service

    tab.day.setDate(QDate(2026, 12, 23))
    tab.day_name.setText("Kantor tutup: pindahan gedung")
    tab.add_day()
    assert context.calendars.calendar(wita_noon(2026)).is_open_on(date(2026, 12, 22))
    assert [(c.day, c.name) for c in context.calendars.closures(2026)] == [
        (date(2026, 12, 23), "Kantor tutup: pindahan gedung")
    ]
    assert not context.calendars.calendar(wita_noon(2026)).is_open_on(date(2026, 12, 23))
    row = tab.shown_days.index(date(2026, 12, 23))
    assert tab.days.item(row, 1).text() == "Kantor tutup: pindahan gedung"
    tab.days.selectRow(row)
    tab.remove_day()
    assert context.calendars.closures(2026) == []
    assert context.calendars.calendar(wita_noon(2026)).is_open_on(date(2026, 12, 23))


def test_site_connection_scan_profiles_and_backups(
    qtbot: QtBot, context: AppContext, admin: Actor, tmp_path: Path
) -> None:
    page = _page(qtbot, context, admin)
    site = page.site
    site.kind.setCurrentIndex(site.kind.findData("export"))
    site.options["target_dir"].setText(str(tmp_path / "ekspor"))
    site.options["site_base_url"].setText("https://jdih.kpu.go.id/sulsel/soppeng")
    (tmp_path / "ekspor").mkdir()
    site.save()
    assert site.message.text() == "Pengaturan situs JDIH tersimpan."
    saved = load_config(context.paths.config_file)
    assert saved.publishing.kind == "export"
    assert saved.publishing.options["target_dir"] == str(tmp_path / "ekspor")

    qtbot.mouseClick(site.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: site.test_result.text() == "Koneksi berhasil.", timeout=10000)
    site.options["target_dir"].setText(str(tmp_path / "tidak-ada" / "\0"))
    site.test_connection()
    qtbot.waitUntil(lambda: site.test_result.text().startswith("Koneksi gagal"), timeout=10000)

    scanner = page.scanner
    scanner.name.setText("Lampiran — A4 abu-abu 150 dpi")
    scanner.mode.setCurrentIndex(scanner.mode.findData("gray"))
    scanner.dpi.setValue(150)
    scanner.paper.setCurrentIndex(scanner.paper.findData("a4"))
    scanner.add_profile()
    scanner.save()
    profiles = context.settings.scanning().profiles
    added = next(p for p in profiles if p.name == "Lampiran — A4 abu-abu 150 dpi")
    assert (added.settings.dpi, added.settings.mode.value, added.settings.page_size.name) == (
        150,
        "gray",
        "a4",
    )
    assert len(load_config(context.paths.config_file).scanning.profiles) == len(profiles)

    backup = page.backup
    backup.folder.setText(str(tmp_path / "cadangan"))
    backup.keep.setValue(14)
    backup.save()
    assert (tmp_path / "cadangan").is_dir()
    assert context.trust.backup_folder == tmp_path / "cadangan"  # the backups go there
    stored = load_config(context.paths.config_file).backup
    assert (stored.folder, stored.keep) == (str(tmp_path / "cadangan"), 14)


def test_ildis_password_goes_to_the_keyring_and_the_connection_test_logs_in(
    qtbot: QtBot,
    context: AppContext,
    admin: Actor,
    ildis_server: IldisServer,
    memory_keyring: MemoryKeyring,
) -> None:
    page = _page(qtbot, context, admin)
    site = page.site
    site.kind.setCurrentIndex(site.kind.findData("ildis"))
    site.options["base_url"].setText(ildis_server.url)
    site.options["username"].setText("operator")
    site.options["username"].editingFinished.emit()  # the password field appears
    account = account_name("ildis", ildis_server.url, "operator")
    assert list(site.secrets) == [account]
    site.secrets[account].setText("operator-pass")
    site.save()
    assert site.message.text() == "Pengaturan situs JDIH tersimpan."
    assert memory_keyring.get_password(SERVICE, account) == "operator-pass"
    config_text = context.paths.config_file.read_text(encoding="utf-8")
    assert "operator-pass" not in config_text and ildis_server.url in config_text
    assert site.secrets[account].text() == ""  # never shown again
    assert site.secrets[account].placeholderText().startswith("tersimpan")

    site.test_connection()
    qtbot.waitUntil(lambda: site.test_result.text() == "Koneksi berhasil.", timeout=20000)

    site.secrets[account].setText("salah-sandi")
    site.save()
    site.test_connection()
    qtbot.waitUntil(lambda: site.test_result.text().startswith("Koneksi gagal"), timeout=20000)
    # The page goes with the test: only once the job's thread has let go of it.
    qtbot.waitUntil(lambda: site._job is None or not site._job.busy, timeout=20000)


def test_the_settings_speak_english_when_asked(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.paths import resources_dir
    from jdih_desktop.ui.translation import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en", resources_dir() / "i18n")
    try:
        page = PengaturanPage(context, None)
        qtbot.addWidget(page)
        tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        assert tabs == [
            "Office profile",
            "Users and roles",
            "Office hours and holidays",
            "JDIH site",
            "Scanner profiles",
            "Backups",
            "Electronic signatures",
        ]
        note = page.users.findChild(type(page.users.message), "readOnlyNote")
        assert note.text() == "Only an Administrator can change this; you can only look."
    finally:
        for translator in translators:
            app.removeTranslator(translator)
