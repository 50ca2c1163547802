"""The dashboard board, request attachments, the first-run service and the demo office, on a
real SQLite data folder with a frozen clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pikepdf
import pytest

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo import DEMO_PASSWORD, seed_demo
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.domain.timers import Level
from jdih_desktop.errors import ValidationError
from jdih_desktop.first_run import OfficeBasics, complete_first_run, needs_first_run

NOW = datetime.fromisoformat("2026-02-03T10:30+08:00")


@pytest.fixture()
def context(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("JDIH_NOW", NOW.isoformat())
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


def test_demo_office_has_requests_at_every_step(context: AppContext) -> None:
    seed = seed_demo(context)
    assert seed is not None and len(seed.request_ids) == 5
    assert context.accounts.authenticate("hasnah", DEMO_PASSWORD).full_name == "Hasnah, S.H."
    board = context.dashboard.load()
    assert sorted(i.step.no for i in board.items) == [1, 1, 2, 3, 4]
    assert board.counters(NOW) == {
        "belum_didisposisi": 1,
        "belum_diabstrak": 1,
        "menunggu_unggah": 1,
        "terlambat": 1,
    }
    levels = {i.agenda: i.timer(board.calendar, NOW).level for i in board.items}  # type: ignore[union-attr]
    assert set(levels.values()) == {Level.OK, Level.NOTICE, Level.WARNING, Level.OVERDUE}
    assert seed_demo(context) is None, "never seeds an office that has users"


def test_board_crossings_are_computed_in_memory(context: AppContext) -> None:
    operator = context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()
    context.requests.register(
        operator, pengusul_name="R", hal="A", received_at=NOW - timedelta(minutes=9)
    )
    board = context.dashboard.load()
    found = board.crossings(NOW, NOW + timedelta(minutes=2))
    assert [(c.level, c.at) for c in found] == [(Level.NOTICE, NOW + timedelta(minutes=1))]
    assert board.crossings(NOW, NOW) == []


def test_attachment_is_stored_and_listed(context: AppContext, tmp_path: Path) -> None:
    operator = context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()
    view = context.requests.register(operator, pengusul_name="R", hal="A")
    source = tmp_path / "nota.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(source)
    attached = context.attachments.attach(operator, view.id, "nota_dinas", source)
    again = context.attachments.attach(operator, view.id, "salinan_sk", source)
    assert attached.sha256 == again.sha256  # stored once
    assert [(a.kind, a.file_name) for a in context.attachments.list(view.id)] == [
        ("nota_dinas", "nota.pdf"),
        ("salinan_sk", "nota.pdf"),
    ]
    assert context.attachments.path(attached).read_bytes() == source.read_bytes()
    with pytest.raises(ValidationError):
        context.attachments.attach(operator, view.id, "foto", source)
    program = tmp_path / "nota2.pdf"
    program.write_bytes(b"MZ\x90\x00 a program renamed")
    with pytest.raises(ValidationError, match="ditolak"):  # the gate types by content
        context.attachments.attach(operator, view.id, "nota_dinas", program)
    assert len(context.attachments.list(view.id)) == 2


def test_first_run_only_once(context: AppContext) -> None:
    assert needs_first_run(context)
    office = OfficeBasics(name="Komisi Pemilihan Umum Kabupaten Wajo", short_name="KPU Wajo")
    admin = complete_first_run(context, office, username="admin", full_name="A", password="x" * 8)
    assert admin.as_actor().has_role("administrator")
    assert context.office.profile().teu_badan == "Indonesia. Komisi Pemilihan Umum Kabupaten Wajo"
    # the new office's letterhead carries nothing of the demo office (Soppeng)
    head = context.printer.letterhead()
    assert head.name_lines == ("KOMISI PEMILIHAN UMUM", "KABUPATEN WAJO")
    assert (head.address, head.phone, head.email, head.website, head.city) == (None,) * 5
    with pytest.raises(ValidationError):
        complete_first_run(context, office, username="other", full_name="B", password="y" * 8)
