"""First run: an empty data folder gets its office profile and first administrator.

The GUI shows a short setup dialog instead of a login error when no account exists yet; this
module is the service behind it (the CLI reaches the same state with ``jdih users add``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from jdih_desktop.accounts.service import UserInfo
from jdih_desktop.config import DEMO_OFFICE
from jdih_desktop.context import AppContext
from jdih_desktop.db import audit, models
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.roles import Role
from jdih_desktop.errors import ValidationError


@dataclass(frozen=True)
class OfficeBasics:
    """What a new office must say about itself before the first form is printed."""

    name: str
    short_name: str
    city: str = ""
    province: str = ""
    regency_code: str = ""


def needs_first_run(context: AppContext) -> bool:
    """True while the database has no user account at all."""
    with context.db.read() as session:
        return not session.scalar(select(func.count()).select_from(models.User))


def complete_first_run(
    context: AppContext,
    office: OfficeBasics,
    *,
    username: str,
    full_name: str,
    password: str,
    nip: str = "",
) -> UserInfo:
    """Save the office basics and create the first administrator.

    Refused once any user exists, so a second PC cannot take over an office's database.
    """
    if not needs_first_run(context):
        raise ValidationError(
            msg(
                "Penyiapan awal sudah dilakukan; masuk dengan akun yang ada.",
                "The first-run setup is already done; sign in with an existing account.",
            )
        )
    if not office.name.strip():
        raise ValidationError(msg("Nama kantor wajib diisi.", "The office name is required."))
    if len(password) < 8:
        raise ValidationError(
            msg("Kata sandi minimal 8 karakter.", "The password must have at least 8 characters.")
        )
    _save_office(context, office)
    return context.accounts.add_user(
        SYSTEM, username, full_name, [Role.ADMINISTRATOR.value], password=password, nip=nip
    )


# The letterhead's contact lines of the demo office, which data folders made before the office
# defaults were emptied were seeded with; the setup does not ask for them, so it must not keep
# them.
_DEMO_CONTACT = ("address", "phone", "email", "website")


def _save_office(context: AppContext, office: OfficeBasics) -> None:
    name = " ".join(office.name.split())
    values = {
        "name": name,
        "short_name": " ".join(office.short_name.split()) or name,
        "teu_badan": f"Indonesia. {name}",
        "city": office.city.strip(),
        "province": office.province.strip(),
        "regency_code": office.regency_code.strip(),
    }
    demo = DEMO_OFFICE
    with context.db.write() as session:
        row = session.get(models.OfficeProfile, 1)
        assert row is not None, "open_context seeds the profile"
        # A new office's letterhead names only what it entered, never the demo office's
        # address, telephone, e-mail or website (entered later in Pengaturan → Profil kantor).
        values |= {key: "" for key in _DEMO_CONTACT if getattr(row, key) == getattr(demo, key)}
        before = {key: getattr(row, key) for key in values}
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = context.now()
        audit.record(
            session,
            SYSTEM,
            "office.first_run",
            "office",
            1,
            at=context.now(),
            before=before,
            after=values,
        )
