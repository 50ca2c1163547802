"""Pengaturan: one tab per area of the office's settings.

Everyone may look (a Kasubag checks the office hours behind a timer); only an Administrator
may change anything, and the services enforce that on their own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.ui.common import page_title
from jdih_desktop.ui.pages.settings_calendar import CalendarTab
from jdih_desktop.ui.pages.settings_office import BackupTab, OfficeTab
from jdih_desktop.ui.pages.settings_scanner import ScannerTab
from jdih_desktop.ui.pages.settings_signatures import SignaturesTab
from jdih_desktop.ui.pages.settings_site import SiteTab
from jdih_desktop.ui.pages.settings_users import UsersTab


class PengaturanPage(QWidget):
    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.office = OfficeTab(context, actor)
        self.users = UsersTab(context, actor)
        self.calendar = CalendarTab(context, actor)
        self.site = SiteTab(context, actor)
        self.scanner = ScannerTab(context, actor)
        self.backup = BackupTab(context, actor)
        self.signatures = SignaturesTab(context, actor)  # issue #22
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bagian pengaturan"))
        self.tabs.addTab(self.office, self.tr("Profil kantor"))
        self.tabs.addTab(self.users, self.tr("Pengguna dan peran"))
        self.tabs.addTab(self.calendar, self.tr("Jam kerja dan hari libur"))
        self.tabs.addTab(self.site, self.tr("Situs JDIH"))
        self.tabs.addTab(self.scanner, self.tr("Profil pemindai"))
        self.tabs.addTab(self.backup, self.tr("Cadangan"))
        self.tabs.addTab(self.signatures, self.tr("Tanda tangan elektronik"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Pengaturan")))
        layout.addWidget(self.tabs, 1)

    def show_view(self, view: str) -> None:
        """A tab by name, for a way in from another screen (Beranda's notices): "cadangan"
        (the backup), "profil" (the office's profile, its name field focused)."""
        tabs = {"cadangan": self.backup, "profil": self.office}
        if view in tabs:
            self.tabs.setCurrentWidget(tabs[view])
        if view == "profil":
            self.office.focus_name()
