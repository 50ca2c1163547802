"""The office's paperwork from its records: requests, dispositions and SOP figures mapped onto
the printing layer's input dataclasses, then rendered.

This is where the database view of a request becomes the words on the form; the layouts
themselves live in the per-document modules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.compliance import ComplianceRow, StepRecord
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import SopDefinition, SopStep
from jdih_desktop.domain.sop_run import StepRun
from jdih_desktop.domain.timers import projected_completion
from jdih_desktop.domain.worktime import TimeBasis
from jdih_desktop.office import OfficeService
from jdih_desktop.printing.abstract import render_abstract
from jdih_desktop.printing.archive_register import render_archive_register
from jdih_desktop.printing.data import (
    AbstractSheet,
    DispositionSheet,
    LateItem,
    Letterhead,
    Receipt,
    Signatory,
    SlaReport,
    SlaRow,
    Urgency,
)
from jdih_desktop.printing.disposition import render_disposition
from jdih_desktop.printing.fonts import default_logo_path
from jdih_desktop.printing.paper import A5, F4, Paper
from jdih_desktop.printing.receipt import render_receipt
from jdih_desktop.printing.sla_report import render_sla_report
from jdih_desktop.sheets import records
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.workflow import run_store
from jdih_desktop.workflow.dispositions import DispositionService
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.reports import ReportService, parse_month
from jdih_desktop.workflow.requests import RequestService, RequestView
from jdih_desktop.workflow.signers import kasubag_signatory, printer_signatory

URGENCY_BY_SIFAT = {
    "sangat_segera": Urgency.SANGAT_SEGERA,
    "segera": Urgency.SEGERA,
    "rahasia": Urgency.RAHASIA,
    "biasa": Urgency.BIASA,
}
KPU = "Komisi Pemilihan Umum"


def letterhead_lines(office_name: str) -> tuple[str, ...]:
    """ "Komisi Pemilihan Umum Kabupaten Soppeng" → ("KOMISI PEMILIHAN UMUM", "KABUPATEN
    SOPPENG"), the two-line heading of KPU letterheads; other names print on one line."""
    name = " ".join(office_name.split())
    if name.lower().startswith(KPU.lower()) and len(name) > len(KPU):
        return (KPU.upper(), name[len(KPU) :].strip().upper())
    return (name.upper(),)


class PrintService:
    def __init__(
        self,
        db: Database,
        office: OfficeService,
        files: FileStore,
        requests: RequestService,
        dispositions: DispositionService,
        calendars: CalendarService,
        reports: ReportService,
        sops: Mapping[str, SopDefinition],
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self._office = office
        self._files = files
        self._requests = requests
        self._dispositions = dispositions
        self._calendars = calendars
        self._reports = reports
        self._sops = sops
        self._now = now

    def letterhead(self) -> Letterhead:
        """The office's letterhead; refused (:class:`OfficeNotSetError`, saying where to fill
        it in) while the office names nobody: a sheet never prints a blank or foreign name."""
        office = self._office.named_profile()
        return Letterhead(
            name_lines=letterhead_lines(office.name),
            address=office.address or None,
            phone=office.phone or None,
            email=office.email or None,
            website=office.website or None,
            logo_path=self._logo(),
            city=office.city or None,
            timezone=office.timezone,
        )

    def _logo(self) -> Path | None:
        with self._db.read() as session:
            profile = session.get(models.OfficeProfile, 1)
            sha = profile.logo_sha256 if profile else None
        if sha and self._files.exists(sha):
            return self._files.path_for(sha)
        return default_logo_path()

    def _people(self, role: Role) -> list[tuple[str, str, str]]:
        """(username, full name, NIP) of the active users holding ``role``."""
        with self._db.read() as session:
            users = session.scalars(
                select(models.User)
                .join(models.UserRole)
                .where(models.UserRole.role == role.value, models.User.active.is_(True))
                .order_by(models.User.id)
            )
            return [(u.username, u.full_name, u.nip) for u in users]

    def _kasubag(self, username: str | None = None) -> Signatory:
        """The Kasubag who acted (``username``), else the first active one on file."""
        return kasubag_signatory(self._db, username)

    def _person(self, username: str | None) -> list[tuple[str, str, str]]:
        """(username, full name, NIP) of one user, active or not (they acted back then)."""
        if not username:
            return []
        with self._db.read() as session:
            user = session.scalars(
                select(models.User).where(models.User.username == username)
            ).first()
            return [(user.username, user.full_name, user.nip)] if user else []

    def _registered_by(self, request_id: int) -> list[tuple[str, str, str]]:
        """The operator who registered the request (who received the letter)."""
        with self._db.read() as session:
            request = session.get(models.Request, request_id)
            user = (
                session.get(models.User, request.registered_by_id)
                if request is not None and request.registered_by_id is not None
                else None
            )
            return [(user.username, user.full_name, user.nip)] if user else []

    def _deadline(self, view: RequestView) -> datetime | None:
        with self._db.read() as session:
            row = session.get(models.SopRun, view.run_id)
            assert row is not None
            steps: list[StepRun] = list(run_store.to_domain(row).steps)
        now = self._now()
        return projected_completion(steps, self._calendars.calendar(now), now)

    def disposition(self, request_id: int, *, paper: Paper = A5, two_up: bool = False) -> bytes:
        view = self._requests.get(request_id)
        recorded = self._dispositions.latest(request_id)
        operators = tuple(full_name for _u, full_name, _n in self._people(Role.OPERATOR))
        options = (*operators, "Tim JDIH") if operators else ("Staf/Operator JDIH", "Tim JDIH")
        sheet = DispositionSheet(
            sender=view.pengusul_name + (f", {view.unit}" if view.unit else ""),
            letter_number=view.nota_dinas_nomor or None,
            letter_date=view.nota_dinas_tanggal,
            received_at=view.received_at,
            agenda_number=view.agenda,
            urgency=URGENCY_BY_SIFAT.get(recorded.sifat if recorded else view.sifat),
            regarding=view.hal,
            forward_to_options=options,
            forward_to=recorded.to_names if recorded else (),
            instructions=recorded.instructions if recorded else (),
            notes=recorded.catatan if recorded else None,
            deadline=(recorded.batas_waktu if recorded else None) or self._deadline(view),
            signatory=self._kasubag(recorded.from_user if recorded else None),
            signed_on=recorded.created_at.date() if recorded else None,
            request_id=view.id,
        )
        return render_disposition([sheet], self.letterhead(), paper=paper, two_up=two_up)

    def receipt(self, request_id: int, *, paper: Paper = A5, two_up: bool = False) -> bytes:
        view = self._requests.get(request_id)
        operators = self._registered_by(request_id) or self._people(Role.OPERATOR)
        receiver = (
            Signatory(title="Yang menerima", name=operators[0][1], nip=operators[0][2] or None)
            if operators
            else Signatory(title="Yang menerima")
        )
        items = ["Salinan Surat Keputusan"]
        if view.nota_dinas_nomor:
            items.append(f"Nota Dinas Nomor {view.nota_dinas_nomor}")
        receipt = Receipt(
            number=view.agenda,
            received_at=view.received_at,
            submitter_name=view.pengusul_name,
            submitter_unit=view.unit or None,
            regarding=view.hal,
            items=tuple(items),
            agenda_number=view.agenda,
            expected_by=self._deadline(view),
            receiver=receiver,
            request_id=view.id,
        )
        return render_receipt([receipt], self.letterhead(), paper=paper, two_up=two_up)

    def sla_report(self, month: str, printed_by: Actor | None = None) -> bytes:
        """The month's compliance report, signed by ``printed_by`` when a Kasubag prints it."""
        year, number = parse_month(month)
        rows = [r for r in self._reports.sla(month) if r.person is None]
        report = SlaReport(
            year=year,
            month=number,
            rows=tuple(self._sla_row(r) for r in rows),
            late_items=tuple(item for r in rows for item in self._late_items(r)),
            sop_names={sop_letter(code): sop.title for code, sop in self._sops.items()},
            generated_at=self._now(),
            signatory=printer_signatory(self._db, printed_by),
        )
        return render_sla_report(report, self.letterhead())

    def abstract_sheet(self, sheet: AbstractSheet) -> bytes:
        return render_abstract(sheet)

    def abstract(self, document_id: int, *, paper: Paper = F4) -> bytes:
        """The stored abstract of a decree (folio unless asked), as the JDIH site wants it."""
        with self._db.read() as session:
            sheet = records.abstract_sheet(session, document_id)
        return render_abstract(sheet, paper)

    def register(self, year: int, printed_by: Actor | None = None) -> bytes:
        """The archive register of a year: the printed half of "tercetak dan softfile", signed
        by ``printed_by`` when a Kasubag prints it."""
        today = self._now().astimezone(ZoneInfo(self._office.profile().timezone)).date()
        signatory = printer_signatory(self._db, printed_by)
        with self._db.read() as session:
            register = records.archive_register(
                session, year, printed_on=today, signatory=signatory
            )
        return render_archive_register(register, self.letterhead())

    def _sla_row(self, row: ComplianceRow) -> SlaRow:
        step = self._step(row.sop_code, row.step_no)
        return SlaRow(
            sop=sop_letter(row.sop_code),
            step_no=row.step_no,
            activity=step.activity if step else f"{row.sop_code} {row.step_no}",
            target_text=_target_text(step),
            count=row.count,
            median_minutes=row.median.total_seconds() / 60,
            p90_minutes=row.p90.total_seconds() / 60,
            within_target_share=row.share_within_target,
            working_time=_working(step),
        )

    def _late_items(self, row: ComplianceRow) -> list[LateItem]:
        step = self._step(row.sop_code, row.step_no)
        tz = ZoneInfo(self._office.profile().timezone)
        return [
            LateItem(
                reference=late.run_ref,
                sop=sop_letter(row.sop_code),
                step_no=row.step_no,
                activity=step.activity if step else f"{row.sop_code} {row.step_no}",
                target_text=_target_text(step),
                actual_minutes=late.duration.total_seconds() / 60,
                reason=_late_reason(late, tz),
                working_time=_working(step),
                still_open=late.still_open,
            )
            for late in row.late
        ]

    def _step(self, code: str, no: int) -> SopStep | None:
        sop = self._sops.get(code)
        return next((s for s in sop.steps if s.no == no), None) if sop else None


def sop_letter(code: str) -> str:
    """The SOP's letter in the seed: a = decree copies, b = social media."""
    return {"penerbitan-salinan-sk": "a", "media-sosial": "b"}.get(code, code)


def _late_reason(late: StepRecord, tz: ZoneInfo) -> str | None:
    """The recorded reasons; a step still open says so, with when it became late."""
    if not late.still_open:
        return late.note or None
    since = f"masih terbuka, terlambat sejak {late.ended_at.astimezone(tz):%d-%m-%Y %H:%M}"
    return f"{since}; {late.note}" if late.note else since


def _target_text(step: SopStep | None) -> str:
    return str(step.target.describe()) if step and step.target else "-"


def _working(step: SopStep | None) -> bool:
    return bool(step and step.target and step.target.basis is TimeBasis.WORKING)
