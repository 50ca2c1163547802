"""The social-media SOP (SOP b) as rules: its steps, its platforms, what may be attached, and
the one transition the generic SOP engine lacks — sending an item back to an earlier step.

Pure Python: the workflow service applies these rules to stored items.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action, allowed
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop_run import (
    ClockError,
    RoleNotAllowedError,
    RunState,
    SopRun,
    StepState,
    TransitionError,
)
from jdih_desktop.domain.worktime import to_utc

CONTENT_SOP = "media-sosial"

# Step numbers of SOP b as the seed numbers them (resources/sop/media-sosial.toml).
STEP_MEETING = 1
STEP_DRAFT = 2
STEP_DESIGN = 3
STEP_REVIEW = 4
STEP_PUBLISH = 5
STEP_EVALUATION = 6

DEFAULT_PLATFORMS = ("Instagram", "Facebook", "X", "YouTube", "TikTok")

MB = 1024 * 1024


class MediaKind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    DOCUMENT = "document"


# Extension → (kind, media type). Only formats every platform accepts (and Pillow reads).
DESIGN_TYPES: Mapping[str, tuple[MediaKind, str]] = {
    ".png": (MediaKind.IMAGE, "image/png"),
    ".jpg": (MediaKind.IMAGE, "image/jpeg"),
    ".jpeg": (MediaKind.IMAGE, "image/jpeg"),
    ".webp": (MediaKind.IMAGE, "image/webp"),
    ".gif": (MediaKind.IMAGE, "image/gif"),
    ".mp4": (MediaKind.VIDEO, "video/mp4"),
    ".m4v": (MediaKind.VIDEO, "video/mp4"),
    ".mov": (MediaKind.VIDEO, "video/quicktime"),
    ".webm": (MediaKind.VIDEO, "video/webm"),
}
SCAN_TYPES: Mapping[str, tuple[MediaKind, str]] = {
    ".pdf": (MediaKind.DOCUMENT, "application/pdf"),
    ".png": (MediaKind.IMAGE, "image/png"),
    ".jpg": (MediaKind.IMAGE, "image/jpeg"),
    ".jpeg": (MediaKind.IMAGE, "image/jpeg"),
    ".tif": (MediaKind.IMAGE, "image/tiff"),
    ".tiff": (MediaKind.IMAGE, "image/tiff"),
}


@dataclass(frozen=True)
class AttachmentLimits:
    """Largest accepted file per kind, in bytes (Instagram takes 30 MB images, 650 MB video)."""

    image: int = 30 * MB
    video: int = 650 * MB
    document: int = 50 * MB

    def for_kind(self, kind: MediaKind) -> int:
        return {MediaKind.IMAGE: self.image, MediaKind.VIDEO: self.video}.get(kind, self.document)


DEFAULT_LIMITS = AttachmentLimits()


def _size_text(size: int) -> str:
    return f"{size / MB:.1f} MB".replace(".", ",")


def classify_attachment(
    name: str,
    size: int,
    types: Mapping[str, tuple[MediaKind, str]] = DESIGN_TYPES,
    limits: AttachmentLimits = DEFAULT_LIMITS,
) -> tuple[MediaKind, str]:
    """(kind, media type) of a file about to be attached; a clear refusal when its type is not
    accepted or it is larger than the limit for its kind."""
    dot = name.rfind(".")
    extension = name[dot:].lower() if dot >= 0 else ""
    if extension not in types:
        raise ValidationError(
            msg(
                "Berkas {name} tidak dapat dilampirkan: jenis {ext} tidak didukung. "
                "Jenis yang diterima: {known}.",
                "The file {name} cannot be attached: type {ext} is not supported. "
                "Accepted types: {known}.",
                name=name,
                ext=extension or "(tanpa ekstensi)",
                known=", ".join(sorted(types)),
            )
        )
    kind, media_type = types[extension]
    limit = limits.for_kind(kind)
    if size > limit:
        raise ValidationError(
            msg(
                "Berkas {name} terlalu besar ({size}); batas untuk berkas jenis ini {limit}. "
                "Perkecil atau kompres berkasnya lalu lampirkan lagi.",
                "The file {name} is too large ({size}); the limit for this kind of file is "
                "{limit}. Make it smaller or compress it, then attach it again.",
                name=name,
                size=_size_text(size),
                limit=_size_text(limit),
            )
        )
    if size == 0:
        raise ValidationError(msg("Berkas {name} kosong.", "The file {name} is empty.", name=name))
    return kind, media_type


def parse_platforms(data: Mapping[str, Any]) -> tuple[str, ...]:
    """The office's platforms from a ``platforms = [...]`` table; refuses blanks and repeats."""
    values = data.get("platforms")
    unknown = set(data) - {"platforms"}
    if unknown or not isinstance(values, list) or not values:
        raise ValidationError(
            msg(
                'Daftar platform harus berbentuk platforms = ["Instagram", ...].',
                'The platform list must read platforms = ["Instagram", ...].',
            )
        )
    names: list[str] = []
    for value in values:
        name = " ".join(str(value).split()) if isinstance(value, str) else ""
        if not name or len(name) > 40 or name.lower() in (n.lower() for n in names):
            raise ValidationError(
                msg(
                    "Nama platform {value!r} kosong, terlalu panjang, atau berulang.",
                    "The platform name {value!r} is blank, too long or repeated.",
                    value=value,
                )
            )
        names.append(name)
    return tuple(names)


