"""Workflow services on a real database with a clock the test moves by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from jdih_desktop.accounts.service import AccountService, UserInfo
from jdih_desktop.config import DEMO_OFFICE
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.office import OfficeService
from jdih_desktop.workflow.dispositions import DispositionService
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.reports import ReportService
from jdih_desktop.workflow.requests import RequestService
from jdih_desktop.workflow.runs import RunService
from jdih_desktop.workflow.sop_loader import default_sop_dir, load_sops

WITA = ZoneInfo("Asia/Makassar")


def wita(text: str) -> datetime:
    """``"2026-02-02 08:00"`` in office time, as an aware instant."""
    return datetime.fromisoformat(text).replace(tzinfo=WITA)


class Clock:
    """A frozen clock: time moves only when the test says so."""

    def __init__(self, start: datetime) -> None:
        self.instant = start

    def __call__(self) -> datetime:
        return self.instant

    def set(self, text: str) -> None:
        self.instant = wita(text)

    def advance(self, **delta: float) -> None:
        self.instant += timedelta(**delta)


@dataclass
class Office:
    db: Database
    clock: Clock
    runs: RunService
    requests: RequestService
    reports: ReportService
    dispositions: DispositionService
    operator: UserInfo
    kasubag: UserInfo
    pengusul: UserInfo


def build_office(db: Database, clock: Clock) -> Office:
    OfficeService(db, clock).seed(DEMO_OFFICE, "Asia/Makassar")  # the demo office, explicitly
    accounts = AccountService(db, clock)
    operator = accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"])
    kasubag = accounts.add_user(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"])
    pengusul = accounts.add_user(SYSTEM, "rahmat", "Rahmat", ["pengusul"])
    calendars = CalendarService(db, clock)
    runs = RunService(db, load_sops(default_sop_dir()), clock)
    requests = RequestService(db, runs, calendars, clock)
    return Office(
        db=db,
        clock=clock,
        runs=runs,
        requests=requests,
        reports=ReportService(db, calendars, clock),
        dispositions=DispositionService(db, requests, clock),
        operator=operator,
        kasubag=kasubag,
        pengusul=pengusul,
    )


@pytest.fixture()
def office(db: Database) -> Office:
    return build_office(db, Clock(wita("2026-02-02 08:00")))
