"""The letter in front of whoever acts on it: a request's attachments (nota dinas, salinan SK)
as buttons that open them in the app's PDF viewer.

The Kasubag disposes with the letter open, the operator checks the salinan before scanning;
an image attachment opens in the system's viewer (the app's viewer shows PDFs).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from jdih_desktop.context import AppContext
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.ui import labels
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.print_preview import PrintPreviewDialog, show_pdf
from jdih_desktop.workflow.attachments import AttachmentView


def open_attachment(
    parent: QWidget, context: AppContext, attachment: AttachmentView
) -> PrintPreviewDialog | None:
    """Show the stored (hash-verified) file; None when it went to the system viewer."""
    try:
        path = context.attachments.path(attachment)
    except JdihError as error:
        show_error(parent, error)
        return None
    title = f"{labels.attachment_kind(attachment.kind)} — {attachment.file_name}"
    if path.suffix.lower() == ".pdf" or attachment.file_name.lower().endswith(".pdf"):
        return show_pdf(parent, path.read_bytes(), title, attachment.file_name)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return None


class AttachmentButtons(QWidget):
    """One "Lihat …" button per attachment of a request (or a note that there is none)."""

    def __init__(self, context: AppContext, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self.buttons: list[QPushButton] = []
        self.viewer: PrintPreviewDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.items = context.attachments.list(request_id)
        for attachment in self.items:
            button = QPushButton(
                self.tr("Lihat {kind}").format(kind=labels.attachment_kind(attachment.kind))
            )
            button.setToolTip(attachment.file_name)
            button.clicked.connect(lambda _c=False, a=attachment: self.show_attachment(a))
            self.buttons.append(button)
            row.addWidget(button)
        if not self.items:
            row.addWidget(QLabel(self.tr("(belum ada berkas)")))
        row.addStretch(1)

    def show_attachment(self, attachment: AttachmentView) -> PrintPreviewDialog | None:
        self.viewer = open_attachment(self, self._context, attachment)
        return self.viewer
