"""Signed decree PDFs made in the test run with pyHanko from throwaway CAs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.decree_pdfs import decree_text, text_decree_pdf
from tests.support.pki import Pki, make_pki, sign_pdf


@pytest.fixture(scope="session")
def office_pki() -> Pki:
    return make_pki("CA Uji Kantor", "Andi Pejabat Uji")


@pytest.fixture(scope="session")
def stranger_pki() -> Pki:
    return make_pki("CA Asing", "Budi Orang Lain")


@pytest.fixture(scope="session")
def unsigned_decree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signed")
    return text_decree_pdf(decree_text("01_dpt_soppeng_2023"), folder / "unsigned.pdf")


@pytest.fixture(scope="session")
def signed_decree(unsigned_decree: Path, office_pki: Pki) -> Path:
    path = unsigned_decree.with_name("signed.pdf")
    path.write_bytes(sign_pdf(unsigned_decree.read_bytes(), office_pki))
    return path
