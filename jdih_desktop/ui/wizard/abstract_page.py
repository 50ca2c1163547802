"""Wizard page 5: the abstract editor, prefilled with the draft, beside the decree's text.

What still keeps the abstract from being final (ILDIS/BPHN rules in ``domain.abstract``) is
listed live under the form, so the operator knows when the 20-minute step can end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jdih_desktop.documents.scan_flow import abstract_from_dict, abstract_to_dict
from jdih_desktop.domain.abstract import Abstract

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard


def _box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setMinimumHeight(height)
    box.setTabChangesFocus(True)
    return box


class AbstractPage(QWizardPage):
    def __init__(self, wizard: ScanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Abstrak"))
        self.setSubTitle(
            self.tr("Abstrak meringkas, tidak mengomentari. Draf disusun dari isi keputusan.")
        )
        self.subjek = QLineEdit()
        self.subjek.setAccessibleName(self.tr("Subjek"))
        self.tahun = QSpinBox()
        self.tahun.setRange(1945, 2100)
        self.tahun.setAccessibleName(self.tr("Tahun"))
        self.singkatan = QLineEdit()
        self.singkatan.setAccessibleName(self.tr("Singkatan"))
        self.judul = _box(self.tr("Judul"), 50)
        self.considerations = _box(self.tr("Pertimbangan"), 70)
        self.legal_basis = _box(self.tr("Dasar hukum"), 70)
        self.decided = _box(self.tr("Isi yang ditetapkan"), 70)
        self.notes = _box(self.tr("Catatan (satu per baris)"), 50)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.addRow(self.tr("SUBJEK:"), self.subjek)
        form.addRow(self.tr("TAHUN:"), self.tahun)
        form.addRow(self.tr("SINGKATAN:"), self.singkatan)
        form.addRow(self.tr("JUDUL:"), self.judul)
        form.addRow(self.tr("Pertimbangan:"), self.considerations)
        form.addRow(self.tr("Dasar hukum:"), self.legal_basis)
        form.addRow(self.tr("Ditetapkan:"), self.decided)
        form.addRow(self.tr("CATATAN:"), self.notes)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Teks dokumen"))
        splitter = QSplitter()
        splitter.addWidget(form_widget)
        splitter.addWidget(self.text)
        splitter.setSizes([560, 380])
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("abstractProblems")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        for line in (self.subjek, self.singkatan):
            line.textChanged.connect(self._changed)
        self.tahun.valueChanged.connect(self._changed)
        for box in (self.judul, self.considerations, self.legal_basis, self.decided, self.notes):
            box.textChanged.connect(self._changed)

    def initializePage(self) -> None:
        draft = self._wizard.draft
        abstract = abstract_from_dict(draft.abstract)
        self.subjek.setText(abstract.subjek_text)
        metadata_year = draft.metadata.value("tahun")
        year = abstract.tahun or (int(metadata_year) if metadata_year.isdigit() else 2026)
        self.tahun.setValue(year)
        self.singkatan.setText(abstract.singkatan)
        self.judul.setPlainText(abstract.judul)
        bullets = (*abstract.abstrak, "", "", "")[:3]
        self.considerations.setPlainText(bullets[0])
        self.legal_basis.setPlainText(bullets[1])
        self.decided.setPlainText(bullets[2])
        self.notes.setPlainText("\n".join(abstract.catatan))
        self.text.setPlainText(draft.text.replace("\f", "\n"))
        self._changed()

    def abstract(self) -> Abstract:
        return Abstract(
            subjek=tuple(s.strip() for s in self.subjek.text().split(" - ") if s.strip()),
            tahun=self.tahun.value(),
            singkatan=self.singkatan.text().strip(),
            judul=self.judul.toPlainText().strip(),
            abstrak=tuple(
                box.toPlainText().strip()
                for box in (self.considerations, self.legal_basis, self.decided)
            ),
            catatan=tuple(n.strip() for n in self.notes.toPlainText().splitlines() if n.strip()),
        )

    def _changed(self) -> None:
        problems = self.abstract().problems()
        if problems:
            self.problems.setText("⚠ " + " ".join(str(p) for p in problems))
            self.problems.setStyleSheet("color: #a4161a;")
        else:
            self.problems.setText(self.tr("✓ Abstrak lengkap."))
            self.problems.setStyleSheet("color: #2b7a0b;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.abstract().problems()

    def validatePage(self) -> bool:
        if not self.isComplete():  # Next is disabled then; this guards a programmatic next()
            return False
        self._wizard.draft.abstract = abstract_to_dict(self.abstract())
        self._wizard.save_draft("review")
        return True
