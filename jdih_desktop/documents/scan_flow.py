"""The scan wizard's heavy steps, without Qt: assemble → OCR → read, then store the decree.

The wizard runs these in background jobs; tests and scripts call them directly. Every result
is written into the draft (and the draft saved) before returning, so leaving the wizard at
any point keeps the work: a reopened draft starts from the last finished step.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from jdih_desktop.documents import status_links
from jdih_desktop.documents.abstract_draft import draft_abstract
from jdih_desktop.documents.abstracts import AbstractService
from jdih_desktop.documents.archive import ArchiveService, DocumentView
from jdih_desktop.documents.assembly import assemble_pdf
from jdih_desktop.documents.drafts import DraftStore, ScanDraft
from jdih_desktop.documents.errors import OcrFailedError, OcrUnavailableError
from jdih_desktop.documents.intake import DocumentIntake
from jdih_desktop.documents.jobs import CancelToken, ProgressFn
from jdih_desktop.documents.ocr import OcrOptions, check_ocr_available, ocr_pdf
from jdih_desktop.documents.pdfa import DocumentMetadata
from jdih_desktop.documents.reader import DecreeExtraction
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import Msg, msg

SCANNED = "dokumen.pdf"
SEARCHABLE = "dokumen-ocr.pdf"
#: The form's fields, in its order, and the reader's name for each.
FIELDS = (
    ("nomor", "nomor"),
    ("tahun", "tahun"),
    ("judul", "judul"),
    ("jenis", "jenis"),
    ("tempat_penetapan", "tempat_penetapan"),
    ("tanggal_penetapan", "tanggal_penetapan"),
    ("penandatangan", "penandatangan"),
    ("teu_badan", "pembuat"),
)


@dataclass(frozen=True)
class FieldReading:
    """A form field's suggested value, how sure the reader was, and where it was read."""

    value: str
    confidence: float | None  # None: not read from the document
    page: int | None = None
    line: int | None = None
    reason: str = ""  # why the reader doubts it (empty when sure)


@dataclass(frozen=True)
class Analysis:
    fields: dict[str, FieldReading]
    abstract: Abstract
    text: str
    notes: tuple[Msg, ...]
    pages: int


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def readings(extraction: DecreeExtraction) -> dict[str, FieldReading]:
    found: dict[str, FieldReading] = {}
    for name, source in FIELDS:
        field = getattr(extraction, source)
        found[name] = (
            FieldReading(_text(field.value), field.confidence, field.page, field.line, field.reason)
            if field is not None
            else FieldReading("", None)
        )
    return found


def abstract_to_dict(abstract: Abstract) -> dict[str, Any]:
    return dataclasses.asdict(abstract)


def abstract_from_dict(data: dict[str, Any]) -> Abstract:
    return Abstract(
        subjek=tuple(data.get("subjek", ())),
        tahun=data.get("tahun"),
        singkatan=str(data.get("singkatan", "")),
        judul=str(data.get("judul", "")),
        abstrak=tuple(data.get("abstrak", ())),
        catatan=tuple(data.get("catatan", ())),
    )


def analyse(
    drafts: DraftStore,
    draft: ScanDraft,
    intake: DocumentIntake,
    archive: ArchiveService,
    progress: ProgressFn,
    token: CancelToken,
    ocr_options: OcrOptions | None = None,
) -> Analysis:
    """Assemble the edited pages, add a text layer, read the decree; results into the draft."""
    folder = drafts.folder(draft)
    scanned = folder / SCANNED
    progress(0, "Menyusun PDF")
    result = assemble_pdf(
        drafts.entries(draft),
        scanned,
        metadata=DocumentMetadata(),
        progress=lambda p, text: progress(p * 30 // 100, text),
        cancel=token,
    )
    notes: list[Msg] = []
    target = scanned
    try:
        check_ocr_available(ocr_options)
        searchable = folder / SEARCHABLE
        ocr_pdf(
            scanned,
            searchable,
            options=ocr_options,
            progress=lambda p, text: progress(30 + p * 60 // 100, text),
            cancel=token,
        )
        target = searchable
    except (OcrUnavailableError, OcrFailedError) as exc:
        notes.append(exc.message)
    token.raise_if_cancelled()
    progress(92, "Membaca isi keputusan")
    reading = intake.read(target, ocr=False)
    extraction = reading.extraction
    jenis = extraction.jenis.value if extraction.jenis else ""
    abstract = draft_abstract(
        extraction,
        singkatan_jenis=archive.jenis_abbreviation(jenis) if jenis else None,
        pages=result.page_count,
    )
    if target != scanned:
        # The reader's own notes ("no text layer, OCR not run") describe a read without OCR.
        if not reading.body_text.strip():
            notes.append(
                msg(
                    "OCR tidak menemukan teks (halaman kosong atau hanya gambar); isi manual.",
                    "OCR found no text (blank or image-only pages); fill the fields by hand.",
                )
            )
    else:
        notes.extend(reading.notes)
    analysis = Analysis(
        fields=readings(extraction),
        abstract=abstract,
        text=reading.body_text,
        notes=tuple(notes),
        pages=result.page_count,
    )
    draft.pdf = target.name
    draft.text = analysis.text
    draft.metadata = {
        name: dataclasses.asdict(value) for name, value in analysis.fields.items()
    } | {"subjek": list(abstract.subjek)}
    draft.abstract = abstract_to_dict(abstract)
    draft.step = "metadata"
    drafts.save(draft)
    progress(100, "Selesai")
    return analysis


def store(
    drafts: DraftStore,
    draft: ScanDraft,
    intake: DocumentIntake,
    archive: ArchiveService,
    abstracts: AbstractService,
    actor: Actor,
    overrides: dict[str, Any],
    abstract: Abstract,
) -> DocumentView:
    """Put the decree into the archive with the checked metadata and the edited abstract.

    Idempotent for the draft: once stored, the same document is returned (a second click or a
    resumed draft never stores the decree twice).
    """
    if draft.document_id is not None:
        return archive.get(draft.document_id)
    pdf = drafts.folder(draft) / (draft.pdf or SCANNED)
    outcome = intake.import_pdf(
        actor, pdf, overrides=overrides, request_id=draft.request_id, ocr=False
    )
    abstracts.save(actor, outcome.document.id, abstract, state="final")
    status_links.confirm_saved(archive, actor, outcome.document.id, draft.metadata)
    draft.document_id = outcome.document.id
    draft.step = "publish"
    drafts.save(draft)
    return outcome.document
