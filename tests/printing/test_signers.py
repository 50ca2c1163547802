"""The sheets name who acted: the lembar disposisi is signed by the Kasubag who recorded the
disposition, the tanda terima by the operator who registered the request — not by whoever is
first on file."""

from __future__ import annotations

import pytest

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM
from tests.printing.pdfcheck import page_texts, squash


@pytest.mark.usefixtures("demo_office")  # the sheet carries the letterhead
def test_sheets_are_signed_by_who_acted(context: AppContext) -> None:
    add = context.accounts.add_user
    add(SYSTEM, "andi", "Andi Pertama", ["operator"], nip="199101012019031001")
    second = add(SYSTEM, "sitti", "Sitti Kedua", ["operator"], nip="199202022019032002")
    add(SYSTEM, "hasnah", "Hasnah Pertama", ["kasubag"], nip="198201012009012001")
    acting = add(SYSTEM, "budi", "Budi Pengganti", ["kasubag"], nip="198303032009031003")
    request = context.requests.register(second.as_actor(), pengusul_name="Rahmat", hal="SK 45")
    context.requests.complete_step(second.as_actor(), request.id, 1)
    context.dispositions.record(
        acting.as_actor(), request.id, to_username="sitti", instructions=["Proses lebih lanjut"]
    )

    sheet = squash(" ".join(page_texts(context.printer.disposition(request.id))))
    assert "BudiPengganti" in sheet and "198303032009031003" in sheet
    assert "HasnahPertama" not in sheet
    receipt = squash(" ".join(page_texts(context.printer.receipt(request.id))))
    assert "SittiKedua" in receipt and "AndiPertama" not in receipt
