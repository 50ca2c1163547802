"""The page check's orientation Tesseract is one of the pipeline's children: a cancel kills it.

A stand-in ``tesseract`` that never answers plays a stuck OSD run; the real ``detect_orientation``
starts it inside :func:`children_in`, and :meth:`ChildProcesses.kill_all` (what the streaming
pipeline's cancel calls) must end it at once instead of waiting out the 60 s timeout.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PIL import Image

from jdih_desktop.documents.pdf.osd import (
    Orientation,
    OrientationStatus,
    children_in,
    detect_orientation,
)
from jdih_desktop.documents.pdf.page_ocr import ChildProcesses
from tests.support.processes import process_gone, wait_until

LIMIT = 60.0  # s: an upper bound, never a pace


def test_a_cancel_kills_the_orientation_tesseract_of_a_page_check(tmp_path: Path) -> None:
    stuck = tmp_path / "tesseract"
    stuck.write_text("#!/bin/sh\nexec sleep 600\n", encoding="utf-8")
    stuck.chmod(0o755)
    children = ChildProcesses()
    found: list[Orientation] = []

    def check() -> None:  # a pipeline thread running the page check
        with children_in(children):
            found.append(
                detect_orientation(Image.new("L", (400, 400), 255), 200.0, tesseract=str(stuck))
            )

    worker = threading.Thread(target=check)
    worker.start()
    wait_until(lambda: len(children.pids) == 1, LIMIT)
    pid = children.pids[0]
    children.kill_all()
    worker.join(LIMIT)
    assert not worker.is_alive()
    assert process_gone(pid)
    assert found == [Orientation(OrientationStatus.UNAVAILABLE)]
