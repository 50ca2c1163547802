"""Scan-wizard drafts: the work of an unfinished wizard, kept on disk so nothing is lost.

An operator may close the wizard at any page — to answer the phone, or because the PC froze —
and resume later. A draft folder holds the scanned page images (moved out of the scanner's spool
once a scan ends) and ``draft.json``: the page order, rotations, deletions and flags, the
assembled PDF, the text, the metadata and abstract being edited, and where the document went.
The JSON is replaced atomically on every save, so a crash leaves the previous state.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jdih_desktop.documents.pdf.pagelist import PageEntry
from jdih_desktop.documents.pdf.pageproc import PageFlag, ProcessOptions, process_page
from jdih_desktop.domain.draft_metadata import DraftMetadata
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import NotFoundError
from jdih_desktop.jobs import CancelToken, ProgressFn, percent
from jdih_desktop.storage.atomic import fsync_dir, write_bytes_atomic

DRAFT_FILE = "draft.json"
FORMAT = 1


@dataclass(frozen=True)
class DraftPage:
    """One page of the draft: its image file (relative to the draft folder) and the edits."""

    file: str
    rotation: int = 0
    flags: tuple[str, ...] = ()
    deleted: bool = False
    dpi: tuple[float, float] | None = None
    processed: bool = False  # uprighted, deskewed, cropped and checked for blankness


@dataclass
class ScanDraft:
    id: str
    created_at: str
    updated_at: str
    step: str = "device"
    device: str = ""
    profile: str = ""
    request_id: int | None = None
    pages: list[DraftPage] = field(default_factory=list)
    pdf: str = ""  # assembled file, relative to the draft folder
    text: str = ""
    metadata: DraftMetadata = field(default_factory=DraftMetadata)
    abstract: dict[str, Any] = field(default_factory=dict)
    document_id: int | None = None
    publication_id: int | None = None
    url: str = ""

    @property
    def live_pages(self) -> list[DraftPage]:
        return [p for p in self.pages if not p.deleted]

    def title(self) -> str:
        judul = self.metadata.value("judul")
        return judul or f"{len(self.live_pages)} halaman ({self.created_at[:16].replace('T', ' ')})"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _to_json(draft: ScanDraft) -> bytes:
    data = asdict(draft)
    data["metadata"] = draft.metadata.to_json()
    data["format"] = FORMAT
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _from_json(raw: bytes) -> ScanDraft:
    data = json.loads(raw)
    data.pop("format", None)
    pages = [
        DraftPage(
            file=str(p["file"]),
            rotation=int(p.get("rotation", 0)),
            flags=tuple(p.get("flags", ())),
            deleted=bool(p.get("deleted", False)),
            dpi=(float(p["dpi"][0]), float(p["dpi"][1])) if p.get("dpi") else None,
            processed=bool(p.get("processed", False)),
        )
        for p in data.pop("pages", [])
    ]
    metadata = DraftMetadata.from_json(data.pop("metadata", None))
    return ScanDraft(pages=pages, metadata=metadata, **data)


class DraftStore:
    """The drafts of one data folder (``<data>/drafts/<id>/``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, draft: ScanDraft | str) -> Path:
        return self.root / (draft if isinstance(draft, str) else draft.id)

    def new(self, *, request_id: int | None = None) -> ScanDraft:
        now = _now()
        draft = ScanDraft(id=uuid.uuid4().hex[:12], created_at=now, updated_at=now)
        draft.request_id = request_id
        self.folder(draft).joinpath("pages").mkdir(parents=True)
        self.save(draft)
        return draft

    def save(self, draft: ScanDraft) -> None:
        draft.updated_at = _now()
        write_bytes_atomic(self.folder(draft) / DRAFT_FILE, _to_json(draft))

    def load(self, draft_id: str) -> ScanDraft:
        path = self.folder(draft_id) / DRAFT_FILE
        try:
            return _from_json(path.read_bytes())
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise NotFoundError(
                msg(
                    "Draf pindai {id} tidak ada atau rusak.",
                    "Scan draft {id} is missing or damaged.",
                    id=draft_id,
                )
            ) from exc

    def all(self) -> list[ScanDraft]:
        """Drafts newest first; a damaged one is skipped rather than blocking the others."""
        if not self.root.exists():
            return []
        drafts = []
        for folder in self.root.iterdir():
            if (folder / DRAFT_FILE).exists():
                try:
                    drafts.append(self.load(folder.name))
                except NotFoundError:
                    continue
        return sorted(drafts, key=lambda d: d.updated_at, reverse=True)

    def delete(self, draft: ScanDraft) -> None:
        shutil.rmtree(self.folder(draft), ignore_errors=True)

    def add_pages(
        self,
        draft: ScanDraft,
        files: Iterable[Path],
        *,
        dpis: Sequence[tuple[float, float] | None] | None = None,
        at: int | None = None,
        move: bool = True,
    ) -> list[DraftPage]:
        """Take page images into the draft (moved out of the spool by default), in order.

        ``at`` inserts before that position among all pages (a rescan of a missing sheet);
        None appends.
        """
        pages_dir = self.folder(draft) / "pages"
        pages_dir.mkdir(parents=True, exist_ok=True)
        taken: list[DraftPage] = []
        files = list(files)
        for index, source in enumerate(files):
            name = f"{uuid.uuid4().hex[:10]}{source.suffix.lower()}"
            target = pages_dir / name
            if move:
                try:
                    os.replace(source, target)
                except OSError:  # another file system: copy, then remove
                    shutil.copyfile(source, target)
                    source.unlink()
            else:
                shutil.copyfile(source, target)
            dpi = dpis[index] if dpis is not None else None
            taken.append(DraftPage(file=f"pages/{name}", dpi=dpi))
        fsync_dir(pages_dir)
        position = len(draft.pages) if at is None else max(0, min(at, len(draft.pages)))
        draft.pages[position:position] = taken
        self.save(draft)
        return taken

    def page_path(self, draft: ScanDraft, page: DraftPage) -> Path:
        return self.folder(draft) / page.file

    def entries(self, draft: ScanDraft) -> list[PageEntry]:
        """The live pages as the assembler takes them, in the edited order."""
        return [
            PageEntry(
                self.page_path(draft, p),
                rotation=p.rotation,
                flags=frozenset(PageFlag(f) for f in p.flags if f in PageFlag._value2member_map_),
                dpi=p.dpi,
            )
            for p in draft.live_pages
        ]

    @staticmethod
    def update_page(draft: ScanDraft, index: int, **changes: Any) -> DraftPage:
        page = replace(draft.pages[index], **changes)
        draft.pages[index] = page
        return page


def process_pages(
    drafts: DraftStore,
    draft: ScanDraft,
    progress: ProgressFn,
    token: CancelToken,
    options: ProcessOptions | None = None,
) -> int:
    """Upright, straighten and crop the pages not yet processed, flagging suspect blanks.

    One page at a time, saving the draft after each, so a cancel or a crash keeps what is done.
    Returns how many pages were processed.
    """
    todo = [i for i, p in enumerate(draft.pages) if not p.processed and not p.deleted]
    for count, index in enumerate(todo, 1):
        token.raise_if_cancelled()
        page = draft.pages[index]
        source = drafts.page_path(draft, page)
        target = source.with_name(f"{source.stem}-olah{source.suffix}")
        report = process_page(source, target, options)
        file = page.file if not report.changed else f"pages/{target.name}"
        flags = tuple(sorted({*page.flags, *(str(f) for f in report.flags)}))
        DraftStore.update_page(draft, index, file=file, flags=flags, dpi=report.dpi, processed=True)
        drafts.save(draft)
        if report.changed:
            source.unlink(missing_ok=True)
        progress(percent(count, len(todo)), f"Memeriksa halaman {count} dari {len(todo)}")
    return len(todo)
