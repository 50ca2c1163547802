"""The "Pemeriksaan" panel: signature state and personal data, and the recorded decision."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.ui.document_checks import DocumentChecks
from tests.privacy.annex import annex_text_pdf, people


def test_panel_shows_both_checks_and_records_publish_as_is(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    operator: Actor = context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()
    doc = context.archive.create(
        operator,
        DecreeMetadata(judul="Penetapan Anggota PPS", nomor="7 Tahun 2024", tahun=2024),
        main_pdf=annex_text_pdf(people(seed=41, count=2), tmp_path / "lampiran.pdf"),
    ).id
    panel = DocumentChecks(context, operator)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_document(doc)
    qtbot.waitUntil(lambda: "2 NIK" in panel.privacy.text(), timeout=30000)
    qtbot.waitUntil(lambda: "tidak bertanda tangan" in panel.signature.text(), timeout=30000)
    assert "BELUM diputuskan" in panel.privacy.text()
    assert panel.publish_as_is.isEnabled() and not panel.publish_redacted.isEnabled()
    panel._decide("as_is", "Uji: data ini boleh terbit")
    qtbot.waitUntil(
        lambda: "diputuskan: terbitkan apa adanya" in panel.privacy.text(), timeout=30000
    )
    assert context.privacy.review(doc).decision == "as_is"  # type: ignore[union-attr]
