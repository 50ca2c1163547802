"""Errors of the printing layer: a clerk sees these when a document cannot be produced."""

from __future__ import annotations

from jdih_desktop.domain.errors import JdihError


class PrintingError(JdihError):
    """A document could not be built or saved (missing font, unwritable folder, bad choice)."""
