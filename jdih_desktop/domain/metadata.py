"""A decree's JDIH metadata (DOMAIN.md §4): what the archive stores and a site publishes.

Plain values, validated here once, so the reader's drafts, the wizard's form, the import
command and the publishers all agree on what a complete record is.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

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
        _check_shapes(self)
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


# The longest value each text field may hold (the archive's column sizes); judul and the
# location texts are free text but still bounded, so a hostile import cannot bloat the archive.
MAX_LENGTHS: dict[str, int] = {
    "judul": 4000,
    "nomor": 120,
    "jenis": 200,
    "bentuk": 60,
    "tempat_penetapan": 100,
    "sumber": 200,
    "teu_badan": 200,
    "penandatangan": 200,
    "pemrakarsa": 200,
    "bahasa": 40,
    "bidang_hukum": 100,
    "urusan_pemerintahan": 100,
    "status": 20,
    "lokasi": 200,
    "physical_location": 200,
}
MAX_SUBJECTS = 20
MAX_SUBJECT_LENGTH = 200
MAX_RELATIONS = 50


def _invalid(field_id: str, field_en: str, why_id: str, why_en: str) -> ValidationError:
    return ValidationError(
        msg(
            "Metadata keputusan tidak sah: {field} {why}.",
            "The decree metadata is invalid: {field_en} {why_en}.",
            field=field_id,
            field_en=field_en,
            why=why_id,
            why_en=why_en,
        )
    )


def _has_control(text: str) -> bool:
    """Control characters (NUL, escape codes, ...) never belong in a decree's metadata."""
    return any(unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in "\t\n\r" for c in text)


def _check_text(name: str, value: Any, limit: int) -> None:
    if not isinstance(value, str):
        raise _invalid(name, name, "harus berupa teks", "must be text")
    if len(value) > limit:
        raise _invalid(
            name, name, f"lebih dari {limit} karakter", f"is longer than {limit} characters"
        )
    if _has_control(value):
        raise _invalid(name, name, "memuat karakter kendali", "contains control characters")


def _check_shapes(meta: DecreeMetadata) -> None:
    """Types, lengths and characters, before any rule looks at the values (input may come from
    an imported file, not only from the typed form)."""
    for name, limit in MAX_LENGTHS.items():
        _check_text(name, getattr(meta, name), limit)
    if type(meta.tahun) is not int:
        raise _invalid("tahun", "the year", "harus berupa angka", "must be a number")
    for name in ("tanggal_penetapan", "tanggal_pengundangan"):
        value = getattr(meta, name)
        if value is not None and not isinstance(value, date):
            raise _invalid(name, name, "bukan tanggal yang sah", "is not a valid date")
    if not isinstance(meta.is_salinan, bool):
        raise _invalid("is_salinan", "is_salinan", "harus ya/tidak", "must be yes/no")
    if not isinstance(meta.subjek, tuple | list) or len(meta.subjek) > MAX_SUBJECTS:
        raise _invalid(
            "subjek", "the subjects", f"paling banyak {MAX_SUBJECTS}", f"at most {MAX_SUBJECTS}"
        )
    for term in meta.subjek:
        _check_text("subjek", term, MAX_SUBJECT_LENGTH)
    if not isinstance(meta.relations, tuple | list) or len(meta.relations) > MAX_RELATIONS:
        raise _invalid("relations", "the relations", "tidak sah", "are invalid")
    for relation in meta.relations:
        if not isinstance(relation, StatusRelation):
            raise _invalid("relations", "the relations", "tidak sah", "are invalid")
        _check_text("relations", relation.kind, 20)
        _check_text("relations", relation.target_text, 300)
        _check_text("relations", relation.note, 2000)
        if relation.relation_date is not None and not isinstance(relation.relation_date, date):
            raise _invalid("relations", "the relations", "bukan tanggal yang sah", "is not a date")
