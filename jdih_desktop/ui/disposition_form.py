"""The Kasubag's disposition form (lembar disposisi, DOMAIN.md §8): to whom (one or several
people, ticked), which "Dengan hormat harap" instructions, a note and the urgency. Saving
records the disposition, completes SOP step 2, and opens the printed sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.roles import Role
from jdih_desktop.printing.data import DEFAULT_INSTRUCTIONS
from jdih_desktop.ui import hub
from jdih_desktop.ui import labels as ui_labels
from jdih_desktop.ui.attachments_view import AttachmentButtons
from jdih_desktop.ui.common import sifat_labels
from jdih_desktop.ui.dates import day_text, moment_text
from jdih_desktop.ui.printing_actions import print_disposition
from jdih_desktop.workflow.dispositions import DispositionView
from jdih_desktop.workflow.requests import SIFAT

#: The roles a disposition is sent to: the JDIH team of the legal subsection.
DISPOSITION_ROLES = frozenset({Role.OPERATOR, Role.TIM_JDIH, Role.DESAINER})


class DispositionDialog(QDialog):
    def __init__(
        self, context: AppContext, actor: Actor, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.request_id = request_id
        self.recorded: DispositionView | None = None
        self.print_after = True
        view = context.requests.get(request_id)
        tz = context.office.profile().timezone
        self.setWindowTitle(self.tr("Lembar disposisi — {agenda}").format(agenda=view.agenda))

        letter = QFormLayout()
        for label, value in (
            (self.tr("Surat dari:"), view.pengusul_name + (f", {view.unit}" if view.unit else "")),
            (self.tr("Nomor surat:"), view.nota_dinas_nomor or "–"),
            (self.tr("Tanggal surat:"), day_text(view.nota_dinas_tanggal) or "–"),
            (self.tr("Diterima tanggal:"), moment_text(view.received_at, tz, compact=True)),
            (self.tr("Nomor agenda:"), view.agenda),
            (self.tr("Hal:"), view.hal),
        ):
            text = QLabel(value)
            text.setWordWrap(True)
            letter.addRow(label, text)

        # Several people may be ticked; the first ticked carries the request on (step 3).
        self.recipients = QListWidget()
        self.recipients.setAccessibleName(self.tr("Diteruskan kepada"))
        self.recipients.setToolTip(
            self.tr(
                "Centang satu orang atau lebih; yang pertama dicentang menindaklanjuti permohonan."
            )
        )
        self.recipients.setMaximumHeight(96)
        users = [u for u in context.accounts.list_users() if u.active]
        # A disposition goes to the JDIH team (SOP step 2: "to the operator"), not to the
        # requester or a system administrator; an office with no team yet still gets everyone.
        team = [u for u in users if set(u.roles) & DISPOSITION_ROLES]
        users = team or users
        # The operators first: they carry the request on (SOP step 3).
        users.sort(key=lambda u: (Role.OPERATOR not in u.roles, u.full_name))
        for position, user in enumerate(users):
            roles = ", ".join(r.display_name for r in user.roles)
            item = QListWidgetItem(f"{user.full_name} ({roles})")
            item.setData(Qt.ItemDataRole.UserRole, user.username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # As before several could be chosen: the first person (an operator) is ticked.
            item.setCheckState(Qt.CheckState.Checked if position == 0 else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.sifat = QComboBox()
        self.sifat.setAccessibleName(self.tr("Sifat"))
        labels = sifat_labels()
        for value in SIFAT:
            self.sifat.addItem(labels[value], value)
        self.sifat.setCurrentIndex(max(0, self.sifat.findData(view.sifat)))

        self.instructions: list[QCheckBox] = []
        harap = QGroupBox(self.tr("Dengan hormat harap:"))
        grid = QGridLayout(harap)
        for position, instruction in enumerate(DEFAULT_INSTRUCTIONS):
            box = QCheckBox(ui_labels.instruction(instruction))
            box.setAccessibleName(box.text())
            box.setChecked(instruction == "Proses lebih lanjut")
            self.instructions.append(box)
            grid.addWidget(box, position // 2, position % 2)
        self.catatan = QPlainTextEdit()
        self.catatan.setAccessibleName(self.tr("Catatan"))
        self.catatan.setPlaceholderText(self.tr("Catatan untuk yang menerima disposisi"))
        self.catatan.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setObjectName("dispositionError")
        self.error.setStyleSheet("color: #a4161a;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Diteruskan kepada:"), self.recipients)
        form.addRow(self.tr("S&ifat:"), self.sifat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan dan cetak"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        self.letter = AttachmentButtons(context, request_id, self)
        layout = QVBoxLayout(self)
        layout.addLayout(letter)
        letter_row = QHBoxLayout()
        letter_row.addWidget(QLabel(self.tr("Surat:")))
        letter_row.addWidget(self.letter, 1)
        layout.addLayout(letter_row)
        layout.addLayout(form)
        layout.addWidget(harap)
        catatan_label = QLabel(self.tr("&Catatan:"))
        catatan_label.setBuddy(self.catatan)
        layout.addWidget(catatan_label)
        layout.addWidget(self.catatan)
        layout.addWidget(self.error)
        # Wide enough that the letter's wrapped lines and each recipient's name and roles read
        # whole (at its bare size hint they overlap); well inside a 1280-pixel screen.
        self.setMinimumWidth(640)
        layout.addWidget(buttons)

    def chosen_recipients(self) -> list[str]:
        """The ticked people's user names, in the list's order (operators first)."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.recipients.item(i) for i in range(self.recipients.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_instructions(self) -> list[str]:
        # The stored text, not box.text(): some desktop styles add "&" accelerators to it.
        return [
            DEFAULT_INSTRUCTIONS[i] for i, box in enumerate(self.instructions) if box.isChecked()
        ]

    def submit(self) -> None:
        """Record (completing step 2), then print the sheet; an error stays in the form."""
        if not self.chosen_recipients():
            self.error.setText(self.tr("Centang minimal satu penerima disposisi."))
            return
        if not self.chosen_instructions():
            self.error.setText(
                self.tr("Pilih minimal satu petunjuk \u201cDengan hormat harap\u201d.")
            )
            return
        try:
            self.recorded = self._context.dispositions.record(
                self._actor,
                self.request_id,
                to_username=self.chosen_recipients(),
                instructions=self.chosen_instructions(),
                catatan=self.catatan.toPlainText(),
                sifat=str(self.sifat.currentData()),
            )
        except JdihError as error:
            self.error.setText(str(error))
            return
        hub.announce(self._context, hub.REQUESTS)
        if self.print_after and self.parentWidget() is not None:
            parent = self.parentWidget()
            assert parent is not None
            print_disposition(parent, self._context, self.request_id)
        self.accept()
