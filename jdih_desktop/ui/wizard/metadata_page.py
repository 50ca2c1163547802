"""Wizard page 4: the decree's metadata, prefilled by the reader, each field with its confidence
and a link to where it was read in the text beside it."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jdih_desktop.documents.reading import status_links
from jdih_desktop.documents.reading.reader_confidence import needs_check
from jdih_desktop.domain.draft_metadata import DraftLink, DraftMetadata, FieldReading
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard


class MetadataPage(QWizardPage):
    def __init__(self, wizard: ScanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Metadata keputusan"))
        self.setSubTitle(
            self.tr("Isian dibaca dari dokumen. Periksa terutama yang bertanda kuning.")
        )
        labels = {
            "nomor": self.tr("Nomor"),
            "tahun": self.tr("Tahun"),
            "judul": self.tr("Judul (tentang)"),
            "jenis": self.tr("Jenis"),
            "tempat_penetapan": self.tr("Tempat penetapan"),
            "tanggal_penetapan": self.tr("Tanggal penetapan (TTTT-BB-HH)"),
            "penandatangan": self.tr("Penandatangan"),
            "teu_badan": self.tr("T.E.U. badan"),
            "subjek": self.tr("Subjek (dipisah -)"),
            "bidang_hukum": self.tr("Bidang hukum"),
            "physical_location": self.tr("Lokasi arsip tercetak"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self._typed: set[str] = set()  # fields the operator typed in: never overwritten
        self.marks: dict[str, QPushButton] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for name, label in labels.items():
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setAccessibleName(label)
            edit.textChanged.connect(self.completeChanged)
            edit.textEdited.connect(lambda _t, n=name: self._typed.add(n))
            mark = QPushButton()
            mark.setFlat(True)
            mark.setEnabled(False)
            mark.clicked.connect(lambda _c=False, n=name: self.show_source(n))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(mark)
            form.addRow(label + ":", row)
            self.edits[name] = edit
            self.marks[name] = mark
        # Status links the text proposes; only the ones the operator ticks are recorded.
        self.links = QListWidget()
        self.links.setObjectName("status_links")
        self.links.setAccessibleName(self.tr("Hubungan status yang diusulkan"))
        self.links.setMaximumHeight(90)
        form.addRow(self.tr("Hubungan status:"), self.links)
        self._proposals: list[status_links.ProposedLink] = []
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Teks dokumen"))
        splitter = QSplitter()
        splitter.addWidget(form_widget)
        splitter.addWidget(self.text)
        splitter.setSizes([520, 420])
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reread = QPushButton(self.tr("Baca ulang dokumen"))
        self.reread.clicked.connect(self.start_analysis)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.reread)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self.job: Job | None = None
        self._readings: dict[str, FieldReading] = {}

    # --- life -----------------------------------------------------------------------------------

    def initializePage(self) -> None:
        draft = self._wizard.draft
        if draft.metadata and draft.pdf:
            self._fill(draft.metadata, draft.text)
        else:
            self.start_analysis()

    def isComplete(self) -> bool:
        if self.job is not None and self.job.busy:
            return False
        return all(self.edits[n].text().strip() for n in ("nomor", "tahun", "judul"))

    def validatePage(self) -> bool:
        try:
            metadata = DecreeMetadata(**self.overrides()).validated()
        except JdihError as error:
            show_error(self, error)
            return False
        draft = self._wizard.draft
        for name, edit in self.edits.items():
            if name == "subjek":
                continue  # a list of terms, set below from the validated record
            known = draft.metadata.fields.get(name) or FieldReading("", None)
            draft.metadata.fields[name] = dataclasses.replace(known, value=edit.text().strip())
        draft.metadata.subjek = list(metadata.subjek)
        draft.metadata.status_links = [
            DraftLink(
                **dataclasses.asdict(link),
                confirmed=self.links.item(i).checkState() == Qt.CheckState.Checked,
            )
            for i, link in enumerate(self._proposals)
        ]
        abstract = dict(draft.abstract)
        abstract["subjek"] = list(metadata.subjek)
        draft.abstract = abstract
        self._wizard.save_draft("abstract")
        return True

    # --- analysis ---------------------------------------------------------------------------------

    def start_analysis(self) -> None:
        if self.job is not None and self.job.busy:
            return
        flow, draft = self._wizard.context.scan_flow, self._wizard.draft
        self.status.setText(self.tr("Menyusun PDF, OCR dan membaca isi keputusan…"))
        job = Job(lambda progress, token: flow.analyse(draft, progress, token), self)
        job.progress.connect(lambda value, _text: self.progress.setValue(value))
        job.finished.connect(self._analysed)
        job.failed.connect(self._failed)
        job.done.connect(self.completeChanged)
        self.job = job
        job.start()
        self.completeChanged.emit()

    def _analysed(self, analysis: Any) -> None:
        draft = self._wizard.draft
        self._fill(draft.metadata, draft.text)
        notes = " ".join(str(n) for n in analysis.notes)
        self.status.setText(
            self.tr("{n} halaman dibaca.").format(n=analysis.pages) + (" " + notes if notes else "")
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        show_error(self, error)

    # --- form ---------------------------------------------------------------------------------

    def prefill(self, found: dict[str, FieldReading]) -> None:
        """The reader's reading of the pages OCR'd so far, while scanning or OCR continues.

        Fields the operator typed in are left alone; the final reading replaces the rest.
        """
        for name, reading in found.items():
            edit = self.edits.get(name)
            if edit is None or name in self._typed or not reading.value:
                continue
            self._readings[name] = reading
            _put(edit, reading.value)
            self._mark(name, reading)

    def _fill(self, metadata: DraftMetadata, text: str) -> None:
        self.text.setPlainText(text.replace("\f", "\n"))
        self._readings = {}
        for name, edit in self.edits.items():
            if name in self._typed:
                continue  # typed while the reading ran: the operator's word stands
            if name == "subjek":
                _put(edit, " - ".join(metadata.subjek))
                continue
            reading = metadata.fields.get(name)
            if reading is not None:
                self._readings[name] = reading
                _put(edit, reading.value)
                self._mark(name, reading)
            elif name == "bidang_hukum" and not edit.text():
                edit.setText("Hukum Tata Negara")
        self._fill_links(metadata, text)
        self.completeChanged.emit()

    def _fill_links(self, metadata: DraftMetadata, text: str) -> None:
        """Proposed status links, ticked as the operator left them in a resumed draft."""
        saved = {(d.kind, d.nomor): d.confirmed for d in metadata.status_links}
        self._proposals = status_links.propose(
            self._wizard.context.archive, self.edits["judul"].text(), text
        )
        self.links.clear()
        for link in self._proposals:
            item = QListWidgetItem(self._link_label(link))
            item.setToolTip(link.excerpt)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = saved.get((link.kind, link.nomor), False)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.links.addItem(item)

    def _link_label(self, link: status_links.ProposedLink) -> str:
        """One proposal in words: what this decree does to which, or who amended which."""
        target = link.target_title or str(link.note)
        if link.kind == "diubah":
            return self.tr("Nomor {nomor} diubah dengan Nomor {by} — {target}").format(
                nomor=link.nomor, by=link.by_nomor, target=target
            )
        kind = self.tr("mencabut") if link.kind == "mencabut" else self.tr("mengubah")
        return self.tr("{kind} Nomor {nomor} — {target}").format(
            kind=kind, nomor=link.nomor, target=target
        )

    def _mark(self, name: str, reading: FieldReading) -> None:
        mark, edit = self.marks[name], self.edits[name]
        if reading.confidence is None:
            mark.setText(self.tr("tidak terbaca"))
            mark.setEnabled(False)
            edit.setStyleSheet("background: #fff3c4;")
            return
        percent = round(reading.confidence * 100)
        mark.setText(
            self.tr("{p}% · hal. {page} baris {line}").format(
                p=percent, page=reading.page, line=reading.line
            )
        )
        # Calibrated: a value shown at >= SURE was wrong in <= 2 % of real decrees
        # (benchmarks/reader_accuracy.py); below it the reader says why it doubts.
        doubtful = needs_check(reading.confidence)
        hint = self.tr("Tunjukkan di teks")
        mark.setToolTip(f"{reading.reason}\n{hint}" if doubtful and reading.reason else hint)
        mark.setEnabled(reading.page is not None)
        edit.setStyleSheet("background: #fff3c4;" if doubtful else "")

    def show_source(self, name: str) -> int:
        """Scroll the text to the line a field was read from; returns the block number."""
        reading = self._readings.get(name)
        if reading is None or reading.page is None or reading.line is None:
            return -1
        pages = self._wizard.draft.text.split("\f")
        block = sum(len(p.split("\n")) for p in pages[: reading.page - 1]) + reading.line - 1
        cursor = QTextCursor(self.text.document().findBlockByNumber(block))
        cursor.select(QTextCursor.SelectionType.LineUnderCursor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        return block

    def overrides(self) -> dict[str, Any]:
        """The form as DecreeMetadata's fields (raises JdihError for a malformed year/date)."""
        from jdih_desktop.domain.messages import msg
        from jdih_desktop.errors import ValidationError

        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        try:
            tahun = int(values["tahun"])
        except ValueError:
            raise ValidationError(
                msg("Tahun harus angka, mis. 2026.", "The year must be a number, e.g. 2026.")
            ) from None
        day = None
        if values["tanggal_penetapan"]:
            try:
                day = date.fromisoformat(values["tanggal_penetapan"])
            except ValueError:
                raise ValidationError(
                    msg(
                        "Tanggal penetapan ditulis TTTT-BB-HH, mis. 2026-03-02.",
                        "Write the enactment date as YYYY-MM-DD, e.g. 2026-03-02.",
                    )
                ) from None
        found: dict[str, Any] = {k: v for k, v in values.items() if k not in ("tahun", "subjek")}
        found["tahun"] = tahun
        found["tanggal_penetapan"] = day
        found["subjek"] = tuple(s.strip() for s in values["subjek"].split(" - ") if s.strip())
        if not found["jenis"]:
            found.pop("jenis")
        return found


def _put(edit: QLineEdit, value: str) -> None:
    """``value`` into a field, its beginning in view: a long title or name filled in by the
    reader is checked from its start (``setText`` leaves the cursor, and the view, at the end)."""
    edit.setText(value)
    edit.setCursorPosition(0)
