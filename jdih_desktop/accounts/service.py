"""Local user accounts: create, list, authenticate. Every change is audited."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from jdih_desktop.accounts.passwords import hash_password, verify_password
from jdih_desktop.accounts.permissions import require
from jdih_desktop.db import audit
from jdih_desktop.db.engine import Database
from jdih_desktop.db.models import OsUserLink, User, UserRole
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.roles import Role, parse_role
from jdih_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    nip: str
    roles: tuple[Role, ...]
    active: bool

    def as_actor(self) -> Actor:
        return Actor(self.id, self.username, frozenset(r.value for r in self.roles))


def parse_roles(values: Iterable[str]) -> tuple[Role, ...]:
    """Distinct roles in the order given; at least one."""
    roles: list[Role] = []
    for value in values:
        role = parse_role(value)
        if role not in roles:
            roles.append(role)
    if not roles:
        raise ValidationError(
            msg("Setiap pengguna perlu minimal satu peran.", "Every user needs at least one role.")
        )
    return tuple(roles)


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        nip=user.nip,
        roles=tuple(Role(r.role) for r in sorted(user.roles, key=lambda r: r.role)),
        active=user.active,
    )


def _os_name(value: str) -> str:
    name = value.strip()
    if not name or len(name) > 128:
        raise ValidationError(
            msg(
                "Nama akun sistem {name!r} tidak sah.",
                "The OS account name {name!r} is invalid.",
                name=value,
            )
        )
    return name


def _active_administrators() -> Select[int]:
    return (
        select(func.count(User.id))
        .join(UserRole)
        .where(UserRole.role == Role.ADMINISTRATOR.value, User.active.is_(True))
    )


class AccountService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._now = now

    def add_user(
        self,
        actor: Actor,
        username: str,
        full_name: str,
        roles: Iterable[str],
        *,
        password: str | None = None,
        nip: str = "",
    ) -> UserInfo:
        require(actor, Action.USER_MANAGE)
        username = username.strip().lower()
        if not _USERNAME.match(username):
            raise ValidationError(
                msg(
                    "Nama pengguna {name!r} tidak sah: 2–64 huruf kecil, angka, titik, garis "
                    "bawah atau tanda hubung.",
                    "The user name {name!r} is invalid: 2–64 lower-case letters, digits, dots, "
                    "underscores or hyphens.",
                    name=username,
                )
            )
        parsed = parse_roles(roles)
        with self._db.write() as session:
            if session.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError(
                    msg(
                        "Nama pengguna {name!r} sudah dipakai.",
                        "The user name {name!r} is already taken.",
                        name=username,
                    )
                )
            user = User(
                username=username,
                full_name=full_name.strip() or username,
                nip=nip.strip(),
                password_hash=hash_password(password) if password else "",
                active=True,
                created_at=self._now(),
                roles=[UserRole(role=r.value) for r in parsed],
            )
            session.add(user)
            session.flush()
            audit.record(
                session,
                actor,
                "user.add",
                "user",
                user.id,
                at=self._now(),
                after={
                    "username": username,
                    "full_name": user.full_name,
                    "roles": [r.value for r in parsed],
                },
            )
            return _info(user)

    def list_users(self) -> list[UserInfo]:
        with self._db.read() as session:
            return [_info(u) for u in session.scalars(select(User).order_by(User.username))]

    def get(self, username: str) -> UserInfo:
        with self._db.read() as session:
            return _info(self._find(session, username))

    def authenticate(self, username: str, password: str) -> UserInfo:
        """The user, when the password matches an active account; one vague error otherwise."""
        failure = PermissionDeniedError(
            msg("Nama pengguna atau kata sandi salah.", "Wrong user name or password.")
        )
        with self._db.write() as session:
            user = session.scalar(select(User).where(User.username == username.strip().lower()))
            if user is None or not user.active or not user.password_hash:
                raise failure
            if not verify_password(password, user.password_hash):
                raise failure
            user.last_login_at = self._now()
            return _info(user)

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        if len(password) < 8:
            raise ValidationError(
                msg(
                    "Kata sandi minimal 8 karakter.",
                    "The password must have at least 8 characters.",
                )
            )
        with self._db.write() as session:
            user = self._find(session, username)
            if actor.user_id != user.id:
                require(actor, Action.USER_SET_OTHERS_PASSWORD)
            user.password_hash = hash_password(password)
            audit.record(session, actor, "user.password", "user", user.id, at=self._now())

    def set_roles(self, actor: Actor, username: str, roles: Iterable[str]) -> UserInfo:
        """Replace a user's roles; Administrator only. The last active Administrator keeps
        the role, so the office can never lock itself out of its settings."""
        require(actor, Action.USER_MANAGE)
        parsed = parse_roles(roles)
        with self._db.write() as session:
            user = self._find(session, username)
            before = sorted(r.role for r in user.roles)
            if Role.ADMINISTRATOR not in parsed and user.active:
                self._keep_an_administrator(session, user)
            wanted = {r.value for r in parsed}
            # Edit in place: re-adding a (user, role) key that is being deleted would clash.
            for kept in [r for r in user.roles if r.role not in wanted]:
                user.roles.remove(kept)
            user.roles.extend(UserRole(role=v) for v in sorted(wanted - set(before)))
            session.flush()
            audit.record(
                session, actor, "user.roles", "user", user.id, at=self._now(),
                before={"roles": before}, after={"roles": [r.value for r in parsed]},
            )
            return _info(user)

    def set_active(self, actor: Actor, username: str, active: bool) -> UserInfo:
        """Deactivate (or reactivate) an account; Administrator only. Accounts are never
        deleted: the audit log and the SOP timelines keep pointing at them."""
        require(actor, Action.USER_MANAGE)
        with self._db.write() as session:
            user = self._find(session, username)
            if not active and user.active:
                if user.id == actor.user_id:
                    raise ValidationError(
                        msg(
                            "Anda tidak dapat menonaktifkan akun Anda sendiri.",
                            "You cannot deactivate your own account.",
                        )
                    )
                if any(r.role == Role.ADMINISTRATOR.value for r in user.roles):
                    self._keep_an_administrator(session, user)
            user.active = active
            audit.record(
                session, actor, "user.activate" if active else "user.deactivate", "user",
                user.id, at=self._now(),
            )
            return _info(user)

    def reset_password(self, actor: Actor, username: str, password: str) -> None:
        """An Administrator sets a new password for someone who forgot theirs."""
        require(actor, Action.USER_MANAGE)
        self.set_password(actor, username, password)

    def has_administrator(self) -> bool:
        """True once an active Administrator exists (the first-run exception ends there)."""
        with self._db.read() as session:
            return bool(session.scalar(_active_administrators()))

    def add_first_administrator(
        self, username: str, full_name: str, *, password: str | None, nip: str = ""
    ) -> UserInfo:
        """The first Administrator of a data folder, with nobody to vouch for it (the GUI's
        first-run dialog and ``jdih users add`` on a new folder). Refused once one exists, so a
        second PC or another OS account cannot take over an office's database this way."""
        if self.has_administrator():
            raise PermissionDeniedError(
                msg(
                    "Sudah ada Administrator; menambah pengguna perlu --by ADMINISTRATOR.",
                    "An Administrator already exists; adding users needs --by ADMINISTRATOR.",
                )
            )
        if not password or len(password) < 8:
            raise ValidationError(
                msg(
                    "Administrator pertama perlu kata sandi minimal 8 karakter "
                    "(--password-stdin).",
                    "The first Administrator needs a password of at least 8 characters "
                    "(--password-stdin).",
                )
            )
        return self.add_user(
            SYSTEM, username, full_name, [Role.ADMINISTRATOR.value], password=password, nip=nip
        )

    def link_os_user(self, actor: Actor, os_name: str, username: str) -> UserInfo:
        """Let the operating-system account ``os_name`` act as ``username`` on the command
        line without ``--by``; Administrator only. A new link replaces an old one."""
        require(actor, Action.USER_MANAGE)
        os_name = _os_name(os_name)
        with self._db.write() as session:
            user = self._find(session, username)
            link = session.get(OsUserLink, os_name)
            before = {"username": link.user.username} if link is not None else None
            if link is None:
                link = OsUserLink(os_name=os_name, user_id=user.id, linked_at=self._now())
                session.add(link)
            else:
                link.user_id, link.linked_at = user.id, self._now()
            session.flush()
            audit.record(
                session, actor, "user.link", "user", user.id, at=self._now(),
                before=before, after={"os_name": os_name, "username": user.username},
            )
            return _info(user)

    def unlink_os_user(self, actor: Actor, os_name: str) -> None:
        require(actor, Action.USER_MANAGE)
        os_name = _os_name(os_name)
        with self._db.write() as session:
            link = session.get(OsUserLink, os_name)
            if link is None:
                raise NotFoundError(
                    msg(
                        "Akun sistem {os!r} tidak ditautkan ke pengguna mana pun.",
                        "The OS account {os!r} is not linked to any user.",
                        os=os_name,
                    )
                )
            user_id, username = link.user_id, link.user.username
            session.delete(link)
            audit.record(
                session, actor, "user.unlink", "user", user_id, at=self._now(),
                before={"os_name": os_name, "username": username},
            )

    def linked_account(self, os_name: str) -> UserInfo | None:
        """The app account the OS account ``os_name`` acts as, if an Administrator linked one."""
        with self._db.read() as session:
            link = session.get(OsUserLink, _os_name(os_name))
            return _info(link.user) if link is not None else None

    def os_links(self) -> list[tuple[str, str]]:
        """Every (OS account, app user name) link, by OS account."""
        with self._db.read() as session:
            links = session.scalars(select(OsUserLink).order_by(OsUserLink.os_name))
            return [(link.os_name, link.user.username) for link in links]

    @staticmethod
    def _keep_an_administrator(session: Session, user: User) -> None:
        others = session.scalar(_active_administrators().where(User.id != user.id))
        if not others:
            raise ValidationError(
                msg(
                    "{name} adalah Administrator aktif terakhir; tambahkan Administrator lain "
                    "terlebih dahulu.",
                    "{name} is the last active Administrator; add another Administrator first.",
                    name=user.username,
                )
            )

    @staticmethod
    def _find(session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise NotFoundError(
                msg(
                    "Pengguna {name!r} tidak ditemukan.",
                    "User {name!r} not found.",
                    name=username,
                )
            )
        return user
