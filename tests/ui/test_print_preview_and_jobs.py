"""The shared print preview (QtPdf) and background jobs, offscreen."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import ValidationError
from jdih_desktop.jobs import CancelToken, ProgressFn
from jdih_desktop.ui.jobs import Job
from jdih_desktop.ui.print_preview import PrintPreviewDialog


@pytest.fixture()
def context(demo_office: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("JDIH_NOW", "2026-02-02T08:15+08:00")
    ctx = open_context(demo_office)  # a receipt carries the letterhead
    yield ctx
    ctx.close()


def test_preview_shows_prints_and_saves_a_receipt(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    operator = context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()
    view = context.requests.register(operator, pengusul_name="Rahmat", hal="Salinan SK 19")
    pdf = context.printer.receipt(view.id, two_up=True)
    dialog = PrintPreviewDialog(pdf, "Tanda terima", "tanda-terima.pdf")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    assert dialog.print_button.text() == "&Cetak…"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 1
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")

    saved = dialog.save_to(tmp_path / "salinan")
    assert saved.name == "salinan.pdf" and saved.read_bytes() == pdf


def test_job_delivers_progress_and_result_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    worker: list[int] = []
    progress: list[tuple[int, str]] = []

    def work(report: ProgressFn, token: CancelToken) -> int:
        worker.append(threading.get_ident())
        report(50, "separuh")
        return 42

    job = Job(work)
    job.progress.connect(lambda p, t: progress.append((p, t)))
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
    assert finished.args == [42]
    assert worker and worker[0] != gui
    qtbot.waitUntil(lambda: progress == [(50, "separuh")], timeout=5_000)


def test_job_reports_failure_and_cancellation(qtbot: QtBot) -> None:
    def fail(_report: ProgressFn, _token: CancelToken) -> None:
        raise ValidationError(msg("Berkas rusak.", "Broken file."))

    failing = Job(fail)
    with qtbot.waitSignal(failing.failed, timeout=10_000) as failed:
        failing.start()
    assert isinstance(failed.args[0], ValidationError)

    started = threading.Event()

    def slow(_report: ProgressFn, token: CancelToken) -> str:
        started.set()
        while not token.wait(0.01):
            pass
        token.raise_if_cancelled()
        return "never"

    cancellable = Job(slow)
    with qtbot.waitSignal(cancellable.cancelled, timeout=10_000):
        cancellable.start()
        assert started.wait(5)
        cancellable.cancel()


def test_a_job_whose_owner_was_closed_meanwhile_ends_quietly(qtbot: QtBot) -> None:
    """A wizard shut while its background check ran deletes the job with it; the worker's
    emits then found no sender and raised inside Qt's thread pool (seen in the SOP test)."""
    import shiboken6
    from PySide6.QtCore import QObject

    started, release = threading.Event(), threading.Event()

    def work(progress: ProgressFn, token: CancelToken) -> int:
        started.set()
        release.wait(30)
        progress(50, "halfway")
        return 1

    owner = QObject()
    job = Job(work, owner)
    job.start()
    assert started.wait(30)
    shiboken6.delete(owner)  # the owner (and its child job) is gone while the work runs
    release.set()
    assert job.wait(30)  # the worker let go without raising (pytest-qt fails on a raise)
    assert job.token.cancelled  # the rest of the work was told to stop
