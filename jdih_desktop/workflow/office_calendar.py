"""The office's working calendar, built from its profile and its closures in the database.

Built once per set of years and kept until the office edits its hours or closures, so a
dashboard refreshing hundreds of timers does not reload holidays on every tick.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import select

from jdih_desktop.db.engine import Database
from jdih_desktop.db.models import OfficeClosure, OfficeProfile
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.worktime import OfficeCalendar
from jdih_desktop.workflow.calendar import build_office_calendar, default_years


class CalendarService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._now = now
        self._cache: dict[tuple[int, ...], OfficeCalendar] = {}

    def invalidate(self) -> None:
        """Forget the built calendar (after office hours or closures change)."""
        self._cache.clear()

    def calendar(self, around: datetime | None = None) -> OfficeCalendar:
        """The calendar covering the year of ``around`` (default now) and its neighbours."""
        years = tuple(default_years((around or self._now()).date()))
        cached = self._cache.get(years)
        if cached is not None:
            return cached
        with self._db.read() as session:
            profile = session.get(OfficeProfile, 1)
            rows = list(session.scalars(select(OfficeClosure)))
        closures: dict[date | str, str] = {c.day: c.name for c in rows if c.kind != "workday"}
        workdays = [c.day for c in rows if c.kind == "workday"]
        built = build_office_calendar(
            years,
            timezone=profile.timezone if profile else "Asia/Makassar",
            office_hours=(profile.office_hours or None) if profile else None,
            closures=closures,
            removals=workdays,
        )
        self._cache[years] = built
        return built
