"""Files of content items: accepting an attachment into the file store, image thumbnails, the
office's platform list, and the integrity check that finds attachments gone from disk.

Attachments are checked (type, size, readable image) before a byte is stored, so a refused
file leaves nothing behind; the check reports a deleted or damaged file instead of failing
when the board or the report later needs it.
"""

from __future__ import annotations

import io
import tomllib
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.content import (
    DEFAULT_LIMITS,
    DEFAULT_PLATFORMS,
    DESIGN_TYPES,
    AttachmentLimits,
    MediaKind,
    classify_attachment,
    parse_platforms,
)
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.errors import ConfigError, ValidationError
from jdih_desktop.storage.filestore import FileStore, StoredBlob

THUMBNAIL_SIZE = (320, 320)
MAX_MEGAPIXELS = 100.0
PLATFORMS_FILE = "platform-media-sosial.toml"

@dataclass(frozen=True)
class Accepted:
    blob: StoredBlob
    kind: MediaKind
    media_type: str
    file_name: str
    thumbnail: StoredBlob | None


def _unreadable(name: str, detail: str) -> ValidationError:
    return ValidationError(
        msg(
            "Berkas {name} tidak dapat dibaca sebagai gambar atau video ({detail}); "
            "mungkin rusak atau ekstensinya salah.",
            "The file {name} cannot be read as an image or video ({detail}); it may be "
            "damaged or have the wrong extension.",
            name=name,
            detail=detail,
        )
    )


def _thumbnail(path: Path) -> bytes:
    """A PNG at most 320 px on a side, upright (EXIF orientation applied)."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # only when a design is attached

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height / 1e6 > MAX_MEGAPIXELS:
                    raise ValidationError(
                        msg(
                            "Gambar {name} terlalu besar ({w}×{h} piksel).",
                            "The image {name} is too large ({w}×{h} pixels).",
                            name=path.name,
                            w=image.width,
                            h=image.height,
                        )
                    )
                image.seek(0)
                upright = ImageOps.exif_transpose(image)
                small = upright.convert("RGBA") if upright.mode in ("P", "LA") else upright
                if small.mode not in ("RGB", "RGBA", "L"):
                    small = small.convert("RGB")
                small.thumbnail(THUMBNAIL_SIZE)
                out = io.BytesIO()
                small.save(out, format="PNG")
                return out.getvalue()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise _unreadable(path.name, type(exc).__name__) from exc


def accept_file(
    files: FileStore,
    path: Path,
    types: Mapping[str, tuple[MediaKind, str]] = DESIGN_TYPES,
    limits: AttachmentLimits = DEFAULT_LIMITS,
    with_thumbnail: bool = True,
) -> Accepted:
    """Check ``path`` and copy it into the store, with a thumbnail when it is an image (and
    ``with_thumbnail``: a scan needs none, and an unregistered one would be a stray file)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            msg(
                "Berkas {path} tidak dapat dibuka: {detail}.",
                "The file {path} cannot be opened: {detail}.",
                path=str(path),
                detail=exc.strerror or str(exc),
            )
        ) from exc
    kind, media_type = classify_attachment(path.name, size, types, limits)
    thumbnail: bytes | None = None
    # The intake gate decides by content; the name only chose which kinds are welcome.
    # Imported here: it brings Pillow, and every context reads this module's platform list.
    from jdih_desktop.documents.gate import IMAGE, PDF, VIDEO, admit

    gate_kind = {MediaKind.IMAGE: IMAGE, MediaKind.VIDEO: VIDEO}.get(kind, PDF)
    admit(path, (gate_kind,))
    if kind is MediaKind.IMAGE:
        thumbnail = _thumbnail(path)
    blob = files.put_file(path)
    keep = thumbnail is not None and with_thumbnail
    thumb = files.put_bytes(thumbnail) if keep and thumbnail is not None else None
    return Accepted(blob, kind, media_type, path.name, thumb)


def register(session: Session, blob: StoredBlob, media_type: str) -> str:
    """The ``stored_files`` row for ``blob`` (created once per content hash)."""
    if session.get(models.StoredFile, blob.sha256) is None:
        session.add(models.StoredFile(sha256=blob.sha256, size=blob.size, media_type=media_type))
        session.flush()
    return blob.sha256


def load_platforms(data_dir: Path) -> tuple[str, ...]:
    """The office's platforms from ``<data folder>/platform-media-sosial.toml``, else the
    default five. A broken file is reported, never silently ignored."""
    path = data_dir / PLATFORMS_FILE
    if not path.is_file():
        return DEFAULT_PLATFORMS
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return parse_platforms(data)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValidationError) as exc:
        detail = exc.message if isinstance(exc, ValidationError) else msg(str(exc), str(exc))
        raise ConfigError(
            msg(
                "Berkas {path} tidak sah: {detail}",
                "The file {path} is invalid: {detail_en}",
                path=str(path),
                detail=detail.render("id"),
                detail_en=detail.render("en"),
            )
        ) from exc


@dataclass(frozen=True)
class FileProblem:
    content_id: int
    what: Msg
    sha256: str
    missing: bool  # False: present but damaged

    @property
    def message(self) -> Msg:
        if self.missing:
            return msg(
                "Konten {id}: {what} ({sha}) hilang dari penyimpanan berkas.",
                "Content {id}: {what_en} ({sha}) is missing from the file store.",
                id=self.content_id,
                what=self.what.render("id"),
                what_en=self.what.render("en"),
                sha=self.sha256[:12],
            )
        return msg(
            "Konten {id}: {what} ({sha}) rusak (isinya berubah); pulihkan dari cadangan.",
            "Content {id}: {what_en} ({sha}) is damaged (its content changed); restore a backup.",
            id=self.content_id,
            what=self.what.render("id"),
            what_en=self.what.render("en"),
            sha=self.sha256[:12],
        )


def check_files(db: Database, files: FileStore) -> list[FileProblem]:
    """Every attachment of every content item checked on disk (present and intact)."""
    refs: list[tuple[int, Msg, str]] = []
    with db.read() as session:
        for meeting in session.scalars(select(models.ContentMeeting)):
            if meeting.scan_sha256:
                name = meeting.scan_file_name or "-"
                what = msg("pindaian notula {name}", "minutes scan {name}", name=name)
                refs.append((meeting.content_id, what, meeting.scan_sha256))
        for design in session.scalars(select(models.ContentDesign)):
            what = msg(
                "desain {platform} {name}",
                "{platform} design {name}",
                platform=design.platform,
                name=design.file_name,
            )
            refs.append((design.content_id, what, design.sha256))
            if design.thumb_sha256:
                thumb = msg(
                    "gambar kecil desain {name}",
                    "thumbnail of design {name}",
                    name=design.file_name,
                )
                refs.append((design.content_id, thumb, design.thumb_sha256))
    problems = []
    for content_id, what, sha in refs:
        if not files.exists(sha):
            problems.append(FileProblem(content_id, what, sha, missing=True))
        elif not files.verify(sha):
            problems.append(FileProblem(content_id, what, sha, missing=False))
    return problems
