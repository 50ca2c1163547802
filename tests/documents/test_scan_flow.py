"""The wizard's store through :class:`ScanFlowService`: one transaction, never twice.

The draft's PDF is a born-digital decree put where ``analyse`` leaves its result, so these
tests exercise the store (and a resumed store that reads the PDF again) without a scanner.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.db import models
from jdih_desktop.documents import intake as intake_module
from jdih_desktop.documents.drafts import ScanDraft
from jdih_desktop.documents.pdf.assembly import AssemblyResult
from jdih_desktop.documents.reading.reader_confidence import needs_check
from jdih_desktop.documents.scan_flow import SCANNED, SEARCHABLE
from jdih_desktop.documents.stream_events import StreamedPdf
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.messages import Msg
from jdih_desktop.domain.sop_steps import DecreeStep
from jdih_desktop.errors import ValidationError
from jdih_desktop.jobs import CancelToken
from tests.documents.decree_pdfs import decree_text, text_decree_pdf

FINAL = Abstract(
    subjek=("DAFTAR PEMILIH TETAP",),
    tahun=2023,
    singkatan="KEP KPU KAB SOPPENG NO. 19 TAHUN 2023",
    judul="PENETAPAN DAFTAR PEMILIH TETAP",
    abstrak=("pertimbangan", "dasar hukum", "isi"),
    catatan=("Keputusan mulai berlaku pada tanggal ditetapkan.",),
)


class Crash(Exception):
    """The program dying at this point (power cut, kill -9)."""


@pytest.fixture()
def operator(context: AppContext) -> Actor:
    context.accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"], password="rahasia-123")
    return context.accounts.get("andi").as_actor()


def _request_at_abstract(context: AppContext, operator: Actor) -> int:
    context.accounts.add_user(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"], password="x-123456")
    kasubag = context.accounts.get("hasnah").as_actor()
    view = context.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 19/2023")
    context.requests.complete_step_key(operator, view.id, DecreeStep.PERMOHONAN)
    context.dispositions.record(
        kasubag, view.id, to_username=operator.username, instructions=["Proses"]
    )
    return view.id


def _analysed_draft(context: AppContext, request_id: int | None) -> ScanDraft:
    """A draft as ``analyse`` leaves it: its PDF (here born-digital) in the draft folder."""
    flow = context.scan_flow
    draft = flow.new_draft(request_id=request_id)
    text_decree_pdf(decree_text("01_dpt_soppeng_2023"), flow.drafts.folder(draft) / SCANNED)
    draft.pdf = SCANNED
    draft.step = "review"
    flow.drafts.save(draft)
    return draft


def _count(context: AppContext, model: type[models.Base]) -> int:
    with context.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _linked(context: AppContext, request_id: int) -> int | None:
    with context.db.read() as session:
        request = session.get(models.Request, request_id)
        assert request is not None
        return request.document_id


def _current_key(context: AppContext, request_id: int) -> str | None:
    current = context.requests.get(request_id).current_step
    return current.key if current else None


def test_store_commits_decree_final_abstract_and_abstract_step_together(
    context: AppContext, operator: Actor
) -> None:
    request_id = _request_at_abstract(context, operator)
    assert _current_key(context, request_id) == DecreeStep.ABSTRAK
    draft = _analysed_draft(context, request_id)

    document = context.scan_flow.store(operator, draft, {}, FINAL)

    assert document.metadata.nomor == "19 Tahun 2023"
    assert context.abstracts.get(document.id).state == "final"
    assert _current_key(context, request_id) == DecreeStep.UNGGAH
    assert _linked(context, request_id) == document.id
    assert context.archive.from_scan_draft(draft.id) == document
    saved = context.scan_flow.load_draft(draft.id)
    assert (saved.document_id, saved.step) == (document.id, "publish")
    # A second click stores nothing more.
    assert context.scan_flow.store(operator, draft, {}, FINAL).id == document.id
    assert _count(context, models.Document) == 1


def test_crash_before_the_draft_is_saved_resumes_without_a_second_import(
    context: AppContext, operator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id = _request_at_abstract(context, operator)
    draft = _analysed_draft(context, request_id)
    flow = context.scan_flow

    def crash(_draft: ScanDraft) -> None:
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(flow.drafts, "save", crash)
        with pytest.raises(Crash):
            flow.store(operator, draft, {}, FINAL)

    # What a restarted wizard sees: the draft on disk, without the document id.
    resumed = flow.load_draft(draft.id)
    assert resumed.document_id is None
    other_flow = open_context(context.paths.data_dir)
    try:
        document = other_flow.scan_flow.store(operator, resumed, {}, FINAL)
    finally:
        other_flow.close()
    assert _count(context, models.Document) == 1
    assert flow.load_draft(draft.id).document_id == document.id
    assert _current_key(context, request_id) == DecreeStep.UNGGAH


def test_a_failure_inside_the_store_leaves_nothing_half_done(
    context: AppContext, operator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id = _request_at_abstract(context, operator)
    draft = _analysed_draft(context, request_id)
    flow = context.scan_flow

    def refuse(*_args: object) -> bool:
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(context.requests, "complete_running_step_in", refuse)
        with pytest.raises(Crash):
            flow.store(operator, draft, {}, FINAL)

    assert _count(context, models.Document) == 0
    assert _count(context, models.Abstract) == 0
    assert _current_key(context, request_id) == DecreeStep.ABSTRAK
    assert _linked(context, request_id) is None
    assert flow.load_draft(draft.id).document_id is None
    document = flow.store(operator, draft, {}, FINAL)
    assert _count(context, models.Document) == 1
    assert _current_key(context, request_id) == DecreeStep.UNGGAH
    assert flow.load_draft(draft.id).document_id == document.id


def test_an_incomplete_abstract_is_refused_before_anything_is_stored(
    context: AppContext, operator: Actor
) -> None:
    draft = _analysed_draft(context, None)
    incomplete = Abstract(("DPT",), 2023, "KEP", "Judul", ("a",), ())
    with pytest.raises(ValidationError, match="ABSTRAK"):
        context.scan_flow.store(operator, draft, {}, incomplete)
    assert _count(context, models.Document) == 0
    assert context.scan_flow.load_draft(draft.id).document_id is None


class _FinishedStream:
    """A draft's stream whose pages were OCR'd: ``finish`` lays ``source`` (our OCR's text
    layer) where the streaming assembly puts it. The reading after it is the real one."""

    def __init__(self, source: Path) -> None:
        self._source = source
        self.failures: list[Msg] = []

    def finish(self, _draft: ScanDraft, target: Path, *_args: object, **_kw: object) -> StreamedPdf:
        shutil.copyfile(self._source, target)
        pages = len(PdfReader(target).pages)
        assembly = AssemblyResult(target, pages, target.stat().st_size, "", False, (), 0)
        return StreamedPdf(assembly, text_pages=pages, texts=())


def test_the_wizards_analyse_applies_the_steps_after_reading_as_the_import_does(
    context: AppContext, operator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan read in the wizard gets what `jdih import` gets after the reader
    (documents.reading.after_reading): a name the stamp cut completed from the archive's
    signer, and a lost date read again from its line, each doubtful with its reason."""
    text = decree_text("01_dpt_soppeng_2023")
    context.intake.import_pdf(operator, text_decree_pdf(text, tmp_path / "stored.pdf"))
    scanned = text.replace("NOMOR 19 TAHUN 2023", "NOMOR 25 TAHUN 2023").split("\fLAMPIRAN")[0]
    scanned = scanned.replace("  IRWAN USMAN", "    WAN USMAN", 1)
    scanned = scanned.replace("pada tanggal 23 Juni 2023", "pada tanggal ?? ;|.. 2O?3", 1)
    source = text_decree_pdf(scanned, tmp_path / "ocr-layer.pdf")
    looked_at: list[int] = []

    def reread(pdf: Path, page: int) -> list[list[str]]:  # Tesseract on the line, stood in
        assert pdf.name == SEARCHABLE
        looked_at.append(page)
        return [["pada tanggal 23 Juni 2023", "pada tanggal 23 Juni 2023", "pada tanggal 2 Jun"]]

    monkeypatch.setattr(intake_module, "reread_lines", reread)
    flow = context.scan_flow
    draft = flow.new_draft()
    monkeypatch.setattr(flow, "stream", lambda _draft: _FinishedStream(source))

    analysis = flow.analyse(draft, lambda _p, _t: None, CancelToken())

    signer = analysis.fields["penandatangan"]
    assert signer.value == "Irwan Usman"
    assert needs_check(signer.confidence) and "Irwan Usman" in signer.reason
    when = analysis.fields["tanggal_penetapan"]
    assert when.value == "2023-06-23" and looked_at
    assert needs_check(when.confidence) and when.reason
    saved = flow.load_draft(draft.id).metadata.fields
    assert saved["penandatangan"].value == "Irwan Usman"
