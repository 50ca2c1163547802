"""Administrative changes through the services: only an Administrator, never the last one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jdih_desktop.context import AppContext
from jdih_desktop.db import models
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.domain.roles import Role
from jdih_desktop.errors import PermissionDeniedError, ValidationError
from jdih_desktop.publishing.errors import PublisherConfigError
from scanner.settings import DEFAULT_PROFILES


def test_the_last_active_administrator_keeps_the_role(context: AppContext) -> None:
    admin = context.accounts.add_user(SYSTEM, "admin", "Admin", ["administrator"]).as_actor()
    context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"])
    with pytest.raises(ValidationError, match="terakhir"):
        context.accounts.set_roles(admin, "admin", ["operator"])
    context.accounts.add_user(admin, "budi", "Budi", ["administrator"])
    assert context.accounts.set_roles(admin, "admin", ["operator"]).roles == (Role.OPERATOR,)
    budi = context.accounts.get("budi").as_actor()
    with pytest.raises(ValidationError, match="terakhir"):
        context.accounts.set_active(SYSTEM, "budi", False)
    assert context.accounts.set_active(budi, "andi", False).active is False
    with pytest.raises(PermissionDeniedError):
        context.accounts.authenticate("andi", "whatever")
    with context.db.read() as session:
        actions = list(session.scalars(select(models.AuditEvent.action)))
    assert {"user.roles", "user.deactivate"} <= set(actions)


def test_other_roles_are_refused_by_every_settings_service(context: AppContext) -> None:
    operator = context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()
    context.accounts.add_user(SYSTEM, "rahmat", "Rahmat", ["pengusul"])
    before = context.paths.config_file.read_text(encoding="utf-8")
    refused = [
        lambda: context.accounts.set_roles(operator, "rahmat", ["administrator"]),
        lambda: context.accounts.set_active(operator, "rahmat", False),
        lambda: context.accounts.reset_password(operator, "rahmat", "12345678"),
        lambda: context.office.update_profile(operator, context.office.profile()),
        lambda: context.calendars.set_office_hours(operator, {"mon": ["08:00-12:00"]}),
        lambda: context.settings.save_scanning(operator, DEFAULT_PROFILES, ""),
        lambda: context.settings.set_backup(operator, "", 3),
        lambda: context.settings.save_publishing(operator, {"kind": "export"}),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert context.paths.config_file.read_text(encoding="utf-8") == before
    assert context.accounts.get("rahmat").roles == (Role.PENGUSUL,)


def test_publisher_settings_refuse_a_password_in_the_file(context: AppContext) -> None:
    with pytest.raises(PublisherConfigError, match="kata sandi"):
        context.settings.save_publishing(
            SYSTEM, {"kind": "ildis", "base_url": "https://x", "username": "o", "password": "p"}
        )
    assert "password" not in context.paths.config_file.read_text(encoding="utf-8")
