"""A doubtful signer's name completed from the signers the archive holds, or left alone."""

from __future__ import annotations

import pytest

from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.reading.reader_confidence import SURE, needs_check
from jdih_desktop.documents.reading.reader_signers import PROPOSED, complete_signer, propose_signer
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


@pytest.mark.parametrize(
    ("read", "completed"),
    [
        # A surname alone is too little, but with the stored signer's exact degrees it is one.
        ("Kuncoro, S.E., M.A., Ph.D.", "Prof. Ari Kuncoro, S.E., M.A., Ph.D."),
        ("Kuncoro", None),
        ("Kuncoro, S.H.", None),  # other degrees: another person, perhaps
        ("Kuncoro, S.E., M.A.", None),  # degrees read in part are no evidence
    ],
)
def test_a_surname_with_the_stored_signers_degrees_is_completed(
    read: str, completed: str | None
) -> None:
    stored = [*STORED, "Prof. Ari Kuncoro, S.E., M.A., Ph.D."]
    signer = complete_signer(_read(read), stored).penandatangan
    assert signer is not None and signer.value == (completed or read)
    assert needs_check(signer.confidence)


def test_a_surname_with_degrees_two_stored_signers_share_chooses_none() -> None:
    stored = ["Prof. Ari Kuncoro, S.E., M.A., Ph.D.", "Budi Kuncoro, S.E., M.A., Ph.D."]
    read = _read("Kuncoro, S.E., M.A., Ph.D.")
    assert complete_signer(read, stored).penandatangan == read.penandatangan


def _unsigned(office: str | None = "Bupati,") -> DecreeExtraction:
    """A decree whose signature block was read ("Ditetapkan di …") but no name under it."""
    return DecreeExtraction(
        pembuat=Field("Bupati Donggala", 0.9, 1, 1),
        tempat_penetapan=Field("Donggala", 0.9, 3, 20),
        jabatan_penandatangan=Field(office, 0.85, 3, 22) if office else None,
    )


def test_a_missing_name_is_proposed_when_the_issuers_latest_decrees_agree() -> None:
    signer = propose_signer(_unsigned(), ["VERA ELENA LARUNI", "Vera Elena Laruni"]).penandatangan
    assert signer is not None and signer.value == "VERA ELENA LARUNI"
    assert signer.confidence == PROPOSED and needs_check(signer.confidence)
    assert "Bupati Donggala" in signer.reason and "VERA ELENA LARUNI" in signer.reason
    assert (signer.page, signer.line) == (3, 20)  # where the signature block was read


@pytest.mark.parametrize(
    ("extraction", "stored"),
    [
        (_unsigned(), ["VERA ELENA LARUNI"]),  # one stored decree is too little
        (_unsigned(), ["VERA ELENA LARUNI", "KASMAN LASSA"]),  # a new regent: choose none
        (_unsigned(), []),
        (_unsigned("a.n. BUPATI DONGGALA"), ["VERA ELENA LARUNI"] * 3),  # a deputy signs
        (_unsigned("Plh. Bupati"), ["VERA ELENA LARUNI"] * 3),
        (DecreeExtraction(pembuat=Field("Bupati Donggala", 0.9, 1, 1)), ["VERA"] * 3),  # no block
        (_read("Ra Elena Laruni"), ["VERA ELENA LARUNI"] * 3),  # a name was read: not this rule
    ],
)
def test_no_signer_is_proposed_without_agreeing_evidence(
    extraction: DecreeExtraction, stored: list[str]
) -> None:
    assert propose_signer(extraction, stored) == extraction
