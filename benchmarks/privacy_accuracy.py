"""Figures for issue #22: personal-data findings on the synthetic annex set, values
recoverable after redaction, and false alarms on the real decree corpus.

    .venv/bin/python benchmarks/privacy_accuracy.py [--annexes 6] [--scans 2] [--corpus DIR]

The annex set (tests/privacy/annex.py) is synthetic people with real region codes and valid
NIK birth-date encodings, as born-digital PDFs and as 300 dpi scans. A scan is judged twice:
through the app's OCR (OCRmyPDF, as import does: the finding comes from the OCR text layer)
and through Tesseract's TSV word boxes on the image-only PDF (what a signed scan gets, since it
is never OCR'd in place). The real corpus has no truth for personal data: every finding there
is printed masked, to be judged by hand (a certified copy's NIP is a true finding).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jdih_desktop.documents.pdf.ocr import OcrOptions, ocr_pdf  # noqa: E402
from jdih_desktop.privacy.check import Finding, check_pdf  # noqa: E402
from jdih_desktop.privacy.redact import Region, Secret, extracted_text, redact_pdf  # noqa: E402
from jdih_desktop.privacy.words import ocr_lines, render_page  # noqa: E402
from tests.privacy.annex import Person, annex_scan_pdf, annex_text_pdf, people  # noqa: E402
from tests.privacy.scoring import recoverable, score  # noqa: E402

KINDS = ("nik", "nip", "phone", "address", "birth", "bank", "email")


def _add(total: dict[str, Counter[str]], part: dict[str, Counter[str]]) -> None:
    for kind, counts in part.items():
        total.setdefault(kind, Counter()).update(counts)


def _table(title: str, total: dict[str, Counter[str]]) -> None:
    print(f"\n{title}")
    print(f"  {'class':<8} {'right':>6} {'missed':>7} {'false':>6}")
    for kind in KINDS:
        c = total.get(kind, Counter())
        if c:
            print(f"  {kind:<8} {c['right']:>6} {c['missed']:>7} {c['false']:>6}")


def _ocr_text(path: Path, pages: int) -> str:
    return "\n".join(
        " ".join(w.text for line in ocr_lines(render_page(path, i)) for w in line)
        for i in range(pages)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annexes", type=int, default=6)
    parser.add_argument("--scans", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/decrees")
    parser.add_argument("--reveal", action="store_true", help="print corpus findings unmasked")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jdih-privacy-bench-"))
    text_total: dict[str, Counter[str]] = {}
    leaks_text = leaks_ocr = values = 0
    started = time.perf_counter()
    for seed in range(args.annexes):
        persons = people(seed=100 + seed, count=12, with_nip=seed % 2 == 0)
        pdf = annex_text_pdf(persons, work / f"annex{seed}.pdf")
        report = check_pdf(pdf, ocr=False)
        _add(text_total, score(list(report.findings), persons))
        leaks_text, leaks_ocr, values = _redaction(
            pdf, report.findings, persons, work, leaks_text, leaks_ocr, values
        )
    _table(f"Born-digital annexes ({args.annexes} x 12 people), text layer", text_total)
    print(
        f"\nRedaction of the born-digital annexes: {values} values; recoverable by text "
        f"extraction {leaks_text}, by OCR of the whole redacted pages {leaks_ocr}"
    )
    app_total: dict[str, Counter[str]] = {}
    scan_leaks = (0, 0, 0)
    tsv_total: dict[str, Counter[str]] = {}
    for seed in range(args.scans):
        persons = people(seed=200 + seed, count=12, with_nip=True)
        scan = annex_scan_pdf(persons, work / f"scan{seed}.pdf")
        tsv_findings = check_pdf(scan).findings
        _add(tsv_total, score(list(tsv_findings), persons))
        ocred = ocr_pdf(scan, work / f"scan{seed}_ocr.pdf", options=OcrOptions()).path
        app_findings = check_pdf(ocred, ocr=False).findings
        _add(app_total, score(list(app_findings), persons))
        for pdf, findings in ((scan, tsv_findings), (ocred, app_findings)):
            scan_leaks = _redaction(pdf, findings, persons, work, *scan_leaks)
    _table(f"300 dpi scans ({args.scans} x 12 people) through the app's OCR", app_total)
    _table(f"300 dpi scans ({args.scans} x 12 people), Tesseract TSV word boxes", tsv_total)
    print(
        f"\nRedaction of the scans (both paths): {scan_leaks[2]} values; recoverable by text "
        f"extraction {scan_leaks[0]}, by OCR of the whole redacted pages {scan_leaks[1]}"
    )
    _corpus(args.corpus, args.reveal)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
    return 0


def _redaction(
    pdf: Path,
    findings: tuple[Finding, ...],
    persons: list[Person],
    work: Path,
    leaks_text: int,
    leaks_ocr: int,
    values: int,
) -> tuple[int, int, int]:
    out = work / f"{pdf.stem}_publik.pdf"
    regions = [Region(f.page, f.box, f.kind) for f in findings]
    redact_pdf(pdf, out, regions, [Secret(f.kind, f.text) for f in findings], verify_ocr=False)
    truth = sum(len(p.truth()) for p in persons)
    return (
        leaks_text + len(recoverable(extracted_text(out), persons)),
        leaks_ocr + len(recoverable(_ocr_text(out, 1), persons)),
        values + truth,
    )


def _corpus(folder: Path, reveal: bool) -> None:
    pdfs = sorted(folder.glob("*.pdf"))
    if not pdfs:
        print(f"\nno corpus at {folder}")
        return
    found: Counter[str] = Counter()
    print(f"\nReal decree corpus ({len(pdfs)} PDFs, text layer only): every finding, masked")
    for pdf in pdfs:
        try:
            report = check_pdf(pdf, ocr=False)
        except Exception as exc:  # a damaged corpus file must not stop the figures
            print(f"  {pdf.name}: {exc}")
            continue
        for f in report.findings:
            found[f.kind] += 1
            shown = f.text if reveal else f.masked()
            print(f"  {pdf.name[:40]:<40} p{f.page:<3} {f.kind:<8} {shown}")
    print("  per class:", dict(found) or "none")


if __name__ == "__main__":
    sys.exit(main())
