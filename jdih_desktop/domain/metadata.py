"""A decree's JDIH metadata (DOMAIN.md §4): what the archive stores and a site publishes.

Plain values, validated here once, so the reader's drafts, the wizard's form, the import
command and the publishers all agree on what a complete record is.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import msg

STATUSES = ("berlaku", "tidak_berlaku")
RELATION_KINDS = ("mencabut", "dicabut", "mengubah", "diubah")
DEFAULT_JENIS = "Keputusan Komisi Pemilihan Umum Kabupaten"


@dataclass(frozen=True)
class StatusRelation:
    kind: str  # mencabut | dicabut | mengubah | diubah
    target_text: str
    target_document_id: int | None = None
    relation_date: date | None = None
    note: str = ""


@dataclass(frozen=True)
class DecreeMetadata:
    judul: str
    nomor: str
    tahun: int
    jenis: str = DEFAULT_JENIS
    bentuk: str = "KEPUTUSAN"
    tempat_penetapan: str = ""
    tanggal_penetapan: date | None = None
    tanggal_pengundangan: date | None = None
    sumber: str = "-"
    teu_badan: str = ""
    penandatangan: str = ""
    pemrakarsa: str = ""
    bahasa: str = "Indonesia"
    bidang_hukum: str = "Hukum Tata Negara"
    urusan_pemerintahan: str = ""
    subjek: tuple[str, ...] = ()
    status: str = "berlaku"
    lokasi: str = ""
    is_salinan: bool = True
    physical_location: str = ""
    relations: tuple[StatusRelation, ...] = field(default_factory=tuple)

    def validated(self) -> DecreeMetadata:
        """This record with whitespace tidied, or a clear error naming the first bad field."""
        tidy = replace(
            self,
            judul=" ".join(self.judul.split()),
            nomor=" ".join(self.nomor.split()),
            jenis=" ".join(self.jenis.split()),
            subjek=tuple(s.strip().upper() for s in self.subjek if s.strip()),
        )
        problems = [
            (not tidy.judul, "judul", "the title"),
            (not tidy.nomor, "nomor", "the number"),
            (not tidy.jenis, "jenis", "the type"),
            (not 1945 <= tidy.tahun <= 2100, "tahun", "the year"),
            (tidy.status not in STATUSES, "status", "the status"),
        ]
        for bad, field_id, field_en in problems:
            if bad:
                raise ValidationError(
                    msg(
                        "Metadata keputusan tidak lengkap atau tidak sah: {field}.",
                        "The decree metadata is incomplete or invalid: {field_en}.",
                        field=field_id,
                        field_en=field_en,
                    )
                )
        if tidy.tanggal_penetapan and tidy.tanggal_penetapan.year != tidy.tahun:
            raise ValidationError(
                msg(
                    "Tanggal penetapan {day} tidak sesuai dengan tahun {year}.",
                    "The enactment date {day} does not match the year {year}.",
                    day=tidy.tanggal_penetapan.isoformat(),
                    year=tidy.tahun,
                )
            )
        for relation in tidy.relations:
            if relation.kind not in RELATION_KINDS:
                raise ValidationError(
                    msg(
                        "Jenis hubungan status {kind!r} tidak dikenal.",
                        "Unknown status relation {kind!r}.",
                        kind=relation.kind,
                    )
                )
        return tidy
