"""The sheets name who acted: the lembar disposisi is signed by the Kasubag who recorded the
disposition, the tanda terima by the operator who registered the request — not by whoever is
first on file."""

from __future__ import annotations

from typing import Any

import pytest

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.sheets import forms
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


@pytest.mark.usefixtures("demo_office")  # the sheet carries the letterhead
def test_the_sheet_ticks_every_recipient(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several recipients: each is ticked on the sheet — an operator among the printed boxes,
    anyone else added after them."""
    add = context.accounts.add_user
    operator = add(SYSTEM, "andi", "Andi Pertama", ["operator"])
    add(SYSTEM, "sitti", "Sitti Kedua", ["operator"])
    add(SYSTEM, "rudi", "Rudi Humas", ["tim_jdih"])
    kasubag = add(SYSTEM, "hasnah", "Hasnah Pertama", ["kasubag"])
    request = context.requests.register(operator.as_actor(), pengusul_name="Rahmat", hal="SK 9")
    context.requests.complete_step(operator.as_actor(), request.id, 1)
    context.dispositions.record(
        kasubag.as_actor(),
        request.id,
        to_username=["sitti", "rudi"],
        instructions=["Proses lebih lanjut"],
    )
    data = context.printer.disposition(request.id)
    # Rudi is no operator, so not among the printed boxes: he is there because he is ticked.
    assert "RudiHumas" in squash(" ".join(page_texts(data)))
    sheets: list[Any] = []
    real = forms.render_disposition
    monkeypatch.setattr(
        forms,
        "render_disposition",
        lambda batch, *a, **k: sheets.extend(batch) or real(batch, *a, **k),
    )
    context.printer.disposition(request.id)
    assert sheets[0].forward_to == ("Sitti Kedua", "Rudi Humas")
    assert "Andi Pertama" in sheets[0].forward_to_options
