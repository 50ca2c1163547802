"""Who signs a printed sheet: the one lookup every form and report uses."""

from __future__ import annotations

from sqlalchemy import select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.roles import Role
from jdih_desktop.printing.data import Signatory

KASUBAG_TITLE = "Kepala Subbagian Hukum"


def kasubag_signatory(db: Database) -> Signatory:
    """The first active Kasubag (lowest user id) signs as Kepala Subbagian Hukum.

    No active Kasubag gives an unnamed signature block, for a signature by hand.
    """
    with db.read() as session:
        user = session.scalars(
            select(models.User)
            .join(models.UserRole)
            .where(models.UserRole.role == Role.KASUBAG.value, models.User.active.is_(True))
            .order_by(models.User.id)
        ).first()
        name, nip = (user.full_name, user.nip or None) if user else (None, None)
    return Signatory(title=KASUBAG_TITLE, name=name, nip=nip)
