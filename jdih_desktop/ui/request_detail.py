"""One request: its data, attachments, SOP timeline, and the actions the user's role allows.

The timeline shows every step with who did it, start, end, duration against the target, the
warning level and any pause reasons or override notes. Actions call the request services; the
SOP domain refuses anything out of order, and the dialog shows that refusal as a message.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.permissions import Action, allowed
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop_run import RunState, StepState
from jdih_desktop.domain.sop_steps import DecreeStep
from jdih_desktop.ui import hub
from jdih_desktop.ui.attachments_view import AttachmentButtons
from jdih_desktop.ui.common import (
    duration_text,
    guarded,
    level_colour,
    short_moment,
    sifat_labels,
)
from jdih_desktop.ui.dates import day_text, moment_text
from jdih_desktop.ui.labels import step_activity
from jdih_desktop.ui.printing_actions import print_disposition, print_receipt
from jdih_desktop.ui.screen_fit import fit_to_screen
from jdih_desktop.workflow.attachments import AttachmentView
from jdih_desktop.workflow.requests import RequestView, StepView


class RequestDetailDialog(QDialog):
    """Request data, timeline and actions; ``changed`` is True once anything was recorded."""

    def __init__(
        self, context: AppContext, actor: Actor | None, request_id: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.actor = actor
        self.request_id = request_id
        self.changed = False
        self._tz = context.office.profile().timezone
        fit_to_screen(self, 1100, 640)

        self.summary = QFormLayout()
        self.timeline = QTableWidget(0, 10)
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Linimasa langkah SOP"))
        self.timeline.setHorizontalHeaderLabels(
            [
                self.tr("No"),
                self.tr("Kegiatan"),
                self.tr("Pelaksana"),
                self.tr("Keadaan"),
                self.tr("Mulai"),
                self.tr("Selesai"),
                self.tr("Oleh"),
                self.tr("Durasi / target"),
                self.tr("Tingkat"),
                self.tr("Catatan"),
            ]
        )
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().hide()
        self.timeline.setWordWrap(True)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.attachments = AttachmentButtons(context, request_id, self)
        self.disposition_line = QLabel()
        self.disposition_line.setObjectName("dispositionLine")
        self.disposition_line.setWordWrap(True)

        self.complete_button = QPushButton()
        self.complete_button.setObjectName("completeStep")
        self.pause_button = QPushButton(self.tr("&Jeda…"))
        self.resume_button = QPushButton(self.tr("&Lanjutkan"))
        self.cancel_button = QPushButton(self.tr("&Batalkan permohonan…"))
        self.receipt_button = QPushButton(self.tr("Cetak &tanda terima"))
        self.sheet_button = QPushButton(self.tr("Cetak lembar &disposisi"))
        for button, name in (
            (self.pause_button, self.tr("Jeda langkah")),
            (self.resume_button, self.tr("Lanjutkan langkah")),
            (self.cancel_button, self.tr("Batalkan permohonan")),
            (self.receipt_button, self.tr("Cetak tanda terima")),
            (self.sheet_button, self.tr("Cetak lembar disposisi")),
        ):
            button.setAccessibleName(name)
        self.complete_button.clicked.connect(lambda: self.complete())
        self.pause_button.clicked.connect(lambda: self.pause())
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(lambda: self.cancel_request())
        self.receipt_button.clicked.connect(
            lambda: print_receipt(self, self._context, self.request_id)
        )
        self.sheet_button.clicked.connect(
            lambda: print_disposition(self, self._context, self.request_id)
        )
        # The scan-and-upload wizard lives on the main window (when it is built in).
        self.scan_button = QPushButton(self.tr("&Pindai dan unggah…"))
        self.scan_button.setAccessibleName(self.tr("Pindai dan unggah salinan SK"))
        self.scan_button.clicked.connect(self.open_scan_wizard)
        self.scan_button.setVisible(self._wizard_opener() is not None)
        self.salinan_button = QPushButton(self.tr("Pindai dari &salinan terlampir…"))
        self.salinan_button.setToolTip(
            self.tr("Wizard memakai berkas salinan SK yang dilampirkan, tanpa memindai ulang.")
        )
        self.salinan_button.clicked.connect(lambda: self.open_scan_wizard(from_salinan=True))
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.complete())
        QShortcut(QKeySequence("Ctrl+P"), self, self.receipt_button.click)

        actions = QHBoxLayout()
        for button in (
            self.complete_button,
            self.pause_button,
            self.resume_button,
            self.cancel_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.scan_button)
        actions.addWidget(self.salinan_button)
        actions.addStretch(1)
        actions.addWidget(self.receipt_button)
        actions.addWidget(self.sheet_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.summary)
        attachments = QHBoxLayout()
        attachments.addWidget(QLabel(self.tr("Lampiran:")))
        attachments.addWidget(self.attachments, 1)
        layout.addLayout(attachments)
        layout.addWidget(self.disposition_line)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.view: RequestView = context.requests.get(request_id)
        self.refresh()

    # -- display ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.view = view = self._context.requests.get(self.request_id)
        self.setWindowTitle(self.tr("Permohonan {agenda}").format(agenda=view.agenda))
        while self.summary.rowCount():
            self.summary.removeRow(0)
        rows = (
            (self.tr("Nomor agenda:"), view.agenda),
            (self.tr("Pengusul:"), view.pengusul_name + (f" — {view.unit}" if view.unit else "")),
            (self.tr("Hal:"), view.hal),
            (
                self.tr("Nota dinas:"),
                " · ".join(
                    p for p in (view.nota_dinas_nomor, day_text(view.nota_dinas_tanggal)) if p
                )
                or "–",
            ),
            (self.tr("Sifat:"), sifat_labels().get(view.sifat, view.sifat)),
            (self.tr("Diterima:"), moment_text(view.received_at, self._tz, compact=True)),
            (self.tr("Status:"), str(RunState(view.run_state).label)),
        )
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary.addRow(label, text)
        disposition = self._context.dispositions.latest(self.request_id)
        self.disposition_line.setText(
            self.tr("Disposisi: kepada {to}; {instructions}. {catatan}").format(
                to=disposition.to_text,
                instructions=", ".join(disposition.instructions) or "–",
                catatan=disposition.catatan,
            )
            if disposition
            else ""
        )
        self._fill_timeline(view)
        self._update_actions(view)

    def _fill_timeline(self, view: RequestView) -> None:
        self.timeline.setRowCount(len(view.steps))
        for row, step in enumerate(view.steps):
            timer = step.timer
            duration = (
                f"{duration_text(timer.elapsed)} / {step.target_text}"
                if timer
                else step.target_text
            )
            notes = [
                self.tr("jeda {start}–{end}: {reason}").format(
                    start=short_moment(start, self._tz),
                    end=short_moment(end, self._tz) if end else "…",
                    reason=reason,
                )
                for start, end, reason in step.pauses
            ]
            if step.override_reason:
                notes.append(self.tr("diambil alih: {reason}").format(reason=step.override_reason))
            cells = (
                str(step.no),
                step_activity(step.activity),
                Role(step.role).display_name,
                str(StepState(step.state).label),
                short_moment(step.started_at, self._tz),
                short_moment(step.ended_at, self._tz),
                step.completed_by or "–",
                duration,
                str(timer.level.label) if timer and timer.target is not None else "–",
                "; ".join(notes),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (7, 8) and timer is not None:
                    item.setBackground(level_colour(timer.level))
                if column in (1, 9) and text:
                    item.setToolTip(text)
                self.timeline.setItem(row, column, item)
        self.timeline.resizeColumnsToContents()
        self.timeline.setColumnWidth(1, min(self.timeline.columnWidth(1), 250))
        self.timeline.resizeRowsToContents()

    def _roles(self) -> frozenset[str]:
        return self.actor.roles if self.actor else frozenset()

    def _may_act(self, step: StepView) -> bool:
        return step.role in self._roles() or allowed(self._roles(), Action.STEP_ACT_FOR_ANY_ROLE)

    def _needs_override(self, step: StepView) -> bool:
        return step.role not in self._roles()

    def _update_actions(self, view: RequestView) -> None:
        step = view.current_step
        active = step is not None and self.actor is not None
        self.complete_button.setText(
            self.tr("&Selesaikan langkah {no}").format(no=step.no) if step else self.tr("Selesai")
        )
        self.complete_button.setAccessibleName(self.tr("Selesaikan langkah sekarang"))
        may_act = bool(active and step and self._may_act(step))
        self.complete_button.setEnabled(may_act)
        self.pause_button.setEnabled(may_act and bool(step and step.state == "running"))
        self.resume_button.setEnabled(may_act and bool(step and step.state == "paused"))
        self.cancel_button.setEnabled(
            bool(active and allowed(self._roles(), Action.REQUEST_CANCEL))
        )
        self.sheet_button.setEnabled(not (step and step.key == DecreeStep.PERMOHONAN))
        self.scan_button.setEnabled(active)
        self.salinan_button.setVisible(self.scan_button.isVisibleTo(self))
        self.salinan_button.setEnabled(active and self.salinan() is not None)

    # -- actions -----------------------------------------------------------------------------

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    def complete(self, override_reason: str | None = None) -> bool:
        """Complete the current step; at step 2 a Kasubag writes the disposition instead."""
        step = self.view.current_step
        if step is None or self.actor is None:
            return False
        actor = self.actor
        if step.key == DecreeStep.DISPOSISI and actor.has_role(Role.KASUBAG.value):
            from jdih_desktop.ui.disposition_form import DispositionDialog

            dialog = DispositionDialog(self._context, actor, self.request_id, self)
            recorded = dialog.exec() == QDialog.DialogCode.Accepted
            self._after_change(recorded)
            return recorded
        if self._needs_override(step) and override_reason is None:
            override_reason = self._ask(
                self.tr("Ambil alih langkah"),
                self.tr("Langkah ini milik {role}. Alasan mengambil alih:").format(
                    role=Role(step.role).display_name
                ),
            )
            if override_reason is None:
                return False
        done = guarded(
            self,
            lambda: self._context.requests.complete_step(
                actor, self.request_id, step.no, override_reason
            ),
        )
        self._after_change(done is not None)
        return done is not None

    def pause(self, reason: str | None = None) -> bool:
        step = self.view.current_step
        if step is None or self.actor is None:
            return False
        actor = self.actor
        reason = reason or self._ask(self.tr("Jeda langkah"), self.tr("Alasan jeda:"))
        if reason is None:
            return False
        done = guarded(
            self, lambda: self._context.requests.pause_step(actor, self.request_id, step.no, reason)
        )
        self._after_change(done is not None)
        return done is not None

    def resume(self) -> bool:
        step = self.view.current_step
        if step is None or self.actor is None:
            return False
        actor = self.actor
        done = guarded(
            self, lambda: self._context.requests.resume_step(actor, self.request_id, step.no)
        )
        self._after_change(done is not None)
        return done is not None

    def cancel_request(self, reason: str | None = None) -> bool:
        if self.actor is None:
            return False
        actor = self.actor
        reason = reason or self._ask(self.tr("Batalkan permohonan"), self.tr("Alasan pembatalan:"))
        if reason is None:
            return False
        done = guarded(self, lambda: self._context.requests.cancel(actor, self.request_id, reason))
        self._after_change(done is not None)
        return done is not None

    def _wizard_opener(self) -> Callable[..., object] | None:
        parent = self.parentWidget()
        opener = getattr(parent.window(), "open_scan_wizard", None) if parent else None
        return opener if callable(opener) else None

    def salinan(self) -> AttachmentView | None:
        """The attached salinan SK (the newest), the wizard's source instead of a scan."""
        found = [a for a in self.attachments.items if a.kind == "salinan_sk"]
        return found[-1] if found else None

    def open_scan_wizard(self, from_salinan: bool = False) -> None:
        opener = self._wizard_opener()
        if opener is None:
            return
        source = None
        if from_salinan:
            salinan = self.salinan()
            if salinan is None:
                return
            stored = guarded(self, lambda: self._context.attachments.path(salinan))
            if stored is None:
                return
            # The store names files by hash; the importer reads the type from the name.
            source = Path(tempfile.mkdtemp(prefix="jdih-salinan-")) / salinan.file_name
            shutil.copyfile(stored, source)
        self.accept()
        opener(request_id=self.request_id, source_file=source)

    def _after_change(self, changed: bool) -> None:
        if changed:
            self.changed = True
            hub.announce(self._context, hub.REQUESTS)
            self.refresh()
