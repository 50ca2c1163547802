"""Personal data in a PDF, per page with its position: words -> lines -> detector spans.

A span found in a line's text is mapped back to the words it covers, and its box is theirs;
that box is what the redaction blacks out and what the verification re-OCRs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jdih_desktop.privacy.detectors import (
    CONTACT_KINDS,
    HEADING,
    KINDS,
    PageContext,
    find_spans,
)
from jdih_desktop.privacy.words import Box, PageWords, Word, page_words, union


@dataclass(frozen=True)
class Finding:
    kind: str  # nik | nip | phone | email | address | birth | bank
    page: int
    box: Box  # points, top-left origin
    text: str  # as printed
    value: str  # normalised (digits for numbers)
    source: str  # text | ocr

    def masked(self) -> str:
        """The value with most characters hidden, for screens and logs."""
        shown = self.text
        return shown[:3] + "•" * max(0, len(shown) - 5) + shown[-2:] if len(shown) > 5 else "•••"

    def as_json(self, reveal: bool = False) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "page": self.page,
            "box": [round(v, 1) for v in self.box],
            "text": self.text if reveal else self.masked(),
            "source": self.source,
        }


@dataclass(frozen=True)
class PrivacyReport:
    file_name: str
    pages: int
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    ocr_pages: tuple[int, ...] = ()

    def counts(self) -> dict[str, int]:
        found = Counter(f.kind for f in self.findings)
        return {kind: found[kind] for kind in KINDS if found[kind]}

    def as_json(self, reveal: bool = False) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "pages": self.pages,
            "ocr_pages": list(self.ocr_pages),
            "counts": self.counts(),
            "findings": [f.as_json(reveal) for f in self.findings],
        }


def _line_findings(
    page: PageWords, words: tuple[Word, ...], context: PageContext, allowed: set[str]
) -> Iterable[Finding]:
    text = ""
    offsets: list[tuple[int, int]] = []
    for word in words:
        if text:
            text += " "
        offsets.append((len(text), len(text) + len(word.text)))
        text += word.text
    for span in find_spans(text, context, date.today().year):
        if span.value in allowed:
            continue
        covered = [
            w for w, (a, b) in zip(words, offsets, strict=True) if a < span.end and b > span.start
        ]
        yield Finding(
            kind=span.kind,
            page=page.number,
            box=union([w.box for w in covered]),
            text=text[span.start : span.end],
            value=span.value,
            source=page.source,
        )


def find_in_pages(pages: Iterable[PageWords], allowed: Iterable[str] = ()) -> list[Finding]:
    """Findings of every page; ``allowed`` values (the office's own contacts) are skipped."""
    allow = {a for a in allowed if a}
    found: list[Finding] = []
    for page in pages:
        context = PageContext.of(page.text)
        in_letterhead = page.number == 1
        for words in page.lines:
            line = " ".join(w.text for w in words)
            in_letterhead = in_letterhead and not HEADING.match(line)
            for finding in _line_findings(page, words, context, allow):
                # The institution's address and phone above the decree's heading are public.
                if not (in_letterhead and finding.kind in CONTACT_KINDS):
                    found.append(finding)
    return found


def check_pdf(path: Path, *, allowed: Iterable[str] = (), ocr: bool = True) -> PrivacyReport:
    pages = list(page_words(path, ocr=ocr))
    return PrivacyReport(
        file_name=path.name,
        pages=len(pages),
        findings=tuple(find_in_pages(pages, allowed)),
        ocr_pages=tuple(p.number for p in pages if p.source == "ocr"),
    )
