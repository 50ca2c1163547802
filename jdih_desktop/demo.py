"""Demo office data: one account per role and a few requests at different SOP steps.

Used by ``jdih-desktop --demo`` (the demo office of ``make run``), the screenshot script and
the GUI tests. The requests are replayed through the real services with a seeding clock that
walks forward to the present, so every timer and audit entry is what a real day would leave.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from jdih_desktop.config import DEMO_OFFICE
from jdih_desktop.context import AppContext
from jdih_desktop.demo_archive import seed_demo_archive
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.content import STEP_DRAFT, STEP_MEETING
from jdih_desktop.domain.sop_steps import DecreeStep
from jdih_desktop.first_run import needs_first_run
from jdih_desktop.workflow.dispositions import DispositionService
from jdih_desktop.workflow.requests import RequestService
from jdih_desktop.workflow.runs import RunService

DEMO_PASSWORD = "demo1234"

# username, full name, NIP, roles
DEMO_USERS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("admin", "Administrator Sistem", "", ("administrator",)),
    ("hasnah", "Hasnah, S.H.", "198204122009122003", ("kasubag", "tim_jdih")),
    ("andi", "Andi Muh. Fadli", "199107082019031012", ("operator", "tim_jdih")),
    ("nurul", "Nurul Aulia, S.Kom.", "", ("desainer", "tim_jdih")),
    ("rahmat", "Rahmat Hidayat", "", ("pengusul",)),
)

# (pengusul, unit, hal, sifat, nota nomor, minutes ago received, steps done, minutes per step)
_REQUESTS: tuple[tuple[str, str, str, str, str, int, int, int], ...] = (
    (
        "Rahmat Hidayat",
        "Subbagian Teknis Penyelenggaraan Pemilu",
        "Salinan SK Nomor 12 Tahun 2026 tentang Penetapan Daftar Pemilih Tetap",
        "segera",
        "045/PL.01-ND/7312/2026",
        4 * 24 * 60,
        3,
        15,
    ),
    (
        "Sitti Rahmawati",
        "Subbagian Perencanaan, Data dan Informasi",
        "Salinan SK Nomor 15 Tahun 2026 tentang Tim Pengelola Data",
        "biasa",
        "051/PY.01-ND/7312/2026",
        45,
        1,
        12,
    ),
    (
        "Rahmat Hidayat",
        "Subbagian Teknis Penyelenggaraan Pemilu",
        "Salinan SK Nomor 16 Tahun 2026 tentang Pembentukan PPK",
        "sangat_segera",
        "052/PP.04-ND/7312/2026",
        36,
        2,
        12,
    ),
    (
        "Muh. Ilham",
        "Subbagian Keuangan, Umum dan Logistik",
        "Salinan SK Nomor 17 Tahun 2026 tentang Pengelola Barang Milik Negara",
        "biasa",
        "053/KU.02-ND/7312/2026",
        17,
        0,
        0,
    ),
    (
        "Sitti Rahmawati",
        "Subbagian Partisipasi dan Hubungan Masyarakat",
        "Salinan SK Nomor 18 Tahun 2026 tentang Relawan Demokrasi",
        "biasa",
        "054/PM.01-ND/7312/2026",
        6,
        0,
        0,
    ),
)


@dataclass
class DemoSeed:
    users: dict[str, Actor] = field(default_factory=dict)
    request_ids: list[int] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)


class _Clock:
    """A clock the seeding moves forward by hand; never past the real present."""

    def __init__(self, start: datetime, ceiling: datetime) -> None:
        self.value = start
        self.ceiling = ceiling

    def set(self, value: datetime) -> None:
        self.value = min(value, self.ceiling)

    def __call__(self) -> datetime:
        return self.value


def seed_demo_users(context: AppContext) -> dict[str, Actor]:
    """The demo accounts (password ``demo1234``); existing ones are left as they are."""
    existing = {u.username: u.as_actor() for u in context.accounts.list_users()}
    users: dict[str, Actor] = {}
    for username, full_name, nip, roles in DEMO_USERS:
        if username in existing:
            users[username] = existing[username]
            continue
        info = context.accounts.add_user(
            SYSTEM, username, full_name, roles, password=DEMO_PASSWORD, nip=nip
        )
        users[username] = info.as_actor()
    return users


def seed_demo(context: AppContext, now: Callable[[], datetime] | None = None) -> DemoSeed | None:
    """Fill an empty office with demo data; None (and nothing changed) when users exist."""
    if not needs_first_run(context):
        return None
    context.office.adopt_if_unset(DEMO_OFFICE)  # a new folder names no office of its own yet
    users = seed_demo_users(context)
    request_ids = seed_demo_requests(context, now)
    with tempfile.TemporaryDirectory(prefix="jdih-demo-") as work:
        document_ids = seed_demo_archive(context, users["andi"], Path(work))
    seed_demo_content(context, users["andi"])
    return DemoSeed(users=users, request_ids=request_ids, document_ids=document_ids)


def seed_demo_requests(context: AppContext, now: Callable[[], datetime] | None = None) -> list[int]:
    """Register the demo requests and move each to its step (needs the demo accounts)."""
    present = (now or context.now)()
    clock = _Clock(present, present)
    runs = RunService(context.db, context.runs.sops, clock)
    requests = RequestService(context.db, runs, context.calendars, clock)
    dispositions = DispositionService(context.db, requests, clock)
    operator = context.accounts.get("andi").as_actor()
    kasubag = context.accounts.get("hasnah").as_actor()
    ids: list[int] = []
    for pengusul, unit, hal, sifat, nota, ago, done, per_step in _REQUESTS:
        received = present - timedelta(minutes=ago)
        clock.set(received)
        view = requests.register(
            operator,
            pengusul_name=pengusul,
            unit=unit,
            hal=hal,
            sifat=sifat,
            nota_dinas_nomor=nota,
            nota_dinas_tanggal=received.date(),
            received_at=received,
        )
        ids.append(view.id)
        at = received
        for key in tuple(DecreeStep)[:done]:  # the SOP's steps in order
            at += timedelta(minutes=per_step)
            clock.set(at)
            if key == DecreeStep.DISPOSISI:
                dispositions.record(
                    kasubag,
                    view.id,
                    to_username="andi",
                    instructions=["Proses lebih lanjut", "Unggah ke laman JDIH"],
                    catatan="Mohon segera diunggah setelah abstrak selesai.",
                )
            else:
                requests.complete_step_key(operator, view.id, key)
    return ids


# (title, planned in days, steps done)
_CONTENT: tuple[tuple[str, int, int], ...] = (
    ("Infografis: cara mencari salinan SK di laman JDIH", 7, 2),
    ("Video singkat: Keputusan Nomor 45 Tahun 2023 tentang Tim Pengelola JDIH", 10, 1),
    ("Kuis hari Jumat: tahapan Pemilihan 2026", 14, 0),
)


def seed_demo_content(context: AppContext, team: Actor) -> list[int]:
    """A few social-media items at the first steps of their SOP (the Media Sosial board)."""
    today = context.now().date()
    ids = []
    for title, days, done in _CONTENT:
        item = context.content.create(team, title=title, planned_date=today + timedelta(days))
        if done >= 1:
            context.content.record_meeting(
                team,
                item.id,
                held_on=today,
                attendees="Hasnah, Andi, Nurul",
                theme="Literasi hukum pemilih",
                minutes="Tema bulan ini: memperkenalkan laman JDIH kepada pemilih pemula.",
            )
            context.content.complete_step(team, item.id, STEP_MEETING)
        if done >= 2:
            context.content.save_draft(
                team,
                item.id,
                text="Tiga langkah mencari salinan SK: buka laman JDIH, ketik nomor, unduh PDF.",
            )
            context.content.complete_step(team, item.id, STEP_DRAFT)
        ids.append(item.id)
    return ids
