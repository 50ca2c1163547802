"""OCRmyPDF plugin, loaded only inside the OCR subprocess, that reports progress on stderr.

OCRmyPDF's own progress bar draws for a terminal and switches off without one. This plugin
replaces it with one machine-readable line per update, which :mod:`jdih_desktop.documents.pdf.ocr`
reads to show "page 3 of 12". Format: ``@@JDIH-PROGRESS\\t<desc>\\t<done>\\t<total>``.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

from ocrmypdf import hookimpl

from jdih_desktop.documents.pdf.ocr import PROGRESS_PREFIX


class LineProgressBar:
    """Implements OCRmyPDF's ``ProgressBar`` protocol; ignores ``disable`` on purpose."""

    def __init__(
        self,
        *,
        total: float | None = None,
        desc: str | None = None,
        unit: str | None = None,
        disable: bool = False,
        **kwargs: Any,
    ) -> None:
        self.total = total
        self.desc = desc or ""
        self.done = 0.0

    def _emit(self) -> None:
        total = "" if self.total is None else f"{self.total:g}"
        line = f"{PROGRESS_PREFIX}\t{self.desc}\t{self.done:g}\t{total}"
        print(line, file=sys.stderr, flush=True)

    def __enter__(self) -> LineProgressBar:
        self._emit()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def update(self, n: float = 1, *, completed: float | None = None) -> None:
        self.done = completed if completed is not None else self.done + n
        self._emit()


@hookimpl
def get_progressbar_class() -> type[LineProgressBar]:
    return LineProgressBar
