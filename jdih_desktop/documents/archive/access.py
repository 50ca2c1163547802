"""Who may change the archive: the permission table's ``archive.edit`` (operator, Kasubag Hukum,
Administrator)."""

from __future__ import annotations

from jdih_desktop.accounts.permissions import require
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.permissions import PERMISSIONS, Action

WRITE_ROLES = frozenset(role.value for role in PERMISSIONS[Action.ARCHIVE_EDIT])


def check_write_role(actor: Actor) -> None:
    """Raise :class:`PermissionDeniedError` unless ``actor`` may change stored decrees."""
    require(actor, Action.ARCHIVE_EDIT)
