"""Bring a decree PDF into the archive: validate, read its text, extract fields, draft the abstract.

The clerk's file is only ever read. A repaired or OCR'd copy becomes the archive's *main* file
and the untouched bytes are stored beside it as *original* (always, so the original survives a
later replacement of the main file). Everything that can refuse the import — validation, the
metadata check, the request link — runs before the first byte enters the store, and the rows,
index entry, abstract draft and request link are written in one unit of work.

OCR runs when the PDF has no text layer, or when a scan's own OCR layer is so poor that the
reader found no heading in it (:mod:`documents.reading.layer_choice`); when Tesseract is not
installed the decree is stored without text and the result carries a note saying so (the
caller shows it).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdih_desktop.documents.archive.archive import ArchiveService, DocumentView
from jdih_desktop.documents.errors import OcrFailedError, OcrUnavailableError
from jdih_desktop.documents.pdf.line_reread import reread_lines
from jdih_desktop.documents.pdf.ocr import OcrOptions, check_ocr_available, ocr_pdf
from jdih_desktop.documents.pdf.ocr_layer import has_ocr_layer
from jdih_desktop.documents.pdf.pdf_import import PdfInspection, repair_pdf, validate_import
from jdih_desktop.documents.pdf.pdf_metadata import stamp_metadata
from jdih_desktop.documents.pdf.text import PageText, extract_text
from jdih_desktop.documents.reading.abstract_draft import draft_abstract, subjects
from jdih_desktop.documents.reading.after_reading import AfterReading, after_reading
from jdih_desktop.documents.reading.layer_choice import layer_needs_own_ocr, own_ocr_is_better
from jdih_desktop.documents.reading.reader import DecreeExtraction, read_decree
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.metadata import DEFAULT_JENIS, DecreeMetadata
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.jobs import CancelToken, ProgressFn, no_progress
from jdih_desktop.signatures.unsigned_copy import unsigned_copy
from jdih_desktop.signatures.verify import is_signed
from jdih_desktop.storage.filestore import sha256_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

TEXT_LAYER, OCR, NO_TEXT = "text", "ocr", "none"
SIGNED_NOTE = msg(
    "PDF bertanda tangan elektronik: disimpan apa adanya (tidak diperbaiki atau di-OCR) agar "
    "tanda tangannya tetap sah.",
    "Electronically signed PDF: stored as it is (not repaired or OCR'd) so its signature "
    "stays valid.",
)
#: A fresh scratch folder for one piece of work, removed afterwards (``TempArea.scratch``).
OWN_OCR_NOTE = msg(
    "Lapisan teks OCR bawaan pindaian tidak terbaca; teks dibaca ulang dengan OCR aplikasi.",
    "The scan's own OCR text layer was unreadable; the text was read again with the app's OCR.",
)
Scratch = Callable[[str], contextlib.AbstractContextManager[Path]]


@contextlib.contextmanager
def system_scratch(prefix: str) -> Iterator[Path]:
    """The system temp folder: for callers without a data folder (tests, ``read_pdf``)."""
    with tempfile.TemporaryDirectory(prefix=prefix) as work:
        yield Path(work)


#: Fields a caller may set by hand (``--nomor`` …) over what the reader found.
OVERRIDABLE = frozenset(f.name for f in dataclasses.fields(DecreeMetadata)) - {"relations"}


@dataclass(frozen=True)
class IntakeReading:
    """What was read from one PDF, before anything is stored."""

    file_name: str
    sha256: str
    inspection: PdfInspection
    pages: tuple[PageText, ...]
    text_source: str  # text | ocr | none
    extraction: DecreeExtraction
    notes: tuple[Msg, ...]  # repaired, OCR unavailable/failed: for the clerk to read
    derived: Path | None = None  # the repaired/OCR'd copy (lives as long as the work folder)
    source: Path | None = None  # the file read (what :meth:`DocumentIntake.commit` stores)
    signed: bool = False  # issue #22: an e-signed PDF is stored as its original bytes

    @property
    def body_text(self) -> str:
        """The text layer, pages separated by form feeds (the reader's own input format)."""
        return "\f".join("\n".join(page.lines) for page in self.pages)


@dataclass(frozen=True)
class ImportOutcome:
    document: DocumentView
    reading: IntakeReading
    abstract: Abstract
    duplicates: tuple[DocumentView, ...]
    warnings: tuple[Msg, ...]


def metadata_from(
    extraction: DecreeExtraction, overrides: Mapping[str, Any] | None = None
) -> tuple[DecreeMetadata, tuple[Msg, ...]]:
    """The archive record the reader's fields make, with the caller's corrections on top.

    Raises :class:`ValidationError` naming what could not be read (number, year, title) and
    how to give it by hand.
    """
    overrides = dict(overrides or {})
    unknown = set(overrides) - OVERRIDABLE
    if unknown:
        raise ValueError(f"unknown metadata fields: {sorted(unknown)}")
    found: dict[str, Any] = {
        "jenis": extraction.jenis.value if extraction.jenis else DEFAULT_JENIS,
        "nomor": extraction.nomor.value if extraction.nomor else "",
        "tahun": extraction.tahun.value if extraction.tahun else 0,
        "judul": extraction.judul.value if extraction.judul else "",
        "tempat_penetapan": extraction.tempat_penetapan.value
        if extraction.tempat_penetapan
        else "",
        "tanggal_penetapan": extraction.tanggal_penetapan.value
        if extraction.tanggal_penetapan
        else None,
        "penandatangan": extraction.penandatangan.value if extraction.penandatangan else "",
        "teu_badan": extraction.pembuat.value if extraction.pembuat else "",
        "is_salinan": extraction.salinan.value if extraction.salinan else True,
        "subjek": subjects(extraction),
    }
    found.update(overrides)
    missing = [name for name in ("nomor", "tahun", "judul") if not found[name]]
    if missing:
        raise ValidationError(
            msg(
                "Tidak terbaca dari teks PDF: {fields}. Isi dengan tangan (mis. --nomor, "
                "--tahun, --judul); tidak ada yang disimpan.",
                "Could not be read from the PDF's text: {fields}. Give them by hand (e.g. "
                "--nomor, --tahun, --judul); nothing was stored.",
                fields=", ".join(missing),
            )
        )
    warnings: list[Msg] = []
    day = found["tanggal_penetapan"]
    if day is not None and day.year != found["tahun"] and "tanggal_penetapan" not in overrides:
        warnings.append(
            msg(
                "Tanggal penetapan terbaca {day} tidak sesuai tahun {year}; dikosongkan.",
                "The enactment date read ({day}) does not match the year {year}; left empty.",
                day=day.isoformat(),
                year=found["tahun"],
            )
        )
        found["tanggal_penetapan"] = None
    return DecreeMetadata(**found).validated(), tuple(warnings)


def _read(
    path: Path,
    work: Path,
    *,
    options: OcrOptions,
    ocr: bool,
    progress: ProgressFn,
    cancel: CancelToken | None,
) -> IntakeReading:
    if not path.is_file():
        raise NotFoundError(
            msg("Berkas {path} tidak ditemukan.", "The file {path} does not exist.", path=str(path))
        )
    inspection = validate_import(path)
    sha = sha256_of(path)
    notes: list[Msg] = []
    derived: Path | None = None
    # Issue #22: repairing or OCR'ing a signed PDF in place breaks its signature. Its main copy
    # stays the original bytes; OCR text, when needed, only feeds the body text beside it.
    signed = is_signed(path)
    if signed:
        notes.append(SIGNED_NOTE)
    if inspection.needs_repair and not signed:
        derived = repair_pdf(path, work / "repaired.pdf")
        notes.append(
            msg(
                "Struktur PDF rusak dan diperbaiki; berkas asli disimpan utuh di sampingnya.",
                "The PDF's structure was damaged and repaired; the original is kept beside.",
            )
        )
    source = derived or path
    pages = tuple(extract_text(source))
    text_source = TEXT_LAYER if any(not p.is_empty for p in pages) else NO_TEXT
    # A scan that came with its own OCR layer is OCR text all the same.
    ocr_layer = text_source == TEXT_LAYER and has_ocr_layer(source)
    extraction = read_decree(pages, ocr=text_source == OCR or ocr_layer)
    if text_source == NO_TEXT and ocr:
        # OCRmyPDF's and Tesseract's own scratch files go in the work folder too.
        options = dataclasses.replace(options, temp_dir=work)
        try:
            check_ocr_available(options)
            if signed:  # issue #22: OCR a copy; the signed original is never rewritten
                source = unsigned_copy(path, work / "unsigned.pdf")
                options = dataclasses.replace(options, pdfa=False)  # text only, never stored
            result = ocr_pdf(
                source, work / "ocr.pdf", options=options, progress=progress, cancel=cancel
            )
            derived = None if signed else result.path
            pages = tuple(extract_text(result.path))
            text_source = OCR if any(not p.is_empty for p in pages) else NO_TEXT
            extraction = read_decree(pages, ocr=True)
        except (OcrUnavailableError, OcrFailedError) as exc:
            # Both messages say the decree is kept without a text layer.
            notes.append(exc.message)
    elif text_source == NO_TEXT:
        notes.append(
            msg("PDF tanpa lapisan teks; OCR tidak dijalankan.", "No text layer; OCR not run.")
        )
    elif ocr and ocr_layer and not signed and layer_needs_own_ocr(extraction):
        # A publisher's layer whose heading the reader could not find: read it with ours
        # (OCRmyPDF's "redo" mode replaces the invisible layer, keeps the picture).
        options = dataclasses.replace(options, temp_dir=work)
        try:
            check_ocr_available(options)
            result = ocr_pdf(
                source, work / "ocr.pdf", options=options, progress=progress, cancel=cancel
            )
            own_pages = tuple(extract_text(result.path))
            own = read_decree(own_pages, ocr=True)
            if own_ocr_is_better(extraction, own):
                pages, extraction, text_source, derived = own_pages, own, OCR, result.path
                notes.append(OWN_OCR_NOTE)
        except (OcrUnavailableError, OcrFailedError) as exc:
            log.info("own OCR of a poor OCR layer not used: %s", exc.message)
    return IntakeReading(
        file_name=path.name,
        sha256=sha,
        inspection=inspection,
        pages=pages,
        text_source=text_source,
        extraction=extraction,
        notes=tuple(notes),
        derived=derived,
        source=path,
        signed=signed,
    )


def read_pdf(
    path: Path,
    *,
    options: OcrOptions | None = None,
    ocr: bool = True,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    scratch: Scratch = system_scratch,
) -> IntakeReading:
    """Validate and read ``path`` (OCR'ing it when it has no text) without storing anything."""
    with scratch("jdih-read-") as work:
        reading = _read(
            path,
            work,
            options=options or OcrOptions(),
            ocr=ocr,
            progress=progress,
            cancel=cancel,
        )
    return dataclasses.replace(reading, derived=None)


def _date_lines(
    reading: IntakeReading, ocr_text: bool
) -> Callable[[int], Sequence[Sequence[str]]] | None:
    """How a page's date lines are read again for ``reading`` (:mod:`documents.pdf.line_reread`),
    or None for a born-digital layer: there is no picture to look at."""
    pdf = reading.derived or reading.source
    if pdf is None or not (
        reading.text_source == OCR
        or (reading.text_source == TEXT_LAYER and (ocr_text or has_ocr_layer(pdf)))
    ):
        return None

    def lines(page: int) -> Sequence[Sequence[str]]:
        try:
            return reread_lines(pdf, page)
        except (OSError, subprocess.SubprocessError, ValueError, RuntimeError) as exc:
            # No Tesseract, a page pdfium cannot render: the date stays for the clerk to type.
            log.info("date line not read again: %s", exc)
            return []

    return lines


class DocumentIntake:
    """Import (and read without storing) decree PDFs for the CLI and the GUI wizard.

    An import is two halves: :meth:`read` (validate, read the text, extract the fields; nothing
    stored) and :meth:`commit` (the decree, its files, abstract and request link in one unit of
    work). :meth:`import_pdf` is both for a file on disk; the scan wizard reads when it
    analyses and commits what it read when the clerk stores.
    """

    def __init__(
        self,
        archive: ArchiveService,
        ocr_options: OcrOptions | None = None,
        scratch: Scratch = system_scratch,
    ) -> None:
        """``scratch``: where repaired, OCR'd and stamped copies are made (the data folder's
        temp area in the app, so a killed import leaves nothing the next start cannot sweep)."""
        self._archive = archive
        self._ocr = ocr_options or OcrOptions()
        self._scratch = scratch

    def read(
        self,
        path: Path,
        *,
        ocr: bool = True,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        work: Path | None = None,
        ocr_text: bool = False,
    ) -> IntakeReading:
        """Validate and read ``path`` without storing anything (``jdih extract``).

        With ``work`` (a folder the caller keeps) a repaired or OCR'd copy stays there and the
        reading can be committed later; without it the copy is dropped with its temp folder.
        ``ocr_text``: the file's text layer is our own OCR of a scan (the scan wizard OCRs
        before it reads), so the reader treats it as OCR text, not as a born-digital layer.
        """
        if work is None:
            reading = read_pdf(
                path,
                options=self._ocr,
                ocr=ocr,
                progress=progress,
                cancel=cancel,
                scratch=self._scratch,
            )
        else:
            work.mkdir(parents=True, exist_ok=True)
            reading = _read(
                path, work, options=self._ocr, ocr=ocr, progress=progress, cancel=cancel
            )
        if ocr_text and reading.text_source == TEXT_LAYER:
            reading = dataclasses.replace(reading, extraction=read_decree(reading.pages, ocr=True))
        sources = AfterReading(
            signers=self._archive.signers,
            signers_of=self._archive.signers_of,
            # Tesseract may run: a lost stamped date gets a closer look.
            date_lines=_date_lines(reading, ocr_text) if ocr or ocr_text else None,
        )
        return dataclasses.replace(reading, extraction=after_reading(reading.extraction, sources))

    def check(
        self,
        reading: IntakeReading,
        overrides: Mapping[str, Any] | None = None,
        *,
        refuse_duplicates: bool = False,
    ) -> tuple[DecreeMetadata, tuple[DocumentView, ...], tuple[Msg, ...]]:
        """The record a reading makes (with the caller's corrections), its duplicates, warnings.

        Raises :class:`ValidationError` (nothing stored) when number, year or title are missing,
        or, with ``refuse_duplicates``, when the decree is already archived.
        """
        try:
            metadata, warnings = metadata_from(reading.extraction, overrides)
        except ValidationError as exc:
            # Say why nothing was read (no text layer, OCR missing) with what is missing.
            raise ValidationError(joined((*reading.notes, exc.message))) from exc
        duplicates = tuple(self._archive.duplicates(metadata, reading.sha256))
        if duplicates:
            warning = duplicate_warning(duplicates)
            if refuse_duplicates:
                raise ValidationError(warning)
            warnings += (warning,)
        return metadata, duplicates, warnings

    def draft_abstract(self, reading: IntakeReading, metadata: DecreeMetadata) -> Abstract:
        """The abstract the reader drafts for this decree (the clerk finishes it)."""
        return draft_abstract(
            reading.extraction,
            singkatan_jenis=self._archive.jenis_abbreviation(metadata.jenis),
            pages=reading.inspection.page_count,
            extra_subjects=[s for s in metadata.subjek if s not in subjects(reading.extraction)],
        )

    def commit(
        self,
        actor: Actor,
        reading: IntakeReading,
        metadata: DecreeMetadata,
        abstract: Abstract,
        *,
        abstract_state: str = "draft",
        request_id: int | None = None,
        scan_draft_id: str | None = None,
        within: Callable[[Session, int], None] | None = None,
    ) -> DocumentView:
        """Store what :meth:`read` read: the decree, its files, the abstract and request link.

        One unit of work with ``within`` (the caller's own writes, e.g. closing an SOP step):
        everything commits or nothing does.
        """
        if reading.source is None:
            raise ValueError("a reading without its file cannot be committed")
        if abstract_state == "final":
            abstract.validate()  # refused before any byte enters the store
        main = reading.derived or reading.source
        with self._scratch("jdih-stamp-") as stamp_dir:
            document = self._archive.create(
                actor,
                metadata,
                # The stored copy carries the record in its XMP/DocInfo; the original stays as
                # it is (and a signed PDF is never rewritten: stamp_metadata leaves it alone).
                main_pdf=stamp_metadata(main, stamp_dir / "main.pdf", metadata) or main,
                file_name=reading.file_name,
                original=reading.source,
                page_count=reading.inspection.page_count,
                body_text=reading.body_text,
                abstract=abstract,
                abstract_state=abstract_state,
                request_id=request_id,
                scan_draft_id=scan_draft_id,
                within=within,
            )
        log.info(
            "imported %s as decree %d (%s)", reading.file_name, document.id, reading.text_source
        )
        return document

    def import_pdf(
        self,
        actor: Actor,
        path: Path,
        *,
        overrides: Mapping[str, Any] | None = None,
        request_id: int | None = None,
        refuse_duplicates: bool = False,
        ocr: bool = True,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportOutcome:
        """Store ``path`` as a decree with its draft abstract; warn about duplicates.

        Bad input (not a PDF, encrypted, corrupt, unreadable fields) raises before anything is
        stored. With ``refuse_duplicates`` a duplicate raises too instead of only warning.
        """
        with self._scratch("jdih-import-") as work:
            reading = self.read(path, ocr=ocr, progress=progress, cancel=cancel, work=work)
            metadata, duplicates, warnings = self.check(
                reading, overrides, refuse_duplicates=refuse_duplicates
            )
            abstract = self.draft_abstract(reading, metadata)
            document = self.commit(actor, reading, metadata, abstract, request_id=request_id)
        return ImportOutcome(
            document=document,
            reading=dataclasses.replace(reading, derived=None),
            abstract=abstract,
            duplicates=duplicates,
            warnings=reading.notes + warnings,
        )


def joined(messages: tuple[Msg, ...]) -> Msg:
    """Several messages as one, in both languages."""
    return Msg(
        " ".join(m.render("id") for m in messages), " ".join(m.render("en") for m in messages)
    )


def duplicate_warning(duplicates: tuple[DocumentView, ...]) -> Msg:
    listed = "; ".join(
        f"{d.id}: {d.metadata.nomor} ({d.metadata.judul[:60]})" for d in duplicates[:5]
    )
    return msg(
        "Mungkin duplikat — keputusan tersimpan dengan nomor/tahun atau berkas yang sama: {list}",
        "Possible duplicate — stored decrees with the same number/year or file: {list}",
        list=listed,
    )
