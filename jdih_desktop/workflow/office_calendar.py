"""The office's working calendar, built from its profile and its closures in the database.

Built once per set of years and kept until the office edits its hours or closures, so a
dashboard refreshing hundreds of timers does not reload holidays on every tick.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from jdih_desktop.accounts.permissions import require
from jdih_desktop.db import audit
from jdih_desktop.db.engine import Database
from jdih_desktop.db.models import OfficeClosure, OfficeProfile
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.worktime import OfficeCalendar
from jdih_desktop.errors import ValidationError
from jdih_desktop.workflow.calendar import (
    DEFAULT_OFFICE_HOURS,
    build_office_calendar,
    default_years,
    national_holidays,
)

CLOSURE_KINDS = ("cuti_bersama", "closure", "workday")


@dataclass(frozen=True)
class Closure:
    """A day the office edited: closed (cuti bersama, its own closure) or open ("workday")."""

    day: date
    name: str
    kind: str


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

    # --- editing (Pengaturan → Jam kerja & hari libur) ------------------------------------

    def office_hours(self) -> dict[str, list[str]]:
        """Weekly hours as ``{"mon": ["07:30-12:00", ...], ...}``; the defaults when unset."""
        with self._db.read() as session:
            profile = session.get(OfficeProfile, 1)
            stored = dict(profile.office_hours) if profile and profile.office_hours else {}
        return {k: list(v) for k, v in (stored or DEFAULT_OFFICE_HOURS).items()}

    def set_office_hours(self, actor: Actor, hours: Mapping[str, Sequence[str]]) -> None:
        """Replace the weekly hours (validated by building a calendar first); Administrator."""
        require(actor, Action.SETTINGS_EDIT)
        clean = {k: [str(r).strip() for r in v] for k, v in hours.items()}
        build_office_calendar([self._now().year], office_hours=clean)  # raises if unusable
        with self._db.write() as session:
            profile = session.get(OfficeProfile, 1)
            assert profile is not None, "the office profile is seeded at start"
            before = profile.office_hours
            profile.office_hours = clean
            audit.record(
                session,
                actor,
                "calendar.hours",
                "office",
                1,
                at=self._now(),
                before={"office_hours": before},
                after={"office_hours": clean},
            )
        self.invalidate()

    def closures(self, year: int | None = None) -> list[Closure]:
        with self._db.read() as session:
            rows = session.scalars(select(OfficeClosure).order_by(OfficeClosure.day))
            found = [Closure(r.day, r.name, r.kind) for r in rows]
        return [c for c in found if year is None or c.day.year == year]

    def national_holidays(self, year: int) -> dict[date, str]:
        """The package's holidays and cuti bersama of ``year`` (before the office's edits)."""
        return national_holidays([year])

    def set_closure(self, actor: Actor, day: date, name: str, kind: str = "cuti_bersama") -> None:
        """Add or replace the office's entry for ``day``; Administrator only."""
        require(actor, Action.SETTINGS_EDIT)
        if kind not in CLOSURE_KINDS:
            raise ValidationError(
                msg("Jenis hari {kind!r} tidak dikenal.", "Unknown day kind {kind!r}.", kind=kind)
            )
        if not name.strip():
            raise ValidationError(
                msg("Keterangan hari libur wajib diisi.", "The day needs a description.")
            )
        with self._db.write() as session:
            row = session.scalar(select(OfficeClosure).where(OfficeClosure.day == day))
            if row is None:
                row = OfficeClosure(day=day, name=name.strip(), kind=kind)
                session.add(row)
            else:
                row.name, row.kind = name.strip(), kind
            audit.record(
                session,
                actor,
                "calendar.closure",
                "office_closure",
                day.isoformat(),
                at=self._now(),
                after={"name": name.strip(), "kind": kind},
            )
        self.invalidate()

    def remove_closure(self, actor: Actor, day: date) -> None:
        require(actor, Action.SETTINGS_EDIT)
        with self._db.write() as session:
            row = session.scalar(select(OfficeClosure).where(OfficeClosure.day == day))
            if row is None:
                return
            audit.record(
                session,
                actor,
                "calendar.closure.remove",
                "office_closure",
                day.isoformat(),
                at=self._now(),
                before={"name": row.name, "kind": row.kind},
            )
            session.delete(row)
        self.invalidate()
