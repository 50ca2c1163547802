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

from jdih_desktop.documents.reader_sections import (
    DIKTUM,
    MEMPERHATIKAN,
    MENGINGAT,
    MENIMBANG,
    Item,
    instrument_starts,
    number_label,
    ordinal_label,
    split_items,
)
from jdih_desktop.documents.reader_signature import read_block, read_place_and_date
from jdih_desktop.documents.reader_text import (
    Field,
    Line,
    clean_line,
    confidence,
    is_noise,
    match_words,
    title_case,
)
from jdih_desktop.documents.text import PageText, pages_from_text
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
    lines = []
    for page in pages:
        for number, raw in page.numbered():
            if is_noise(raw.strip()):
                continue
            text = clean_line(raw)
            if not is_noise(text):
                lines.append(Line(page.number, number, text))
    return lines, len(pages)


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


def _heading(lines: list[Line], out: dict[str, Any]) -> int:
    """Fill salinan, jenis, pembuat, nomor, tahun; return the index after the NOMOR line."""
    head = _find(lines, "KEPUTUSAN", 0, 15)
    top = head[0] if head else min(len(lines), 5)
    mark = next(
        (i for i in range(top) if (m := match_words(lines[i].text, "SALINAN")) and not m[1]), None
    )
    if mark is not None:
        out["salinan"] = _field(True, 0.95, 0, lines[mark])
    elif lines:
        out["salinan"] = Field(False, 0.7, lines[0].page, lines[0].number)
    nomor = _find(lines, "NOMOR", top, top + 5)
    if head is not None:
        index, errors, rest = head
        stop = nomor[0] if nomor else index + 1
        heading = " ".join([rest, *(ln.text for ln in lines[index + 1 : stop])]).strip(" ,")
        if heading:
            out["pembuat"] = _field(title_case(heading), 0.9, errors, lines[index])
            level = _LEVEL.match(heading)
            jenis = level.group(1) if level else heading
            out["jenis"] = _field(f"Keputusan {title_case(jenis)}", 0.9, errors, lines[index])
    if nomor is None:
        return top
    index, errors, rest = nomor
    parsed = parse_decree_number(rest)
    if parsed is None and index + 1 < len(lines):
        parsed = parse_decree_number(f"{rest} {lines[index + 1].text}")
    if parsed is None:
        if rest:
            out["nomor"] = _field(rest, 0.4, errors, lines[index])
        return index + 1
    compact = re.sub(r"\s*/\s*", "/", rest).casefold()
    repaired = int(parsed.format().casefold() not in compact)
    out["nomor"] = _field(parsed.format(), 0.95, errors + repaired, lines[index])
    out["nomor_parsed"] = parsed
    out["tahun"] = _field(parsed.year, 0.95, errors + repaired, lines[index])
    return index + 1


def _title(lines: list[Line], start: int, out: dict[str, Any]) -> int:
    """The TENTANG title, up to the official's line ("KOMISI ... SOPPENG,")."""
    found = _find(lines, "TENTANG", start, start + 4)
    if found is None:
        return start
    index, errors, rest = found
    parts = [rest] if rest else []
    cursor = index + 1
    ended = False
    while cursor < len(lines) and cursor <= index + 7:
        text = lines[cursor].text
        if match_words(text, "MENIMBANG") or match_words(text, "DENGAN RAHMAT"):
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
        out["judul"] = _field(title, 0.9 if ended else 0.6, errors, lines[index])
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


def read_decree(source: Source) -> DecreeExtraction:
    """Extract a decree's fields from its text: a string (pages split by form feeds), the
    pages of :func:`~jdih_desktop.documents.text.extract_text`, or lists of lines."""
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
    ditetapkan = _find(lines, "DITETAPKAN", (decided[0] if decided else body_end) + 1)
    if decided is not None:
        diktum_end = ditetapkan[0] if ditetapkan else len(lines)
        out["diktum"] = tuple(
            split_items(lines[decided[0]], decided[2], lines[decided[0] + 1 : diktum_end], DIKTUM)
        )
        if "judul" not in out and menetapkan is not None:
            _title_from_menetapkan(lines, menetapkan, out)

    if ditetapkan is not None:
        _signatures(lines, read_place_and_date(lines, ditetapkan, out), out)
    if "tahun" not in out and "tanggal_penetapan" in out:
        when = out["tanggal_penetapan"]
        out["tahun"] = Field(when.value.year, 0.5, when.page, when.line)
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


def _signatures(lines: list[Line], start: int, out: dict[str, Any]) -> None:
    """Signer after the date; certifier after "Salinan sesuai dengan aslinya"; LAMPIRAN."""
    certified = _find(lines, "SALINAN SESUAI", start)
    lampiran = _find(lines, "LAMPIRAN", start)
    stop = min(x[0] for x in (certified, lampiran, (len(lines),)) if x)
    signer = read_block(lines, start, stop)
    if signer.name is not None:
        out["penandatangan"] = _field(signer.name[0], 0.85, 0, signer.name[1])
    if signer.title is not None:
        out["jabatan_penandatangan"] = _field(signer.title[0], 0.85, 0, signer.title[1])
    if certified is not None:
        out["salinan_sesuai_aslinya"] = _field(True, 0.95, certified[1], lines[certified[0]])
        end = lampiran[0] if lampiran and lampiran[0] > certified[0] else len(lines)
        certifier = read_block(lines, certified[0] + 1, end)
        if certifier.name is not None:
            out["pengesah_salinan"] = _field(certifier.name[0], 0.8, 0, certifier.name[1])
        if "salinan" in out and not out["salinan"].value:
            first = lines[0]
            out["salinan"] = Field(True, 0.8, first.page, first.number)
    elif lines:
        last = lines[-1]
        out["salinan_sesuai_aslinya"] = Field(False, 0.7, last.page, last.number)
    if lampiran is not None:
        line = lines[lampiran[0]]
        pages = out["page_count"] - line.page + 1
        out["lampiran_pages"] = _field(pages, 0.85, lampiran[1], line)
    elif lines:
        out["lampiran_pages"] = Field(0, 0.6, lines[-1].page, lines[-1].number)
