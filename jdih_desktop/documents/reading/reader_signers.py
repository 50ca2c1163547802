"""The signers the office's archive already knows, to complete a name OCR read only in part.

A decree's signer is the same few officials year after year (the Ketua of a KPU Kabupaten, a
regent, an agency head). Under a signature and a round stamp OCR often loses the first word
or a few letters of the name ("ELENA LARUNI" for "VERA ELENA LARUNI", "Rtasasmita" for
"KARTASASMITA", "Pn Se Emamdi Kartasasmita" with stamp debris in front). When such a doubtful
reading matches the end of exactly one signer already stored in the archive, that signer is
proposed instead, still below SURE and with the reason: the clerk confirms it, as any doubtful
field. A clean reading, or one that matches no stored signer or several, is left as it was.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.reading.reader_confidence import DOUBTFUL, SURE, reason
from jdih_desktop.documents.reading.reader_text import Field, similarity

#: How alike the read words must be to the end of a stored name (1 = equal).
MATCH = 0.75
#: Letters the reading must have: "Laruni" alone is too little to choose a person by.
MIN_LETTERS = 8
_DEGREE = re.compile(
    r"^(?:Prof|Dr|Drs|Dra|Ir|H|Hj|S|M|MM|MS|MT|MA|MH|MSi|Ph|PhD|SH|SE|SIP|SSos|MPd|Eng|Sc|"
    r"Si|Psi|Kom|Pd|AP|IP|Hum|Ak|Kes|Kep|Ked|rer|nat)$",
    re.IGNORECASE,
)


def _name_words(name: str) -> list[str]:
    """The words of a person's name, upper case, without degrees and titles."""
    words = re.findall(r"[A-Za-z]+", name.split(",")[0])
    return [w.upper() for w in words if not _DEGREE.match(w)]


def _degrees(name: str) -> str:
    """The degrees after the name's first comma, letters only ("S.E., M.A., Ph.D." → "SEMAPHD")."""
    _, comma, rest = name.partition(",")
    return re.sub(r"[^A-Z]", "", rest.upper()) if comma else ""


def tail_score(read: str, known: str) -> float:
    """How well ``read`` matches the end of ``known`` (0 … 1); the first word read may be the
    cut-off end of its word ("RA" of "VERA"), words of debris before it are ignored.

    A short surname alone ("Kuncoro") is too little to choose a person by; the same string of
    degrees after it ("Kuncoro, S.E., M.A., Ph.D.") counts towards the letters it needs."""
    mine, theirs = _name_words(read), _name_words(known)
    if not mine or not theirs:
        return 0.0
    mine = mine[-len(theirs) :]
    theirs = theirs[-len(mine) :]
    first = theirs[0][-len(mine[0]) :] if len(mine[0]) < len(theirs[0]) else theirs[0]
    a, b = "".join(mine), first + "".join(theirs[1:])
    degrees = _degrees(read)
    evidence = len(a) + (len(degrees) if degrees and degrees == _degrees(known) else 0)
    if evidence < MIN_LETTERS:
        return 0.0
    return similarity(a, b)


def complete_signer(extraction: DecreeExtraction, known: Iterable[str]) -> DecreeExtraction:
    """``extraction`` with a doubtful signer's name completed from one stored signer."""
    read = extraction.penandatangan
    if read is None or read.confidence >= SURE:
        return extraction
    names = {" ".join(_name_words(k)): k for k in known if k and k.strip()}
    scored = sorted(((tail_score(read.value, k), k) for k in names.values()), reverse=True)
    if not scored or scored[0][0] < MATCH:
        return extraction
    if len(scored) > 1 and scored[1][0] > scored[0][0] - 0.1:
        return extraction  # two stored signers fit: choose none
    best = scored[0][1]
    if _name_words(best) == _name_words(read.value):
        return extraction  # read whole already
    why = reason("name_from_archive", name=best)
    completed = Field(best, min(read.confidence, DOUBTFUL), read.page, read.line, why)
    return dataclasses.replace(extraction, penandatangan=completed)


#: Stored decrees of the issuer that must agree on one signer before one is proposed.
AGREEING = 2
#: A proposal has no text behind it at all: far below SURE, below a doubtful reading.
PROPOSED = 0.4
_DELEGATED = re.compile(r"^\W*(a\.?\s*n\.?|u\.?\s*b\.?|plh\.?|plt\.?)(\s|$)", re.IGNORECASE)


def propose_signer(extraction: DecreeExtraction, issuer_signers: Sequence[str]) -> DecreeExtraction:
    """``extraction`` with a signer proposed when OCR read no name at all under a signature
    block ("Ditetapkan di …" was read) and the issuer's latest decrees in the archive
    (``issuer_signers``, most recent first) were all signed by one person, as a regent's or
    a KPU chair's are for years. Not for a delegated block ("a.n.", "Plh."): a deputy signs
    those. Shown at :data:`PROPOSED` with the reason; the clerk confirms or types it."""
    if extraction.penandatangan is not None or extraction.pembuat is None:
        return extraction
    where = extraction.tempat_penetapan or extraction.tanggal_penetapan
    office = extraction.jabatan_penandatangan
    if where is None or (office is not None and _DELEGATED.match(office.value)):
        return extraction
    names = [n for n in issuer_signers if n and n.strip()]
    if len(names) < AGREEING or len({tuple(_name_words(n)) for n in names}) != 1:
        return extraction
    why = reason("name_from_issuer", name=names[0], issuer=extraction.pembuat.value)
    proposed = Field(names[0], PROPOSED, where.page, where.line, why)
    return dataclasses.replace(extraction, penandatangan=proposed)


__all__ = ["AGREEING", "MATCH", "PROPOSED", "complete_signer", "propose_signer", "tail_score"]
