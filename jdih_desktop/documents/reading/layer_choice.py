"""Whether a scan's own OCR layer (a publisher's or scanner's) is worth reading again with ours.

Publishers' OCR layers range from good to useless: on some real scans the layer has the
heading in the middle of the page's text and its words mangled ("KEPUTUSAN REKIOR
UNMERSITAS", "NoMoR Ag0 /sK/R/ur/2o2o"), so the reader finds no issuer and no number at all.
Reading every such scan again would cost minutes of OCR for nothing when the layer is fine,
so the layer is judged by what the reader made of it: only a layer in whose heading the issuer
or the number could not be found is OCR'd again with our own Tesseract, and our text is kept
only when the reader finds more in it. Both readings are OCR text, so nothing read from
either is shown as sure beyond what the reader allows OCR text.
"""

from __future__ import annotations

from jdih_desktop.documents.reading.reader import DecreeExtraction

#: The fields a reading is judged by: what the clerk must otherwise type.
SCORED = (
    "jenis",
    "nomor",
    "tahun",
    "judul",
    "tempat_penetapan",
    "tanggal_penetapan",
    "penandatangan",
)


def reading_score(extraction: DecreeExtraction) -> float:
    """Sum of the confidences of the scored fields found (a field not found counts 0)."""
    found = extraction.fields()
    return sum(found[name].confidence for name in SCORED if name in found)


def layer_needs_own_ocr(extraction: DecreeExtraction) -> bool:
    """True when the reading of an OCR layer found no issuer or no number in its heading."""
    return extraction.jenis is None or extraction.nomor is None


def own_ocr_is_better(layer: DecreeExtraction, own: DecreeExtraction) -> bool:
    """True when our OCR's reading finds more (by :func:`reading_score`) than the layer's."""
    return reading_score(own) > reading_score(layer)


__all__ = ["SCORED", "layer_needs_own_ocr", "own_ocr_is_better", "reading_score"]
