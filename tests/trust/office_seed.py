"""A seeded office for the trust tests: users, requests through the SOP steps, stored files.

Built through the real services on a real data folder, and dumped table by table and file by
file so a restore can be compared with what was backed up.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from jdih_desktop.context import AppContext
from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.workflow.dispositions import DispositionService

FROZEN_NOW = "2026-02-03T09:30+08:00"


@dataclass(frozen=True)
class Seeded:
    request_ids: tuple[int, ...]
    file_shas: tuple[str, ...]


def pdf_bytes(label: str) -> bytes:
    """A small, valid one-page PDF whose content differs by ``label``."""
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    pdf.docinfo["/Title"] = label
    import io

    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def store_attachment(context: AppContext, request_id: int, name: str, data: bytes) -> str:
    """Store ``data`` and attach it to a request, as the attachment service does."""
    blob = context.files.put_bytes(data)
    with context.db.write() as session:
        if session.get(models.StoredFile, blob.sha256) is None:
            session.add(
                models.StoredFile(
                    sha256=blob.sha256,
                    size=blob.size,
                    media_type="application/pdf",
                    created_at=context.now(),
                )
            )
            session.flush()
        session.add(
            models.RequestAttachment(
                request_id=request_id, sha256=blob.sha256, kind="salinan_sk", file_name=name
            )
        )
        audit.record(
            session,
            SYSTEM,
            "request.attach",
            "request",
            request_id,
            at=context.now(),
            after={"file": name, "sha256": blob.sha256},
        )
    return blob.sha256


def seed_office(context: AppContext) -> Seeded:
    accounts = context.accounts
    andi = accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"]).as_actor()
    hasnah = accounts.add_user(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"]).as_actor()
    accounts.add_user(SYSTEM, "rahmat", "Rahmat", ["pengusul"])
    admin = accounts.add_user(SYSTEM, "admin", "Admin", ["administrator"]).as_actor()
    dispositions = DispositionService(context.db, context.requests, context.now)
    ids: list[int] = []
    shas: list[str] = []
    for n in range(3):
        view = context.requests.register(
            andi, pengusul_name=f"Pengusul {n}", hal=f"Salinan SK Nomor {n + 1} Tahun 2026"
        )
        ids.append(view.id)
        shas.append(store_attachment(context, view.id, f"sk-{n}.pdf", pdf_bytes(f"SK {n}")))
    # Request 1: through every step, with a pause.
    context.requests.complete_step(andi, ids[0], 1)
    dispositions.record(hasnah, ids[0], to_username="andi", instructions=["Proses"])
    context.requests.pause_step(andi, ids[0], 3, "Menunggu lampiran")
    context.requests.resume_step(andi, ids[0], 3)
    context.requests.complete_step(andi, ids[0], 3)
    context.requests.complete_step(andi, ids[0], 4)
    # Request 2: the administrator completes the operator's step as an audited override.
    context.requests.complete_step(admin, ids[1], 1, override_reason="Operator cuti")
    # Request 3: withdrawn.
    context.requests.cancel(andi, ids[2], "Ditarik pengusul")
    # The same file twice is stored once.
    shas.append(store_attachment(context, ids[1], "copy.pdf", pdf_bytes("SK 0")))
    # A busier office: more requests, each with its scan, left at different steps.
    for n in range(3, 12):
        view = context.requests.register(
            andi, pengusul_name=f"Pengusul {n}", hal=f"Salinan SK Nomor {n + 1} Tahun 2026"
        )
        ids.append(view.id)
        shas.append(store_attachment(context, view.id, f"sk-{n}.pdf", pdf_bytes(f"SK {n}")))
        if n % 2:
            context.requests.complete_step(andi, view.id, 1)
        elif n % 4 == 0:
            context.requests.pause_step(andi, view.id, 1, "Menunggu nota dinas")
    return Seeded(tuple(ids), tuple(dict.fromkeys(shas)))


def dump_tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (SQLite's own bookkeeping included), in a stable order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        if db.is_sqlite:
            names = [
                r[0]
                for r in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
        else:
            names = sorted(inspect(connection).get_table_names())
        for name in names:
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).fetchall()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def dump_files(root: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file under ``root``."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
