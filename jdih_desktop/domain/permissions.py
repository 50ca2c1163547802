"""Who may do what: the one table of role × action that every service consults.

The GUI hides what a role may not do, but that is a courtesy; the services look here and refuse,
so the command line, a second PC or a script get the same answer. SOP steps are special: the SOP
file names the role of each step (``resources/sop/*.toml``), and this table only says who may act
*outside* that role: :attr:`Action.STEP_ACT_FOR_ANY_ROLE` (the Kasubag, who supervises every
step) and :attr:`Action.STEP_OVERRIDE` (completing another role's step, which always needs a
written reason that goes into the audit log).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.roles import Role


class Action(StrEnum):
    REQUEST_REGISTER = "request.register"
    REQUEST_CANCEL = "request.cancel"
    # Cancel a social-media item (its own SOP: the JDIH team runs it, the Kasubag decides).
    CONTENT_CANCEL = "content.cancel"
    # Pause, resume, back-date or (with a reason) complete a step whatever its SOP role.
    STEP_ACT_FOR_ANY_ROLE = "step.act_for_any_role"
    # Complete another role's step, with a reason that the audit log keeps.
    STEP_OVERRIDE = "step.override"
    DISPOSITION_RECORD = "disposition.record"
    USER_MANAGE = "user.manage"
    USER_SET_OTHERS_PASSWORD = "user.set_others_password"
    SETTINGS_EDIT = "settings.edit"
    ARCHIVE_EDIT = "archive.edit"
    PUBLISH = "publish"
    VERIFY = "integrity.verify"
    BACKUP = "backup.create"
    RESTORE = "backup.restore"

    @property
    def label(self) -> Msg:
        return _LABELS[self]


_P, _O, _K, _T, _D, _A = (
    Role.PENGUSUL,
    Role.OPERATOR,
    Role.KASUBAG,
    Role.TIM_JDIH,
    Role.DESAINER,
    Role.ADMINISTRATOR,
)

#: The table. A role not listed for an action may not perform it; there are no implicit rights,
#: not even for the Administrator (who runs the system but does not do the clerks' work).
PERMISSIONS: Mapping[Action, frozenset[Role]] = {
    Action.REQUEST_REGISTER: frozenset({_P, _O, _K}),
    Action.REQUEST_CANCEL: frozenset({_O, _K}),
    Action.CONTENT_CANCEL: frozenset({_T, _K}),
    Action.STEP_ACT_FOR_ANY_ROLE: frozenset({_K}),
    Action.STEP_OVERRIDE: frozenset({_K, _A}),
    Action.DISPOSITION_RECORD: frozenset({_K}),
    Action.USER_MANAGE: frozenset({_A}),
    Action.USER_SET_OTHERS_PASSWORD: frozenset({_A}),
    Action.SETTINGS_EDIT: frozenset({_A}),
    Action.ARCHIVE_EDIT: frozenset({_O, _K, _A}),
    Action.PUBLISH: frozenset({_O, _K, _A}),
    Action.VERIFY: frozenset({_O, _K, _A}),
    Action.BACKUP: frozenset({_O, _K, _A}),
    Action.RESTORE: frozenset({_A}),
}

_LABELS: dict[Action, Msg] = {
    Action.REQUEST_REGISTER: msg("mencatat permohonan", "register a request"),
    Action.REQUEST_CANCEL: msg("membatalkan permohonan", "cancel a request"),
    Action.CONTENT_CANCEL: msg("membatalkan konten media sosial", "cancel a social-media item"),
    Action.STEP_ACT_FOR_ANY_ROLE: msg(
        "mengerjakan langkah SOP peran lain", "act on another role's SOP step"
    ),
    Action.STEP_OVERRIDE: msg(
        "menyelesaikan langkah SOP peran lain", "complete another role's SOP step"
    ),
    Action.DISPOSITION_RECORD: msg("membuat disposisi", "write a disposition"),
    Action.USER_MANAGE: msg("mengelola pengguna", "manage users"),
    Action.USER_SET_OTHERS_PASSWORD: msg(
        "mengganti kata sandi orang lain", "change another person's password"
    ),
    Action.SETTINGS_EDIT: msg("mengubah pengaturan", "change the settings"),
    Action.ARCHIVE_EDIT: msg("mengubah arsip", "change the archive"),
    Action.PUBLISH: msg("menerbitkan ke situs JDIH", "publish to the JDIH site"),
    Action.VERIFY: msg("memeriksa keutuhan data", "check the data's integrity"),
    Action.BACKUP: msg("membuat cadangan", "make a backup"),
    Action.RESTORE: msg("memulihkan cadangan", "restore a backup"),
}


def _roles(roles: Iterable[Role | str]) -> set[Role]:
    return {Role(r) for r in roles if str(r) in Role._value2member_map_}


def allowed(roles: Iterable[Role | str], action: Action) -> bool:
    """True when any of ``roles`` (values like ``"operator"`` or :class:`Role`) may ``action``."""
    return bool(_roles(roles) & PERMISSIONS[action])


def roles_for(action: Action) -> frozenset[Role]:
    return PERMISSIONS[action]


def denial(action: Action) -> Msg:
    """The sentence a refused user reads: what they tried and which roles may do it."""
    roles_id = ", ".join(sorted(r.label.render("id") for r in PERMISSIONS[action]))
    roles_en = ", ".join(sorted(r.label.render("en") for r in PERMISSIONS[action]))
    return msg(
        "Peran Anda tidak boleh {what}; hanya {roles}.",
        "Your roles may not {what_en}; only {roles_en}.",
        what=action.label.render("id"),
        what_en=action.label.render("en"),
        roles=roles_id or "-",
        roles_en=roles_en or "-",
    )
