"""Annexes of synthetic people, as born-digital PDFs and as 300 dpi scans."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.privacy.annex import Person, annex_scan_pdf, annex_text_pdf, people


@pytest.fixture(scope="session")
def annex_people() -> list[Person]:
    return people(seed=11, count=10, with_nip=True)


@pytest.fixture(scope="session")
def annex_pdf(tmp_path_factory: pytest.TempPathFactory, annex_people: list[Person]) -> Path:
    return annex_text_pdf(annex_people, tmp_path_factory.mktemp("annex") / "lampiran.pdf")


@pytest.fixture(scope="session")
def scan_people() -> list[Person]:
    return people(seed=12, count=3, with_nip=True)


@pytest.fixture(scope="session")
def annex_scan(tmp_path_factory: pytest.TempPathFactory, scan_people: list[Person]) -> Path:
    return annex_scan_pdf(scan_people, tmp_path_factory.mktemp("scan") / "lampiran_scan.pdf")
