"""A doubtful signer's name completed from the signers the archive holds, or left alone."""

from __future__ import annotations

import pytest

from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.reading.reader_confidence import SURE, needs_check
from jdih_desktop.documents.reading.reader_signers import complete_signer
from jdih_desktop.documents.reading.reader_text import Field

STORED = ["VERA ELENA LARUNI", "Ir. MAHDI KARTASASMITA, M.S., Ph.D.", "THOMAS DJAMALUDDIN"]


def _read(name: str, confidence: float = 0.6) -> DecreeExtraction:
    return DecreeExtraction(penandatangan=Field(name, confidence, 3, 12, "nama dibaca OCR"))


@pytest.mark.parametrize(
    ("read", "completed"),
    [
        ("Ra Elena Laruni", "VERA ELENA LARUNI"),  # the stamp covered "VE"
        ("Rtasasmita, M.S. Ph.D.", "Ir. MAHDI KARTASASMITA, M.S., Ph.D."),
        ("Pn Se Emamdi Kartasasmita, MS, Ph.D", "Ir. MAHDI KARTASASMITA, M.S., Ph.D."),  # debris
        ("As Djamaluddin", "THOMAS DJAMALUDDIN"),
        ("Laruni", None),  # too little to choose a person by
        ("Siti Aminah", None),  # nobody the archive knows
    ],
)
def test_a_cut_name_is_completed_from_one_stored_signer(read: str, completed: str | None) -> None:
    signer = complete_signer(_read(read), STORED).penandatangan
    assert signer is not None
    assert signer.value == (completed or read)
    assert needs_check(signer.confidence)  # completed or not, the clerk checks it
    assert (signer.page, signer.line) == (3, 12)
    if completed:
        assert completed in signer.reason


def test_two_stored_signers_that_fit_choose_none_and_a_sure_name_is_left_alone() -> None:
    twins = ["ANDI MUHAMMAD YUSUF", "ANDI MUHAMMAD YUSRAN"]
    assert (
        complete_signer(_read("Muhammad Yus"), twins).penandatangan
        == _read("Muhammad Yus").penandatangan
    )
    sure = _read("Elena Laruni", SURE + 0.05)
    assert complete_signer(sure, STORED) == sure
