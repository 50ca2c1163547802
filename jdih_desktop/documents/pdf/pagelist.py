"""The scan wizard's page list: rotate, delete (with undo), move and reorder pages.

Operations only change this list, never the spool files: a rotation becomes the page's
``/Rotate`` at assembly (lossless and instant), a deleted page can be restored until the
document is saved. Indices are 0-based; the UI shows them 1-based.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from jdih_desktop.documents.errors import PageOperationError
from jdih_desktop.documents.pdf.pageproc import PageFlag, PageReport
from jdih_desktop.domain.messages import msg


@dataclass(frozen=True)
class PageEntry:
    """One page to assemble: its image file, a clockwise rotation and the operator flags."""

    source: Path
    rotation: int = 0  # clockwise, a multiple of 90; applied as the PDF page's /Rotate
    flags: frozenset[PageFlag] = field(default_factory=frozenset)
    dpi: tuple[float, float] | None = None  # None: read from the image file

    @classmethod
    def from_report(cls, report: PageReport) -> PageEntry:
        return cls(report.output, 0, report.flags, report.dpi)


def check_quarter_turn(degrees: int) -> None:
    """Pages turn by whole quarter turns only (a PDF page's /Rotate)."""
    if degrees % 90:
        raise PageOperationError(
            msg(
                "Halaman hanya dapat diputar kelipatan 90°, bukan {deg}°.",
                "Pages can only be rotated by multiples of 90°, not {deg}°.",
                deg=degrees,
            )
        )


class PageList:
    """An ordered list of :class:`PageEntry` with the wizard's editing operations."""

    def __init__(self, entries: Iterable[PageEntry] = ()) -> None:
        self._entries: list[PageEntry] = list(entries)
        self._deleted: list[tuple[int, PageEntry]] = []

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> PageEntry:
        return self._entries[self._check(index)]

    @property
    def entries(self) -> tuple[PageEntry, ...]:
        return tuple(self._entries)

    def append(self, entry: PageEntry) -> None:
        self._entries.append(entry)

    def _check(self, index: int) -> int:
        if not 0 <= index < len(self._entries):
            raise PageOperationError(
                msg(
                    "Halaman {page} tidak ada (dokumen ini {count} halaman).",
                    "There is no page {page} (this document has {count} pages).",
                    page=index + 1,
                    count=len(self._entries),
                )
            )
        return index

    def rotate(self, index: int, degrees: int) -> PageEntry:
        """Turn a page clockwise by ``degrees`` (±90, 180, ...); returns the new entry."""
        check_quarter_turn(degrees)
        entry = self._entries[self._check(index)]
        turned = replace(entry, rotation=(entry.rotation + degrees) % 360)
        self._entries[index] = turned
        return turned

    def delete(self, index: int) -> PageEntry:
        entry = self._entries.pop(self._check(index))
        self._deleted.append((index, entry))
        return entry

    def undo_delete(self) -> PageEntry | None:
        """Put the most recently deleted page back where it was; None when nothing to undo."""
        if not self._deleted:
            return None
        index, entry = self._deleted.pop()
        self._entries.insert(min(index, len(self._entries)), entry)
        return entry

    def move(self, source: int, target: int) -> None:
        """Move the page at ``source`` so that it ends up at index ``target``."""
        entry = self._entries.pop(self._check(source))
        if not 0 <= target <= len(self._entries):
            self._entries.insert(source, entry)
            self._check(target)
        self._entries.insert(target, entry)

    def reorder(self, order: Sequence[int]) -> None:
        """Apply a new order given as a permutation of the current indices."""
        if sorted(order) != list(range(len(self._entries))):
            raise PageOperationError(
                msg(
                    "Urutan halaman tidak sah: setiap halaman harus muncul tepat satu kali.",
                    "Invalid page order: every page must appear exactly once.",
                )
            )
        self._entries = [self._entries[i] for i in order]

    def clear_flag(self, index: int, flag: PageFlag) -> None:
        """The operator looked at the page and dismissed a flag (e.g. "not blank")."""
        entry = self._entries[self._check(index)]
        self._entries[index] = replace(entry, flags=entry.flags - {flag})

    def flagged(self, flag: PageFlag) -> list[int]:
        return [i for i, entry in enumerate(self._entries) if flag in entry.flags]
