"""Read a KPU decree's metadata and sections from its text layer (born-digital or OCR).

The reader walks the fixed anatomy of a Keputusan (DOMAIN.md §7): SALINAN → KEPUTUSAN … →
NOMOR → TENTANG title → official's title → Menimbang → Mengingat → [Memperhatikan] →
MEMUTUSKAN → Menetapkan → diktum → "Ditetapkan di … pada tanggal …" → signer →
["Salinan sesuai dengan aslinya" + certifier] → [LAMPIRAN]. Every field carries a confidence
(lower when OCR repairs were needed) and the page/line it was read from, so the form can
show the clerk where to look. Nothing here guesses a value it did not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar, cast

from jdih_desktop.documents.pdf.text import PageText, pages_from_text
from jdih_desktop.documents.reading.reader_confidence import DOUBTFUL, SURE, reason
from jdih_desktop.documents.reading.reader_number import (
    number_month,
    number_year,
    read_number,
    written_into_blank,
)
from jdih_desktop.documents.reading.reader_sections import (
    DIKTUM,
    MEMPERHATIKAN,
    MENGINGAT,
    MENIMBANG,
    PASAL,
    Item,
    instrument_starts,
    number_label,
    ordinal_label,
    split_items,
    without_headings,
)
from jdih_desktop.documents.reading.reader_signature import (
    Block,
    block_end,
    find_enactment,
    interleaved_office,
    is_office,
    longer_reading,
    read_block,
    read_enactment,
    read_interleaved,
)
from jdih_desktop.documents.reading.reader_text import (
    Field,
    Line,
    clean_line,
    confidence,
    is_noise,
    match_words,
    similarity,
    title_case,
)
from jdih_desktop.domain.dates import ROMAN_MONTHS
from jdih_desktop.domain.numbering import DecreeNumber, parse_decree_number

T = TypeVar("T")
__all__ = ["DecreeExtraction", "Field", "Item", "read_decree"]


@dataclass(frozen=True)
class DecreeExtraction:
    jenis: Field[str] | None = None  # "Keputusan Komisi Pemilihan Umum Kabupaten"
    pembuat: Field[str] | None = None  # "Komisi Pemilihan Umum Kabupaten Soppeng"
    nomor: Field[str] | None = None  # canonical, see domain.numbering
    nomor_parsed: DecreeNumber | None = None
    tahun: Field[int] | None = None
    judul: Field[str] | None = None  # the TENTANG title, title case
    tempat_penetapan: Field[str] | None = None
    tanggal_penetapan: Field[date] | None = None
    penandatangan: Field[str] | None = None
    jabatan_penandatangan: Field[str] | None = None
    salinan: Field[bool] | None = None  # "SALINAN" above the heading
    salinan_sesuai_aslinya: Field[bool] | None = None  # certified copy
    pengesah_salinan: Field[str] | None = None  # who certified it
    menimbang: tuple[Item, ...] = ()
    mengingat: tuple[Item, ...] = ()
    memperhatikan: tuple[Item, ...] = ()
    diktum: tuple[Item, ...] = ()
    lampiran_pages: Field[int] | None = None
    page_count: int = 0

    def fields(self) -> dict[str, Field[Any]]:
        """The single-valued fields that were found, by name (for the review form)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if isinstance(getattr(self, f.name), Field)
        }

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly view (dates as ISO text) for the CLI and logs."""
        out: dict[str, Any] = {}
        for name, field in self.fields().items():
            value = field.value.isoformat() if isinstance(field.value, date) else field.value
            out[name] = {
                "value": value,
                "confidence": field.confidence,
                "page": field.page,
                "line": field.line,
                **({"reason": field.reason} if field.reason else {}),
            }
        for name in ("menimbang", "mengingat", "memperhatikan", "diktum"):
            out[name] = [
                {"label": i.label, "text": i.text, "page": i.page, "line": i.line}
                for i in getattr(self, name)
            ]
        out["page_count"] = self.page_count
        return out


Source = str | Sequence[PageText] | Sequence[Sequence[str]]


def _lines(source: Source) -> tuple[list[Line], int]:
    pages: list[PageText] = []
    if isinstance(source, str):
        pages = pages_from_text(source)
    else:
        for number, page in enumerate(source, start=1):
            if isinstance(page, PageText):
                pages.append(page)
            else:
                pages.append(PageText(number, tuple(str(x) for x in cast(Sequence[str], page))))
    headers = _running_headers(pages)
    lines = []
    for page in pages:
        for number, raw in page.numbered():
            if is_noise(raw.strip()):
                continue
            text = clean_line(raw)
            if not is_noise(text) and text not in headers:
                lines.append(Line(page.number, number, text))
    return lines, len(pages)


_HEAD_LINES = 3
_DECREE_WORDS = re.compile(r"^\W*(KEPUTUSAN|NOMOR|TENTANG|LAMPIRAN|SALINAN)\b", re.IGNORECASE)


def _running_headers(pages: Sequence[PageText]) -> set[str]:
    """Lines printed at the top of (nearly) every page: a compilation's running header
    ("Himpunan Peraturan tentang Organisasi LAPAN Tahun 1963-2005") belongs to no section.
    The decree's own heading words are never taken for one."""
    if len(pages) < 2:
        return set()
    seen: dict[str, int] = {}
    for page in pages:
        top = [clean_line(raw) for _, raw in page.numbered() if not is_noise(raw.strip())]
        for text in set(top[:_HEAD_LINES]):
            if len(text) >= 12 and not _DECREE_WORDS.match(text):
                seen[text] = seen.get(text, 0) + 1
    return {text for text, count in seen.items() if count >= 2 and count >= 0.6 * len(pages)}


