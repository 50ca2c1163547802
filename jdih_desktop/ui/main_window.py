"""The main window: navigation on the left, one screen per SOP area on the right.

It is usable at once: a screen is built the first time it is shown (:class:`ScreenStack`), and
the screens read the archive, the board and the outbox off the GUI thread the first time
(:mod:`jdih_desktop.ui.background_load`), as does the look for interrupted scans.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from jdih_desktop import __version__
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.ui import hub
from jdih_desktop.ui.background_load import BackgroundLoad
from jdih_desktop.ui.jobs import Job, run_job
from jdih_desktop.ui.pages.placeholder import PlaceholderPage
from jdih_desktop.ui.pages.registry import PAGE_FACTORIES
from jdih_desktop.ui.screen_fit import fit_to_screen

#: Screens that work while not shown: Beranda raises the SOP timers' tray notifications for
#: whoever is signed in (a Kasubag starts on Permohonan), so it is built with the window.
ALWAYS_BUILT = frozenset({"beranda"})
CLOSE_WAIT_S = 10.0  # at most, for a first read still running when the window closes


@dataclass(frozen=True)
class Screen:
    key: str
    title: str
    description: str


class ScreenStack(QStackedWidget):
    """One screen per navigation row, each built the first time it is shown or asked for:
    the window opens with its start screen and :data:`ALWAYS_BUILT` only."""

    def __init__(self, context: AppContext, actor: Actor | None, screens: list[Screen]) -> None:
        super().__init__()
        self._context = context
        self._actor = actor
        self._screens = screens
        self._built: set[int] = set()
        for screen in screens:
            slot = QWidget()
            slot.setObjectName(f"slot_{screen.key}")
            self.addWidget(slot)
        self.currentChanged.connect(self._build)  # after the slots: none is built yet
        for index, screen in enumerate(screens):
            if screen.key in ALWAYS_BUILT:
                self._build(index)

    def setCurrentIndex(self, index: int) -> None:
        self._build(index)
        super().setCurrentIndex(index)

    def widget(self, index: int) -> QWidget | None:
        self._build(index)
        return super().widget(index)

    def currentWidget(self) -> QWidget | None:
        self._build(self.currentIndex())
        return super().currentWidget()

    def _build(self, index: int) -> None:
        if index < 0 or index >= len(self._screens) or index in self._built:
            return
        self._built.add(index)
        screen = self._screens[index]
        factory = PAGE_FACTORIES.get(screen.key)
        page = (
            factory(self._context, self._actor)
            if factory is not None
            else PlaceholderPage(screen.title, screen.description)
        )
        page.setObjectName(f"page_{screen.key}")
        slot = super().widget(index)
        assert slot is not None  # index is in range
        showing = super().currentIndex() == index
        self.blockSignals(True)  # the swap is not a change of screen
        self.insertWidget(index, page)
        self.removeWidget(slot)
        if showing:
            super().setCurrentIndex(index)
        self.blockSignals(False)
        slot.deleteLater()


class MainWindow(QMainWindow):
    #: The window has closed: by "Keluar akun" (``signed_out``) or for good.
    closed = Signal()

    def __init__(
        self, context: AppContext, settings: QSettings, actor: Actor | None = None
    ) -> None:
        super().__init__()
        self._context = context
        self.actor = actor
        self._settings = settings
        self.signed_out = False
        self.recovery_job: Job | None = None
        self.office_label = QLabel()
        self.office_label.setObjectName("officeName")
        self._show_office_name()
        self.setMinimumSize(QSize(900, 600))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigasi"))
        self.navigation.setFixedWidth(200)
        self.pages = ScreenStack(context, actor, self.screens())
        for screen in self.screens():
            item = QListWidgetItem(screen.title)
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().addPermanentWidget(self.office_label)
        hub.hub(context).changed.connect(self._on_change)
        host = context.database_host()
        self.statusBar().showMessage(
            self.tr("Basis data di folder data ini")
            if host is None
            else self.tr("Basis data bersama di server {host}").format(host=host)
        )
        self._restore_state()
        hub.hub(context).screen_requested.connect(self.show_screen)
        if actor is not None:
            self.statusBar().addPermanentWidget(QLabel(actor.username))
            self.start_for_role(actor)
        self._offer_recovery()

    def start_for_role(self, actor: Actor) -> None:
        """A Kasubag starts on the disposition inbox, an operator on the work queue (Beranda)."""
        keys = [screen.key for screen in self.screens()]
        if actor.has_role("kasubag"):
            self.navigation.setCurrentRow(keys.index("permohonan"))
            show_inbox = getattr(self.pages.currentWidget(), "show_inbox", None)
            if callable(show_inbox):
                show_inbox()
        elif actor.has_role("operator"):
            self.navigation.setCurrentRow(keys.index("beranda"))

    def show_screen(self, key: str, view: str = "") -> None:
        """Switch to screen ``key`` and, when given, to one of its views (a filter, a tab)."""
        keys = [screen.key for screen in self.screens()]
        if key not in keys:
            return
        self.navigation.setCurrentRow(keys.index(key))
        show_view = getattr(self.pages.currentWidget(), "show_view", None)
        if view and callable(show_view):
            show_view(view)

    def _on_change(self, topic: str) -> None:
        if topic == hub.SETTINGS:
            self._show_office_name()

    def _show_office_name(self) -> None:
        """The office in the title and status bar, or that its profile is not filled in yet
        (never another office's name)."""
        office = self._context.office.profile()
        if office.is_set:
            self.setWindowTitle(
                self.tr("JDIH Desktop — {office}").format(office=office.short_name or office.name)
            )
            self.office_label.setText(office.name)
        else:
            self.setWindowTitle(self.tr("JDIH Desktop — profil kantor belum diisi"))
            self.office_label.setText(self.tr("Profil kantor belum diisi"))

    def screens(self) -> list[Screen]:
        return [
            Screen(
                "beranda",
                self.tr("Beranda"),
                self.tr(
                    "Ringkasan pekerjaan: permohonan yang belum didisposisi, belum diabstrak, "
                    "menunggu unggah, dan yang terlambat, dengan pewaktu tiap langkah SOP."
                ),
            ),
            Screen(
                "permohonan",
                self.tr("Permohonan"),
                self.tr(
                    "Pendaftaran permohonan penerbitan salinan SK, disposisi Kasubag Hukum, "
                    "dan linimasa langkah SOP tiap permohonan."
                ),
            ),
            Screen(
                "arsip",
                self.tr("Arsip"),
                self.tr(
                    "Arsip Surat Keputusan: pencarian teks lengkap, metadata JDIH, berkas PDF, "
                    "lokasi arsip tercetak, dan status publikasi."
                ),
            ),
            Screen(
                "media_sosial",
                self.tr("Media Sosial"),
                self.tr(
                    "Pengelolaan akun media sosial JDIH: rapat tim, draf materi, desain, "
                    "reviu, unggah, dan evaluasi."
                ),
            ),
            Screen(
                "laporan",
                self.tr("Laporan"),
                self.tr("Laporan kepatuhan SOP bulanan, daftar arsip, dan laporan evaluasi."),
            ),
            Screen(
                "pengaturan",
                self.tr("Pengaturan"),
                self.tr(
                    "Profil kantor dan kop surat, profil pemindai, koneksi situs JDIH, jam kerja "
                    "dan hari libur, pengguna dan peran, lokasi cadangan."
                ),
            ),
        ]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self.scan_action = QAction(self.tr("&Pindai dan unggah…"), self)
        self.scan_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.scan_action.triggered.connect(lambda _checked=False: self.open_scan_wizard())
        self.drafts_action = QAction(self.tr("&Draf pindai…"), self)
        self.drafts_action.triggered.connect(self.open_drafts)
        may_scan = self.actor is not None and bool(
            {"operator", "kasubag", "administrator"} & self.actor.roles
        )
        for action in (self.scan_action, self.drafts_action):
            action.setEnabled(may_scan)
            file_menu.addAction(action)
            self.addAction(action)
        file_menu.addSeparator()
        self.sign_out_action = QAction(self.tr("Keluar &akun"), self)
        self.sign_out_action.setToolTip(
            self.tr("Kembali ke layar masuk agar orang lain dapat masuk; aplikasi tetap berjalan")
        )
        self.sign_out_action.setEnabled(self.actor is not None)
        self.sign_out_action.triggered.connect(lambda _checked=False: self.sign_out())
        file_menu.addAction(self.sign_out_action)
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Buka"))
        for row, screen in enumerate(self.screens()):
            action = QAction(screen.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)
            self.addAction(action)  # shortcuts work even while the menu bar is hidden
        help_menu = self.menuBar().addMenu(self.tr("B&antuan"))
        about = QAction(self.tr("&Tentang JDIH Desktop"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def open_scan_wizard(
        self, request_id: int | None = None, source_file: Path | None = None
    ) -> QWidget | None:
        """The scan-and-upload wizard, for a request or for a decree on its own; from
        ``source_file`` (the attached salinan) instead of the scanner when given."""
        if self.actor is None:
            return None
        from jdih_desktop.ui.wizard.launch import open_wizard

        return open_wizard(
            self, self._context, self.actor, request_id=request_id, source_file=source_file
        )

    def sign_out(self) -> None:
        """Back to the login without quitting. Open windows (a wizard keeps its draft) close
        first; the next person gets a fresh window of their own."""
        if self.actor is None:
            return
        for window in self._open_windows():
            window.close()
        if self._open_windows():  # e.g. an insert-scan that first stops its scanner
            self.statusBar().showMessage(
                self.tr("Tunggu pekerjaan yang masih berjalan selesai, lalu keluar akun lagi.")
            )
            return
        self.signed_out = True
        self.close()

    def _open_windows(self) -> list[QWidget]:
        return [w for w in self.findChildren(QWidget) if w.isWindow() and w.isVisible()]

    def open_drafts(self) -> None:
        if self.actor is None:
            return
        from jdih_desktop.ui.wizard.launch import DraftsDialog

        DraftsDialog(self._context, self.actor, self).exec()

    def _offer_recovery(self) -> None:
        """Pages a crash left in the spool are offered back, never silently dropped. The spool
        is looked through in the background (it waits on each session's lock)."""
        if self.actor is None:
            return
        self.recovery_job = run_job(
            self,
            lambda _progress, _token: self._context.scanning.recoverable(),
            self._show_recoverable,
            lambda _error: None,  # logged by the job; nothing to offer
        )

    def _show_recoverable(self, interrupted: list[object]) -> None:
        if interrupted:
            self.statusBar().showMessage(
                self.tr(
                    "Ada {n} pindaian terputus yang halamannya masih tersimpan: "
                    "buka Berkas → Draf pindai."
                ).format(n=len(interrupted))
            )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang JDIH Desktop"),
            self.tr(
                "JDIH Desktop {version}\nPenerbitan salinan Surat Keputusan di situs JDIH."
            ).format(version=__version__),
        )

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            # Saved on a larger monitor, it may not fit this one.
            fit_to_screen(self, self.width(), self.height())
        else:
            fit_to_screen(self, 1200, 760)
        row = str(self._settings.value("window/page", 0))
        self.navigation.setCurrentRow(int(row) if row.isdigit() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A screen's first read still running must let go of its job before the screen goes.
        for loader in self.findChildren(BackgroundLoad):
            loader.wait(CLOSE_WAIT_S)
        if self.recovery_job is not None:
            self.recovery_job.wait(CLOSE_WAIT_S)
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self.navigation.currentRow())
        self._settings.sync()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
