"""Laporan: the monthly SOP compliance report on screen, with CSV export and print/PDF.

The figures are :class:`~jdih_desktop.workflow.reports.ReportService`'s, unchanged: the screen
only formats them, so what the Kasubag reads here is what the printed report and the CLI say.
The report is computed off the GUI thread (a month of runs may be many rows on a shared
PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.compliance import ComplianceRow
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.sop import SopStep
from jdih_desktop.domain.worktime import TimeBasis
from jdih_desktop.sheets.forms import sop_letter
from jdih_desktop.ui import hub
from jdih_desktop.ui.common import page_title, show_error
from jdih_desktop.ui.dates import minutes_text, moment_text, share_text
from jdih_desktop.ui.jobs import Job, run_job
from jdih_desktop.ui.labels import step_activity
from jdih_desktop.ui.pages.sla_chart import Bar, ShareChart
from jdih_desktop.ui.print_preview import PrintPreviewDialog, show_pdf

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _minutes(row_value: Any) -> float:
    return float(row_value.total_seconds()) / 60


class LaporanPage(QWidget):
    def __init__(self, context: AppContext, actor: Actor | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._tz = ZoneInfo(context.office.profile().timezone)
        self.rows: list[ComplianceRow] = []
        self.month = ""
        self._job: Job | None = None
        self.preview: PrintPreviewDialog | None = None

        self.month_box = QComboBox()
        self.month_box.setAccessibleName(self.tr("Bulan laporan"))
        for number, name in enumerate(self._month_names(), start=1):
            self.month_box.addItem(name, number)
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setAccessibleName(self.tr("Tahun laporan"))
        today = context.now().astimezone(self._tz)
        self.month_box.setCurrentIndex(today.month - 1)
        self.year_box.setValue(today.year)

        self.show_button = QPushButton(self.tr("&Tampilkan"))
        self.show_button.setToolTip(self.tr("Hitung ulang laporan bulan ini (F5)"))
        self.csv_button = QPushButton(self.tr("Ekspor &CSV…"))
        self.pdf_button = QPushButton(self.tr("Cetak / &PDF…"))
        self.pdf_button.setToolTip(self.tr("Pratinjau laporan resmi untuk dicetak atau disimpan"))
        self.register_button = QPushButton(self.tr("Daftar &arsip…"))
        self.register_button.setToolTip(
            self.tr("Pratinjau daftar arsip keputusan tahun yang dipilih, untuk dicetak")
        )
        self.content_button = QPushButton(self.tr("Evaluasi &media sosial…"))
        self.content_button.setToolTip(
            self.tr("Pratinjau laporan evaluasi media sosial (SOP b) bulan yang dipilih")
        )
        self.show_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(self.ask_export_csv)
        self.pdf_button.clicked.connect(self.open_print_preview)
        self.register_button.clicked.connect(self.open_register_preview)
        self.content_button.clicked.connect(self.open_content_preview)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Bulan:")))
        picker.addWidget(self.month_box)
        picker.addWidget(self.year_box)
        picker.addWidget(self.show_button)
        picker.addStretch(1)
        picker.addWidget(self.csv_button)
        picker.addWidget(self.pdf_button)
        picker.addWidget(self.register_button)
        picker.addWidget(self.content_button)

        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.summary = self._table(
            [
                self.tr("SOP"),
                self.tr("Langkah"),
                self.tr("Kegiatan"),
                self.tr("Jumlah"),
                self.tr("Median"),
                self.tr("P90"),
                self.tr("Target"),
                self.tr("Dalam target"),
            ],
            self.tr("Ringkasan per langkah SOP"),
            stretch=2,
        )
        self.chart = ShareChart()
        self.late = self._table(
            [
                self.tr("Nomor agenda"),
                self.tr("Langkah"),
                self.tr("Petugas"),
                self.tr("Selesai"),
                self.tr("Durasi"),
                self.tr("Target"),
                self.tr("Alasan"),
            ],
            self.tr("Daftar langkah yang terlambat"),
            stretch=6,
        )

        chart_box = QGroupBox(self.tr("Bagian selesai dalam target (garis putus-putus: 90 %)"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        late_box = QGroupBox(self.tr("Terlambat"))
        QVBoxLayout(late_box).addWidget(self.late)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Laporan")))
        layout.addWidget(
            QLabel(self.tr("Kepatuhan SOP bulanan: lama tiap langkah dibanding targetnya."))
        )
        layout.addLayout(picker)
        layout.addWidget(self.status)
        layout.addWidget(self.summary, 2)
        layout.addWidget(chart_box)
        layout.addWidget(late_box, 1)
        self._again = False
        self.refresh()
        hub.follow(context, self, frozenset({hub.REQUESTS, hub.CONTENT}), self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: recomputed, so the screen and a PDF made now agree."""
        super().showEvent(event)
        hub.take_stale(self)
        self.refresh()

    def _month_names(self) -> list[str]:
        return [
            self.tr("Januari"), self.tr("Februari"), self.tr("Maret"), self.tr("April"),
            self.tr("Mei"), self.tr("Juni"), self.tr("Juli"), self.tr("Agustus"),
            self.tr("September"), self.tr("Oktober"), self.tr("November"), self.tr("Desember"),
        ]  # fmt: skip

    @staticmethod
    def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
        """A read-only table whose ``stretch`` column takes the spare width."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def selected_month(self) -> str:
        return f"{self.year_box.value():04d}-{int(self.month_box.currentData()):02d}"

    def set_month(self, month: str) -> None:
        year, number = (int(part) for part in month.split("-"))
        self.year_box.setValue(year)
        self.month_box.setCurrentIndex(number - 1)

    # --- computing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the selected month in the background; :attr:`month` is set when shown."""
        if self._job is not None:
            self._again = True  # a change arrived while computing: compute once more after
            return
        month = self.selected_month()
        self.status.setText(self.tr("Menghitung laporan…"))
        self.show_button.setEnabled(False)
        reports = self._context.reports

        def finished(rows: Any) -> None:
            self._job = None
            self.show_button.setEnabled(True)
            self.show_rows(month, list(rows))
            again, self._again = self._again, False
            if again or self.selected_month() != month:  # changed while computing: show the newer
                QTimer.singleShot(0, self.refresh)

        def failed(error: BaseException) -> None:
            self._job = None
            self.show_button.setEnabled(True)
            self._report_failure(error)

        self._job = run_job(self, lambda _p, _t: reports.sla(month), finished, failed)

    def show_rows(self, month: str, rows: list[ComplianceRow]) -> None:
        self.month = month
        self.rows = rows
        overall = [r for r in rows if r.person is None]
        self.summary.setRowCount(len(overall))
        bars = []
        for index, row in enumerate(overall):
            step = self._step(row.sop_code, row.step_no)
            working = _working(step)
            cells = [
                sop_letter(row.sop_code),
                str(row.step_no),
                step_activity(step.activity) if step else "",
                str(row.count),
                minutes_text(_minutes(row.median), working),
                minutes_text(_minutes(row.p90), working),
                str(step.target.describe()) if step and step.target else "–",
                share_text(row.share_within_target),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self._sop_title(row.sop_code) if column == 0 else text)
                if column in (1, 3, 4, 5, 7):
                    item.setTextAlignment(RIGHT)
                self.summary.setItem(index, column, item)
            label = f"{row.step_no}. {step_activity(step.activity) if step else row.sop_code}"
            bars.append(Bar(label, row.share_within_target, row.count))
        self.chart.set_bars(bars, self.tr("Tidak ada langkah yang selesai pada bulan ini."))
        self._show_late(overall)
        late_count = sum(len(r.late) for r in overall)
        still_open = sum(1 for r in overall for item in r.late if item.still_open)
        done = sum(r.count for r in overall) - still_open
        text = self.tr("{done} langkah selesai pada bulan ini; {late} terlambat.").format(
            done=done, late=late_count
        )
        if still_open:
            text += " " + self.tr(
                "{open} langkah masih terbuka melewati targetnya (dihitung di bulan ia "
                "terlambat)."
            ).format(open=still_open)
        self.status.setText(text)
        self.csv_button.setEnabled(bool(rows))

    def _show_late(self, overall: list[ComplianceRow]) -> None:
        late = [(row, item) for row in overall for item in row.late]
        self.late.setRowCount(len(late))
        timezone = str(self._tz)
        for index, (row, item) in enumerate(late):
            step = self._step(row.sop_code, row.step_no)
            working = _working(step)
            cells = [
                item.run_ref,
                f"{row.step_no}. {step_activity(step.activity) if step else ''}",
                self.tr("(masih terbuka)") if item.still_open else item.person,
                moment_text(item.ended_at, timezone, compact=True),
                minutes_text(_minutes(item.duration), working),
                minutes_text(_minutes(item.target), working) if item.target else "–",
                item.note,
            ]
            for column, text in enumerate(cells):
                self.late.setItem(index, column, QTableWidgetItem(text))

    def _report_failure(self, error: BaseException) -> None:
        """A clerk's message for an expected error; anything else is logged by the job."""
        if isinstance(error, JdihError):
            self.status.setText(str(error))
            show_error(self, error)
        else:
            self.status.setText(self.tr("Laporan gagal dibuat; lihat log aplikasi."))

    def _step(self, code: str, no: int) -> SopStep | None:
        sop = self._context.runs.sops.get(code)
        return next((s for s in sop.steps if s.no == no), None) if sop else None

    def _sop_title(self, code: str) -> str:
        sop = self._context.runs.sops.get(code)
        return sop.title if sop else code

    # --- output -----------------------------------------------------------------------------

    def ask_export_csv(self) -> None:
        suggested = str(Path.home() / f"kepatuhan-sop-{self.month}.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor CSV"), suggested, self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> Path:
        """Every row of the shown month (everyone and per person) as the CLI writes it."""
        path = self._context.reports.write_csv(self.rows, path)
        self.status.setText(self.tr("Tersimpan: {path}").format(path=str(path)))
        return path

    def open_print_preview(self) -> None:
        """Render the official report (letterhead, chart, signature) in the background and
        show it in the print preview, from which it prints or saves as PDF."""
        month = self.month or self.selected_month()
        printer, actor = self._context.printer, self._actor
        self._preview(
            self.pdf_button,
            lambda: printer.sla_report(month, actor),
            self.tr("Laporan kepatuhan SOP {month}").format(month=month),
            f"laporan-sop-{month}.pdf",
        )

    def open_register_preview(self) -> None:
        """The archive register of the selected year, signed by the Kasubag printing it."""
        year = self.year_box.value()
        printer, actor = self._context.printer, self._actor
        self._preview(
            self.register_button,
            lambda: printer.register(year, actor),
            self.tr("Daftar arsip keputusan {year}").format(year=year),
            f"daftar-arsip-{year}.pdf",
        )

    def open_content_preview(self) -> None:
        """SOP b's last step: the month's social-media evaluation report."""
        month = self.selected_month()
        context, actor = self._context, self._actor

        def build() -> bytes:
            letterhead = context.printer.letterhead()
            return context.content_reports.pdf(month, letterhead, context.now(), actor)

        self._preview(
            self.content_button,
            build,
            self.tr("Evaluasi media sosial {month}").format(month=month),
            f"evaluasi-media-sosial-{month}.pdf",
        )

    def _preview(
        self, button: QPushButton, build: Callable[[], bytes], title: str, filename: str
    ) -> None:
        """Render ``build`` off the GUI thread, then show it in the print preview."""
        button.setEnabled(False)
        self.status.setText(self.tr("Menyiapkan laporan untuk dicetak…"))

        def finished(pdf: Any) -> None:
            button.setEnabled(True)
            self.status.setText("")
            self.preview = show_pdf(self, bytes(pdf), title, filename)

        def failed(error: BaseException) -> None:
            button.setEnabled(True)
            self._report_failure(error)

        run_job(self, lambda _p, _t: build(), finished, failed)


def _working(step: SopStep | None) -> bool:
    return bool(step and step.target and step.target.basis is TimeBasis.WORKING)


def laporan_page(context: AppContext, actor: Actor | None) -> QWidget:
    return LaporanPage(context, actor)
