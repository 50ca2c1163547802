"""The services' side of the permission table: refuse with a typed error a clerk understands."""

from __future__ import annotations

from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.permissions import Action, allowed, denial
from jdih_desktop.errors import PermissionDeniedError


def may(actor: Actor | None, action: Action) -> bool:
    """True when ``actor``'s roles allow ``action`` (for the GUI to enable or hide a control)."""
    return actor is not None and allowed(actor.roles, action)


def require(actor: Actor, action: Action) -> None:
    """Raise :class:`PermissionDeniedError` unless ``actor``'s roles allow ``action``."""
    if not allowed(actor.roles, action):
        raise PermissionDeniedError(denial(action))
