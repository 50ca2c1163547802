"""Who signs a printed sheet: the one lookup every form and report uses."""

from __future__ import annotations

from sqlalchemy import select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.roles import Role
from jdih_desktop.printing.data import Signatory

KASUBAG_TITLE = "Kepala Subbagian Hukum"


def kasubag_signatory(db: Database, username: str | None = None) -> Signatory:
    """The Kasubag who acted (``username``, active or not: they acted back then) signs as
    Kepala Subbagian Hukum; without one, the first active Kasubag (lowest user id).

    No Kasubag at all gives an unnamed signature block, for a signature by hand.
    """
    with db.read() as session:
        acted = (
            session.scalars(select(models.User).where(models.User.username == username)).first()
            if username
            else None
        )
        user = acted or session.scalars(
            select(models.User)
            .join(models.UserRole)
            .where(models.UserRole.role == Role.KASUBAG.value, models.User.active.is_(True))
            .order_by(models.User.id)
        ).first()
        name, nip = (user.full_name, user.nip or None) if user else (None, None)
    return Signatory(title=KASUBAG_TITLE, name=name, nip=nip)


def printer_signatory(db: Database, printed_by: Actor | None) -> Signatory:
    """Who signs a report (SLA report, archive register): the Kasubag who prints it; when
    someone else prints it (an operator, the command line without ``--by``) the first active
    Kasubag, because only a Kasubag signs as Kepala Subbagian Hukum."""
    acting = printed_by is not None and printed_by.has_role(Role.KASUBAG.value)
    return kasubag_signatory(db, printed_by.username if acting and printed_by else None)