def match_platform(name: str, platforms: Iterable[str]) -> str:
    """The configured spelling of ``name`` (case-insensitive), or a refusal naming the choices."""
    wanted = " ".join(name.split()).lower()
    known = tuple(platforms)
    for platform in known:
        if platform.lower() == wanted:
            return platform
    raise ValidationError(
        msg(
            "Platform {name!r} tidak dikenal; pilih {known}.",
            "Unknown platform {name!r}; choose {known}.",
            name=name,
            known=", ".join(known),
        )
    )


def may_act(role: Role, by_roles: Collection[Role], what: str, what_en: str) -> None:
    """The step's role, or whoever may act for any role (the Kasubag, per the permission
    table), records a step's data; anyone else is refused."""
    if role not in by_roles and not allowed(by_roles, Action.STEP_ACT_FOR_ANY_ROLE):
        raise RoleNotAllowedError(
            msg(
                "{what} dikerjakan oleh {role}; peran Anda tidak termasuk.",
                "{what_en} is done by {role_en}; your roles do not include it.",
                what=what,
                what_en=what_en,
                role=role.label.render("id"),
                role_en=role.label.render("en"),
            )
        )


def current_step_no(run: SopRun) -> int | None:
    current = run.current_step
    return current.no if current is not None else None


def send_back(run: SopRun, to_step: int, at: datetime) -> SopRun:
    """Reopen ``to_step`` at ``at`` (its timer starts afresh) and set every later step waiting.

    Used when the team asks for changes in review (back to design) and when an approved item
    is edited (back to review): the SOP then runs forward again from there. The earlier
    attempt stays in the audit log and the review history.
    """
    at = to_utc(at)
    if run.state is not RunState.ACTIVE:
        raise TransitionError(
            msg("Konten ini sudah selesai atau dibatalkan.", "This item is already closed.")
        )
    if at < run.last_event_at:
        raise ClockError(
            msg(
                "Jam komputer tampaknya mundur; tidak ada yang diubah.",
                "The computer clock seems to have gone back; nothing was changed.",
            )
        )
    current = current_step_no(run)
    if current is None or current <= to_step:
        raise TransitionError(
            msg(
                "Langkah {no} belum selesai; tidak ada yang dikembalikan.",
                "Step {no} is not done yet; there is nothing to send back.",
                no=to_step,
            )
        )
    steps = []
    for step in run.steps:
        if step.no == to_step:
            step = replace(
                step,
                state=StepState.RUNNING,
                started_at=at,
                ended_at=None,
                completed_by=None,
                override_reason=None,
                pauses=(),
            )
        elif step.no > to_step:
            step = replace(
                step,
                state=StepState.WAITING,
                started_at=None,
                ended_at=None,
                completed_by=None,
                override_reason=None,
                pauses=(),
            )
        steps.append(step)
    return replace(run, steps=tuple(steps), last_event_at=at)
