"""Accounts on both engines: roles, passwords, permissions, and an intact audit chain."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from jdih_desktop.accounts.passwords import hash_password, verify_password
from jdih_desktop.accounts.service import AccountService
from jdih_desktop.db.audit import iter_chain
from jdih_desktop.db.engine import Database
from jdih_desktop.db.models import AuditEvent
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.audit_chain import verify_chain
from jdih_desktop.domain.roles import Role
from jdih_desktop.errors import PermissionDeniedError, ValidationError


def test_add_list_and_authenticate(db: Database) -> None:
    accounts = AccountService(db)
    kasubag = accounts.add_user(
        SYSTEM, "Hasnah", "Hasnah, S.H.", ["kasubag", "tim_jdih"], password="rahasia123"
    )
    accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"])
    assert kasubag.username == "hasnah"
    assert set(kasubag.roles) == {Role.KASUBAG, Role.TIM_JDIH}
    assert [u.username for u in accounts.list_users()] == ["andi", "hasnah"]
    assert accounts.authenticate("HASNAH", "rahasia123").id == kasubag.id
    with pytest.raises(PermissionDeniedError):
        accounts.authenticate("hasnah", "salah")
    with pytest.raises(PermissionDeniedError):
        accounts.authenticate("andi", "")  # no password set: cannot log in


@pytest.mark.parametrize(
    ("username", "roles"),
    [("a", ["operator"]), ("ok_name", ["raja"]), ("ok_name", []), ("bad name", ["operator"])],
)
def test_invalid_users_are_refused(db: Database, username: str, roles: list[str]) -> None:
    accounts = AccountService(db)
    with pytest.raises(ValidationError):
        accounts.add_user(SYSTEM, username, "", roles)
    assert accounts.list_users() == []


def test_duplicate_username_is_refused(db: Database) -> None:
    accounts = AccountService(db)
    accounts.add_user(SYSTEM, "andi", "Andi", ["operator"])
    with pytest.raises(ValidationError, match="sudah dipakai"):
        accounts.add_user(SYSTEM, "Andi", "Andi lain", ["operator"])


def test_only_an_administrator_adds_users(db: Database) -> None:
    accounts = AccountService(db)
    operator = Actor(1, "andi", frozenset({"operator"}))
    with pytest.raises(PermissionDeniedError):
        accounts.add_user(operator, "budi", "Budi", ["operator"])


def test_every_change_is_in_an_unbroken_audit_chain(db: Database) -> None:
    accounts = AccountService(db)
    accounts.add_user(SYSTEM, "andi", "Andi", ["operator"])
    accounts.add_user(SYSTEM, "budi", "Budi", ["kasubag"], password="rahasia123")
    accounts.set_password(SYSTEM, "andi", "sandi-baru-123")
    with db.read() as session:
        rows = list(iter_chain(session))
    assert [r[3]["action"] for r in rows] == ["user.add", "user.add", "user.password"]
    assert verify_chain(rows) == []
    # the password never reaches the audit log
    assert all("sandi-baru-123" not in repr(r) and "rahasia123" not in repr(r) for r in rows)
    # editing a row breaks the chain at that row
    with db.write() as session:
        first = session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).first()
        session.execute(update(AuditEvent).where(AuditEvent.id == first).values(actor_name="x"))
    with db.read() as session:
        problems = verify_chain(list(iter_chain(session)))
    assert [p.event_id for p in problems] == [first]


def test_password_hash_round_trip() -> None:
    stored = hash_password("kata sandi panjang")
    assert stored.startswith("scrypt$")
    assert "kata sandi" not in stored
    assert verify_password("kata sandi panjang", stored)
    assert not verify_password("kata sandi pendek", stored)
    assert not verify_password("x", "garbage")
