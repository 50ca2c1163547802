"""The role × action table, checked cell by cell, and enforced by the services themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from jdih_desktop.context import AppContext
from jdih_desktop.db import models
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.permissions import PERMISSIONS, Action, allowed, denial
from jdih_desktop.domain.roles import Role
from jdih_desktop.errors import NotFoundError, PermissionDeniedError
from jdih_desktop.paths import resolve_paths
from jdih_desktop.trust.bundle import BackupError
from jdih_desktop.trust.restore import restore_backup
from jdih_desktop.trust.verify import verify_integrity
from jdih_desktop.workflow.dispositions import DispositionService
from tests.trust.conftest import Runner
from tests.trust.office_seed import seed_office

PG, OP, KS, TJ, DS, AD = "pengusul", "operator", "kasubag", "tim_jdih", "desainer", "administrator"

# Written out by hand, independently of the module: a change to the table must change this too.
EXPECTED: dict[Action, set[str]] = {
    Action.REQUEST_REGISTER: {PG, OP, KS},
    Action.REQUEST_CANCEL: {OP, KS},
    Action.CONTENT_CANCEL: {TJ, KS},
    Action.STEP_ACT_FOR_ANY_ROLE: {KS},
    Action.STEP_OVERRIDE: {KS, AD},
    Action.DISPOSITION_RECORD: {KS},
    Action.USER_MANAGE: {AD},
    Action.USER_SET_OTHERS_PASSWORD: {AD},
    Action.SETTINGS_EDIT: {AD},
    Action.ARCHIVE_EDIT: {OP, KS, AD},
    Action.PUBLISH: {OP, KS, AD},
    Action.VERIFY: {OP, KS, AD},
    Action.BACKUP: {OP, KS, AD},
    Action.RESTORE: {AD},
}


def test_every_action_is_in_the_table() -> None:
    assert set(PERMISSIONS) == set(Action) == set(EXPECTED)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_each_cell_of_the_table(role: Role, action: Action) -> None:
    assert allowed({role}, action) is (role.value in EXPECTED[action])
    assert allowed({role.value}, action) is (role.value in EXPECTED[action])


def test_roles_combine_and_unknown_roles_grant_nothing() -> None:
    assert allowed({PG, KS}, Action.DISPOSITION_RECORD)
    assert not allowed(set(), Action.REQUEST_REGISTER)
    assert not allowed({"raja", "root"}, Action.USER_MANAGE)


def test_a_refusal_names_the_action_and_who_may() -> None:
    text = denial(Action.DISPOSITION_RECORD).render("en")
    assert "write a disposition" in text and "Head of the legal subsection" in text


# --- the services refuse exactly what the table refuses ----------------------------------------


@pytest.fixture()
def people(office_context: AppContext) -> dict[str, Actor]:
    """One account per role, plus a second operator whose password others may not change."""
    accounts = office_context.accounts
    made = {r.value: accounts.add_user(SYSTEM, f"u-{r.value}", r.value, [r.value]) for r in Role}
    accounts.add_user(SYSTEM, "korban", "Korban", [OP])
    return {role: info.as_actor() for role, info in made.items()}


def _new_request(context: AppContext, people: dict[str, Actor]) -> int:
    return context.requests.register(people[OP], pengusul_name="Rahmat", hal="Salinan SK").id


def _new_content(context: AppContext, people: dict[str, Actor]) -> int:
    return context.content.create(people[TJ], title="Infografis SK").id


Prepare = Callable[[AppContext, dict[str, Actor]], int]
Act = Callable[[AppContext, Actor, int, Path], object]


def _nothing(c: AppContext, p: dict[str, Actor]) -> int:
    return 0


def _at_step_2(c: AppContext, p: dict[str, Actor]) -> int:
    request_id = _new_request(c, p)
    c.requests.complete_step(p[OP], request_id, 1)
    return request_id


def _disposition(c: AppContext, actor: Actor, request_id: int, _t: Path) -> object:
    service = DispositionService(c.db, c.requests, c.now)
    return service.record(actor, request_id, to_username="korban", instructions=["Proses"])


def _others_password(c: AppContext, actor: Actor, _r: int, _t: Path) -> object:
    c.accounts.set_password(actor, "korban", "kata-sandi-baru")
    return None


def _past_the_check(call: Callable[[], object]) -> object:
    """Run ``call`` where the record it names does not exist: getting as far as the lookup
    (NotFound, no backup file) means the permission check let the actor through."""
    try:
        return call()
    except (NotFoundError, BackupError):
        return None


# action → (prepare, act, roles that succeed: the table's, plus a step's own SOP role)
SERVICE_ACTIONS: dict[str, tuple[Prepare, Act, set[str]]] = {
    "request.register": (
        _nothing,
        lambda c, a, r, t: c.requests.register(a, pengusul_name="Rahmat", hal="Salinan SK"),
        EXPECTED[Action.REQUEST_REGISTER],
    ),
    "request.cancel": (
        _new_request,
        lambda c, a, r, t: c.requests.cancel(a, r, "Ditarik"),
        EXPECTED[Action.REQUEST_CANCEL],
    ),
    "content.cancel": (  # the social-media SOP's own permission, not the request's
        _new_content,
        lambda c, a, r, t: c.content.cancel(a, r, "Batal tayang"),
        EXPECTED[Action.CONTENT_CANCEL],
    ),
    "step.pause_another_roles_step": (
        _new_request,
        lambda c, a, r, t: c.requests.pause_step(a, r, 1, "Menunggu"),
        {OP} | EXPECTED[Action.STEP_ACT_FOR_ANY_ROLE],
    ),
    "step.override": (
        _new_request,
        lambda c, a, r, t: c.requests.complete_step(a, r, 1, "Operator cuti"),
        {OP} | EXPECTED[Action.STEP_OVERRIDE] | EXPECTED[Action.STEP_ACT_FOR_ANY_ROLE],
    ),
    "disposition.record": (_at_step_2, _disposition, EXPECTED[Action.DISPOSITION_RECORD]),
    "user.manage": (
        _nothing,
        lambda c, a, r, t: c.accounts.add_user(a, "baru", "Baru", [OP]),
        EXPECTED[Action.USER_MANAGE],
    ),
    "user.set_others_password": (
        _nothing,
        _others_password,
        EXPECTED[Action.USER_SET_OTHERS_PASSWORD],
    ),
    "integrity.verify": (_nothing, lambda c, a, r, t: c.trust.verify(a), EXPECTED[Action.VERIFY]),
    "settings.edit": (
        _nothing,
        lambda c, a, r, t: c.office.update_profile(a, c.office.profile()),
        EXPECTED[Action.SETTINGS_EDIT],
    ),
    "archive.edit": (
        _nothing,
        lambda c, a, r, t: _past_the_check(lambda: c.archive.set_text(a, 999, "teks")),
        EXPECTED[Action.ARCHIVE_EDIT],
    ),
    "publish": (
        _nothing,
        lambda c, a, r, t: _past_the_check(lambda: c.outbox.enqueue(a, 999)),
        EXPECTED[Action.PUBLISH],
    ),
    "backup.restore": (
        _nothing,
        lambda c, a, r, t: _past_the_check(
            lambda: restore_backup(a, t / "no.zip", resolve_paths(t / "x"), force=False, now=c.now)
        ),
        EXPECTED[Action.RESTORE],
    ),
    "backup.create": (
        _nothing,
        lambda c, a, r, t: c.trust.backup(a, t / "out" / f"{a.username}.zip"),
        EXPECTED[Action.BACKUP],
    ),
}


def _audit_count(context: AppContext) -> int:
    with context.db.read() as session:
        return len(session.scalars(select(models.AuditEvent.id)).all())


@pytest.mark.parametrize("name", list(SERVICE_ACTIONS))
def test_every_role_against_every_service_action(
    office_context: AppContext, people: dict[str, Actor], tmp_path: Path, name: str
) -> None:
    prepare, act, may = SERVICE_ACTIONS[name]
    outcomes: dict[str, bool] = {}
    for role in Role:
        actor = people[role.value]
        target = prepare(office_context, people)
        before = _audit_count(office_context)
        try:
            act(office_context, actor, target, tmp_path)
        except PermissionDeniedError:
            outcomes[role.value] = False
            assert _audit_count(office_context) == before  # a refusal records nothing
        else:
            outcomes[role.value] = True
    assert outcomes == {role.value: role.value in may for role in Role}
    if name == "backup.create":
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
            f"u-{r}.zip" for r in may
        )


def test_the_administrator_completes_a_step_only_as_an_audited_override(
    office_context: AppContext, people: dict[str, Actor]
) -> None:
    admin = people[AD]
    request_id = _new_request(office_context, people)
    with pytest.raises(ValidationError, match="Alasan"):
        office_context.requests.complete_step(admin, request_id, 1)
    with pytest.raises(PermissionDeniedError):
        office_context.requests.pause_step(admin, request_id, 1, "Menunggu")
    view = office_context.requests.complete_step(admin, request_id, 1, "Operator cuti")
    assert view.steps[0].state == "done" and view.steps[0].completed_by == admin.username
    assert view.steps[0].override_reason == "Operator cuti"
    with office_context.db.read() as session:
        event = session.scalars(
            select(models.AuditEvent)
            .where(models.AuditEvent.action == "sop.step_completed")
            .order_by(models.AuditEvent.id.desc())
        ).first()
    assert event is not None
    assert event.actor_name == admin.username and event.actor_id == admin.user_id
    assert event.after is not None and event.after["override_reason"] == "Operator cuti"


def test_the_command_line_records_who_typed_a_step_done_for_an_account(
    office_context: AppContext, jdih: Runner
) -> None:
    seed_office(office_context)
    # Request 2 waits for step 2, which closes only with its disposition (one command).
    result = jdih("disposition", "2", "--by", "hasnah", "--to", "andi")
    assert result.returncode == 0, result.stdout + result.stderr
    with office_context.db.read() as session:
        event = session.scalars(
            select(models.AuditEvent)
            .where(models.AuditEvent.action == "sop.step_completed")
            .order_by(models.AuditEvent.id.desc())
        ).first()
    assert event is not None and event.actor_name == "hasnah"
    assert event.after is not None and str(event.after["via"]).startswith("cli:")
    assert verify_integrity(office_context.db, office_context.files).ok  # the chain covers it
