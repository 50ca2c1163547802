"""Draft an ILDIS/BPHN abstract from what the decree reader extracted.

Extractive and local: sentences are cut from the decree's own Menimbang, Mengingat and
diktum, shortened by dropping what an abstract never repeats (gazette citations, "as last
amended by ...", the closing "berdasarkan pertimbangan ... perlu menetapkan ..." point,
"which is an inseparable part of this decree"). No network service, no model: the operator
reviews the draft within the SOP's 20 minutes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.reading.reader_sections import Item
from jdih_desktop.domain.abstract import MAX_NOTES, Abstract
from jdih_desktop.domain.dates import format_date_id

MAX_CONSIDERATIONS = 3
MAX_BASIS = 6
MAX_DECIDED = 2

# Topic phrases that make good JDIH subjects when the title contains them.
_TOPICS = (
    "DAFTAR PEMILIH TETAP",
    "DAFTAR PEMILIH",
    "PANITIA PEMILIHAN KECAMATAN",
    "PANITIA PEMUNGUTAN SUARA",
    "KELOMPOK PENYELENGGARA PEMUNGUTAN SUARA",
    "BADAN ADHOC",
    "PENGGANTIAN ANTARWAKTU",
    "PASANGAN CALON",
    "CALON TERPILIH",
    "PARTAI POLITIK",
    "KAMPANYE",
    "DANA KAMPANYE",
    "LOGISTIK",
    "REKAPITULASI",
    "PEMUNGUTAN SUARA",
    "PEMILIHAN BUPATI DAN WAKIL BUPATI",
    "PEMILIHAN WALIKOTA DAN WAKIL WALIKOTA",
    "PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR",
    "PEMILIHAN UMUM",
    "JARINGAN DOKUMENTASI DAN INFORMASI HUKUM",
    "ARSIP",
    "TIM",
    "SELEKSI",
    "PELANTIKAN",
)
_LEVELS = {"KABUPATEN": "KAB", "KOTA": "KOTA", "PROVINSI": "PROV"}

_BOILERPLATE_CONSIDERATION = re.compile(
    r"^bahwa berdasarkan pertimbangan sebagaimana dimaksud", re.IGNORECASE
)
_GAZETTE = re.compile(r"\s*\((?:Lembaran|Berita|Tambahan)[^)]*\)", re.IGNORECASE)
_AMENDED = re.compile(r",?\s*sebagaimana telah (?:beberapa kali )?diubah.*$", re.IGNORECASE)
_INSEPARABLE = re.compile(
    r"\s*(?:,\s*)?yang merupakan bagian (?:yang )?tidak terpisahkan dari Keputusan ini",
    re.IGNORECASE,
)
_IN_FORCE = re.compile(r"(mulai )?berlaku (pada|sejak) tanggal ditetapkan", re.IGNORECASE)
# A diktum's opening verb, turned into the noun an abstract uses after "ditetapkan".
_VERB_NOUNS = {
    "membentuk": "pembentukan",
    "mengangkat": "pengangkatan",
    "memberhentikan": "pemberhentian",
    "mengesahkan": "pengesahan",
    "mencabut": "pencabutan",
    "mengubah": "perubahan",
    "menunjuk": "penunjukan",
    "memberikan": "pemberian",
    "menugaskan": "penugasan",
}


def _end(text: str) -> str:
    return text if text.endswith(("…", ".")) else f"{text}."


def _sentence(text: str, limit: int = 320) -> str:
    """Tidy spacing and end punctuation; cut an over-long text at a clause boundary."""
    text = re.sub(r"\s+", " ", text).strip(" ;:,.")
    if len(text) > limit:
        cut = text.rfind(",", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,;") + " …"
    return text


def considerations(items: Sequence[Item]) -> str:
    substantive = [i.text for i in items if not _BOILERPLATE_CONSIDERATION.match(i.text)]
    chosen = substantive[:MAX_CONSIDERATIONS] or [i.text for i in items[:1]]
    parts = [_sentence(t, 260) for t in chosen if t]
    if not parts:
        return ""
    text = "; ".join(parts)
    return _end(text if text.lower().startswith("bahwa") else f"bahwa {text}")


def legal_basis(items: Sequence[Item]) -> str:
    laws = []
    for item in items[:MAX_BASIS]:
        law = _AMENDED.sub("", _GAZETTE.sub("", item.text))
        laws.append(_sentence(law, 200))
    if len(items) > MAX_BASIS:
        laws.append(f"dan {len(items) - MAX_BASIS} peraturan lainnya")
    return _end(f"Dasar hukum Keputusan ini adalah: {'; '.join(laws)}") if laws else ""


def decided(items: Sequence[Item]) -> str:
    body = [i for i in items if not _IN_FORCE.search(i.text)] or list(items)
    parts = []
    for item in body[:MAX_DECIDED]:
        text = _INSEPARABLE.sub("", item.text)
        text = re.sub(r"^menetapkan\s+", "", text, flags=re.IGNORECASE)
        text = re.sub(r"^\(1\)\s*", "", text)  # an article's first paragraph number
        verb, _, rest = text.partition(" ")
        if verb.lower() in _VERB_NOUNS:
            text = f"{_VERB_NOUNS[verb.lower()]} {rest}"
        text = _sentence(text, 300)
        # "Membentuk Tim ..." → "membentuk Tim ..."; an acronym ("KPU ...") keeps its case.
        parts.append(text if text[:2].isupper() else text[:1].lower() + text[1:])
    return _end(f"Dalam Keputusan ini ditetapkan {'; '.join(parts)}") if parts else ""


def _region(pembuat: str) -> tuple[str, str]:
    """ "Komisi Pemilihan Umum Kabupaten Soppeng" → ("KABUPATEN", "SOPPENG")."""
    words = pembuat.upper().split()
    for index, word in enumerate(words):
        if word in _LEVELS:
            return word, " ".join(words[index + 1 :])
    return "", ""


def singkatan(extraction: DecreeExtraction, singkatan_jenis: str | None, pages: int | None) -> str:
    """ "KEP KPU KAB SOPPENG NO. 19 TAHUN 2023, 3 HLM."."""
    pembuat = extraction.pembuat.value if extraction.pembuat else ""
    level, region = _region(pembuat)
    if singkatan_jenis is None:
        singkatan_jenis = f"KEP KPU {_LEVELS[level]}" if level else "KEP KPU"
    parts = [singkatan_jenis.upper()]
    if region and region not in singkatan_jenis.upper():
        parts.append(region)
    if extraction.nomor:
        # "19 Tahun 2023" → "19 TAHUN 2023"; a slashed number keeps its printed case.
        parts.append("NO. " + re.sub(r"\bTahun\b", "TAHUN", extraction.nomor.value))
    text = " ".join(parts)
    return f"{text}, {pages} HLM." if pages else text


def subjects(extraction: DecreeExtraction, extra: Sequence[str] = ()) -> tuple[str, ...]:
    # The issuing body's name is not a subject ("KOMISI PEMILIHAN UMUM" ≠ "PEMILIHAN UMUM").
    title = extraction.judul.value.upper() if extraction.judul else ""
    title = title.replace("KOMISI PEMILIHAN UMUM", "")
    found: list[str] = []
    for topic in _TOPICS:
        if topic in title and not any(topic in f for f in found):
            found.append(topic)
        if len(found) == 2:
            break
    if extraction.pembuat:
        level, region = _region(extraction.pembuat.value)
        if level:
            found.append(f"KPU {level} {region}".strip())
    found += [s.upper() for s in extra]
    return tuple(dict.fromkeys(found))


def notes(extraction: DecreeExtraction) -> tuple[str, ...]:
    out = []
    last = extraction.diktum[-1].text if extraction.diktum else ""
    if _IN_FORCE.search(last):
        out.append("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    if extraction.tempat_penetapan and extraction.tanggal_penetapan:
        out.append(
            f"Ditetapkan di {extraction.tempat_penetapan.value} pada tanggal "
            f"{format_date_id(extraction.tanggal_penetapan.value)}."
        )
    if extraction.lampiran_pages and extraction.lampiran_pages.value > 0:
        out.append(f"Lampiran: {extraction.lampiran_pages.value} halaman.")
    if extraction.salinan_sesuai_aslinya and extraction.salinan_sesuai_aslinya.value:
        out.append("Salinan sesuai dengan aslinya.")
    return tuple(out[:MAX_NOTES])


def draft_abstract(
    extraction: DecreeExtraction,
    *,
    singkatan_jenis: str | None = None,
    pages: int | None = None,
    extra_subjects: Sequence[str] = (),
) -> Abstract:
    """A first draft of the abstract; empty parts are left empty for the operator to fill.

    ``singkatan_jenis`` is the office's configured abbreviation (e.g. "KEP KPU KAB"); by
    default it is derived from the issuing body. ``pages`` is the main document's page
    count, for the SINGKATAN's "n HLM.".
    """
    jenis = f"Keputusan {extraction.pembuat.value}" if extraction.pembuat else "Keputusan"
    title = extraction.judul.value if extraction.judul else ""
    judul = f"{jenis} tentang {title}" if title else ""
    return Abstract(
        subjek=subjects(extraction, extra_subjects),
        tahun=extraction.tahun.value if extraction.tahun else None,
        singkatan=singkatan(extraction, singkatan_jenis, pages or extraction.page_count or None),
        judul=judul,
        abstrak=(
            considerations(extraction.menimbang),
            legal_basis(extraction.mengingat),
            decided(extraction.diktum),
        ),
        catatan=notes(extraction),
    )
