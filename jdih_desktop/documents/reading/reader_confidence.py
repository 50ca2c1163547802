"""What the reader's confidence numbers mean, in one place for the reader, the CLI and the wizard.

A field shown at or above :data:`SURE` is one the clerk need not check: the wizard paints
every field below it yellow. The number is calibrated on real decrees with
``benchmarks/reader_accuracy.py`` (of the values shown at >= SURE, the share that was wrong),
so the reader gives a value this much confidence only when it was read from its own anchor
(NOMOR, TENTANG, "Ditetapkan di", the signature block) without repairs and agrees with the
fields it can be checked against; a doubt lowers it below SURE and says why.
"""

from __future__ import annotations

from jdih_desktop.domain.messages import msg

#: At or above: shown without a warning colour ("no need to check").
SURE = 0.85
#: Ceiling for a value that needed a repair or disagrees with another field.
DOUBTFUL = 0.6


#: Why a field is doubtful, in both languages (rendered in the app's language when read).
REASONS: dict[str, tuple[str, str]] = {
    "nomor_repaired": (
        "nomor diperbaiki dari hasil OCR",
        "number repaired from OCR text",
    ),
    "nomor_unreadable": (
        "nomor tidak terbaca jelas (tulisan tangan atau cetakan rusak)",
        "number not clearly legible (handwritten or damaged print)",
    ),
    "nomor_blank": (
        "nomor urut terpisah dari garis miring: mungkin ditulis tangan di ruang kosong",
        "the running number stands apart from its slashes: perhaps handwritten into a blank",
    ),
    "title_end": (
        "akhir judul tidak jelas",
        "the end of the title is unclear",
    ),
    "title_odd": (
        "judul memuat tanda yang tak lazim (OCR?)",
        "the title holds unusual characters (OCR?)",
    ),
    "title_unconfirmed": (
        "judul hasil OCR tidak cocok dengan pengulangannya",
        "the OCR'd title does not match its repetition",
    ),
    "date_repaired": (
        "tanggal diperbaiki dari hasil OCR",
        "date repaired from OCR text",
    ),
    "date_reread": (
        "tanggal tidak terbaca di halaman; dibaca ulang dari potongan barisnya "
        "(cap atau tulisan tangan?): periksa",
        "date illegible on the page; read again from its line cut out "
        "(stamp or handwriting?): check it",
    ),
    "date_unreadable": (
        "tanggal tidak terbaca (tulisan tangan atau cap?)",
        "date not legible (handwritten or stamped?)",
    ),
    "name_ocr": (
        "nama dibaca OCR di bawah tanda tangan/cap: periksa ejaannya",
        "name OCR'd under a signature/stamp: check its spelling",
    ),
    "name_no_office": (
        "tidak ada baris jabatan di atas nama",
        "no office line above the name",
    ),
    "name_unclean": (
        "nama tidak terbaca bersih",
        "the name is not cleanly legible",
    ),
    "name_is_office": (
        "nama sama dengan sebuah jabatan",
        "the name is also an office",
    ),
    "name_cut": (
        "coretan atau cap di atas nama: nama mungkin terpotong",
        "scribble or stamp above the name: it may be cut",
    ),
    "name_interleaved": (
        "nama terbaca di samping daftar tembusan (kolom tercampur)",
        "name read beside the distribution list (columns mixed)",
    ),
    "name_from_lampiran": (
        "nama dilengkapi dari blok tanda tangan Lampiran",
        "name completed from the Lampiran's signature block",
    ),
    "name_from_archive": (
        "nama dilengkapi dari penandatangan di arsip ({name}): periksa",
        "name completed from a signer in the archive ({name}): check it",
    ),
    "name_from_issuer": (
        "nama tidak terbaca; diusulkan dari keputusan {issuer} terakhir di arsip ({name}): periksa",
        "no name legible; proposed from the latest decrees of {issuer} in the archive "
        "({name}): check it",
    ),
    "signer_is_office": (
        "nama penandatangan terbaca sebagai jabatan",
        "the signer's name reads as an office",
    ),
    "no_certifier": (
        "tidak ada nama pengesah salinan",
        "no certifying official's name",
    ),
    "mark_only": (
        "tanda SALINAN tanpa blok 'Salinan sesuai dengan aslinya'",
        "SALINAN mark without a 'Salinan sesuai dengan aslinya' block",
    ),
    "no_signature": (
        "blok tanda tangan tidak terbaca",
        "the signature block is not legible",
    ),
    "distribution": (
        "'SALINAN … disampaikan kepada' adalah daftar distribusi",
        "'SALINAN … disampaikan kepada' is a distribution list",
    ),
    "issuer_once": (
        "nama pembuat hanya terbaca sekali",
        "the issuer's name was read only once",
    ),
    "date_year_from_number": (
        "tahun tanggal tidak terbaca (cap?): diambil dari nomor",
        "the date's year is illegible (stamp?): taken from the number",
    ),
    "year_from_lampiran": (
        "tahun nomor tidak terbaca: diambil dari nomor yang diulang di Lampiran",
        "the number's year is illegible: taken from the number repeated in the Lampiran",
    ),
    "year_from_date": (
        "tahun diambil dari tanggal penetapan",
        "year taken from the enactment date",
    ),
    "month_mismatch": (
        "bulan nomor {month} tidak sama dengan tanggal penetapan {day}",
        "the number's month {month} differs from the enactment date {day}",
    ),
    "year_beside_unreadable": (
        'nomor urut tidak terbaca; tahun dibaca dari "TAHUN" di sampingnya',
        'the running number is illegible; the year is read from the "TAHUN" beside it',
    ),
    "year_mismatch": (
        "tahun nomor {year} tidak sama dengan tanggal penetapan {day}",
        "the number's year {year} differs from the enactment date {day}",
    ),
}


def reason(key: str, **params: object) -> str:
    """The reason ``key`` as text in the current language."""
    id_text, en_text = REASONS[key]
    return str(msg(id_text, en_text, **params))


def needs_check(confidence: float | None) -> bool:
    """True when the wizard should mark the field for the clerk to check."""
    return confidence is None or confidence < SURE


__all__ = ["DOUBTFUL", "REASONS", "SURE", "needs_check", "reason"]
