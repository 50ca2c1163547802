"""What each printed document needs, as plain frozen dataclasses.

The printing layer knows nothing of the database: services map their records onto these.
Every text field may be None or empty; the form then prints a blank line to fill in by
hand, which is also how a blank form is printed. Dates are ``date`` objects (printed as
"14 Mei 2023"); instants are ``datetime`` objects, converted to the office's time zone
when they carry one and taken as office time when naive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path


class Urgency(StrEnum):
    """*Sifat* of a letter, in the order the disposition sheet lists the boxes."""

    SANGAT_SEGERA = "Sangat Segera"
    SEGERA = "Segera"
    RAHASIA = "Rahasia"
    BIASA = "Biasa"


#: The usual "Dengan hormat harap" lines of a KPU disposition sheet.
DEFAULT_INSTRUCTIONS: tuple[str, ...] = (
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasi/konfirmasikan",
    "Untuk diketahui",
    "Siapkan bahan/abstrak",
    "Unggah ke laman JDIH",
    "Simpan/arsipkan",
    "Bicarakan dengan saya",
)


@dataclass(frozen=True)
class Letterhead:
    """The office profile as it prints: the *kop surat* plus the place and zone of dates.

    ``name_lines`` print bold and centred, e.g. ("KOMISI PEMILIHAN UMUM", "KABUPATEN SOPPENG").
    ``logo_path`` may be None or point at a missing/unreadable file: the logo is then left out.
    ``city`` is where signatures are dated ("Watansoppeng, 14 Mei 2023"); ``timezone`` (IANA)
    is used to print aware datetimes in office time, with its WIB/WITA/WIT label.
    """

    name_lines: tuple[str, ...] = ()
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    logo_path: Path | None = None
    city: str | None = None
    timezone: str = "Asia/Makassar"


@dataclass(frozen=True)
class Signatory:
    """Who signs a block: *jabatan* (e.g. "Kepala Subbagian Hukum"), name and NIP."""

    title: str | None = None
    name: str | None = None
    nip: str | None = None


@dataclass(frozen=True)
class DispositionSheet:
    """One *lembar disposisi* (DOMAIN.md §8). Printed labels are given per field.

    ``forward_to_options`` and ``instruction_options`` are all the boxes printed;
    ``forward_to`` and ``instructions`` are the ticked ones (a ticked entry that is not an
    option is printed too, after the options). ``request_id`` goes into the QR code; None
    prints no code (e.g. a blank form).
    """

    sender: str | None = None  # Surat dari
    letter_number: str | None = None  # Nomor surat
    letter_date: date | None = None  # Tanggal surat
    received_at: date | datetime | None = None  # Diterima tanggal
    agenda_number: str | None = None  # Nomor agenda
    urgency: Urgency | None = None  # Sifat
    regarding: str | None = None  # Hal
    forward_to_options: tuple[str, ...] = ()  # Diteruskan kepada (boxes)
    forward_to: tuple[str, ...] = ()  # … ticked
    instruction_options: tuple[str, ...] = DEFAULT_INSTRUCTIONS  # Dengan hormat harap (boxes)
    instructions: tuple[str, ...] = ()  # … ticked
    notes: str | None = None  # Catatan
    deadline: date | datetime | None = None  # Batas waktu (from the SOP target)
    signatory: Signatory | None = None  # the Kasubag who dispositions
    initials: str | None = None  # Paraf (normally left blank and initialled by hand)
    signed_on: date | None = None  # Tanggal paraf
    request_id: str | int | None = None  # Permohonan id, carried by the QR code


@dataclass(frozen=True)
class AbstractSheet:
    """A decree abstract in the ILDIS/BPHN layout (DOMAIN.md §6).

    ``subjek`` are the keywords (printed upper case, joined by " - "); ``judul`` is the title
    without number and year; ``abstrak`` and ``catatan`` are the dash bullets.
    """

    subjek: tuple[str, ...] = ()
    tahun: str | int | None = None
    singkatan: str | None = None
    judul: str | None = None
    abstrak: tuple[str, ...] = ()
    catatan: tuple[str, ...] = ()


@dataclass(frozen=True)
class Receipt:
    """*Tanda terima* handed to the pengusul when a request is registered."""

    number: str | None = None  # Nomor tanda terima
    received_at: date | datetime | None = None
    submitter_name: str | None = None  # pengusul
    submitter_unit: str | None = None  # the pengusul's subsection or position
    regarding: str | None = None  # Hal
    items: tuple[str, ...] = ()  # documents received, one per line
    agenda_number: str | None = None
    expected_by: date | datetime | None = None  # publication due date from the SOP target
    notes: str | None = None
    receiver: Signatory | None = None  # the operator who received it
    request_id: str | int | None = None


@dataclass(frozen=True)
class SlaRow:
    """One SOP step's figures for the month; minutes are elapsed (or working) minutes.

    ``sop`` is the SOP's short code ("a", "b"), printed with the step as "a.1".
    ``within_target_share`` is a fraction 0–1; None when nothing was finished.
    """

    sop: str
    step_no: int
    activity: str
    target_text: str
    count: int
    median_minutes: float | None = None
    p90_minutes: float | None = None
    within_target_share: float | None = None
    working_time: bool = False


@dataclass(frozen=True)
class LateItem:
    """A step that finished after its target (or is still open past it), with the reason the
    staff recorded."""

    reference: str  # what identifies the request to a reader: agenda number, decree number
    sop: str
    step_no: int
    activity: str
    target_text: str
    actual_minutes: float | None = None
    reason: str | None = None
    working_time: bool = False
    still_open: bool = False  # not finished yet: counted in the month it became late


@dataclass(frozen=True)
class SlaReport:
    """SOP compliance for one month (``month`` 1–12)."""

    year: int
    month: int
    rows: tuple[SlaRow, ...] = ()
    late_items: tuple[LateItem, ...] = ()
    sop_names: Mapping[str, str] = field(default_factory=dict)  # "a" → "Penerbitan salinan SK"
    title: str = "LAPORAN KEPATUHAN SOP PENGELOLAAN JDIH"
    notes: tuple[str, ...] = ()
    generated_at: datetime | None = None
    signatory: Signatory | None = None


@dataclass(frozen=True)
class ArchiveEntry:
    """One decree in the register: number, date, title, where the paper copy is, its URL."""

    number: str | None = None
    enacted_on: date | None = None
    title: str | None = None
    physical_location: str | None = None
    publication_url: str | None = None


@dataclass(frozen=True)
class ArchiveRegister:
    """*Daftar arsip*: the decrees of one year, the printed half of "tercetak dan softfile"."""

    year: int
    entries: tuple[ArchiveEntry, ...] = ()
    title: str = "DAFTAR ARSIP KEPUTUSAN"
    printed_on: date | None = None
    signatory: Signatory | None = None
