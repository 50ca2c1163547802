"""From an archived decree to the :class:`PublicationItem` a publisher takes.

The archive is read through a narrow protocol (``get`` + ``file_path``) so the outbox depends
on what it needs and not on how the archive stores decrees. Paths come from the archive's
verified store, and each file's SHA-256 is the archive's: what the site must serve back.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.publishing.errors import PermanentPublishError
from jdih_desktop.publishing.model import PublicationItem

MAIN_ROLE = "main"
#: Issue #22: the redacted public copy, present only when the operator chose to publish it;
#: then it is what the site gets and what the proof of publication is made on.
PUBLIC_ROLE = "public"
ABSTRACT_ROLE = "abstract"
_STATUS_TEXT = {"berlaku": "Berlaku", "tidak_berlaku": "Tidak Berlaku"}


class ArchivedFileLike(Protocol):
    @property
    def role(self) -> str: ...
    @property
    def sha256(self) -> str: ...


class DocumentLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def metadata(self) -> DecreeMetadata: ...
    @property
    def singkatan_jenis(self) -> str: ...
    @property
    def ildis_jenis_id(self) -> int | None: ...
    @property
    def updated_at(self) -> datetime: ...
    def file(self, role: str) -> ArchivedFileLike | None: ...


class ArchiveReader(Protocol):
    """What the outbox needs of ``documents.archive.ArchiveService``."""

    def get(self, document_id: int) -> DocumentLike: ...
    def file_path(self, document_id: int, role: str = "main") -> Path: ...


def published_role(view: DocumentLike) -> str:
    """The file role that goes to the site: the chosen public copy, else the main file."""
    return PUBLIC_ROLE if view.file(PUBLIC_ROLE) is not None else MAIN_ROLE


def main_sha256(view: DocumentLike) -> str:
    archived = view.file(published_role(view))
    if archived is None:
        raise PermanentPublishError(
            msg(
                "Keputusan {id} belum punya PDF utama; pindai atau impor dulu.",
                "Decree {id} has no main PDF yet; scan or import it first.",
                id=view.id,
            )
        )
    return archived.sha256


def publication_item(
    archive: ArchiveReader, document_id: int, teu_badan: str = ""
) -> PublicationItem:
    """The decree as a site should show it; ``teu_badan`` fills a record that has none."""
    view = archive.get(document_id)
    meta = view.metadata
    main_sha = main_sha256(view)
    if meta.tanggal_penetapan is None:
        raise PermanentPublishError(
            msg(
                "Keputusan {nomor} belum punya tanggal penetapan; situs JDIH mewajibkannya.",
                "Decree {nomor} has no date of enactment; the JDIH site requires one.",
                nomor=meta.nomor,
            )
        )
    abstract = view.file(ABSTRACT_ROLE)
    return PublicationItem(
        document_id=str(view.id),
        jenis=meta.jenis,
        singkatan_jenis=view.singkatan_jenis,
        bentuk=meta.bentuk,
        judul=meta.judul,
        nomor=meta.nomor,
        tahun=meta.tahun,
        tempat_penetapan=meta.tempat_penetapan,
        tanggal_penetapan=meta.tanggal_penetapan,
        main_pdf=archive.file_path(view.id, published_role(view)),
        main_sha256=main_sha,
        last_updated=view.updated_at,
        ildis_jenis_id=view.ildis_jenis_id,
        tanggal_pengundangan=meta.tanggal_pengundangan,
        penandatangan=meta.penandatangan,
        pemrakarsa=meta.pemrakarsa,
        sumber=meta.sumber or "-",
        bahasa=meta.bahasa or "Indonesia",
        bidang_hukum=meta.bidang_hukum,
        urusan_pemerintahan=meta.urusan_pemerintahan,
        teu_badan=meta.teu_badan or teu_badan,
        subjek=tuple(meta.subjek),
        status=_STATUS_TEXT.get(meta.status, meta.status),
        abstract_pdf=archive.file_path(view.id, ABSTRACT_ROLE) if abstract else None,
        abstract_sha256=abstract.sha256 if abstract else None,
    )
