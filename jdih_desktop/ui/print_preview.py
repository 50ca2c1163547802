"""Print preview of a generated PDF (receipt, disposition sheet, report…), with "Cetak…" and
"Simpan PDF…".

Every paper the app makes is a PDF first (the printing layer renders bytes), so one preview
serves them all: QtPdf shows the pages, printing renders each page through
``QPdfDocument.render`` into the printer at its resolution, and saving writes the same bytes
atomically.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.printing import save_pdf
from jdih_desktop.ui.screen_fit import fit_to_screen

RENDER_DPI = 300


class PrintPreviewDialog(QDialog):
    """Shows ``pdf`` (bytes) and lets the user print or save it."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str = "dokumen.pdf", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 860)
        self.pdf_bytes = pdf
        self._file_name = file_name
        # The buffer is the document's child, so it outlives the document's own clean-up:
        # pdfium reads from it until the document is closed (a sibling deleted first was a
        # use-after-free that corrupted the heap).
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self.document)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pratinjau dokumen"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        pages = QLabel(self.tr("{n} halaman").format(n=self.document.pageCount()))
        pages.setObjectName("pageCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setAccessibleName(self.tr("Cetak dokumen"))
        self.save_button = QPushButton(self.tr("&Simpan PDF…"))
        self.save_button.setAccessibleName(self.tr("Simpan sebagai PDF"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self.ask_save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(pages)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def _release(self) -> None:
        """Detach the view, then close the document, before Qt deletes them in any order."""
        if self.view.document() is not None:
            self.view.setDocument(None)  # type: ignore[arg-type]
            self.document.close()

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages (the dialog's range, else all) into ``printer``; pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage() or 1, printer.toPage() or count
        first, last = max(1, first), min(count, last)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            # 300 dpi is plenty for forms and scans, and keeps one A4 bitmap near 25 MB even
            # when the printer driver reports 1200 dpi.
            render_dpi = min(dpi, RENDER_DPI)
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                page = self.document.pagePointSize(number - 1)
                image = self.document.render(
                    number - 1,
                    QSize(
                        round(page.width() * render_dpi / 72),
                        round(page.height() * render_dpi / 72),
                    ),
                )
                size = QSize(round(page.width() * dpi / 72), round(page.height() * dpi / 72))
                scaled = size.scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(QPoint(0, 0), scaled), image)
                printed += 1
        finally:
            painter.end()
        return printed

    def ask_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF"), str(Path.home() / self._file_name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            self.save_to(Path(path))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Tidak dapat menyimpan"),
                self.tr("Berkas {path} tidak dapat disimpan: {detail}").format(
                    path=path, detail=error.strerror or str(error)
                ),
            )

    def save_to(self, path: Path) -> Path:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        return save_pdf(self.pdf_bytes, path)


def show_pdf(parent: QWidget | None, pdf: bytes, title: str, file_name: str) -> PrintPreviewDialog:
    """Open the preview modelessly (the user may keep working beside it)."""
    dialog = PrintPreviewDialog(pdf, title, file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
