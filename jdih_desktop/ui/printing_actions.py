"""Print buttons shared by the request screens: render the PDF off the GUI thread, then preview.

Rendering a sheet with its letterhead and fonts takes a noticeable moment, so it runs as a
:class:`~jdih_desktop.ui.jobs.Job`; the preview opens when the bytes are ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jdih_desktop.context import AppContext
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job, run_job
from jdih_desktop.ui.print_preview import show_pdf


def _preview(parent: QWidget, render: Callable[[], bytes], title: str, file_name: str) -> Job:
    """Render in the background; the preview (a child of ``parent``) opens when ready."""

    def opened(pdf: object) -> None:
        assert isinstance(pdf, bytes)
        show_pdf(parent, pdf, title, file_name)

    return run_job(
        parent, lambda _progress, _token: render(), opened, lambda e: show_error(parent, e)
    )


def print_receipt(parent: QWidget, context: AppContext, request_id: int) -> Job:
    title = QCoreApplication.translate("printing", "Tanda terima permohonan")
    return _preview(
        parent,
        lambda: context.printer.receipt(request_id),
        title,
        f"tanda-terima-{request_id}.pdf",
    )


def print_disposition(parent: QWidget, context: AppContext, request_id: int) -> Job:
    title = QCoreApplication.translate("printing", "Lembar disposisi")
    return _preview(
        parent,
        lambda: context.printer.disposition(request_id),
        title,
        f"lembar-disposisi-{request_id}.pdf",
    )
