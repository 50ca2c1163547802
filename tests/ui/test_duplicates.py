"""A decree already in the archive stops the wizard before storing: the stored one is shown
with a choice (open it, store as a new version, cancel). The number is compared by the
archive's key (case and OCR spacing aside); "45" against "45 Tahun 2023" waits for the number
parts #17 adds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo import DemoSeed, seed_demo
from jdih_desktop.ui.print_preview import PrintPreviewDialog
from jdih_desktop.ui.wizard.duplicates import DuplicateDialog, may_store
from tests.ui.gui_helpers import when_modal


@pytest.fixture()
def demo(data_dir: Path) -> Iterator[tuple[AppContext, DemoSeed]]:
    context = open_context(data_dir)
    seed = seed_demo(context)
    assert seed is not None
    yield context, seed
    context.close()


def _form(context: AppContext, nomor: str) -> dict[str, object]:
    stored = next(
        context.archive.get(i)
        for i in range(1, 10)
        if context.archive.get(i).metadata.nomor == "45 Tahun 2023"
    )
    meta = stored.metadata
    return {"jenis": meta.jenis, "nomor": nomor, "tahun": meta.tahun, "judul": "Tim JDIH"}


def test_a_stored_decree_stops_the_store_until_a_choice(
    qtbot: QtBot, demo: tuple[AppContext, DemoSeed]
) -> None:
    context, _seed = demo
    form = _form(context, "45  tahun 2023")  # as OCR read it
    seen: list[DuplicateDialog] = []
    viewers: list[PrintPreviewDialog] = []

    def look_then_cancel(dialog: DuplicateDialog) -> None:
        seen.append(dialog)
        dialog.open_selected()
        viewers.extend(dialog.findChildren(PrintPreviewDialog))
        dialog.cancel_button.click()

    when_modal(DuplicateDialog, look_then_cancel)
    assert may_store(None, context, form) is False  # type: ignore[arg-type]
    assert "45 Tahun 2023" in seen[0].items.item(0).text()
    assert viewers and viewers[0].document.pageCount() >= 1

    when_modal(DuplicateDialog, lambda dialog: dialog.store_button.click())
    assert may_store(None, context, form) is True  # type: ignore[arg-type]

    # A number nobody stored goes straight through, without asking.
    assert may_store(None, context, _form(context, "77 Tahun 2023")) is True  # type: ignore[arg-type]
