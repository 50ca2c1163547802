"""Pengaturan → Jam kerja dan hari libur: weekly office hours, and the year's closures.

National holidays and cuti bersama come from the ``holidays`` package and are listed for
reference; the office adds its own closures (a newly decreed cuti bersama, an office closure)
or marks a listed day as a working day, because cuti bersama changes by decree every year.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.ui.dates import day_text
from jdih_desktop.ui.pages.settings_base import SettingsTab

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class CalendarTab(SettingsTab):
    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, actor, parent)
        day_names = [
            self.tr("Senin"), self.tr("Selasa"), self.tr("Rabu"), self.tr("Kamis"),
            self.tr("Jumat"), self.tr("Sabtu"), self.tr("Minggu"),
        ]  # fmt: skip
        self.hours: dict[str, QLineEdit] = {}
        hours_form = QFormLayout()
        for key, name in zip(DAY_KEYS, day_names, strict=True):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("tutup"))
            edit.setAccessibleName(self.tr("Jam kerja {day}").format(day=name))
            self.hours[key] = edit
            hours_form.addRow(name, edit)
        self.save_hours_button = QPushButton(self.tr("Simpan &jam kerja"))
        self.save_hours_button.clicked.connect(self.save_hours)
        hours_box = QGroupBox(self.tr("Jam kerja (mis. 07:30-12:00, 13:00-16:00)"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addLayout(hours_form)
        hours_layout.addWidget(self.save_hours_button)

        today = context.now().date()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Tahun"))
        self.year.valueChanged.connect(self.load_days)
        self.days = QTableWidget(0, 3)
        self.days.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Keterangan"), self.tr("Sumber")]
        )
        self.days.setAccessibleName(self.tr("Hari libur dan cuti bersama"))
        self.days.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days.verticalHeader().setVisible(False)
        self.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.days.horizontalHeader().setStretchLastSection(True)

        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Tanggal"))
        self.day_name = QLineEdit()
        self.day_name.setAccessibleName(self.tr("Keterangan"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Jenis hari"))
        self.kind.addItem(self.tr("Cuti bersama"), "cuti_bersama")
        self.kind.addItem(self.tr("Kantor tutup"), "closure")
        self.kind.addItem(self.tr("Tetap masuk kerja"), "workday")
        self.add_day_button = QPushButton(self.tr("&Tambah"))
        self.remove_day_button = QPushButton(self.tr("&Hapus entri kantor"))
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button.clicked.connect(self.remove_day)
        self.lock(
            [*self.hours.values(), self.save_hours_button, self.day, self.day_name, self.kind,
             self.add_day_button, self.remove_day_button]
        )  # fmt: skip

        add_row = QHBoxLayout()
        add_row.addWidget(self.day)
        add_row.addWidget(self.day_name, 1)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_day_button)
        add_row.addWidget(self.remove_day_button)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Tahun:")))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        days_box = QGroupBox(self.tr("Hari libur nasional, cuti bersama dan penutupan kantor"))
        days_layout = QVBoxLayout(days_box)
        days_layout.addLayout(year_row)
        days_layout.addWidget(self.days, 1)
        days_layout.addLayout(add_row)

        columns = QHBoxLayout()
        columns.addWidget(hours_box)
        columns.addWidget(days_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note())
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        self.load_hours()
        self.load_days()

    def load_hours(self) -> None:
        hours = self.context.calendars.office_hours()
        for key, edit in self.hours.items():
            edit.setText(", ".join(hours.get(key, [])))

    def save_hours(self) -> None:
        hours = {
            key: [part.strip() for part in edit.text().split(",") if part.strip()]
            for key, edit in self.hours.items()
        }
        self.attempt(
            lambda: self.context.calendars.set_office_hours(self.actor, hours),
            self.tr("Jam kerja tersimpan."),
        )
        self.load_hours()

    def load_days(self) -> None:
        year = self.year.value()
        rows: dict[date, tuple[str, str]] = {
            day: (name, self.tr("nasional"))
            for day, name in self.context.calendars.national_holidays(year).items()
        }
        kinds = {
            "cuti_bersama": self.tr("kantor: cuti bersama"),
            "closure": self.tr("kantor: tutup"),
            "workday": self.tr("kantor: tetap masuk"),
        }
        for closure in self.context.calendars.closures(year):
            rows[closure.day] = (closure.name, kinds.get(closure.kind, closure.kind))
        self.shown_days = sorted(rows)
        self.days.setRowCount(len(rows))
        for index, day in enumerate(self.shown_days):
            name, source = rows[day]
            for column, text in enumerate((day_text(day, with_weekday=True), name, source)):
                self.days.setItem(index, column, QTableWidgetItem(text))

    def add_day(self) -> None:
        picked = self.day.date().toPython()
        assert isinstance(picked, date)
        kind = str(self.kind.currentData())
        self.attempt(
            lambda: self.context.calendars.set_closure(
                self.actor, picked, self.day_name.text(), kind
            ),
            self.tr("Hari {day} tersimpan.").format(day=day_text(picked)),
        )
        self.year.setValue(picked.year)
        self.load_days()

    def remove_day(self) -> None:
        rows = self.days.selectionModel().selectedRows()
        if not rows:
            return
        day = self.shown_days[rows[0].row()]
        self.attempt(
            lambda: self.context.calendars.remove_closure(self.actor, day),
            self.tr("Entri kantor untuk {day} dihapus.").format(day=day_text(day)),
        )
        self.load_days()
