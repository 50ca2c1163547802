"""The annex set end to end: every value found with its box, then made unrecoverable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from jdih_desktop.privacy.check import check_pdf
from jdih_desktop.privacy.redact import Region, Secret, extracted_text, redact_pdf
from jdih_desktop.privacy.words import ocr_lines, page_words, render_page
from tests.documents.synth import needs_tesseract
from tests.privacy.annex import Person
from tests.privacy.scoring import recoverable, score


def _all_right(scores: dict[str, Counter[str]]) -> None:
    assert set(scores) == {"nik", "nip", "phone", "address", "birth", "bank"}
    for kind, counts in scores.items():
        assert counts["missed"] == 0 and counts["false"] == 0, (kind, counts)


def test_text_annex_every_value_found_with_its_position(
    annex_pdf: Path, annex_people: list[Person]
) -> None:
    report = check_pdf(annex_pdf, ocr=False)
    _all_right(score(list(report.findings), annex_people))
    nik = next(f for f in report.findings if f.kind == "nik")
    assert nik.page == 1 and nik.source == "text"
    x0, top, x1, bottom = nik.box
    assert 160 < x0 < x1 < 240 and 0 < top < bottom < 612  # the NIK column, on the page


@needs_tesseract
def test_scanned_annex_found_through_ocr_word_boxes_and_redacted(
    tmp_path: Path, annex_scan: Path, scan_people: list[Person]
) -> None:
    report = check_pdf(annex_scan)
    assert report.ocr_pages == (1,)
    _all_right(score(list(report.findings), scan_people))
    out = tmp_path / "publik.pdf"
    regions = [Region(f.page, f.box, f.kind) for f in report.findings]
    secrets = [Secret(f.kind, f.text) for f in report.findings]
    assert redact_pdf(annex_scan, out, regions, secrets).clean
    page_ocr = " ".join(w.text for line in ocr_lines(render_page(out, 0)) for w in line)
    assert "NIK" in page_ocr  # the page is still read, only the values are gone
    assert recoverable(page_ocr, scan_people) == []


@needs_tesseract
def test_redacted_copy_yields_no_value_by_text_or_ocr(
    tmp_path: Path, annex_pdf: Path, annex_people: list[Person]
) -> None:
    assert len(recoverable(extracted_text(annex_pdf), annex_people)) > 50
    words = list(page_words(annex_pdf, ocr=False))
    report = check_pdf(annex_pdf, ocr=False)
    name_box = next(w.box for line in words[0].lines for w in line if w.text == "Nama")
    regions = [Region(f.page, f.box, f.kind) for f in report.findings]
    regions.append(Region(1, name_box, "manual"))  # one the operator drew
    secrets = [Secret(f.kind, f.text) for f in report.findings]
    result = redact_pdf(annex_pdf, tmp_path / "publik.pdf", regions, secrets, words=words)
    assert result.clean, (result.leaks_text, result.leaks_ocr)
    text = extracted_text(result.path)
    assert recoverable(text, annex_people) == []
    assert "Nama" not in text.split()  # the drawn region's word left the text layer too
    assert "LAMPIRAN KEPUTUSAN" in text  # the rest stays searchable
    assert check_pdf(result.path, ocr=False).findings == ()
    assert result.sha256 != "" and annex_pdf.read_bytes() != result.path.read_bytes()


def test_a_black_box_over_live_text_is_caught_by_the_verification(
    tmp_path: Path, annex_pdf: Path
) -> None:
    """The verification is not a formality: a value left in the text layer is reported."""
    report = check_pdf(annex_pdf, ocr=False)
    first = report.findings[0]
    others = [Region(f.page, f.box, f.kind) for f in report.findings[1:]]
    result = redact_pdf(
        annex_pdf,
        tmp_path / "bocor.pdf",
        others,
        [Secret(f.kind, f.text) for f in report.findings],
        verify_ocr=False,
    )
    assert result.leaks_text == (f"{first.kind}:{first.text}",)
    assert not result.clean