def _find(
    lines: Sequence[Line],
    keyword: str,
    start: int,
    stop: int | None = None,
) -> tuple[int, int, str] | None:
    """First line in ``lines[start:stop]`` starting with ``keyword``: (index, errors, rest)."""
    end = len(lines) if stop is None else min(stop, len(lines))
    for index in range(max(0, start), end):
        found = match_words(lines[index].text, keyword)
        if found is not None:
            return index, found[0], found[1]
    return None


def _field(value: T, base: float, errors: int, line: Line) -> Field[T]:
    return Field(value, confidence(base, errors), line.page, line.number)


_LEVEL = re.compile(r"^(.*?\b(?:KABUPATEN|KOTA|PROVINSI)\b)", re.IGNORECASE)


_CONSIDERING = re.compile(r"^\W*(Menimbang|Mengingat|Memperhatikan)\b", re.IGNORECASE)
_LABELS = re.compile(r"^(Menimbang|Mengingat|Memperhatikan)\b\s*:?\s*$", re.IGNORECASE)


def _heading(lines: list[Line], out: dict[str, Any]) -> int:
    """Fill salinan, jenis, pembuat, nomor, tahun; return the index after the NOMOR line."""
    head = _find(lines, "KEPUTUSAN", 0, 15)
    top = head[0] if head else min(len(lines), 5)
    mark = next(
        (i for i in range(top) if (m := match_words(lines[i].text, "SALINAN")) and not m[1]), None
    )
    if mark is not None:
        out["salinan"] = _field(True, 0.9, 0, lines[mark])
    # The heading's NOMOR comes before the considerations: "Nomor 7 Tahun 2017 tentang …"
    # opening a Menimbang line (when OCR lost the heading) is another decree's number.
    stop = next(
        (i for i in range(top, min(top + 6, len(lines))) if _CONSIDERING.match(lines[i].text)),
        top + 6,
    )
    nomor = _find(lines, "NOMOR", top, stop)
    if head is not None:
        index, errors, rest = head
        stop = nomor[0] if nomor else index + 1
        parts = [rest, *(ln.text for ln in lines[index + 1 : stop] if not _LABELS.match(ln.text))]
        heading = " ".join(parts).strip(" ,")
        if heading:
            out["issuer_text"] = heading
            out["pembuat"] = _field(title_case(heading), 0.9, errors, lines[index])
            level = _LEVEL.match(heading)
            jenis = level.group(1) if level else heading
            out["jenis"] = _field(f"Keputusan {title_case(jenis)}", 0.9, errors, lines[index])
    if nomor is None:
        return top
    index, errors, rest = nomor
    out["nomor_raw"] = rest
    parsed = parse_decree_number(rest)
    if parsed is None and index + 1 < len(lines):
        parsed = parse_decree_number(f"{rest} {lines[index + 1].text}")
    if parsed is not None:
        compact = re.sub(r"\s*/\s*", "/", rest).casefold()
        repaired = int(parsed.format().casefold() not in compact)
        out["nomor"] = _field(parsed.format(), 0.95, errors + repaired, lines[index])
        out["nomor_parsed"] = parsed
        if repaired:
            out["nomor"] = _doubt(out["nomor"], reason("nomor_repaired"))
        out["tahun"] = _field(parsed.year, 0.95, errors + repaired, lines[index])
        return index + 1
    reading = read_number(rest)
    if reading is None:
        return index + 1
    line = lines[index]
    if reading.unreadable:
        out["nomor_unreadable"] = True
        out["nomor"] = Field(
            reading.text,
            0.3,
            line.page,
            line.number,
            reason("nomor_unreadable"),
        )
    elif reading.repairs or errors:
        out["nomor"] = Field(
            reading.text, DOUBTFUL, line.page, line.number, reason("nomor_repaired")
        )
    else:
        out["nomor"] = _field(reading.text, 0.9, 0, line)
    if reading.year is not None:
        out["tahun"] = Field(
            reading.year,
            out["nomor"].confidence if not reading.unreadable else DOUBTFUL,
            line.page,
            line.number,
            out["nomor"].reason if not reading.unreadable else reason("year_beside_unreadable"),
        )
    return index + 1


