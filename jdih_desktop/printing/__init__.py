"""Printed documents (reportlab): disposition sheet, abstract, receipt, SOP compliance report,
archive register.

A service layer without Qt or SQLAlchemy: callers pass the plain dataclasses of
:mod:`jdih_desktop.printing.data`, get PDF bytes back and save them with :func:`save_pdf`
(temp file + rename). Fonts are embedded (DejaVu Sans from ``resources/fonts``).
"""

from jdih_desktop.printing.abstract import render_abstract
from jdih_desktop.printing.archive_register import render_archive_register
from jdih_desktop.printing.data import (
    DEFAULT_INSTRUCTIONS,
    AbstractSheet,
    ArchiveEntry,
    ArchiveRegister,
    DispositionSheet,
    LateItem,
    Letterhead,
    Receipt,
    Signatory,
    SlaReport,
    SlaRow,
    Urgency,
)
from jdih_desktop.printing.disposition import render_disposition
from jdih_desktop.printing.errors import PrintingError
from jdih_desktop.printing.fonts import default_logo_path, default_resources_dir, register_fonts
from jdih_desktop.printing.output import save_pdf
from jdih_desktop.printing.paper import A4, A5, F4, HALF_F4, PAPERS, Paper, paper_by_key
from jdih_desktop.printing.qr import parse_qr_payload, qr_payload
from jdih_desktop.printing.receipt import render_receipt
from jdih_desktop.printing.sla_report import render_sla_report

__all__ = [
    "A4",
    "A5",
    "DEFAULT_INSTRUCTIONS",
    "F4",
    "HALF_F4",
    "PAPERS",
    "AbstractSheet",
    "ArchiveEntry",
    "ArchiveRegister",
    "DispositionSheet",
    "LateItem",
    "Letterhead",
    "Paper",
    "PrintingError",
    "Receipt",
    "Signatory",
    "SlaReport",
    "SlaRow",
    "Urgency",
    "default_logo_path",
    "default_resources_dir",
    "paper_by_key",
    "parse_qr_payload",
    "qr_payload",
    "register_fonts",
    "render_abstract",
    "render_archive_register",
    "render_disposition",
    "render_receipt",
    "render_sla_report",
    "save_pdf",
]
