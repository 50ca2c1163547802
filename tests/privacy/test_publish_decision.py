"""The publish step asks: a decree with undecided personal data is not queued; the decision
(redact / as is with a reason) is audited and decides which file the site gets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jdih_desktop.config import AppConfig, save_config
from jdih_desktop.context import AppContext, open_context
from jdih_desktop.db import models
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.errors import ValidationError
from jdih_desktop.paths import resolve_paths
from jdih_desktop.privacy.redact import extracted_text
from jdih_desktop.publishing.items import publication_item
from jdih_desktop.signatures.verify import verify_pdf
from jdih_desktop.storage.filestore import sha256_of
from tests.documents.synth import needs_tesseract
from tests.privacy.annex import Person, annex_text_pdf, people
from tests.privacy.scoring import recoverable
from tests.support.office import with_demo_office
from tests.support.pki import make_pki, sign_pdf

ADMIN = Actor(None, "admin-uji", frozenset({"administrator", "operator"}))
JENIS = "Keputusan Komisi Pemilihan Umum Kabupaten"


@pytest.fixture()
def context(data_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    config = AppConfig()
    config.publishing.kind = "export"
    config.publishing.options = {
        "target_dir": str(tmp_path / "situs"),
        "site_base_url": "https://jdih.contoh.go.id",
    }
    save_config(config, resolve_paths(data_dir).config_file)
    with_demo_office(data_dir)  # its T.E.U. goes with decrees that have none
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


def _store(context: AppContext, pdf: Path) -> int:
    meta = DecreeMetadata(
        judul="Penetapan Anggota PPS",
        nomor="123/PL.01.1-Kpt/7312/2023",
        tahun=2023,
        jenis=JENIS,
        tanggal_penetapan=date(2023, 3, 14),
    )
    return context.archive.create(ADMIN, meta, main_pdf=pdf, page_count=1).id


def _events(context: AppContext, action: str) -> list[dict[str, object]]:
    with context.db.read() as session:
        rows = session.scalars(select(models.AuditEvent).where(models.AuditEvent.action == action))
        return [dict(r.after or {}) for r in rows]


@pytest.fixture()
def persons() -> list[Person]:
    return people(seed=21, count=4)


def test_undecided_findings_block_the_queue_until_a_reasoned_decision(
    context: AppContext, tmp_path: Path, persons: list[Person]
) -> None:
    doc = _store(context, annex_text_pdf(persons, tmp_path / "lampiran.pdf"))
    with pytest.raises(ValidationError) as refused:
        context.outbox.enqueue(ADMIN, doc)
    assert "data pribadi" in refused.value.message.render("id")
    assert "4 NIK" in refused.value.message.render("id")
    assert "personal data" in refused.value.message.render("en")
    assert context.outbox.store.for_target(doc, context.outbox.targets.resolve(None)) == []
    with pytest.raises(ValidationError):
        context.privacy.decide(ADMIN, doc, "as_is", "")  # as is needs a reason
    with pytest.raises(ValidationError):
        context.privacy.decide(ADMIN, doc, "redact")  # nothing redacted yet
    context.privacy.decide(ADMIN, doc, "as_is", "Daftar pejabat yang wajib diumumkan")
    assert context.outbox.enqueue(ADMIN, doc).state == "queued"
    (event,) = _events(context, "privacy.decision")
    assert event["decision"] == "as_is" and event["counts"]["nik"] == 4  # type: ignore[index]
    assert "wajib diumumkan" in str(event["reason"])


@needs_tesseract
def test_redacted_copy_is_what_the_site_gets_and_the_original_stays(
    context: AppContext, tmp_path: Path, persons: list[Person]
) -> None:
    pdf = annex_text_pdf(persons, tmp_path / "lampiran.pdf")
    doc = _store(context, pdf)
    out = tmp_path / "publik.pdf"
    result, broken = context.privacy.redact_document(ADMIN, doc, out)
    assert not broken and result.clean and sha256_of(out) == result.sha256
    context.privacy.decide(ADMIN, doc, "redact")
    item = publication_item(context.archive, doc)
    assert item.main_sha256 == result.sha256 != sha256_of(pdf)
    assert recoverable(extracted_text(item.main_pdf), persons) == []
    assert context.archive.file_path(doc, "main").read_bytes() == pdf.read_bytes()
    assert context.outbox.enqueue(ADMIN, doc).state == "queued"


def test_check_off_for_the_jenis_lets_it_through(
    context: AppContext, tmp_path: Path, persons: list[Person]
) -> None:
    doc = _store(context, annex_text_pdf(persons, tmp_path / "lampiran.pdf"))
    context.privacy.set_check(ADMIN, JENIS, False)
    assert context.outbox.enqueue(ADMIN, doc).state == "queued"
    assert _events(context, "privacy.setting")[0]["check_enabled"] is False


@needs_tesseract
def test_redacting_a_signed_decree_says_the_signature_breaks_and_records_the_choice(
    context: AppContext, tmp_path: Path, persons: list[Person]
) -> None:
    pki = make_pki()
    signed = tmp_path / "lampiran_tte.pdf"
    signed.write_bytes(sign_pdf(annex_text_pdf(persons, tmp_path / "l.pdf").read_bytes(), pki))
    doc = _store(context, signed)
    result, broken = context.privacy.redact_document(ADMIN, doc)
    assert broken and result.clean
    assert verify_pdf(context.archive.file_path(doc, "redacted"), []).state == "unsigned"
    context.privacy.decide(ADMIN, doc, "as_is", "Asli bertanda tangan; data sudah diizinkan")
    item = publication_item(context.archive, doc)
    assert item.main_pdf.read_bytes() == signed.read_bytes()  # the signed original goes
    (event,) = _events(context, "privacy.decision")
    assert event["signed"] is True and event["signature_kept"] is True


@needs_tesseract
def test_a_new_main_file_needs_a_new_decision_and_drops_the_old_public_copy(
    context: AppContext, tmp_path: Path, persons: list[Person]
) -> None:
    doc = _store(context, annex_text_pdf(persons, tmp_path / "lampiran.pdf"))
    context.privacy.redact_document(ADMIN, doc)
    context.privacy.decide(ADMIN, doc, "redact")
    assert context.archive.get(doc).file("public") is not None
    newer = annex_text_pdf(people(seed=22, count=2), tmp_path / "lampiran_baru.pdf")
    context.archive.attach(ADMIN, doc, "main", newer)
    with pytest.raises(ValidationError):
        context.outbox.enqueue(ADMIN, doc)
    assert context.archive.get(doc).file("public") is None
    assert publication_item(context.archive, doc).main_sha256 == sha256_of(newer)