def _doubt(field: Field[T], why: str, ceiling: float = DOUBTFUL) -> Field[T]:
    """``field`` with its confidence capped below SURE and the reason why."""
    reasons = "; ".join(r for r in (field.reason, why) if r)
    return Field(field.value, min(field.confidence, ceiling), field.page, field.line, reasons)


def _alnum(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


_OFFICE_HEAD = re.compile(
    r"^(KETUA|KEPALA|PRESIDEN|BUPATI|WALI\s?KOTA|GUBERNUR|REKTOR|MENTERI|DEKAN|DIREKTUR|"
    r"SEKRETARIS|JAKSA|PANGLIMA)\b",
    re.IGNORECASE,
)
_BAHWA_LINE = re.compile(r"^\W{0,3}[a-z]?\W{0,2}bahwa\b", re.IGNORECASE)


def _repeats_issuer(text: str, issuer: str) -> bool:
    """The official's line: the heading's office again, whole (OCR may damage a word)."""
    mine = _alnum(text)
    if mine.startswith(issuer[: max(8, len(issuer) - 3)]):
        return True
    return len(mine) >= 0.95 * len(issuer) and similarity(mine, issuer) >= 0.8


def _title(lines: list[Line], start: int, out: dict[str, Any]) -> int:
    """The TENTANG title, up to the official's line ("KOMISI ... SOPPENG,")."""
    found = _find(lines, "TENTANG", start, start + 4)
    if found is None:
        return start
    index, errors, rest = found
    # A heading that names an office ("KEPUTUSAN KETUA LEMBAGA …") repeats it, without a
    # comma, as the official's line before Menimbang; a body ("KOMISI …") may end a title.
    issuer_text = out.get("issuer_text", "")
    issuer = _alnum(issuer_text) if _OFFICE_HEAD.match(issuer_text) else ""
    parts = [rest] if rest else []
    cursor = index + 1
    ended = False
    while cursor < len(lines) and cursor <= index + 9:
        text = lines[cursor].text
        if _LABELS.match(text):  # OCR read the label column in between
            cursor += 1
            continue
        if (
            match_words(text, "MENIMBANG")
            or match_words(text, "DENGAN RAHMAT")
            or _BAHWA_LINE.match(text)
            or (issuer and parts and _repeats_issuer(text, issuer))
        ):
            ended = True
            break
        if text.endswith(",") and parts:
            ended = True
            cursor += 1
            break
        parts.append(text)
        cursor += 1
    if parts:
        # A title has no sentences: "PEMILIHAN. UMUM" is a speck read as a full stop.
        text = re.sub(r"(?<=[A-Za-z]{3})\.(?=\s+[A-Za-z])", "", " ".join(parts))
        title = title_case(text.strip(" .,;:"))
        field = _field(title, 0.9 if ended else 0.6, errors, lines[index])
        if not ended:
            field = _doubt(field, reason("title_end"))
        elif re.search(r"[^A-Za-z0-9 ,.()'/&-]", text):
            field = _doubt(field, reason("title_odd"))
        out["judul"] = field
    return cursor


Anchor = tuple[int, int, str]  # line index, OCR errors in the keyword, rest of the line


_LABEL_ONLY = re.compile(r"^[a-zA-Z0-9]{1,2}[.)]$")
_NOTE_START = re.compile(
    r"^(Berita Acara|Hasil|Nota|Notulen|Rapat|Surat(?! Edaran))\b", re.IGNORECASE
)


def _undump(body: Sequence[Line], names: Sequence[str]) -> dict[str, list[Line]]:
    """Share out text that Tesseract read after all the section labels.

    On hanging-indent layouts it sometimes reads the label column first ("Menimbang",
    "Mengingat", "Memperhatikan" on consecutive lines), then every point. The points still
    say where they belong: Menimbang points open with "bahwa", Mengingat points with a legal
    instrument, and Memperhatikan restarts the numbering or cites minutes and letters.
    """
    buckets: dict[str, list[Line]] = {name: [] for name in names}
    current = 0
    previous = ""
    for line in body:
        if _LABEL_ONLY.match(line.text):
            continue  # a label from the column read first; its text follows later
        name = names[current]
        if current + 1 < len(names):
            following = names[current + 1]
            switch = (following == "mengingat" and instrument_starts(previous, line.text)) or (
                following == "memperhatikan"
                and bool(buckets[name])
                and (
                    number_label(line.text, 0) is not None
                    or (
                        bool(_TERMINATED_LINE.search(previous))
                        and bool(_NOTE_START.match(line.text))
                    )
                )
            )
            if switch:
                current += 1
        buckets[names[current]].append(line)
        previous = line.text
    return buckets


def _bare(rest: str) -> bool:
    """Nothing, or only a list label ("a.", "1."), after a section keyword."""
    return not rest or bool(_LABEL_ONLY.match(rest))


_TERMINATED_LINE = re.compile(r"(?:[;:,.]\W*|j)$")
_KINDS = {"menimbang": MENIMBANG, "mengingat": MENGINGAT, "memperhatikan": MEMPERHATIKAN}


def _considerations(
    lines: list[Line], anchors: dict[str, Anchor], end: int, out: dict[str, Any]
) -> None:
    """Menimbang, Mengingat and Memperhatikan items, each up to the next section."""
    present = sorted(anchors.items(), key=lambda item: item[1][0])
    run = 1  # how many section labels stand on consecutive lines with no text
    while (
        run < len(present)
        and _bare(present[run - 1][1][2])
        and present[run][1][0] == present[run - 1][1][0] + 1
    ):
        run += 1
    if run >= 2:
        last = present[run - 1][1][0] + 1
        if last < end and match_words(lines[last].text, "MENETAPKAN"):
            last += 1
        stop = present[run][1][0] if run < len(present) else end
        buckets = _undump(lines[last:stop], [name for name, _ in present[:run]])
        for name, anchor in present[:run]:
            out[name] = tuple(
                split_items(
                    lines[anchor[0]],
                    "",
                    buckets[name],
                    _KINDS[name],
                    allow_unlabelled=name == "memperhatikan",
                )
            )
        present = present[run:]
    for position, (name, anchor) in enumerate(present):
        stop = present[position + 1][1][0] if position + 1 < len(present) else end
        out[name] = tuple(
            split_items(
                lines[anchor[0]],
                anchor[2],
                lines[anchor[0] + 1 : stop],
                _KINDS[name],
                allow_unlabelled=name == "memperhatikan",
            )
        )


def read_decree(source: Source, *, ocr: bool = False) -> DecreeExtraction:
    """Extract a decree's fields from its text: a string (pages split by form feeds), the
    pages of :func:`~jdih_desktop.documents.pdf.text.extract_text`, or lists of lines.

    ``ocr`` says the text is our own OCR of a scan: a name read under a signature and stamp
    is then never shown as sure (Tesseract drops or changes letters there unnoticed)."""
    lines, page_count = _lines(source)
    out: dict[str, Any] = {"page_count": page_count}
    after_title = _title(lines, _heading(lines, out), out)

    menimbang = _find(lines, "MENIMBANG", after_title)
    cursor = menimbang[0] + 1 if menimbang else after_title
    mengingat = _find(lines, "MENGINGAT", cursor)
    cursor = mengingat[0] + 1 if mengingat else cursor
    memutuskan = _find(lines, "MEMUTUSKAN", cursor)
    menetapkan = _find(lines, "MENETAPKAN", memutuskan[0] + 1 if memutuskan else cursor)
    body_end = (memutuskan or menetapkan or (len(lines),))[0]
    memperhatikan = _find(lines, "MEMPERHATIKAN", cursor, body_end)
    anchors = {
        name: anchor
        for name, anchor in (
            ("menimbang", menimbang),
            ("mengingat", mengingat),
            ("memperhatikan", memperhatikan),
        )
        if anchor is not None
    }
    _considerations(lines, anchors, body_end, out)

    # The diktum follows "Menetapkan :" (or, when OCR read that label elsewhere, MEMUTUSKAN).
    decided = menetapkan or memutuskan
    enacted = find_enactment(lines, (decided[0] if decided else body_end) + 1)
    if decided is not None:
        diktum_end = enacted if enacted is not None and enacted > decided[0] else len(lines)
        # A distribution list ("SALINAN Keputusan ini disampaikan kepada", "Tembusan") or a
        # LAMPIRAN before the signature is no part of the last diktum.
        diktum_end = block_end(lines, decided[0] + 1, diktum_end)
        body = lines[decided[0] + 1 : diktum_end]
        diktum = split_items(lines[decided[0]], decided[2], body, DIKTUM)
        if not diktum:
            # A Keppres lays its decision out in articles: "Pasal 1" … (chapter headings
            # between them belong to no article).
            diktum = split_items(lines[decided[0]], "", without_headings(body), PASAL)
        out["diktum"] = tuple(diktum)
        if "judul" not in out and menetapkan is not None:
            _title_from_menetapkan(lines, menetapkan, out)

    if enacted is not None:
        _signatures(lines, enacted, out, ocr)
    _salinan(lines, out)
    _cross_check(lines, menetapkan, out, ocr)
    out.pop("issuer_text", None)
    return DecreeExtraction(**out)


def _title_from_menetapkan(lines: list[Line], menetapkan: Anchor, out: dict[str, Any]) -> None:
    """Fallback title: "Menetapkan : KEPUTUSAN … TENTANG <title>." repeats it."""
    index = menetapkan[0]
    parts = [menetapkan[2]]
    for line in lines[index + 1 : index + 6]:
        if ordinal_label(line.text, 0):
            break
        parts.append(line.text)
    text = " ".join(parts)
    match = re.search(r"\bTENTANG\b\s*(.+)", text, re.IGNORECASE)
    if match:
        title = title_case(match.group(1).strip(" .,;:"))
        out["judul"] = _field(title, 0.7, menetapkan[1], lines[index])


def _signatures(lines: list[Line], enacted: int, out: dict[str, Any], ocr: bool) -> None:
    """Place, date and signer after "Ditetapkan di"; the certifier of a copy; LAMPIRAN."""
    found = read_enactment(lines, enacted)
    if found.place is not None:
        where = found.place.line
        out["tempat_penetapan"] = Field(found.place.text, 0.9, where.page, where.number)
    if found.day_month is not None:
        out["day_month"] = found.day_month  # the year is taken from the number, if readable
    if found.date is not None:
        when, exact, where = found.date
        out["tanggal_penetapan"] = Field(
            when,
            0.9 if exact else DOUBTFUL,
            where.page,
            where.number,
            "" if exact else reason("date_repaired"),
        )
    stop = block_end(lines, found.after)
    issuer = frozenset(re.findall(r"[A-Z]{3,}", out.get("issuer_text", "").upper()))
    signer = read_block(lines, found.after, stop, issuer)
    if signer.name is None and stop < len(lines):
        beside = read_interleaved(lines, stop, issuer)
        if signer.title is not None:
            signer = Block(beside, signer.title)
        elif beside is not None:
            # The list's heading came before the office too: the office is read beside it.
            office = interleaved_office(lines, stop, beside, issuer)
            if office is not None:
                signer = Block(beside, office)
    lampiran_at = _find(lines, "LAMPIRAN", found.after)
    if signer.name is not None and (signer.name.doubt or ocr) and lampiran_at is not None:
        whole = longer_reading(signer.name.text, lines[lampiran_at[0] :])
        if whole is not None:
            signer = Block(whole, signer.title)
    if signer.name is not None:
        line = signer.name.line
        why = signer.name.doubt
        if not why and ocr:
            why = reason("name_ocr")
        if not why and signer.title is None:
            why = reason("name_no_office")
        out["penandatangan"] = Field(
            signer.name.text, DOUBTFUL if why else 0.9, line.page, line.number, why
        )
    if signer.title is not None:
        line = signer.title.line
        out["jabatan_penandatangan"] = Field(
            signer.title.text,
            0.85 if not signer.title.doubt else DOUBTFUL,
            line.page,
            line.number,
            signer.title.doubt,
        )
    certified = _find(lines, "SALINAN SESUAI", enacted)
    lampiran = _find(lines, "LAMPIRAN", found.after)
    if certified is not None:
        out["salinan_sesuai_aslinya"] = _field(True, 0.9, certified[1], lines[certified[0]])
        certifier = read_block(lines, certified[0] + 1, len(lines))
        if certifier.name is not None:
            line = certifier.name.line
            out["pengesah_salinan"] = Field(certifier.name.text, 0.8, line.page, line.number)
    if lampiran is not None:
        line = lines[lampiran[0]]
        pages = out["page_count"] - line.page + 1
        out["lampiran_pages"] = _field(pages, 0.85, lampiran[1], line)
    elif lines:
        out["lampiran_pages"] = Field(0, 0.6, lines[-1].page, lines[-1].number)


_DISTRIBUTION = re.compile(r"\bSALINAN\b.{0,40}\bdisampaikan\b", re.IGNORECASE)


def _salinan(lines: list[Line], out: dict[str, Any]) -> None:
    """is_salinan: a certified copy ("Salinan sesuai dengan aslinya" + certifier).

    A "SALINAN" mark above the heading without a certifier block is doubtful; a distribution
    list "SALINAN Keputusan ini disampaikan kepada" is no copy mark at all.
    """
    if not lines:
        return
    certified = out.get("salinan_sesuai_aslinya")
    mark = out.get("salinan")
    if certified is not None and certified.value:
        why = "" if "pengesah_salinan" in out else reason("no_certifier")
        out["salinan"] = Field(True, DOUBTFUL if why else 0.9, certified.page, certified.line, why)
        return
    if mark is not None and mark.value:
        out["salinan"] = _doubt(mark, reason("mark_only"))
        return
    distribution = any(_DISTRIBUTION.search(line.text) for line in lines)
    last = lines[-1]
    out["salinan_sesuai_aslinya"] = Field(False, 0.85, last.page, last.number)
    why = "" if "penandatangan" in out else reason("no_signature")
    out["salinan"] = Field(
        False,
        0.85 if not why else DOUBTFUL,
        last.page,
        last.number,
        why or (reason("distribution") if distribution else ""),
    )


def _repeats(lines: list[Line], menetapkan: Anchor | None, keyword: str) -> list[str]:
    """Normalised text after each later occurrence of ``keyword`` (the Menetapkan line and
    the LAMPIRAN heading repeat the title and the number)."""
    found = []
    for index, line in enumerate(lines):
        position = line.text.upper().find(keyword)
        if position < 0:
            continue
        tail = " ".join(
            [line.text[position + len(keyword) :], *(x.text for x in lines[index + 1 : index + 6])]
        )
        found.append(_alnum(tail))
    return found


def _lampiran_year(lines: list[Line]) -> Field[int] | None:
    """The year of the number the LAMPIRAN heading repeats, for a heading number whose year
    OCR could not read; always doubtful, with the reason."""
    for index, line in enumerate(lines):
        if not re.match(r"^\W*LAMPIRAN\b", line.text, re.IGNORECASE):
            continue
        nomor = _find(lines, "NOMOR", index + 1, index + 5)
        if nomor is None:
            continue
        at, _errors, rest = nomor
        after = lines[at + 1].text if at + 1 < len(lines) else ""
        for text in (rest, f"{rest} {after}"):
            reading = read_number(text)
            if reading is not None and reading.year is not None:
                where = lines[at]
                why = reason("year_from_lampiran")
                return Field(reading.year, DOUBTFUL, where.page, where.number, why)
    return None


def _check_month(out: dict[str, Any]) -> None:
    """A number that names its month ("KEP/082/VI/1996") against the enactment date's month
    in the same year: one of the two was misread (or the number was taken in another month),
    so both are doubtful, with the reason."""
    nomor, when = out.get("nomor"), out.get("tanggal_penetapan")
    if nomor is None or when is None:
        return
    month = number_month(nomor.value)
    same_year = number_year(nomor.value) == when.value.year  # else the year's check speaks
    if month is not None and same_year and month != when.value.month:
        why = reason("month_mismatch", month=ROMAN_MONTHS[month - 1], day=when.value)
        out["nomor"] = _doubt(nomor, why)
        out["tanggal_penetapan"] = _doubt(when, why)


def _cross_check(
    lines: list[Line], menetapkan: Anchor | None, out: dict[str, Any], ocr: bool
) -> None:
    """Fields checked against each other: the year of the number vs the date; OCR'd titles
    and issuers vs their repetition further on."""
    tahun, when = out.get("tahun"), out.get("tanggal_penetapan")
    day_month = out.pop("day_month", None)
    unreadable_number = out.pop("nomor_unreadable", False)
    nomor, raw = out.get("nomor"), out.pop("nomor_raw", "")
    if ocr and nomor is not None and not unreadable_number and written_into_blank(raw):
        # The typed year beside it stays as read.
        out["nomor"] = _doubt(nomor, reason("nomor_blank"))
    if tahun is None and unreadable_number:
        tahun = out["tahun"] = _lampiran_year(lines)
    if when is None and day_month is not None and tahun is not None and tahun.value:
        day, month, line = day_month
        try:
            stamped = date(tahun.value, month, day)
        except ValueError:
            stamped = None
        if stamped is not None:
            why = reason("date_year_from_number")
            when = out["tanggal_penetapan"] = Field(stamped, DOUBTFUL, line.page, line.number, why)
    if tahun is None and when is not None:
        out["tahun"] = Field(when.value.year, 0.5, when.page, when.line, reason("year_from_date"))
    elif (
        tahun is not None
        and when is not None
        and tahun.value != when.value.year
        and unreadable_number
        and when.confidence >= SURE
    ):
        # The year of a number that could not be read is no evidence against a clean date.
        out["tahun"] = Field(
            when.value.year, DOUBTFUL, when.page, when.line, reason("year_from_date")
        )
    elif tahun is not None and when is not None and tahun.value != when.value.year:
        why = reason("year_mismatch", year=tahun.value, day=when.value)
        out["tahun"] = _doubt(tahun, why)
        out["tanggal_penetapan"] = _doubt(when, why)
    _check_month(out)
    judul = out.get("judul")
    if judul is not None and judul.confidence >= DOUBTFUL and ocr:
        mine = _alnum(judul.value)
        repeated = [r for r in _repeats(lines, menetapkan, "TENTANG")[1:] if r.startswith(mine)]
        if not repeated:
            out["judul"] = _doubt(judul, reason("title_unconfirmed"))
    jenis = out.get("jenis")
    issuer = out.get("pembuat")
    if jenis is not None and issuer is not None:
        mine = _alnum(issuer.value)
        seen = sum(
            _alnum(line.text).startswith(mine) or mine in _alnum(line.text) for line in lines
        )
        if seen < 2:
            out["jenis"] = _doubt(jenis, reason("issuer_once"))
            out["pembuat"] = _doubt(issuer, reason("issuer_once"))
    name = out.get("penandatangan")
    if name is not None and is_office(name.value):
        out["penandatangan"] = _doubt(name, reason("signer_is_office"), 0.3)
